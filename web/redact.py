"""Redact what identifies people before a parent's message is stored."""

from __future__ import annotations

import re

_PATTERNS = [
    ("[email]", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("[url]", re.compile(r"\b(?:https?://|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))", re.I)),
    # Hong Kong ID style (A123456(7)) and similar letter+digits identity numbers.
    ("[id]", re.compile(r"\b[A-Z]{1,2}\s?\d{6}\s?\(?[0-9A]\)?", re.I)),
    # Phone numbers: 7+ digits, allowing spaces, dashes, dots, brackets and a leading +.
    ("[phone]", re.compile(r"(?<!\w)\+?\(?\d[\d\s().-]{5,}\d(?!\w)")),
]


def redact(text: str) -> str:
    """`text` with e-mail addresses, URLs, ID-card-like and phone numbers replaced."""
    for label, pattern in _PATTERNS:
        text = pattern.sub(label, text)
    return text
