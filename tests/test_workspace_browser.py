"""The counsellor workspace in a real chromium: the copy box, the source picker and
the queue's pages."""

import pytest
from playwright.sync_api import expect

from .browser import log_in, start_counsellor_server

pytestmark = pytest.mark.browser
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    server = start_counsellor_server(tmp_path_factory.mktemp("workspace"))
    yield server
    server.stop()


def test_the_copy_box_copies_the_answer_with_its_citation(browser, workspace):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=workspace.url)
    page = context.new_page()
    log_in(page, workspace)
    page.goto(workspace.url + "/counsellor/suggest")
    page.fill("#question", "why keep promises to my toddler")
    page.click("#suggest-form button[type=submit]")
    first = page.locator(".suggestion").first
    text = first.locator(".copy-source").input_value()
    assert "built-in method" not in text
    assert "[1] " in text and "promise" in text.lower()
    first.locator("button.copy").click()
    expect(first.locator("button.copy")).to_have_text("Copied")  # the copy is asynchronous
    assert page.evaluate("navigator.clipboard.readText()") == text
    context.close()


def test_the_source_picker_finds_and_adds_sources(page, workspace):
    log_in(page, workspace)
    page.goto(workspace.url + "/counsellor/faq/new")
    labels = page.eval_on_selector_all(
        "#source-choices option", "os => os.map(o => o.value + ' ' + o.textContent)"
    )
    assert any(label.startswith("faq:keep-promises Why should I keep") for label in labels)
    passage = next(label.split(" ")[0] for label in labels if label.startswith("article:"))
    assert page.get_attribute("#source-pick", "list") == "source-choices"
    page.fill("#source-pick", passage)
    page.click("#source-add")
    page.fill("#source-pick", "faq:keep-promises")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the Add button, from the keyboard
    assert page.input_value("#sources").splitlines() == [passage, "faq:keep-promises"]


def test_the_queue_pages_keep_the_filter(page, workspace):
    for n in range(52):
        workspace.post("/api/v1/ask", {"question": f"which stroller brand is best ({n})"})
    log_in(page, workspace)
    page.goto(workspace.url + "/counsellor/queue?filter=abstained")
    assert page.locator("tr[data-exchange]").count() == 50
    page.click("a[rel=next]")
    page.wait_for_url("**/counsellor/queue?filter=abstained&page=2")
    assert page.locator("tr[data-exchange]").count() >= 2
    assert page.locator(".filters a[aria-current=page]").inner_text() == "abstained"
