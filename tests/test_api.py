"""The JSON API: answers, errors, CORS, headers, rate limits and the OpenAPI contract."""

import pytest
from flask import session
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec

from web import create_app
from web.openapi import spec


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """One app for the module (each build loads the engine): these tests send requests
    and read the replies, and none reads what another stored."""
    return create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('api') / 'app.db'}",
            "CORS_ORIGINS": "https://clinic.example",
            "RATELIMIT_ENABLED": False,
        }
    )


@pytest.fixture
def client(app):
    return app.test_client()


def schema_validator(name: str) -> Draft202012Validator:
    document = spec()
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    )


def test_ask_returns_the_answer_object_and_a_conversation_id(client):
    response = client.post("/api/v1/ask", json={"question": "why keep promises to my toddler"})
    assert response.status_code == 200
    data = response.get_json()
    schema_validator("Answer").validate(data)
    assert data["source_id"] == "faq:keep-promises"
    assert "<p>" in data["html"]
    follow = client.post(
        "/api/v1/ask", json={"question": "and why?", "conversation_id": data["conversation_id"]}
    )
    assert follow.get_json()["conversation_id"] == data["conversation_id"]


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        (
            {"data": "question=hi", "content_type": "application/x-www-form-urlencoded"},
            415,
            "unsupported_media_type",
        ),
        ({"data": "{not json", "content_type": "application/json"}, 400, "bad_request"),
        ({"json": ["a", "list"]}, 400, "bad_request"),
        ({"json": {}}, 400, "bad_request"),
        ({"json": {"question": 42}}, 400, "bad_request"),
        ({"json": {"question": ""}}, 400, "question_empty"),
        ({"json": {"question": "x" * 2500}}, 400, "question_too_long"),
        ({"json": {"question": "hi", "conversation_id": "../../etc"}}, 400, "bad_request"),
        ({"json": {"question": "y" * 20_000}}, 413, "too_large"),
    ],
)
def test_bad_requests_get_json_errors(client, kwargs, status, code):
    response = client.post("/api/v1/ask", **kwargs)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code
    schema_validator("Error").validate(response.get_json())


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"conversation_id": "abc", "source_id": "faq:keep-promises", "helpful": True}, 200),
        ({"conversation_id": "abc", "helpful": "yes"}, 400),
        ({"source_id": "faq:x", "helpful": False}, 400),
    ],
)
def test_feedback_validates_its_body(client, body, status):
    assert client.post("/api/v1/feedback", json=body).status_code == status


def test_health_reports_index_and_database(client):
    data = client.get("/api/v1/health").get_json()
    schema_validator("Health").validate(data)
    assert data["index"]["ready"] and data["database"]["ready"]


def test_openapi_document_is_valid_and_served(client):
    served = client.get("/api/v1/openapi.json").get_json()
    validate_spec(served)
    assert set(served["paths"]) == {
        "/api/v1/ask",
        "/api/v1/feedback",
        "/api/v1/health",
        "/api/v1/openapi.json",
    }


def test_cors_only_for_configured_origins(client):
    allowed = client.post(
        "/api/v1/ask", json={"question": "hi"}, headers={"Origin": "https://clinic.example"}
    )
    assert allowed.headers.get("Access-Control-Allow-Origin") == "https://clinic.example"
    other = client.post(
        "/api/v1/ask", json={"question": "hi"}, headers={"Origin": "https://evil.example"}
    )
    assert "Access-Control-Allow-Origin" not in other.headers


def test_no_origin_is_allowed_unless_configured(tmp_path):
    client = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"}).test_client()
    response = client.post(
        "/api/v1/ask", json={"question": "hi"}, headers={"Origin": "https://clinic.example"}
    )
    assert response.status_code == 200
    assert not [h for h in response.headers.keys() if h.startswith("Access-Control-")]


def test_the_api_neither_reads_nor_sets_a_session(app, client):
    signed = app.session_interface.get_signing_serializer(app).dumps({"counsellor": "sam"})
    cookie = {"HTTP_COOKIE": f"session={signed}"}
    with app.test_request_context("/counsellor/", environ_base=cookie):
        assert session.get("counsellor") == "sam"  # pages read their session
    with app.test_request_context("/api/v1/ask", environ_base=cookie):
        assert session.get("counsellor") is None  # the API does not
    client.set_cookie("session", signed)
    response = client.post("/api/v1/ask", json={"question": "why keep promises to my toddler"})
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    ("path", "ancestors"),
    [
        ("/", "frame-ancestors 'none'"),
        ("/api/v1/health", "frame-ancestors 'none'"),
        ("/embed", "frame-ancestors *"),
    ],
)
def test_security_headers(client, path, ancestors):
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert ancestors in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_embedding_origins_come_from_configuration(tmp_path):
    app = create_app(
        {"DATABASE_URL": "sqlite://", "FRAME_ANCESTORS": "https://www.example-clinic.org"}
    )
    csp = app.test_client().get("/embed").headers["Content-Security-Policy"]
    assert "frame-ancestors https://www.example-clinic.org" in csp


def test_rate_limit_gives_429_with_retry_after_and_emergency_number(tmp_path):
    app = create_app({"DATABASE_URL": "sqlite://", "ASK_RATE_LIMIT": "3 per minute"})
    client = app.test_client()
    statuses = [
        client.post("/api/v1/ask", json={"question": "why keep promises"}).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    limited = client.post("/api/v1/ask", json={"question": "why keep promises"})
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    body = limited.get_json()
    assert body["error"]["code"] == "rate_limited"
    assert "999" in body["guidance"]
    # An emergency is never limited.
    urgent = client.post("/api/v1/ask", json={"question": "my baby is not breathing"})
    assert urgent.status_code == 200 and urgent.get_json()["kind"] == "escalate"


def test_pages_render(client):
    assert b"Your question" in client.get("/").data
    assert b"Gigi Pang" in client.get("/sources/sense-of-security").data
    assert client.get("/sources/nope").status_code == 404
    assert b"widget.js" in client.get("/demo").data
    with client.get("/widget.js") as widget:
        assert widget.mimetype == "text/javascript"
        assert b"parentfaq:close" in widget.data
    assert b"keep-promises" in client.get("/faq").data


def test_server_side_chat_without_javascript(client):
    page = client.post("/", data={"question": "<b>why keep promises</b>"}).data.decode()
    assert "&lt;b&gt;why keep promises&lt;/b&gt;" in page
    assert "promise" in page and 'class="citations"' in page


def test_distress_brings_the_support_note_in_the_api_and_without_javascript(client):
    distress = "i'm so tired i cry every day since the baby came"
    data = client.post("/api/v1/ask", json={"question": distress}).get_json()
    assert data["kind"] != "escalate"
    assert data["support"]["text"] and data["support"]["contacts"]
    schema_validator("Answer").validate(data)
    page = client.post("/", data={"question": distress}).data.decode()
    assert 'class="support"' in page
    for contact in data["support"]["contacts"]:
        assert contact["number"] in page
    plain = client.post("/", data={"question": "why keep promises"}).data.decode()
    assert 'class="support"' not in plain
