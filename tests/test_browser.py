"""The chat page, citations and the embeddable widget in a real chromium."""

import pytest
from playwright.sync_api import expect

from .browser import ask, static_site, widget_frame
from .test_did_you_mean import NEAR_MISS

pytestmark = pytest.mark.browser


def test_ask_on_the_chat_page_shows_a_cited_answer(page, server):
    page.goto(server.url + "/")
    turn = ask(page, "how quickly should i respond when my baby cries")
    assert "Respond promptly" in turn.locator(".answer-text").inner_text()
    citations = turn.locator(".citations a")
    assert citations.count() >= 2
    assert citations.nth(1).get_attribute("href") == "/sources/sense-of-security#stable-care"
    assert turn.locator(".related button").count() >= 1
    # Announced briefly (its first sentence), not read out whole from the list.
    assert page.locator("#conversation").get_attribute("aria-live") is None
    # A locator waits without evaluating a string in the page, which the page's
    # Content-Security-Policy (no 'unsafe-eval') refuses when the wait has to poll.
    expect(page.locator("#announce")).not_to_have_text("")
    spoken = page.locator("#announce").text_content()
    assert spoken.startswith("Respond promptly.") and len(spoken) < 300


def test_citation_opens_the_passage_highlighted_and_in_view(page, server):
    page.goto(server.url + "/")
    turn = ask(page, "why is touch important for babies")
    with page.expect_popup() as opened:  # beside the chat, never instead of it
        turn.locator(".citations a[href*='/sources/']").first.click()
    chat, page = page, opened.value
    page.wait_for_url("**/sources/sense-of-security#*")
    assert chat.locator("#conversation .turn").count() == 1
    target = page.locator(".passage:target")
    assert target.count() == 1
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert target.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }"
    )


def test_follow_up_uses_the_conversation_history(page, server):
    page.goto(server.url + "/")
    ask(page, "my baby cries when i leave the room")
    turn = ask(page, "what about at night?")
    assert turn.locator(".answer").count() == 1
    assert "separations" in turn.locator(".answer-text").inner_text()


def test_start_over_clears_the_conversation(page, server):
    page.goto(server.url + "/")
    ask(page, "my baby cries when i leave the room")
    page.click("#start-over")
    expect(page.locator("#conversation .turn")).to_have_count(0)
    turn = ask(page, "what about at night?")
    assert turn.locator(".abstain").count() == 1


def test_keyboard_only_flow(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")  # skip link
    assert page.evaluate("document.activeElement.className") == "skip"
    while page.evaluate("document.activeElement.id") != "question":
        page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.type("why keep promises to my toddler")
    page.keyboard.press("Enter")
    page.wait_for_selector("#conversation .answer")
    # Tab on to the first related question and ask it with the keyboard.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.related') !== null"):
            break
    page.keyboard.press("Enter")
    page.locator("#conversation .turn").nth(1).locator(".answer").wait_for()


def test_escalation_shows_the_banner_and_call_link(page, server):
    page.goto(server.url + "/")
    ask(page, "my baby is not breathing")
    banner = page.locator("#conversation .turn").nth(0).locator(".escalate[role=alert]")
    assert banner.count() == 1
    assert banner.locator("a.call").get_attribute("href") == "tel:999"
    assert "999" in banner.inner_text()
    ask(page, "who wrote the article")
    assert banner.is_visible()  # it stays on screen


def test_hostile_question_is_shown_as_text_and_runs_nothing(page, server):
    page.goto(server.url + "/")
    hostile = '<img src=x onerror="window.__pwned=1">'
    turn = ask(page, hostile)
    assert turn.locator(".question p").inner_text() == hostile
    assert turn.locator("img").count() == 0
    assert page.evaluate("window.__pwned === undefined")


def test_page_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#question", "why keep promises to my toddler")
    page.click("#ask-form button[type=submit]")
    page.wait_for_load_state()
    assert "promise" in page.locator("#conversation .answer-text").inner_text().lower()
    page.fill("#question", "and why?")
    page.click("#ask-form button[type=submit]")
    assert page.locator("#conversation .turn").count() == 2
    context.close()


@pytest.mark.parametrize(("width", "zoom"), [(320, 1), (640, 2)])
def test_usable_at_320px_and_200_percent_zoom(browser, server, width, zoom):
    context = browser.new_context(
        viewport={"width": width, "height": 700}, device_scale_factor=zoom
    )
    page = context.new_page()
    page.goto(server.url + "/")
    if zoom > 1:
        page.evaluate(f"document.body.style.zoom = '{zoom * 100}%'")
    ask(page, "how do i build trust with my baby")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    assert page.locator("#ask-form button[type=submit]").is_visible()
    context.close()


def test_no_request_leaves_the_app(page, server):
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    page.goto(server.url + "/")
    ask(page, "who wrote the article")
    assert seen and all(url.startswith(server.url) for url in seen)


@pytest.fixture
def clinic_site(tmp_path, server):
    """A page on another origin (another port) embedding the widget with one snippet."""
    (tmp_path / "index.html").write_text(
        "<!doctype html><html><head><title>Clinic</title></head><body>"
        "<h1>Our clinic</h1><button id='site-button'>Site button</button>"
        f"<script src='{server.url}/widget.js' data-title='Ask us' async></script>"
        "</body></html>"
    )
    with static_site(tmp_path) as site:
        yield site + "/index.html"


def test_widget_on_another_origin_opens_answers_and_closes_with_escape(page, clinic_site):
    page.goto(clinic_site)
    launcher = page.locator("#parentfaq-launcher")
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    frame = widget_frame(page)
    frame.locator("#question").fill("my baby cries when i leave the room")
    frame.locator("#question").press("Enter")
    frame.locator("#conversation .answer").wait_for()
    assert "promptly" in frame.locator(".answer-text").inner_text()
    frame.locator("#question").press("Escape")
    page.locator("#parentfaq-launcher[aria-expanded=false]").wait_for()
    assert page.evaluate("document.activeElement.id") == "parentfaq-launcher"
    assert not page.locator("#parentfaq-panel").is_visible()


def test_stored_xss_through_an_faq_import_is_inert(browser, tmp_path):
    from click.testing import CliRunner

    from web.cli import main

    from .browser import Server

    export = tmp_path / "hostile.csv"
    export.write_text(
        "question,answer\n"
        '"How do I calm my toddler at bedtime?","Stay calm. <script>window.__pwned = 1</script>'
        '<img src=x onerror=""window.__pwned = 2""> [read more](javascript:window.__pwned=3) '
        '<a href=""https://example.org"" onclick=""window.__pwned=4"">link</a>"\n'
    )
    result = CliRunner().invoke(main, ["import", str(export), "--into", str(tmp_path / "kb")])
    assert result.exit_code == 0, result.output
    server = Server(tmp_path, args=("--knowledge", str(tmp_path / "kb")))
    try:
        page = browser.new_page()
        page.goto(server.url + "/")
        turn = ask(page, "how do i calm my toddler at bedtime")
        answer = turn.locator(".answer-text")
        assert "Stay calm." in answer.inner_text()
        assert answer.locator("script, img").count() == 0
        assert all(
            "javascript:" not in (a.get_attribute("href") or "")
            and a.get_attribute("onclick") is None
            for a in answer.locator("a").all()
        )
        for link in answer.locator("a").all():
            link.click(modifiers=["Control"])  # a click must not run anything either
        assert page.evaluate("window.__pwned === undefined")
        page.goto(server.url + "/faq")  # the FAQ page renders the same answer
        assert "Stay calm." in page.inner_text("main")
        assert page.evaluate("window.__pwned === undefined")
        page.close()
    finally:
        server.stop()


def choose_first_option(turn, page):
    """Click the turn's first "did you mean" button; the new turn it answers."""
    button = turn.locator(".options button").first
    chosen = button.inner_text()
    turns = page.locator("#conversation .turn")
    before = turns.count()
    button.click()
    turns.nth(before).locator(".answer").wait_for()
    return chosen, turns.nth(before)


def test_did_you_mean_button_answers_the_chosen_question(page, server):
    page.goto(server.url + "/")
    turn = ask(page, NEAR_MISS)
    assert turn.locator(".options[role=group] button").count() >= 1
    chosen, answered = choose_first_option(turn, page)
    assert answered.locator(".question p").inner_text() == chosen
    citations = answered.locator(".citations a")
    assert citations.first.inner_text().startswith(chosen.split(":")[0])
    assert answered.locator(".feedback").count() == 1


def test_did_you_mean_in_the_widget(page, clinic_site):
    page.goto(clinic_site)
    page.locator("#parentfaq-launcher").click()
    frame = widget_frame(page)
    frame.locator("#question").fill(NEAR_MISS)
    frame.locator("#question").press("Enter")
    button = frame.locator("#conversation .options button").first
    chosen = button.inner_text()
    button.click()
    answered = frame.locator("#conversation .turn").nth(1)
    answered.locator(".answer").wait_for()
    assert answered.locator(".question p").inner_text() == chosen


def test_did_you_mean_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/")
    page.fill("#question", NEAR_MISS)
    page.click("#ask-form button[type=submit]")
    page.wait_for_load_state()
    turn = page.locator("#conversation .turn").nth(0)
    button = turn.locator(".options form button").first
    chosen = button.inner_text()
    button.click()
    page.wait_for_load_state()
    answered = page.locator("#conversation .turn").nth(1)
    assert answered.locator(".question p").inner_text() == chosen
    assert answered.locator(".answer .citations a").count() >= 1
    context.close()


def test_distress_shows_the_support_note_with_helplines(page, server):
    page.goto(server.url + "/")
    ask(page, "i feel like a terrible mum and i cry every day")
    note = page.locator("#conversation .turn").nth(0).locator("aside.support")
    note.wait_for()
    assert note.locator("a[href^='tel:']").count() >= 1
    assert page.locator("#conversation .turn").nth(0).locator(".escalate").count() == 0
