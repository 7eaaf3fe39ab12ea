"""The chat page and the widget switched to Traditional Chinese in a real chromium, on
a 320 px wide screen: a Chinese question gets the Chinese answer, its citation opens
the Chinese source at the passage, lang attributes tell screen readers which voice to
use, and nothing runs off the side of the screen."""

import re

import pytest
from playwright.sync_api import expect

from .browser import ask, static_site

pytestmark = pytest.mark.browser
QUESTION = "BB 成日喊，係咪要即刻抱佢？"
SOURCE = "/sources/sense-of-security-zh-hant"

# Elements reaching past the right (or left) edge of the window, by tag and class;
# the skip link waits off-screen on purpose, and visually hidden text is 1 px.
OVERFLOWING = """() => [...document.querySelectorAll('body *')].filter(e => {
    if (e.closest('.skip, .visually-hidden, template, [hidden]')) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1);
}).map(e => e.tagName.toLowerCase() + '.' + e.className)"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    yield context
    context.close()


def check_nothing_overflows(frame, where: str):
    assert frame.evaluate(OVERFLOWING) == [], where
    assert frame.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), where


def check_chinese_answer(frame, turn):
    """The reply is the Chinese FAQ answer, in a page that says it is Chinese."""
    assert frame.evaluate("document.documentElement.lang") == "zh-Hant"
    answer = turn.locator(".bubble.answer")
    assert "及時回應" in answer.locator(".answer-text").inner_text()
    assert answer.get_attribute("lang") is None  # the page's own language: nothing to mark
    assert turn.locator(".question p").get_attribute("lang") is None
    assert turn.locator(".who").inner_text() == "你問"
    assert answer.locator(".feedback-label").inner_text() == "這個答案有幫助嗎？"
    link = turn.locator(f".citations a[href^='{SOURCE}']")
    assert link.get_attribute("href") == f"{SOURCE}?lang=zh-Hant#stable-care"
    return link


def check_source_opens_at_the_passage(context, link):
    with context.expect_page() as opened:
        link.click()
    source = opened.value
    source.wait_for_url(f"**{SOURCE}?lang=zh-Hant#stable-care")
    assert source.evaluate("document.documentElement.lang") == "zh-Hant"
    target = source.locator(".passage:target")
    assert target.get_attribute("id") == "stable-care"
    assert target.inner_text().startswith("父母或照顧者")
    assert target.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    )
    # The English original is named, and marked English for screen readers.
    assert source.locator(".translation-note a").get_attribute("lang") == "en"
    check_nothing_overflows(source, "the Chinese source page")
    source.close()


def test_the_chat_page_switched_to_chinese_at_320px(phone, server):
    page = phone.new_page()
    page.goto(server.url + "/")
    assert page.evaluate("document.documentElement.lang") == "en"
    ask(page, "why keep promises to my toddler")
    page.locator(".language-switch button", has_text="繁體中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
    expect(page.locator("h1")).to_have_text("嬰幼兒問題查詢")
    # The switch keeps the conversation; its English reply is marked English.
    kept = page.locator("#conversation .turn").first
    expect(kept.locator(".question p")).to_have_text(re.compile("keep promises"))
    assert kept.locator(".bubble.answer").get_attribute("lang") == "en"
    assert kept.locator(".question p").get_attribute("lang") == "en"
    assert kept.locator(".feedback").get_attribute("lang") == "zh-Hant"  # the page's words
    turn = ask(page, QUESTION)
    link = check_chinese_answer(page, turn)
    check_nothing_overflows(page, "the Chinese chat with two answers")
    check_source_opens_at_the_passage(phone, link)
    # The choice is remembered: the chat opened again without ?lang= is still Chinese.
    page.goto(server.url + "/privacy")
    assert page.evaluate("document.documentElement.lang") == "zh-Hant"
    check_nothing_overflows(page, "the Chinese privacy page")


@pytest.fixture
def english_clinic_site(tmp_path, server):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta name='viewport'"
        " content='width=device-width, initial-scale=1'><title>Clinic</title></head>"
        "<body><main><h1>Our clinic</h1></main>"
        f"<script src='{server.url}/widget.js' data-title='Ask us' data-lang='en' async></script>"
        "</body></html>"
    )
    with static_site(tmp_path) as site:
        yield site + "/index.html"


def test_the_widget_switched_to_chinese_on_a_phone(phone, english_clinic_site):
    page = phone.new_page()
    page.goto(english_clinic_site)
    page.click("#parentfaq-launcher")
    frame = page.frame_locator("#parentfaq-panel iframe")
    expect(frame.locator("h1")).to_have_text("Ask us")  # the site's language and title
    frame.locator(".language-switch button", has_text="繁體中文").click()
    expect(frame.locator("h1")).to_have_text("嬰幼兒問題查詢")  # its English title gives way
    inner = page.locator("#parentfaq-panel iframe").element_handle().content_frame()
    assert "site_lang=en" in inner.url and "lang=zh-Hant" in inner.url
    turn = ask(inner, QUESTION)
    link = check_chinese_answer(inner, turn)
    check_nothing_overflows(inner, "the Chinese chat in the widget")
    check_nothing_overflows(page, "the clinic's page with the widget open")
    check_source_opens_at_the_passage(phone, link)


def test_a_chinese_site_opens_the_widget_in_chinese(phone, tmp_path, server):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='zh-HK'><head><meta name='viewport'"
        " content='width=device-width, initial-scale=1'><title>診所</title></head><body>"
        f"<script src='{server.url}/widget.js' data-lang='zh-HK' async></script></body></html>"
    )
    with static_site(tmp_path) as site:
        page = phone.new_page()
        page.goto(site + "/index.html")
        expect(page.locator("#parentfaq-launcher")).to_have_text("嬰幼兒問題查詢")
        page.click("#parentfaq-launcher")
        frame = page.frame_locator("#parentfaq-panel iframe")
        expect(frame.locator("html")).to_have_attribute("lang", "zh-Hant")
        inner = page.locator("#parentfaq-panel iframe").element_handle().content_frame()
        turn = ask(inner, "why is a daily routine important")
        # An English question on the Chinese chat: its reply is marked English.
        assert turn.locator(".bubble.answer").get_attribute("lang") == "en"
        assert turn.locator(".question p").get_attribute("lang") == "en"
        href = turn.locator(".citations a").first.get_attribute("href")
        assert re.fullmatch(r"/(faq|sources/[\w-]+)\?lang=zh-Hant#[\w-]+", href), href


def test_without_javascript_the_switch_keeps_the_conversation_at_320px(browser, server):
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/embed?title=Ask+us")
    page.fill("#question", "why keep promises to my toddler")
    page.click("#ask-form button[type=submit]")
    page.locator(".language-switch button", has_text="繁體中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hant")
    turn = page.locator("#conversation .turn")
    expect(turn).to_have_count(1)
    assert turn.locator(".bubble.answer").get_attribute("lang") == "en"
    assert turn.locator(".who").inner_text() == "你問"
    page.fill("#question", QUESTION)
    page.click("#ask-form button[type=submit]")
    expect(page.locator("#conversation .turn")).to_have_count(2)
    latest = page.locator("#latest")
    assert "及時回應" in latest.locator(".answer-text").inner_text()
    assert latest.locator(f".citations a[href='{SOURCE}?lang=zh-Hant#stable-care']").count() == 1
    check_nothing_overflows(page, "the Chinese chat without JavaScript")
    context.close()
