"""The counsellor pages in a real chromium against a real server."""

import pytest
from playwright.sync_api import expect

from .browser import log_in, start_counsellor_server

pytestmark = pytest.mark.browser
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def counsellor_server(tmp_path_factory):
    server = start_counsellor_server(tmp_path_factory.mktemp("counsellor"))
    yield server
    server.stop()


def test_counsellor_pages_require_login(page, counsellor_server):
    page.goto(counsellor_server.url + "/counsellor/suggest")
    assert "/counsellor/login" in page.url
    assert page.locator("#login-form").is_visible()


def test_suggest_shows_five_candidates(page, counsellor_server):
    log_in(page, counsellor_server)
    page.goto(counsellor_server.url + "/counsellor/suggest")
    page.fill(
        "#question",
        "Dear clinic, our son is 2 and cries every morning at nursery "
        "drop-off. How can we help him?",
    )
    page.click("#suggest-form button[type=submit]")
    suggestions = page.locator(".suggestion")
    # (the answer page may still be on its way: `expect` waits for it, `count` did not)
    expect(suggestions).to_have_count(5)
    assert suggestions.first.locator("mark").count() > 0
    links = suggestions.first.locator("details a")
    assert any("/sources/" in links.nth(i).get_attribute("href") for i in range(links.count()))


def test_added_alternate_is_answered_by_the_chat_at_once(browser, page, counsellor_server):
    wording = "our bubba howls the second the bedroom door closes behind me"
    before = counsellor_server.post("/api/v1/ask", {"question": wording})
    log_in(page, counsellor_server)
    page.goto(counsellor_server.url + "/counsellor/queue")
    row = page.locator("tr", has_text=wording).first
    row.locator("input[name=entry_id]").fill("crying-when-parent-leaves")
    row.locator("form.alternate button").click()
    assert "it is live" in page.locator(".flash").first.inner_text()
    chat = browser.new_page()
    chat.goto(counsellor_server.url + "/")
    chat.fill("#question", wording)
    chat.press("#question", "Enter")
    chat.locator("#conversation .answer").wait_for()
    assert "separations" in chat.locator(".answer-text").inner_text()
    chat.close()
    after = counsellor_server.post("/api/v1/ask", {"question": wording})
    assert after["source_id"] == "faq:crying-when-parent-leaves"
    assert after["confidence"] > before["confidence"]


def test_new_entry_with_a_broken_source_is_refused(page, counsellor_server):
    log_in(page, counsellor_server)
    page.goto(counsellor_server.url + "/counsellor/faq/new")
    page.fill("#entry_id", "lullabies")
    page.fill("#question", "Do lullabies help my baby settle?")
    page.fill("#answer", "A calm song can be part of a steady routine.")
    page.fill("#sources", "article:sense-of-security#not-a-passage")
    page.click("#faq-form button[type=submit]")
    message = page.locator(".flash.error").first.inner_text()
    assert "Not saved" in message and "not-a-passage" in message
    answer = counsellor_server.post("/api/v1/ask", {"question": "do lullabies help my baby settle"})
    assert answer["source_id"] != "faq:lullabies"
