"""Make the README's screenshots: the chat page on a desktop, the widget open on
/demo on a phone, and the counsellor's suggest page.

    python -m tests.screenshots

Starts `parentfaq serve`, drives Debian's chromium with Playwright, writes PNGs
to docs/.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser import Server, launch_browser
from web import accounts
from web.storage import Storage

DOCS = Path(__file__).resolve().parents[1] / "docs"
PASSWORD = "lantern orchard pebble quartz"  # only for this throwaway database


def ask(target, question: str) -> None:
    turns = target.locator("#conversation .turn")
    count = turns.count()
    target.locator("#question").fill(question)
    target.locator("#question").press("Enter")
    turns.nth(count).locator(".bubble:not(.question)").wait_for()


def desktop_chat(browser, server) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(server.url + "/")
    ask(page, "my 8 month old screams when I leave the room, what do I do?")
    ask(page, "what about at night?")
    page.wait_for_timeout(600)  # the smooth scroll to the answer's start
    page.screenshot(path=str(DOCS / "chat.png"))


def phone_widget(browser, server) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.goto(server.url + "/demo")
    page.click("#parentfaq-launcher")
    ask(page.frame_locator("#parentfaq-panel iframe"), "how do I help my toddler start daycare?")
    page.wait_for_timeout(600)
    page.screenshot(path=str(DOCS / "widget.png"))
    context.close()


def counsellor_suggest(browser, server) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server.url + "/counsellor/login")
    page.fill("#name", "screenshots")
    page.fill("#password", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/counsellor/queue")
    page.goto(server.url + "/counsellor/suggest")
    page.fill(
        "#question",
        "Dear clinic, our son is 2 and cries every morning at nursery drop-off. "
        "How can we help him?",
    )
    page.click("#suggest-form button[type=submit]")
    page.locator(".suggestion").first.wait_for()
    page.screenshot(path=str(DOCS / "counsellor-suggest.png"))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        storage = Storage(f"sqlite:///{Path(tmp) / 'app.db'}").create()
        accounts.add_user(storage, "screenshots", PASSWORD)
        storage.engine.dispose()
        server = Server(Path(tmp), env={"PARENTFAQ_SECRET_KEY": "screenshots"})
        browser = launch_browser(playwright)
        try:
            desktop_chat(browser, server)
            phone_widget(browser, server)
            counsellor_suggest(browser, server)
        finally:
            browser.close()
            server.stop()
    print(f"wrote chat.png, widget.png and counsellor-suggest.png in {DOCS}")


if __name__ == "__main__":
    main()
