"""axe-core reports no violation of any impact on any page state: the chat (empty,
answered, abstained, escalated, counsellor contacts open, dark, no JavaScript, in
Chinese), the widget open on a clinic's site, the sources, FAQ, privacy and error
pages in both languages, and the counsellor workspace."""

import pytest

from web import accounts
from web.storage import Storage

from .accessibility import require_axe, violations
from .browser import Server, ask, static_site

pytestmark = pytest.mark.browser
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def axe_server(tmp_path_factory):
    require_axe()
    tmp = tmp_path_factory.mktemp("axe")
    storage = Storage(f"sqlite:///{tmp / 'app.db'}").create()
    accounts.add_user(storage, "anna", PASSWORD)
    storage.engine.dispose()
    server = Server(tmp, env={"PARENTFAQ_SECRET_KEY": "axe-tests"})
    yield server
    server.stop()


@pytest.fixture(params=["light", "dark"])
def context(request, browser):
    context = browser.new_context(
        bypass_csp=True, color_scheme=request.param, viewport={"width": 1280, "height": 800}
    )
    yield context
    context.close()


def test_the_chat_in_every_state(context, axe_server):
    page = context.new_page()
    page.goto(axe_server.url + "/")
    assert violations(page) == [], "empty chat"
    ask(page, "why is touch important for babies")
    page.locator(".preview summary").first.click()
    page.locator(".feedback button", has_text="Not helpful").first.click()
    assert violations(page) == [], "answered, preview open, asked what was missing"
    ask(page, "which car seat brand is safest")
    page.click("#talk summary")
    assert violations(page) == [], "abstained, Talk to a counsellor open"
    ask(page, "my baby is not breathing")
    assert violations(page) == [], "escalated"
    page.goto(axe_server.url + "/embed?title=Ask+us&accent=%237fd3ff")
    assert violations(page) == [], "embedded with a light accent"


def test_the_chat_in_chinese_with_an_english_reply(context, axe_server):
    page = context.new_page()
    page.goto(axe_server.url + "/?lang=zh-Hant")
    assert violations(page) == [], "empty Chinese chat"
    ask(page, "BB 成日喊，係咪要即刻抱佢？")
    ask(page, "why keep promises to my toddler")
    page.locator(".preview summary").first.click()
    assert violations(page) == [], "a Chinese and an English answer"


def test_the_no_javascript_chat(browser, axe_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(axe_server.url + "/")
    page.fill("#question", "why keep promises to my toddler")
    page.click("#ask-form button[type=submit]")
    page.fill("#question", "my baby is not breathing")
    page.click("#ask-form button[type=submit]")
    page.wait_for_load_state()
    html = page.content()
    context.close()
    # axe needs JavaScript: the page as rendered without it, checked with it on (the
    # chat's own script left out so the page stays as it was).
    checker = browser.new_context(bypass_csp=True)
    page = checker.new_page()
    page.route(
        "**/static/chat.js", lambda route: route.fulfill(body="", content_type="text/javascript")
    )
    page.route(
        axe_server.url + "/rendered",
        lambda route: route.fulfill(body=html, content_type="text/html"),
    )
    page.goto(axe_server.url + "/rendered")
    assert violations(page) == []
    checker.close()


@pytest.mark.parametrize(
    "path",
    [
        "/sources/sense-of-security",
        "/faq",
        "/privacy",
        "/demo",
        "/sources/sense-of-security-zh-hant?lang=zh-Hant",
        "/sources/sense-of-security-zh-hant?lang=en",
        "/faq?lang=zh-Hant",
        "/privacy?lang=zh-Hant",
        "/no-such-page?lang=zh-Hant",
    ],
)
def test_the_other_pages(context, axe_server, path):
    page = context.new_page()
    page.goto(axe_server.url + path)
    assert violations(page) == []


@pytest.fixture
def clinic_site(tmp_path, axe_server):
    (tmp_path / "index.html").write_text(
        "<!doctype html><html lang='en'><head><meta name='viewport'"
        " content='width=device-width, initial-scale=1'><title>Clinic</title></head>"
        "<body><main><h1>Our clinic</h1><p>Welcome.</p></main>"
        f"<script src='{axe_server.url}/widget.js' data-title='Ask us' data-accent='#7fd3ff'"
        " async></script>"
        "</body></html>"
    )
    with static_site(tmp_path) as site:
        yield site + "/index.html"


@pytest.mark.parametrize("viewport", [(1280, 800), (390, 844)])
def test_the_widget_open_on_a_clinics_site(browser, clinic_site, axe_server, viewport):
    context = browser.new_context(
        bypass_csp=True, viewport={"width": viewport[0], "height": viewport[1]}
    )
    page = context.new_page()
    page.goto(clinic_site)
    page.click("#parentfaq-launcher")
    frame_element = page.locator("#parentfaq-panel iframe")
    frame_element.wait_for()
    frame = frame_element.element_handle().content_frame()
    frame.wait_for_selector("#question")
    ask(frame, "my baby cries when i leave the room")
    assert violations(page) == [], "the clinic's page with the widget open"
    assert violations(frame) == [], "the chat inside the widget"
    context.close()


def test_the_counsellor_workspace(context, axe_server):
    axe_server.post("/api/v1/ask", {"question": "which stroller brand is best"})
    axe_server.post("/api/v1/ask", {"question": "which stroller brand is the best one"})
    page = context.new_page()
    page.goto(axe_server.url + "/counsellor/login")
    assert violations(page) == [], "login"
    page.fill("#name", "anna")
    page.fill("#password", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/counsellor/queue")
    assert violations(page) == [], "queue"
    page.goto(axe_server.url + "/counsellor/suggest")
    page.fill("#question", "why keep promises to my toddler")
    page.click("#suggest-form button[type=submit]")
    page.locator(".suggestion").first.wait_for()
    assert violations(page) == [], "suggest with results"
    for path in ("/counsellor/faq/new", "/counsellor/unanswered"):
        page.goto(axe_server.url + path)
        assert violations(page) == [], path
