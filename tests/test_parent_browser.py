"""What a parent meets in a real chromium: the no-JavaScript crisis path, a way to
a person, the conversation kept, the phone layout, contrast (see test_browser.py
for the basic chat and widget)."""

import pytest

pytestmark = pytest.mark.browser

CRISIS = "I can't cope and I'm scared I'll hurt my baby"


@pytest.mark.parametrize("path", ["/", "/embed"])
def test_without_javascript_a_crisis_message_shows_the_call_link(browser, server, path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + path)
    page.fill("#question", "why keep promises to my toddler")
    page.click("#ask-form button[type=submit]")
    page.fill("#question", CRISIS)
    page.click("#ask-form button[type=submit]")
    page.wait_for_load_state()
    latest = page.locator("#latest")
    assert latest.locator(".question p").inner_text() == CRISIS
    call = latest.locator(".escalate[role=alert] a.call")
    assert call.get_attribute("href").startswith("tel:")
    assert call.is_visible()
    assert page.locator("#conversation .turn").count() == 2  # the whole conversation
    assert page.url.endswith("#latest")  # the page opens at the response
    context.close()
