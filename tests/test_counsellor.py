"""The counsellor workspace on SQLite and on PostgreSQL: login, suggest, queue,
reviews, FAQ changes that go live, export, privacy."""

import re

import pytest
import yaml
from sqlalchemy import select

from web import accounts, create_app
from web.storage import exchanges, faq_changes, metadata

from .conftest import postgres_url

PASSWORD = "correct horse battery"


@pytest.fixture
def app(database_url, tmp_path):
    app = create_app(
        {
            "DATABASE_URL": database_url,
            "RATELIMIT_ENABLED": False,
            "SECRET_KEY": "test",
        }
    )
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def anonymous_client(request, tmp_path_factory):
    """`client` (nobody logged in) for the cases that only read pages and are turned
    away: one app per database for the module's run of them, not one per case."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('anonymous') / 'app.db'}"
    else:
        url = postgres_url()
    app = create_app({"DATABASE_URL": url, "RATELIMIT_ENABLED": False, "SECRET_KEY": "test"})
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    yield app.test_client()
    app.extensions["storage"].engine.dispose()


def csrf_token(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)


class Counsellor:
    def __init__(self, client):
        self.client = client

    def login(self, name="anna", password=PASSWORD):
        token = csrf_token(self.client, "/counsellor/login")
        return self.client.post(
            "/counsellor/login", data={"name": name, "password": password, "csrf_token": token}
        )

    def post(self, path: str, data: dict, form_page: str):
        return self.client.post(
            path,
            data={**data, "csrf_token": csrf_token(self.client, form_page)},
            follow_redirects=True,
        )


@pytest.fixture
def counsellor(client):
    helper = Counsellor(client)
    assert helper.login().status_code == 302
    return helper


def ask(client, question: str, conversation_id=None) -> dict:
    body = {"question": question, "conversation_id": conversation_id}
    return client.post("/api/v1/ask", json=body).get_json()


@pytest.mark.parametrize(
    "path",
    [
        "/counsellor/",
        "/counsellor/queue",
        "/counsellor/suggest",
        "/counsellor/faq/new",
        "/counsellor/unanswered",
        "/counsellor/export.yaml",
    ],
)
def test_counsellor_pages_need_a_login(anonymous_client, path):
    response = anonymous_client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/counsellor/login")


def test_counsellor_api_refuses_anyone_not_logged_in(client):
    response = client.post("/counsellor/api/suggest", json={"question": "crying"})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_wrong_password_is_refused_and_right_one_logs_in(client):
    helper = Counsellor(client)
    refused = helper.login(password="wrong password!")
    assert refused.status_code == 401 and b"do not match" in refused.data
    response = helper.login()
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/counsellor/queue").status_code == 200


def test_forms_need_the_csrf_token(client):
    response = client.post("/counsellor/login", data={"name": "anna", "password": PASSWORD})
    assert response.status_code == 400


def test_disabled_account_cannot_log_in(app, client):
    accounts.disable_user(app.extensions["storage"], "anna")
    assert Counsellor(client).login().status_code == 401  # the form again, no session


def test_logout_ends_the_session(counsellor, client):
    token = csrf_token(client, "/counsellor/queue")
    client.post("/counsellor/logout", data={"csrf_token": token})
    assert client.get("/counsellor/queue").status_code == 302


def test_suggest_shows_five_candidates_with_scores_and_citations(counsellor):
    page = counsellor.post(
        "/counsellor/suggest",
        {
            "question": "Hi, my daughter (7 months) screams whenever I leave "
            "the room. What should we do?"
        },
        "/counsellor/suggest",
    )
    html = page.get_data(as_text=True)
    assert html.count('class="suggestion bubble"') == 5
    assert "My baby cries when I leave the room" in html
    assert "<mark>" in html and "Copy answer with citation" in html
    assert "/sources/sense-of-security#" in html


def test_suggest_api_for_logged_in_counsellors(counsellor, client):
    data = client.post("/counsellor/api/suggest", json={"question": "keep promises"}).get_json()
    assert len(data["suggestions"]) == 5
    assert data["suggestions"][0]["source_id"] == "faq:keep-promises"
    assert "[1]" in data["suggestions"][0]["copy"]


def flush(app):
    app.extensions["storage"].flush()


def test_queue_lists_questions_newest_first_with_filters(app, client, counsellor):
    ask(client, "why keep promises to my toddler")
    ask(client, "best stroller for city living")
    helpful = ask(client, "how do i build trust with my baby")
    client.post(
        "/api/v1/feedback",
        json={
            "conversation_id": helpful["conversation_id"],
            "source_id": helpful["source_id"],
            "helpful": False,
        },
    )
    ask(client, "my baby is not breathing")
    flush(app)
    page = client.get("/counsellor/queue").get_data(as_text=True)
    assert page.index("best stroller") < page.index("why keep promises")
    assert "child emergency: <strong>1</strong>" in page
    assert "best stroller" in client.get("/counsellor/queue?filter=abstained").get_data(
        as_text=True
    )
    assert "why keep promises" not in client.get("/counsellor/queue?filter=abstained").get_data(
        as_text=True
    )
    unhelpful = client.get("/counsellor/queue?filter=unhelpful").get_data(as_text=True)
    assert "build trust" in unhelpful and "stroller" not in unhelpful
    escalated = client.get("/counsellor/queue?filter=escalated").get_data(as_text=True)
    assert "not stored" in escalated  # the emergency's text is not kept by default
    low = client.get("/counsellor/queue?filter=low").get_data(as_text=True)
    assert "stroller" in low and "why keep promises" not in low


def test_marking_an_answer_wrong_with_a_better_entry(app, client, counsellor):
    ask(client, "why keep promises to my toddler")
    flush(app)
    with app.extensions["storage"].engine.connect() as conn:
        exchange_id = conn.execute(select(exchanges.c.id)).scalar_one()
    page = counsellor.post(
        "/counsellor/review",
        {
            "exchange_id": exchange_id,
            "verdict": "wrong",
            "better_source_id": "faq:avoid-empty-promises",
        },
        "/counsellor/queue",
    )
    assert "Review saved." in page.get_data(as_text=True)
    assert "better: faq:avoid-empty-promises" in page.get_data(as_text=True)


def test_parent_wording_becomes_an_alternate_and_is_answered_at_once(app, client, counsellor):
    wording = "my kid freaks out when we shut the door at night bye bye"
    first = ask(client, wording)
    flush(app)
    with app.extensions["storage"].engine.connect() as conn:
        exchange_id = conn.execute(select(exchanges.c.id)).scalar_one()
    page = counsellor.post(
        "/counsellor/alternate",
        {"exchange_id": exchange_id, "entry_id": "crying-when-parent-leaves"},
        "/counsellor/queue",
    )
    assert "it is live" in page.get_data(as_text=True)
    after = ask(client, wording)
    assert after["source_id"] == "faq:crying-when-parent-leaves"
    assert after["confidence"] > first["confidence"]


def test_new_faq_entry_goes_live_and_records_who_approved_it(app, client, counsellor):
    page = counsellor.post(
        "/counsellor/faq/new",
        {
            "entry_id": "hugs-at-drop-off",
            "question": "Should I hug my toddler goodbye at nursery drop-off?",
            "answer": "Yes. Hugs and a calm goodbye help your child feel secure.",
            "sources": "article:sense-of-security#physical-contact",
            "tags": "daycare, affection",
        },
        "/counsellor/faq/new",
    )
    assert "approved; it is live" in page.get_data(as_text=True)
    answer = ask(client, "should i hug my toddler goodbye at nursery drop off")
    assert answer["source_id"] == "faq:hugs-at-drop-off"
    exported = yaml.safe_load(client.get("/counsellor/export.yaml").get_data(as_text=True))
    entry = next(e for e in exported if e["id"] == "hugs-at-drop-off")
    assert entry["reviewed_by"] == "anna" and entry["reviewed_on"]
    assert entry["sources"] == ["article:sense-of-security#physical-contact"]


def test_new_faq_entry_with_a_broken_source_is_refused_and_nothing_changes(app, client, counsellor):
    before = ask(client, "should i sing to my baby at bedtime")
    page = counsellor.post(
        "/counsellor/faq/new",
        {
            "entry_id": "singing",
            "question": "Should I sing to my baby at bedtime?",
            "answer": "Singing can be part of a calm routine.",
            "sources": "article:sense-of-security#no-such-passage",
            "tags": "",
        },
        "/counsellor/faq/new",
    )
    text = page.get_data(as_text=True)
    assert "Not saved" in text and "no-such-passage" in text
    with app.extensions["storage"].engine.connect() as conn:
        assert conn.execute(select(faq_changes)).first() is None
    after = ask(client, "should i sing to my baby at bedtime")
    assert after["kind"] == before["kind"] and after["source_id"] == before["source_id"]


def test_unanswered_questions_are_grouped_largest_first(app, client, counsellor):
    for question in (
        "best stroller for the city",
        "which stroller is best for city streets",
        "best city stroller to buy",
        "how do i sterilise bottles",
    ):
        ask(client, question)
    flush(app)
    assert "being grouped" in client.get("/counsellor/unanswered").get_data(as_text=True)
    app.extensions["unanswered"].refresh(wait=True)
    page = client.get("/counsellor/unanswered").get_data(as_text=True)
    assert page.index("3 questions") < page.index("1 question<")


def dump(engine) -> str:
    """Every value stored in every table, as text."""
    with engine.connect() as conn:
        return "\n".join(
            str(row) for table in metadata.sorted_tables for row in conn.execute(table.select())
        )


def test_redaction_before_storing(app, client):
    ask(
        client,
        "my email is jane.doe@example.com and my number is +852 9123 4567 or "
        "9123-4567, id A123456(7), see https://example.com/my-kid?id=3. "
        "how do i build trust with my baby",
    )
    flush(app)
    stored = dump(app.extensions["storage"].engine)
    for secret in ("jane.doe", "9123", "A123456", "example.com"):
        # As a whole word: the stored session hashes are hex, and may hold "9123".
        assert not re.search(rf"\b{re.escape(secret)}\b", stored), secret
    assert "[email]" in stored and "[phone]" in stored and "[url]" in stored and "[id]" in stored


def test_nothing_of_the_message_is_stored_when_storing_is_off(database_url):
    app = create_app(
        {"DATABASE_URL": database_url, "STORE_MESSAGES": False, "RATELIMIT_ENABLED": False}
    )
    client = app.test_client()
    ask(client, "zebracorn secret question about my toddler hitting")
    flush(app)
    stored = dump(app.extensions["storage"].engine)
    assert "zebracorn" not in stored
    assert "abstain" in stored  # the outline is kept, the words are not


def test_purge_removes_old_conversations(app, client):
    from datetime import timedelta

    from sqlalchemy import update

    from web.storage import now

    ask(client, "why keep promises")
    ask(client, "how do i build trust")
    flush(app)
    engine = app.extensions["storage"].engine
    with engine.begin() as conn:
        first = conn.execute(select(exchanges.c.id).order_by(exchanges.c.id)).scalars().first()
        conn.execute(
            update(exchanges)
            .where(exchanges.c.id == first)
            .values(created_at=now() - timedelta(days=40))
        )
    assert app.extensions["storage"].purge(30) == 1
    with engine.connect() as conn:
        assert len(conn.execute(select(exchanges)).all()) == 1


def test_the_database_refuses_the_same_new_entry_id_twice(app):
    """Two instances approving the same new id at once: the database keeps the first."""
    import json as jsonlib

    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from web.storage import now

    row = {
        "kind": "entry",
        "entry_id": "twice",
        "answer": "Hold them close.",
        "sources": jsonlib.dumps(["article:sense-of-security#physical-contact"]),
        "tags": "[]",
        "approved_by": "anna",
        "approved_on": now(),
    }
    engine = app.extensions["storage"].engine
    with engine.begin() as conn:
        conn.execute(insert(faq_changes).values(question="Should I hold my baby close?", **row))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(faq_changes).values(question="Is carrying my baby ok?", **row))
    with engine.begin() as conn:  # alternates of one entry may repeat its id
        for wording in ("hold baby close?", "carry baby a lot?"):
            conn.execute(
                insert(faq_changes).values(
                    kind="alternate",
                    entry_id="crying-when-parent-leaves",
                    question=wording,
                    approved_by="anna",
                    approved_on=now(),
                )
            )


def test_a_follow_up_is_read_in_context_by_another_instance(app, client, database_url):
    """Turns live in the database: a follow-up reaching another worker keeps its context."""
    other = create_app({"DATABASE_URL": database_url, "RATELIMIT_ENABLED": False})
    first = ask(client, "why keep promises to my toddler")
    flush(app)
    follow = ask(other.test_client(), "and if i fail?", first["conversation_id"])
    assert follow["source_id"] == "faq:keep-promises"
    alone = ask(other.test_client(), "and if i fail?")
    assert alone["source_id"] != "faq:keep-promises"  # without the context, not the same


def test_own_turns_are_read_before_they_are_written(app, client):
    first = ask(client, "why keep promises to my toddler")  # not flushed: still queued
    follow = ask(client, "and if i fail?", first["conversation_id"])
    assert follow["source_id"] == "faq:keep-promises"
    storage = app.extensions["storage"]
    turns = storage.recent_turns(first["conversation_id"], 5, 3600)  # some may be written
    flush(app)
    assert turns == storage.recent_turns(first["conversation_id"], 5, 3600)  # read once each
    assert [t["question"] for t in turns] == ["why keep promises to my toddler", "and if i fail?"]


def test_old_questions_are_no_longer_context(app, client):
    from datetime import timedelta

    from sqlalchemy import update

    from web.storage import now

    first = ask(client, "why keep promises to my toddler")
    flush(app)
    with app.extensions["storage"].engine.begin() as conn:
        conn.execute(update(exchanges).values(created_at=now() - timedelta(hours=2)))
    follow = ask(client, "and if i fail?", first["conversation_id"])
    assert follow["source_id"] != "faq:keep-promises"  # read alone: the context is not kept


def test_follow_ups_are_read_alone_when_no_message_is_stored(database_url):
    app = create_app(
        {"DATABASE_URL": database_url, "STORE_MESSAGES": False, "RATELIMIT_ENABLED": False}
    )
    client = app.test_client()
    first = ask(client, "why keep promises to my toddler")
    flush(app)
    follow = ask(client, "and if i fail?", first["conversation_id"])
    assert follow["source_id"] != "faq:keep-promises"  # read alone: the context is not kept


def test_escalated_messages_are_not_stored(app, client):
    ask(client, "zebracorn my baby is not breathing")
    flush(app)
    stored = dump(app.extensions["storage"].engine)
    assert "zebracorn" not in stored
    assert "escalate" in stored
