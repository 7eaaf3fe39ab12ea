"""Nothing a parent sends is delayed or lost: the faults of the resilience issue, one
regression test each (storage ones on SQLite and on PostgreSQL)."""

import re

import pytest

from web import accounts, create_app

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
        assert try_login(client, "anna", "nope nope!", address=f"10.1.0.{number}").status_code == 401
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
