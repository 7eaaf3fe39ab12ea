"""Make the README's screenshots: the chat page and the widget open on /demo.

    python -m tests.screenshots

Starts `parentfaq serve`, drives Debian's chromium with Playwright, writes PNGs
to docs/.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser import Server, launch_browser

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        server = Server(Path(tmp))
        browser = launch_browser(playwright)
        try:
            page = browser.new_page(viewport={"width": 900, "height": 900})
            page.goto(server.url + "/")
            for question in (
                "my 8 month old screams when I leave the room, what do I do?",
                "what about at night?",
            ):
                count = page.locator("#conversation .turn").count()
                page.fill("#question", question)
                page.press("#question", "Enter")
                page.locator("#conversation .turn").nth(count).wait_for()
            page.screenshot(path=str(DOCS / "chat.png"), full_page=True)
            page = browser.new_page(viewport={"width": 1100, "height": 780})
            page.goto(server.url + "/demo")
            page.click("#parentfaq-launcher")
            frame = page.frame_locator("#parentfaq-panel iframe")
            frame.locator("#question").fill("how do I help my toddler start daycare?")
            frame.locator("#question").press("Enter")
            frame.locator("#conversation .answer").wait_for()
            page.screenshot(path=str(DOCS / "widget.png"))
        finally:
            browser.close()
            server.stop()
    print(f"wrote {DOCS / 'chat.png'} and {DOCS / 'widget.png'}")


if __name__ == "__main__":
    main()
