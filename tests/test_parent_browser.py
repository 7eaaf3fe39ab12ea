"""What a parent meets in a real chromium: the no-JavaScript crisis path, a way to
a person, the conversation kept, the phone layout, contrast (see test_browser.py
for the basic chat and widget)."""

import pytest
from playwright.sync_api import expect

from .browser import ask

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


def test_a_starter_question_asks_itself_and_the_starters_go(page, server):
    page.goto(server.url + "/")
    starters = page.locator("#starters button")
    assert starters.count() >= 2
    first = starters.first.inner_text()
    starters.first.click()
    turn = page.locator("#conversation .turn").first
    turn.locator(".answer").wait_for()
    assert turn.locator(".question p").inner_text() == first
    assert not page.locator("#starters").is_visible()


def test_a_starter_question_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/embed")
    page.locator("#starters button").first.click()
    page.wait_for_load_state()
    assert page.locator("#conversation .turn .answer").count() == 1
    assert page.locator("#starters").count() == 0
    context.close()


def test_an_abstention_offers_the_clinic_contacts_as_buttons(page, server):
    page.goto(server.url + "/")
    turn = ask(page, "which car seat brand is safest")
    contacts = turn.locator(".abstain .contacts a")
    hrefs = [a.get_attribute("href") for a in contacts.all()]
    assert "mailto:counsellors@clinic.example" in hrefs
    assert "https://clinic.example/book" in hrefs
    assert "Opening hours" in turn.locator(".contacts").inner_text()
    # The same buttons under "Talk to a counsellor", which opens with the keyboard too.
    page.focus("#talk summary")
    page.keyboard.press("Enter")
    assert page.locator("#talk .contacts a").first.is_visible()


def test_the_chat_names_the_clinic_and_links_a_privacy_page_from_the_settings(page, server):
    page.goto(server.url + "/")
    assert page.locator(".clinic-name").inner_text() == "Edge Development Centre"
    assert "kept for 90 days" in page.locator(".privacy").inner_text()
    with page.expect_popup() as opened:
        page.click(".privacy a")
    page = opened.value
    page.wait_for_url("**/privacy")
    text = page.inner_text("main")
    assert "deleted automatically after 90 days" in text
    assert "counsellors" in text


CONTRAST = """(pair) => {
  const rgb = (s) => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const c = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const [a, b] = [lum(rgb(pair[0])), lum(rgb(pair[1]))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def test_a_light_site_accent_is_darkened_to_readable_text(page, server):
    page.goto(server.url + "/embed?accent=%237fd3ff")
    button = page.locator("#ask-form button[type=submit]")
    colours = button.evaluate(
        "b => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]"
    )
    assert page.evaluate(CONTRAST, colours) >= 4.5
    assert colours[1] != "rgb(127, 211, 255)"


def test_the_focus_ring_stands_out_against_the_page(page, server):
    page.goto(server.url + "/")
    page.focus("#question")
    page.keyboard.press("Tab")  # focus-visible comes with the keyboard
    ring, background = page.evaluate(
        "() => { const e = document.activeElement;"
        " return [getComputedStyle(e).outlineColor,"
        " getComputedStyle(document.body).backgroundColor]; }"
    )
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    assert page.evaluate(CONTRAST, [ring, background]) >= 3


def test_not_helpful_is_acknowledged_and_asks_what_was_missing(page, server):
    page.goto(server.url + "/")
    turn = ask(page, "why keep promises to my toddler")
    turn.locator("button", has_text="Not helpful").click()
    # Auto-waiting assertions: the acknowledgement and the focus move after the click.
    expect(turn.locator(".feedback [role=status]")).to_contain_text("Thank you for telling us")
    field = turn.locator(".looking-for input")
    expect(field).to_be_focused()
    field.fill("how to keep promises when plans change")
    with page.expect_response("**/api/v1/feedback") as sent:
        turn.locator(".looking-for button").click()
    assert sent.value.request.post_data_json["comment"] == "how to keep promises when plans change"
    turn.locator("text=A counsellor will read this").wait_for()


def test_a_thank_you_gets_no_contact_buttons_but_a_booking_question_does(page, server):
    page.goto(server.url + "/")
    assert ask(page, "thank you").locator(".contacts").count() == 0
    assert ask(page, "how do I book a counsellor").locator(".contacts a").count() >= 1
