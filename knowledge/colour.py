"""WCAG contrast for the clinic's accent colour: checked by `parentfaq check` and
used by the pages to darken an accent that white text could not be read on."""

from __future__ import annotations

import re

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
TEXT_CONTRAST = 4.5  # WCAG AA for normal text
WHITE = (255, 255, 255)
PAGE_BACKGROUND = (246, 247, 245)  # --bg in web/static/app.css: accent text sits on it too


def parse(colour: str) -> tuple[int, int, int] | None:
    """#rgb or #rrggbb as a tuple, or None."""
    if not isinstance(colour, str) or not HEX.match(colour):
        return None
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return tuple(int(digits[i : i + 2], 16) for i in (0, 2, 4))


def hex_of(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_accent(colour: str) -> str:
    """The accent itself when white text on it (and it as text on the page's light
    backgrounds) reaches 4.5:1; otherwise the same hue darkened just enough."""
    rgb = parse(colour)
    if rgb is None:
        return colour
    shade = rgb
    for step in range(1, 101):
        if min(contrast(shade, WHITE), contrast(shade, PAGE_BACKGROUND)) >= TEXT_CONTRAST:
            return hex_of(shade) if step > 1 else colour
        shade = tuple(round(c * (1 - step / 100)) for c in rgb)  # as it will be written
    return "#000000"
