"""Nothing a parent sends is delayed or lost: the faults of the resilience issue, one
regression test each (storage ones on SQLite and on PostgreSQL)."""

import re

import pytest

from web import accounts, create_app

from .conftest import postgres_url

PASSWORD = "correct horse battery"


def login_page_token(client) -> str:
    page = client.get("/counsellor/login").get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)


def try_login(client, name: str, password: str, address: str = "10.0.0.1"):
    token = login_page_token(client)
    return client.post(
        "/counsellor/login",
        data={"name": name, "password": password, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
    )


@pytest.fixture
def limited_app(tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "test",
            "LOGIN_RATE_LIMIT": "3 per minute",
            "ACCOUNT_LOGIN_RATE_LIMIT": "4 per minute",
        }
    )
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    return app


def test_failed_logins_are_refused_at_once_per_address_with_a_page(limited_app):
    client = limited_app.test_client()
    for _ in range(3):
        assert try_login(client, "anna", "wrong password!").status_code == 401
    refused = try_login(client, "anna", "wrong password!")
    assert refused.status_code == 429
    assert refused.mimetype == "text/html"
    assert int(refused.headers["Retry-After"]) >= 1
    assert "try again in" in refused.get_data(as_text=True)
    # Another address is not held up by the first one's failures.
    assert try_login(client, "anna", PASSWORD, address="10.0.0.2").status_code == 302


def test_failed_logins_are_counted_per_account_across_addresses(limited_app):
    client = limited_app.test_client()
    for number in range(4):
        assert (
            try_login(client, "anna", "nope nope!", address=f"10.1.0.{number}").status_code == 401
        )
    assert try_login(client, "anna", PASSWORD, address="10.1.0.99").status_code == 429
    # Other accounts are untouched.
    assert try_login(client, "bob", "nope nope!", address="10.1.0.99").status_code == 401


def test_successful_logins_do_not_use_up_the_limit(limited_app):
    client = limited_app.test_client()
    for _ in range(5):
        assert try_login(client, "anna", PASSWORD).status_code == 302


@pytest.mark.parametrize("bad_id", ["a" * 64 + "\n", "abc\n", "a" * 65, "ok id"])
def test_conversation_ids_must_match_whole(bad_id, tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    response = app.test_client().post(
        "/api/v1/ask", json={"question": "how do I comfort my baby", "conversation_id": bad_id}
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_one_bad_row_never_costs_the_rest_of_its_batch(database_url):
    from sqlalchemy import func, select

    from web.storage import Storage, exchanges

    storage = Storage(database_url).create()
    good = {"kind": "answer", "source_id": "faq:x", "confidence": 0.9}
    for number in range(5):
        storage.record_exchange(f"c{number}", f"question {number}", good)
    storage.record_exchange("bad", "a row the database refuses", {**good, "kind": None})
    for number in range(5, 10):
        storage.record_exchange(f"c{number}", f"question {number}", good)
    assert storage.flush(timeout=20)
    with storage.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(exchanges)).scalar_one() == 10
    assert storage.refused == 1
    storage.engine.dispose()


def test_one_question_budget_across_the_api_the_chat_page_and_the_widget(tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "t",
            "ASK_RATE_LIMIT": "3 per minute",
        }
    )
    client = app.test_client()
    question = "how do I comfort my baby at night"
    assert client.post("/api/v1/ask", json={"question": question}).status_code == 200
    assert client.post("/", data={"question": question}).status_code == 200
    assert client.post("/embed", data={"question": question}).status_code == 200
    assert client.post("/api/v1/ask", json={"question": question}).status_code == 429
    assert client.post("/embed", data={"question": question}).status_code == 429
    # Reading the pages is not asking.
    assert client.get("/").status_code == 200


def test_escalations_are_never_limited_but_their_storage_is_bounded(tmp_path):
    from sqlalchemy import func, select

    from web.storage import exchanges

    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "t",
            "ASK_RATE_LIMIT": "1 per minute",
            "ESCALATION_STORE_LIMIT": "2 per hour",
        }
    )
    client = app.test_client()
    for _ in range(6):
        response = client.post("/api/v1/ask", json={"question": "my baby is not breathing"})
        assert response.status_code == 200
        assert response.get_json()["kind"] == "escalate"
    storage = app.extensions["storage"]
    assert storage.flush(timeout=10)
    with storage.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(exchanges)).scalar_one() == 2


def new_entry(entry_id: str, question: str, who: str = "anna"):
    from knowledge.changes import FaqChange

    return FaqChange(
        "entry",
        entry_id,
        question,
        "Hold them close and stay calm; it helps them feel safe.",
        sources=("article:sense-of-security#physical-contact",),
        approved_by=who,
    )


def test_a_clash_between_two_servers_is_told_plainly_and_never_locks_approvals(
    database_url, monkeypatch
):
    from knowledge import KnowledgeError

    first = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "t"})
    second = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "t"})
    first.extensions["live"].approve(
        new_entry("clash-carrying", "Is it ok to carry my baby a lot?")
    )
    # The second server read the changes before the first one's commit landed.
    monkeypatch.setattr(second.extensions["live"], "changes", lambda: [])
    with pytest.raises(KnowledgeError, match="approved by another counsellor"):
        second.extensions["live"].approve(
            new_entry("clash-carrying", "Can I carry him all day?", "bo")
        )
    monkeypatch.undo()
    # Later approvals on either server still go through.
    second.extensions["live"].approve(
        new_entry("after-clash-one", "Is rocking my baby to sleep ok?")
    )
    first.extensions["live"].approve(new_entry("after-clash-two", "Should I sing to my baby?"))
    for app in (first, second):
        app.extensions["live"].refresh(wait=True)
        ids = {e.id for e in app.extensions["assistant"].knowledge.faq}
        assert {"clash-carrying", "after-clash-one", "after-clash-two"} <= ids
        app.extensions["storage"].engine.dispose()


def test_an_exported_faq_file_put_into_the_knowledge_folder_merges(knowledge_copy, tmp_path):
    import yaml

    from knowledge.faq import entry_to_yaml_dict

    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "t",
            "KNOWLEDGE_DIR": knowledge_copy,
        }
    )
    live = app.extensions["live"]
    live.approve(new_entry("clash-carrying", "Is it ok to carry my baby a lot?"))
    exported = [entry_to_yaml_dict(e) for e in app.extensions["assistant"].knowledge.faq]
    for old in (knowledge_copy / "faq").glob("*.yaml"):
        old.unlink()
    (knowledge_copy / "faq" / "export.yaml").write_text(
        yaml.safe_dump(exported, allow_unicode=True, sort_keys=False)
    )
    live._checked = 0  # look at the files on the next request, not in 2 s
    app.test_client().get("/api/v1/health")
    live.refresh(wait=True)
    assert live.reload_error is None
    live.approve(new_entry("after-clash-two", "Should I sing to my baby?"))
    ids = [e.id for e in app.extensions["assistant"].knowledge.faq]
    assert ids.count("clash-carrying") == 1 and "after-clash-two" in ids


def test_grouping_unanswered_questions_is_bounded_and_off_the_request(tmp_path):
    import tracemalloc

    from web.review import MAX_GROUPED, unanswered_groups

    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    storage = app.extensions["storage"]
    outline = {"kind": "abstain", "source_id": None, "confidence": 0.1}
    for number in range(MAX_GROUPED + 100):
        words = " ".join(f"w{(number * 7 + k) % 997}x{k}" for k in range(300))
        storage.record_exchange(f"c{number}", f"question {number} {words}"[:2000], outline)
    assert storage.flush(timeout=30)
    tracemalloc.start()
    groups = unanswered_groups(storage)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sum(len(g) for g in groups) == MAX_GROUPED
    assert peak < 200 * 2**20  # a dense questions-by-n-grams matrix took gigabytes


def test_workers_without_a_configured_key_share_the_one_kept_in_the_instance_folder(tmp_path):
    from web import instance_secret_key

    folder = tmp_path / "instance"
    first, second = instance_secret_key(str(folder)), instance_secret_key(str(folder))
    assert first == second and len(first) >= 32
    assert (folder / "secret_key").stat().st_mode & 0o077 == 0
    assert list(folder.iterdir()) == [folder / "secret_key"]


def test_an_unwritable_instance_folder_is_named_in_the_error(tmp_path):
    from web import SetupError, default_database_url

    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("")
    with pytest.raises(SetupError, match=str(blocked / "instance")):
        default_database_url(str(blocked / "instance"))


@pytest.fixture
def logged_in(tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "t",
            "RATELIMIT_ENABLED": False,
            "SESSION_LIFETIME_HOURS": 2,
        }
    )
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    client = app.test_client()
    response = try_login(client, "anna", PASSWORD)
    assert response.status_code == 302
    return app, client, response


def test_logout_ends_saved_copies_of_the_session_cookie(logged_in):
    app, client, _ = logged_in
    saved = client.get_cookie("session").value
    page = client.get("/counsellor/queue")
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    token = re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page.get_data(as_text=True))
    client.post("/counsellor/logout", data={"csrf_token": token.group(1)})
    thief = app.test_client()
    thief.set_cookie("session", saved)
    assert thief.get("/counsellor/queue").status_code == 302


def test_the_login_lasts_the_configured_hours(logged_in):
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    _, _, response = logged_in
    cookie = response.headers["Set-Cookie"]
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", cookie).group(1))
    hours = (expires - datetime.now(UTC)).total_seconds() / 3600
    assert 1.9 < hours <= 2.0


def test_cookies_are_secure_behind_a_trusted_tls_proxy(tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "SECRET_KEY": "t",
            "RATELIMIT_ENABLED": False,
            "TRUSTED_PROXIES": 1,
        }
    )
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    client = app.test_client()
    page = client.get("/counsellor/login", headers={"X-Forwarded-Proto": "https"})
    token = re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page.get_data(as_text=True))
    response = client.post(
        "/counsellor/login",
        data={"name": "anna", "password": PASSWORD, "csrf_token": token.group(1)},
        headers={
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "203.0.113.9",
            "Referer": "https://localhost/counsellor/login",  # CSRF checks it over HTTPS
        },
    )
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaa", "password123", "qwertyuiop1", "1234567890", "annaanna2024"]
)
def test_common_or_easy_passwords_are_refused(tmp_path, password):
    from web.storage import Storage

    storage = Storage(f"sqlite:///{tmp_path / 'app.db'}").create()
    with pytest.raises(accounts.AccountError, match="too easy to guess"):
        accounts.add_user(storage, "anna", password)
    accounts.add_user(storage, "anna", PASSWORD)


def logged_in_client(database_url: str):
    """A client of a new app on `database_url`, its counsellor logged in; the app's
    connections closed after."""
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "t", "RATELIMIT_ENABLED": False})
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    client = app.test_client()
    assert try_login(client, "anna", PASSWORD).status_code == 302
    yield client
    app.extensions["storage"].engine.dispose()


@pytest.fixture
def counsellor_client(database_url):
    yield from logged_in_client(database_url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def refusing_client(request, tmp_path_factory):
    """`counsellor_client` for the cases whose every request is refused (nothing is
    stored): one app per database for the module's run of them, not one per case."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('refusing') / 'app.db'}"
    else:
        url = postgres_url()
    yield from logged_in_client(url)


def form_token(client, path: str = "/counsellor/queue") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)


@pytest.mark.parametrize("path", ["/api/v1/ask", "/api/v1/feedback"])
def test_json_nested_a_thousand_levels_is_a_400(tmp_path, path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    body = '{"question": ' + "[" * 1000 + "]" * 1000 + "}"
    response = app.test_client().post(path, data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_a_broken_unicode_character_in_feedback_is_a_400(counsellor_client):
    body = '{"conversation_id": "abc", "source_id": "faq:x\\ud800", "helpful": true}'
    response = counsellor_client.post(
        "/api/v1/feedback", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "Unicode" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("exchange_id", ["\u00b2", "\uff11\uff12", "9" * 30, "-1", "", "1.5"])
@pytest.mark.parametrize("path", ["/counsellor/review", "/counsellor/alternate"])
def test_odd_exchange_ids_on_counsellor_forms_are_refused_plainly(
    refusing_client, path, exchange_id
):
    data = {
        "exchange_id": exchange_id,
        "verdict": "right",
        "entry_id": "crying-when-parent-leaves",
        "csrf_token": form_token(refusing_client),
    }
    response = refusing_client.post(path, data=data, follow_redirects=True)
    assert response.status_code == 200
    assert "could not be saved" in response.get_data(as_text=True) or "was not stored" in (
        response.get_data(as_text=True)
    )


def test_a_review_of_a_missing_question_or_without_a_field_is_refused_plainly(counsellor_client):
    for data in ({"exchange_id": "4242", "verdict": "wrong"}, {"exchange_id": "1"}):
        data["csrf_token"] = form_token(counsellor_client)
        response = counsellor_client.post("/counsellor/review", data=data, follow_redirects=True)
        assert response.status_code == 200
        assert "could not be saved" in response.get_data(as_text=True)


@pytest.mark.parametrize("body", ["[1, 2, 3]", '"question"', "null", '{"question": 7}'])
def test_the_suggest_api_refuses_a_body_that_is_not_an_object(refusing_client, body):
    response = refusing_client.post(
        "/counsellor/api/suggest", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_a_nul_byte_in_a_form_field_is_a_400(counsellor_client):
    data = {
        "entry_id": "nul-entry",
        "question": "Should I\x00 hold my baby?",
        "answer": "Yes.",
        "sources": "article:sense-of-security#physical-contact",
        "csrf_token": form_token(counsellor_client, "/counsellor/faq/new"),
    }
    assert counsellor_client.post("/counsellor/faq/new", data=data).status_code == 400
    login = {"name": "an\x00na", "password": "x", "csrf_token": form_token(counsellor_client)}
    assert counsellor_client.post("/counsellor/login", data=login).status_code == 400


@pytest.fixture
def reloading(knowledge_copy, tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "KNOWLEDGE_DIR": knowledge_copy,
            "RATELIMIT_ENABLED": False,
            "SECRET_KEY": "t",
        }
    )
    return app, app.test_client(), app.extensions["live"]


def look_again(client, live) -> dict:
    live._checked = 0  # look at the files on the next request, not in 2 s
    health = client.get("/api/v1/health").get_json()
    if live._building is not None:
        live._building.join(30)
    return health


def test_a_file_cut_short_is_not_reloaded_and_health_says_so(reloading):
    import os

    app, client, live = reloading
    question = {"question": "why should i keep promises to my toddler"}
    before = client.post("/api/v1/ask", json=question).get_json()
    version = client.get("/api/v1/health").get_json()["knowledge"]["version"]
    # The Chinese twins: nothing else depends on them, so only the shrinking refuses it.
    faq = live.root / "faq" / "separation-and-promises.zh-hant.yaml"
    text = faq.read_text()
    faq.write_text(text[: text.index("\n- id:", 10)] + "\n")  # valid YAML, one entry left
    old = faq.stat().st_mtime - 5
    os.utime(faq, (old, old))  # saved a while ago: settled
    health = look_again(client, live)
    assert health["status"] == "degraded"
    assert "went from" in health["knowledge"]["last_reload_error"]
    assert health["knowledge"]["version"] == version
    after = client.post("/api/v1/ask", json=question).get_json()
    assert after["source_id"] == before["source_id"] and after["text"] == before["text"]


def test_a_file_still_being_written_is_read_once_it_settles(reloading):
    import os

    app, client, live = reloading
    faq = live.root / "faq" / "separation-and-promises.yaml"
    faq.write_text(faq.read_text().replace("keep their promises", "keep every promise"))
    look_again(client, live)
    assert not any("keep every promise" in e.answer for e in live.base.faq)  # not yet
    old = faq.stat().st_mtime - 5
    os.utime(faq, (old, old))
    health = look_again(client, live)
    assert health["knowledge"]["last_reload_error"] is None
    entries = app.extensions["assistant"].knowledge.faq
    assert any("keep every promise" in e.answer for e in entries)


def test_an_emergency_in_a_message_over_the_length_limit_still_escalates(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    client = app.test_client()
    story = "We moved house last month and the routines are all over the place. " * 30
    long_message = story + "Right now my baby is not breathing. " + story
    assert len(long_message) > app.config["MAX_QUESTION_CHARS"]
    answer = client.post("/api/v1/ask", json={"question": long_message}).get_json()
    assert answer["kind"] == "escalate"
    ordinary = client.post("/api/v1/ask", json={"question": story * 2})
    assert ordinary.status_code == 400
    assert ordinary.get_json()["error"]["code"] == "question_too_long"


def test_the_chat_page_warns_about_length_instead_of_cutting(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    page = app.test_client().get("/").get_data(as_text=True)
    assert "maxlength" not in page
    assert 'id="length-note"' in page


def test_the_length_limit_is_on_what_was_sent_not_what_is_left_after_cleaning(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "SECRET_KEY": "t"})
    limit = app.config["MAX_QUESTION_CHARS"]
    sent = "\u0001" * 5 + "why keep promises " * (limit // 18)
    assert len(sent) > limit >= len(sent) - 5
    response = app.test_client().post("/api/v1/ask", json={"question": sent})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "question_too_long"
