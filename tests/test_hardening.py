"""Hostile input, faults and reloads: nothing lost, never a 500 for a parent."""

import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import positive_data_acceptance
from sqlalchemy import create_engine, text

from assistant import QuestionError
from web import create_app
from web import storage as storage_module
from web.storage import Storage

from .browser import Server, free_port


@pytest.fixture(scope="module")
def api_app(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "app.db"
    return create_app({"DATABASE_URL": f"sqlite:///{path}", "RATELIMIT_ENABLED": False})


def schema_of_a_fresh_app():
    """The API's schema, loaded from an app of its own through schemathesis's public
    loader (`schemathesis.openapi.from_wsgi`, schemathesis 4). Its pytest integration
    parametrizes at collection, so the app is built then; a lazily loaded schema
    (`from_fixture`) went through a pytest attribute that pytest 9 removed."""
    if not hasattr(getattr(schemathesis, "openapi", None), "from_wsgi"):
        raise ImportError(
            f"schemathesis {schemathesis.__version__} has no schemathesis.openapi.from_wsgi: "
            "tests/test_hardening.py is written for the range pyproject.toml gives"
        )
    folder = tempfile.TemporaryDirectory(prefix="parentfaq-schema-")
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{folder.name}/app.db", "RATELIMIT_ENABLED": False}
    )
    app.extensions["schema-folder"] = folder  # removed with the app, at exit
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


schema = schema_of_a_fresh_app()


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_never_5xx_and_matches_its_schema(case):
    """Schemathesis: generated and mutated requests get no 5xx; responses fit the schema.

    Every default check runs except "schema-valid data must be accepted": a question
    made only of control characters fits the schema's pattern as schemathesis reads
    it, yet is empty once they are dropped, and gets the documented 400.
    """
    case.call_and_validate(excluded_checks=[positive_data_acceptance])


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.text(min_size=1000, max_size=2000))
def test_questions_up_to_the_limit_give_an_answer_or_the_documented_error(assistant, text):
    try:
        data = assistant.ask(text).to_dict()
    except QuestionError as exc:
        assert exc.code in {"empty", "too_long", "not_text"}
        return
    assert data["kind"] in {"answer", "abstain", "escalate"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/v1/ask"),
        ("post", "/api/v1/feedback"),
        ("post", "/"),
        ("post", "/embed"),
        ("post", "/counsellor/login"),
    ],
)
def test_every_endpoint_refuses_oversized_bodies(api_app, method, path):
    response = getattr(api_app.test_client(), method)(
        path, data="x" * 100_000, content_type="application/json"
    )
    assert response.status_code == 413
    if path.startswith("/api/"):
        assert response.get_json()["error"]["code"] == "too_large"


def test_unexpected_errors_in_the_api_are_json(api_app, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api_app.extensions["assistant"], "ask", broken)
    response = api_app.test_client().post("/api/v1/ask", json={"question": "hello"})
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    assert "boom" not in response.get_data(as_text=True)


def test_database_down_chat_keeps_answering(tmp_path):
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "RATELIMIT_ENABLED": False}
    )
    storage = app.extensions["storage"]
    # Point the storage at a server that is not there.
    storage.engine = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}
    )
    client = app.test_client()
    answer = client.post("/api/v1/ask", json={"question": "why keep promises to my toddler"})
    assert answer.status_code == 200 and answer.get_json()["kind"] == "answer"
    feedback = client.post("/api/v1/feedback", json={"conversation_id": "abc", "helpful": True})
    assert feedback.status_code == 200 and feedback.get_json() == {"recorded": False}
    health = client.get("/api/v1/health").get_json()
    assert health["status"] == "degraded" and health["database"]["ready"] is False
    assert client.post("/", data={"question": "why keep promises"}).status_code == 200


def test_a_follow_up_reads_the_latest_turns_while_their_batch_is_committed(
    tmp_path, monkeypatch
):
    # The writer forgets a batch as unwritten only after committing it: a follow-up
    # read in between finds the same turns stored and waiting, the older ones waiting
    # too, and must still read the latest three in the order they were asked.
    monkeypatch.setattr(storage_module, "WRITE_EVERY", 60)
    monkeypatch.setattr(Storage, "_written", lambda self, rows: None)
    storage = Storage(f"sqlite:///{tmp_path / 'app.db'}").create()
    answer = {"kind": "answer", "source_id": "faq:x", "confidence": 0.9}
    for turn in range(6):
        storage.record_exchange("c1", f"question {turn}", answer)
    assert storage.flush(5)
    turns = storage.recent_turns("c1", 3, 3600)
    assert [t["question"] for t in turns] == ["question 3", "question 4", "question 5"]


def test_logged_exchanges_are_read_at_once_and_all_written_by_flush(tmp_path, monkeypatch):
    monkeypatch.setattr(storage_module, "WRITE_EVERY", 60)  # only full batches and flush write
    storage = Storage(f"sqlite:///{tmp_path / 'app.db'}").create()
    answer = {"kind": "answer", "source_id": "faq:x", "confidence": 0.9}

    def talk(number: int) -> None:
        for turn in range(301):
            storage.record_exchange(f"c{number}", f"question {turn}", answer)

    threads = [threading.Thread(target=talk, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 1,204 rows make 6 full batches; the rest waits for the timer, yet a follow-up
    # already reads the conversation's latest turns.
    turns = storage.recent_turns("c3", 3, 3600)
    assert [t["question"] for t in turns] == ["question 298", "question 299", "question 300"]
    storage.flush()
    with storage.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM exchanges")).scalar_one() == 1204
    assert storage._unwritten == {}


def test_a_failing_batch_does_not_stop_the_storage_writer(tmp_path, monkeypatch, caplog):
    storage = Storage(f"sqlite:///{tmp_path / 'app.db'}").create()
    answer = {"kind": "answer", "source_id": "faq:x", "confidence": 0.9}
    write = storage._write_isolated
    failures = iter([RuntimeError("disk on fire")])

    def flaky(rows):
        failure = next(failures, None)
        if failure:
            raise failure
        return write(rows)

    monkeypatch.setattr(storage, "_write_isolated", flaky)
    storage.record_exchange("lost", "first question", answer)
    assert storage.flush(timeout=10)  # the batch was dropped, not left waiting
    assert "dropped 1 logged exchanges" in caplog.text
    storage.record_exchange("kept", "second question", answer)
    assert storage.flush(timeout=10)
    assert [t["question"] for t in storage.recent_turns("kept", 3, 3600)] == ["second question"]
    assert storage.recent_turns("lost", 3, 3600) == []


def test_broken_knowledge_file_during_reload_leaves_answers_unchanged(knowledge_copy, tmp_path):
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "KNOWLEDGE_DIR": knowledge_copy,
            "RATELIMIT_ENABLED": False,
        }
    )
    client = app.test_client()
    live = app.extensions["live"]
    live.settle = 0  # read edits at once (tests/test_resilience.py covers settling)
    question = {"question": "why should i keep promises to my toddler"}
    before = client.post("/api/v1/ask", json=question).get_json()
    faq = knowledge_copy / "faq" / "separation-and-promises.yaml"
    faq.write_text(faq.read_text() + "\n- id: broken\n  question: [unclosed\n")
    live._checked = 0  # look at the files on the next request
    after = client.post("/api/v1/ask", json=question).get_json()
    assert after["source_id"] == before["source_id"] and after["text"] == before["text"]
    health = client.get("/api/v1/health").get_json()
    assert "malformed YAML" in health["index"]["knowledge_problem"]
    # Fixing the file brings a changed answer live without a restart.
    faq.write_text(
        faq.read_text()
        .split("\n- id: broken")[0]
        .replace(
            "The article asks caregivers to keep their promises.",
            "Keeping promises builds trust, the article explains.",
        )
    )
    live._checked = 0
    client.get("/api/v1/health")
    live._building.join(30)
    fresh = client.post("/api/v1/ask", json=question).get_json()
    assert fresh["text"].startswith("Keeping promises builds trust")
    assert client.get("/api/v1/health").get_json()["index"]["knowledge_problem"] is None


def test_killed_worker_loses_no_acknowledged_feedback(tmp_path):
    server = Server(tmp_path)
    acknowledged, stop = [], threading.Event()

    def send(worker: int):
        for number in range(10_000):
            if stop.is_set():
                return
            conversation = f"w{worker}n{number}"
            request = urllib.request.Request(
                server.url + "/api/v1/feedback",
                data=json.dumps({"conversation_id": conversation, "helpful": True}).encode(),
                headers={"Content-Type": "application/json"},
            )
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    if json.loads(response.read())["recorded"]:
                        acknowledged.append(conversation)
            except (OSError, http.client.HTTPException):
                return  # the server died mid-answer: this one was never acknowledged

    threads = [threading.Thread(target=send, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    os.kill(server.process.pid, signal.SIGKILL)
    stop.set()
    for thread in threads:
        thread.join()
    server.process.wait()
    server.log.close()
    stored = {
        row[0]
        for row in sqlite3.connect(tmp_path / "app.db").execute(
            "SELECT conversation_id FROM feedback"
        )
    }
    assert len(acknowledged) > 20
    assert set(acknowledged) <= stored


def test_serve_refuses_a_port_in_use():
    port = free_port()
    import socket

    with socket.create_server(("127.0.0.1", port)):
        result = subprocess.run(
            [sys.executable, "-m", "web.cli", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ | {"PARENTFAQ_DATABASE_URL": "sqlite://"},
        )
    assert result.returncode == 1
    assert "cannot listen" in result.stderr or "in use" in result.stderr
