"""`parentfaq serve` on stock servers: waitress for one process, gunicorn's pre-forked
workers for several; each answers over HTTP and stops cleanly on SIGTERM."""

import gc
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .browser import Server

QUESTION = {"question": "why keep promises to my toddler"}


def children(pid: int, count: int = 0) -> list[int]:
    """The process's children, once there are `count` (the first gunicorn worker can
    answer the readiness check before the second has booted)."""
    deadline = time.monotonic() + 30
    while True:
        found = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def log_once_it_holds(server: Server, lines: list[str]) -> str:
    """The server's log, once it holds every one of `lines` (a worker logs its boot
    just after the fork that makes it a child), or as it is after 30 s."""
    deadline = time.monotonic() + 30
    while True:
        log = Path(server.log.name).read_text()
        if all(line in log for line in lines) or time.monotonic() > deadline:
            return log
        time.sleep(0.1)


def stop(server: Server) -> int:
    """SIGTERM, as systemd sends it; the exit code."""
    server.process.send_signal(signal.SIGTERM)
    try:
        return server.process.wait(30)
    finally:
        server.stop()


def stored_questions(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "app.db") as db:
        return db.execute("select count(*) from exchanges").fetchone()[0]


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_workers_run_on_gunicorn_answer_and_stop_cleanly(tmp_path):
    server = Server(tmp_path, args=("--workers", "2"))
    workers = children(server.process.pid, 2)
    try:
        assert len(workers) == 2
        booted = [f"Booting worker with pid: {w}" for w in workers]  # gunicorn's own
        log = log_once_it_holds(server, booted)
        assert all(line in log for line in booted)
        for _ in range(6):
            assert server.post("/api/v1/ask", QUESTION)["source_id"] == "faq:keep-promises"
    except BaseException:
        server.stop()
        raise
    assert stop(server) == 0
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]  # no worker left behind
    assert stored_questions(tmp_path) == 6  # each worker wrote its queue before it exited
    log = Path(server.log.name).read_text()
    assert "gunicorn, 2 worker processes" in log
    # Said at start: where the session key comes from, and that limits are per worker.
    assert "sessions are signed with the key kept in" in log
    assert "rate limits are counted by each worker on its own" in log


def test_one_process_runs_on_waitress_answers_and_stops_cleanly(tmp_path):
    server = Server(tmp_path)
    try:
        assert server.post("/api/v1/ask", QUESTION)["source_id"] == "faq:keep-promises"
    except BaseException:
        server.stop()
        raise
    assert stop(server) == 0
    assert stored_questions(tmp_path) == 1
    log = Path(server.log.name).read_text()
    assert "waitress, 1 process" in log
    assert "sessions are signed with" in log
    assert "rate limits are counted by each worker" not in log


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_second_server_on_a_port_in_use_is_refused(tmp_path, workers):
    server = Server(tmp_path, args=("--workers", workers))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "web.cli", "serve", "--port", str(server.port)]
            + ["--workers", workers],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1
        assert "cannot listen" in result.stderr
        assert server.post("/api/v1/ask", QUESTION)["kind"] == "answer"
    finally:
        server.stop()


def test_a_server_builds_the_chinese_path_before_its_first_question(tmp_path, knowledge_copy):
    """No Chinese-speaking parent waits for it, and gunicorn's workers share it; a
    clinic with English content only never pays for it."""
    from web.serving import built_app

    try:
        app = built_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}"})
        assert "chinese" in vars(app.extensions["assistant"])
        for chinese in [
            *knowledge_copy.glob("faq/*.zh-hant.yaml"),
            *knowledge_copy.glob("articles/*.zh-hant.md"),
        ]:
            chinese.unlink()
        config = {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}",
            "KNOWLEDGE_DIR": str(knowledge_copy),
        }
        english = built_app(config).extensions["assistant"]
        assert not english.speaks_chinese and "chinese" not in vars(english)
    finally:
        gc.unfreeze()


def test_a_server_compiles_every_safety_pattern_before_forking_or_once_it_listens(tmp_path):
    """gunicorn's workers share the compiled patterns; one process answers at once
    and compiles them in the background."""
    from web.serving import built_app, compile_meanwhile

    def compiled(triage) -> list[bool]:
        patterns = [p for r in triage.danger + triage.medical for p in (*r.required, *r.unless)]
        patterns += [p for s in [*triage.distress, triage.settled] for p in s.parts]
        return ["compiled" in vars(p) for p in patterns]

    try:
        config = {"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}"}
        assert all(compiled(built_app(config, forking=True).extensions["assistant"].triage))
        config = {"DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}"}
        app = built_app(config)
        assert not any(compiled(app.extensions["assistant"].triage))
        compile_meanwhile(app).join()  # (what one process does once it listens)
        assert all(compiled(app.extensions["assistant"].triage))
    finally:
        gc.unfreeze()
