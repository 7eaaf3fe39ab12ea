"""The widget as a parent meets it on a clinic's own site (another origin): kept
across the site's pages, full-screen on a phone, usable by keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from .browser import static_site, widget_frame

pytestmark = pytest.mark.browser


@pytest.fixture
def clinic_site(tmp_path, server):
    """Two pages of a clinic's site on another origin, each embedding the widget."""
    for name in ("index.html", "services.html"):
        (tmp_path / name).write_text(
            "<!doctype html><html lang='en'><head><meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<title>Clinic</title></head><body>"
            f"<main><h1>Our clinic: {name}</h1><a href='services.html'>Services</a></main>"
            f"<script src='{server.url}/widget.js' data-title='Ask us' async></script>"
            "</body></html>"
        )
    with static_site(tmp_path) as site:
        yield site + ""


def ask_in_frame(frame, question: str):
    turns = frame.locator("#conversation .turn")
    before = turns.count()
    frame.locator("#question").fill(question)
    frame.locator("#question").press("Enter")
    turns.nth(before).locator(".bubble:not(.question)").wait_for()
    return turns.nth(before)


def test_the_conversation_is_kept_across_the_sites_pages(page, clinic_site):
    page.goto(clinic_site + "/index.html")
    page.click("#parentfaq-launcher")
    frame = widget_frame(page)
    ask_in_frame(frame, "my baby cries when i leave the room")
    page.goto(clinic_site + "/services.html")
    page.click("#parentfaq-launcher")
    frame = widget_frame(page)
    kept = frame.locator("#conversation .turn")
    kept.first.wait_for()
    assert "leave the room" in kept.first.locator(".question").inner_text()
    # A follow-up still belongs to the same conversation.
    follow_up = ask_in_frame(frame, "what about at night?")
    assert follow_up.locator(".answer").count() == 1
    # Start over clears it, and keeps the site's title.
    frame.locator("#start-over").click()
    # Start over is a form post: wait for the new page, not the old one's heading.
    expect(frame.locator("#conversation .turn")).to_have_count(0)
    expect(frame.locator("h1")).to_have_text(re.compile("Ask us"))
    page.reload()
    page.click("#parentfaq-launcher")
    frame = widget_frame(page)
    frame.locator("#question").wait_for()
    assert frame.locator("#conversation .turn").count() == 0


def test_the_chat_page_keeps_its_conversation_across_a_reload(page, server):
    page.goto(server.url + "/")
    page.fill("#question", "why keep promises to my toddler")
    page.press("#question", "Enter")
    page.locator("#conversation .answer").wait_for()
    page.reload()
    page.locator("#conversation .turn .answer").wait_for()
    assert page.locator("#conversation .turn").count() == 1


def test_on_a_phone_the_widget_fills_the_screen_with_the_question_box_pinned(browser, clinic_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(clinic_site + "/index.html")
    page.click("#parentfaq-launcher")
    box = page.locator("#parentfaq-panel").bounding_box()
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 844)
    frame = widget_frame(page)
    for question in ("my baby cries when i leave the room", "why is touch important"):
        turn = ask_in_frame(frame, question)
    # The question box stays at the bottom of the screen, fully visible...
    field = frame.locator("#question").bounding_box()
    assert field["y"] + field["height"] <= 844 and field["y"] > 844 * 0.6
    # ...and the latest answer's start is in view (not scrolled past).
    answer = turn.locator(".bubble:not(.question)")
    answer.evaluate(  # the scroll is smooth unless reduced motion is asked for: let it end
        "e => new Promise(done => { let last = -1; const check = () => {"
        " const y = e.getBoundingClientRect().top; if (y === last) done(); else"
        " { last = y; setTimeout(check, 100); } }; check(); })"
    )
    start = answer.bounding_box()["y"]
    assert -1 <= start < field["y"] - 40  # at the top (to a subpixel), above the box
    context.close()


def test_keyboard_only_from_the_launcher_to_an_answer_and_closed(page, clinic_site):
    page.goto(clinic_site + "/index.html")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "parentfaq-launcher":
            break
    page.keyboard.press("Enter")
    frame = widget_frame(page)
    # Focus lands on the question box.
    frame.locator("#question:focus").wait_for()
    page.keyboard.type("why is touch important for babies")
    page.keyboard.press("Enter")
    frame.locator("#conversation .answer").wait_for()
    assert frame.locator("#question").evaluate("e => e === document.activeElement")
    # Shift+Tab back to the close button... or simply find it by tabbing forward.
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        if frame.locator("#close-chat:focus").count():
            break
    page.keyboard.press("Enter")
    page.locator("#parentfaq-launcher[aria-expanded=false]").wait_for()
    assert page.evaluate("document.activeElement.id") == "parentfaq-launcher"


def test_enter_twice_sends_the_question_once(page, server):
    page.goto(server.url + "/embed")
    asked = []
    page.on("request", lambda r: asked.append(r.url) if r.url.endswith("/api/v1/ask") else None)
    page.fill("#question", "why keep promises to my toddler")
    page.press("#question", "Enter")
    page.press("#question", "Enter")
    page.locator("#conversation .answer").wait_for()
    page.wait_for_timeout(300)
    assert len(asked) == 1
    assert page.locator("#conversation .turn").count() == 1
    assert page.locator("#conversation").get_attribute("aria-busy") == "false"


def test_the_rate_limit_message_says_when_to_try_again(browser, tmp_path):
    from .browser import Server

    limited = Server(
        tmp_path,
        env={"PARENTFAQ_RATELIMIT_ENABLED": "true", "PARENTFAQ_ASK_RATE_LIMIT": "2 per minute"},
    )
    try:
        page = browser.new_page()
        page.goto(limited.url + "/embed")
        for question in ("why keep promises", "why is touch important", "who wrote the article"):
            turn = ask_in_frame(page, question)
        retry = turn.locator(".retry").inner_text()
        seconds = re.fullmatch(r"Please try again in (\d+) seconds\.", retry)
        assert seconds and 0 < int(seconds.group(1)) <= 60
        page.close()
    finally:
        limited.stop()


@pytest.mark.parametrize(
    "viewport",
    [(320, 568), (844, 390), (640, 400)],  # smallest phone, landscape, 1280x800 at 200% zoom
    ids=["320px", "landscape", "200-percent-zoom"],
)
def test_the_widget_works_in_small_and_short_windows(browser, clinic_site, viewport):
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(clinic_site + "/index.html")
    page.click("#parentfaq-launcher")
    box = page.locator("#parentfaq-panel").bounding_box()
    assert (box["width"], box["height"]) == (width, height)  # the whole window
    frame = widget_frame(page)
    turn = ask_in_frame(frame, "how do i build trust with my baby")
    assert turn.locator(".answer").count() == 1
    overflow = frame.locator("html").evaluate("e => e.scrollWidth - e.clientWidth")
    assert overflow <= 1
    frame.locator("#question").scroll_into_view_if_needed()
    assert frame.locator("#ask-form button[type=submit]").is_visible()
    frame.locator("#close-chat").click()
    page.locator("#parentfaq-launcher[aria-expanded=false]").wait_for()
    assert not page.locator("#parentfaq-panel").is_visible()
    assert page.evaluate("document.activeElement.id") == "parentfaq-launcher"
    context.close()
