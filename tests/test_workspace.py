"""The counsellor workspace without friction: the copy box, one source id format with
a clear error, the queue in pages with its filter in the URL, and actions on the
Unanswered groups."""

import html
import re

import pytest
from sqlalchemy import func, select

from web import accounts, create_app
from web.storage import exchanges, reviews

from .test_counsellor import PASSWORD, Counsellor, ask, flush


@pytest.fixture
def app(tmp_path):
    """SQLite only: these are page behaviours (test_counsellor covers both databases)."""
    settings = {"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "test"}
    app = create_app(settings | {"RATELIMIT_ENABLED": False, "FAILED_LOGIN_DELAY": 0})
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def counsellor(client):
    helper = Counsellor(client)
    assert helper.login().status_code == 302
    return helper


def test_the_copy_box_holds_the_answer_with_its_citations(counsellor):
    page = counsellor.post(
        "/counsellor/suggest",
        {"question": "why keep promises to my toddler"},
        "/counsellor/suggest",
    ).get_data(as_text=True)
    boxes = re.findall(r'<textarea class="copy-source"[^>]*>(.*?)</textarea>', page, re.S)
    assert len(boxes) == 5
    first = html.unescape(boxes[0])
    assert "built-in method" not in first
    assert re.search(r"\n\[1\] \S", first)
    assert "promise" in first.split("\n[1]")[0].lower()


def only_exchange_id(app):
    flush(app)
    with app.extensions["storage"].engine.connect() as conn:
        return conn.execute(select(exchanges.c.id)).scalar_one()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("avoid-empty-promises!", "is not a source id: write faq:&lt;entry-id&gt; or article:"),
        ("faq:no-such-entry", "There is no FAQ entry &#39;faq:no-such-entry&#39;"),
        ("article:sense-of-security#nowhere", "There is no passage"),
    ],
)
def test_a_wrong_better_entry_is_refused_with_what_to_write(
    app, client, counsellor, typed, message
):
    ask(client, "why keep promises to my toddler")
    exchange_id = only_exchange_id(app)
    page = counsellor.post(
        "/counsellor/review?filter=low&page=1",
        {"exchange_id": exchange_id, "verdict": "wrong", "better_source_id": typed},
        "/counsellor/queue",
    ).get_data(as_text=True)
    assert message in page
    with app.extensions["storage"].engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(reviews)).scalar_one() == 0


def test_both_id_fields_take_the_same_format(app, client, counsellor):
    ask(client, "my kid freaks out when we shut the door at night bye bye")
    exchange_id = only_exchange_id(app)
    passage = counsellor.post(
        "/counsellor/alternate",
        {"exchange_id": exchange_id, "entry_id": "article:sense-of-security#stable-care"},
        "/counsellor/queue",
    ).get_data(as_text=True)
    assert "is a passage; only an FAQ entry" in passage
    page = counsellor.post(
        "/counsellor/alternate",
        {"exchange_id": exchange_id, "entry_id": "faq:crying-when-parent-leaves"},
        "/counsellor/queue",
    ).get_data(as_text=True)
    assert "Added as an alternate of &#39;faq:crying-when-parent-leaves&#39;" in page


def test_the_queue_comes_in_pages_that_keep_the_filter(app, client, counsellor):
    for n in range(55):
        ask(client, f"which stroller brand is best number {n}")
    ask(client, "why keep promises to my toddler")
    flush(app)
    first = client.get("/counsellor/queue?filter=abstained").get_data(as_text=True)
    assert first.count("<tr data-exchange=") == 50
    assert "why keep promises" not in first
    older = re.search(r'<a rel="next" href="([^"]+)"', first).group(1)
    assert html.unescape(older) == "/counsellor/queue?filter=abstained&page=2"
    second = client.get(html.unescape(older)).get_data(as_text=True)
    assert second.count("<tr data-exchange=") == 5
    assert 'rel="next"' not in second and 'rel="prev"' in second
    # A review saved from page 2 returns to page 2 of the same filter.
    row_id = re.search(r'<tr data-exchange="(\d+)"', second).group(1)
    response = client.post(
        "/counsellor/review?filter=abstained&page=2",
        data={"exchange_id": row_id, "verdict": "right", "csrf_token": csrf_of(second)},
    )
    assert response.headers["Location"].endswith("/counsellor/queue?filter=abstained&page=2")


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)


def test_the_queue_offers_every_source_to_pick(client, counsellor):
    page = client.get("/counsellor/queue").get_data(as_text=True)
    options = re.findall(r'<datalist id="source-choices">(.*?)</datalist>', page, re.S)[0]
    assert 'value="faq:keep-promises"' in options
    assert 'value="article:sense-of-security#stable-care"' in options
    faq_only = re.findall(r'<datalist id="faq-choices">(.*?)</datalist>', page, re.S)[0]
    assert "article:" not in faq_only


def test_an_unanswered_group_becomes_an_faq_entry_or_an_alternate(app, client, counsellor):
    for question in ("best stroller for the city", "which stroller is best for city streets"):
        ask(client, question)
    flush(app)
    app.extensions["unanswered"].refresh(wait=True)  # grouped in the background
    page = client.get("/counsellor/unanswered").get_data(as_text=True)
    write = html.unescape(re.search(r'href="(/counsellor/faq/new\?question=[^"]+)"', page).group(1))
    form = client.get(write).get_data(as_text=True)
    prefilled = re.search(r'<input[^>]*id="question"[^>]*value="([^"]*)"', form).group(1)
    assert "stroller" in prefilled
    added = counsellor.post(
        "/counsellor/alternate/text",
        {"question": "which stroller is best for city streets", "entry_id": "faq:keep-promises"},
        "/counsellor/unanswered",
    ).get_data(as_text=True)
    assert "it is live" in added
    assert (
        ask(client, "which stroller is best for city streets")["source_id"] == "faq:keep-promises"
    )


def test_what_a_parent_was_looking_for_reaches_the_queue(app, client, counsellor):
    answer = ask(client, "why keep promises to my toddler")
    body = {
        "conversation_id": answer["conversation_id"],
        "source_id": answer["source_id"],
        "helpful": False,
        "comment": "how to say no to sweets, call me on 9123 4567",
    }
    reply = client.post("/api/v1/feedback", json=body).get_json()
    assert reply == {"recorded": True}
    flush(app)
    page = client.get("/counsellor/queue?filter=comments").get_data(as_text=True)
    assert "how to say no to sweets, call me on [phone]" in page
    assert "why keep promises" not in page
    assert "feedback: faq:keep-promises (not_helpful)" in page


def test_a_comment_that_signals_danger_gets_the_emergency_guidance(app, client):
    answer = ask(client, "why keep promises to my toddler")
    body = {"conversation_id": answer["conversation_id"], "helpful": False}
    reply = client.post(
        "/api/v1/feedback", json=body | {"comment": "my baby is not breathing"}
    ).get_json()
    assert reply["reply"]["kind"] == "escalate"
    assert reply["reply"]["call"]["href"].startswith("tel:")
    too_long = client.post("/api/v1/feedback", json=body | {"comment": "x" * 501})
    assert too_long.status_code == 400


def test_an_approved_entry_says_when_a_counsellor_reviewed_it(client, counsellor):
    counsellor.post(
        "/counsellor/faq/new",
        {
            "entry_id": "hugs-at-drop-off",
            "question": "Should I hug my toddler goodbye at nursery drop-off?",
            "answer": "Yes. Hugs and a calm goodbye help your child feel secure.",
            "sources": "article:sense-of-security#physical-contact",
            "tags": "",
        },
        "/counsellor/faq/new",
    )
    answer = ask(client, "should i hug my toddler goodbye at nursery drop off")
    assert answer["source_id"] == "faq:hugs-at-drop-off"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", answer["reviewed_on"])
    page = client.post(
        "/", data={"question": "should i hug my toddler goodbye at nursery drop off"}
    )
    assert f"Reviewed by a counsellor on {answer['reviewed_on']}" in page.get_data(as_text=True)
    assert "reviewed_on" not in ask(client, "why keep promises to my toddler")
