"""Two `parentfaq serve` processes sharing one PostgreSQL, as behind a load balancer."""

import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.serving import worker_cores
from web import accounts
from web.storage import Storage

from .browser import Server
from .conftest import postgres_url

PASSWORD = "correct horse battery"


def eventually(check, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


class Session:
    """A logged-in counsellor on one server (cookies kept by an opener)."""

    def __init__(self, server):
        import http.cookiejar
        import re

        self.server = server
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self._re = re
        self.post_form("/counsellor/login", {"name": "anna", "password": PASSWORD})

    def get(self, path: str) -> str:
        with self.opener.open(self.server.url + path, timeout=10) as response:
            return response.read().decode()

    def post_form(self, path: str, data: dict) -> str:
        page = self.get(path if path.endswith("login") else "/counsellor/faq/new")
        token = self._re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrf_token": token}).encode()
        with self.opener.open(self.server.url + path, data=body, timeout=30) as response:
            return response.read().decode()


@pytest.fixture
def two_servers(tmp_path):
    url = postgres_url()
    storage = Storage(url).create()
    accounts.add_user(storage, "anna", PASSWORD)
    storage.engine.dispose()
    env = {"PARENTFAQ_DATABASE_URL": url, "PARENTFAQ_SECRET_KEY": "shared-secret"}
    servers = [Server(tmp_path, env=env), Server(tmp_path, env=env)]
    yield servers
    for server in servers:
        server.stop()


def test_feedback_and_faq_changes_reach_every_instance(two_servers):
    first, second = two_servers
    answer = first.post("/api/v1/ask", {"question": "how do i build trust with my baby"})
    first.post(
        "/api/v1/feedback",
        {
            "conversation_id": answer["conversation_id"],
            "source_id": answer["source_id"],
            "helpful": False,
        },
    )
    reviewer = Session(second)
    assert eventually(lambda: "build trust" in reviewer.get("/counsellor/queue?filter=unhelpful"))

    question = "Should I hum to my baby during nappy changes?"
    Session(first).post_form(
        "/counsellor/faq/new",
        {
            "entry_id": "humming",
            "question": question,
            "answer": "Gentle sounds and closeness during care help your baby feel secure.",
            "sources": "article:sense-of-security#physical-contact",
            "tags": "",
        },
    )
    for server in (first, second):
        assert eventually(
            lambda s=server: (
                s.post("/api/v1/ask", {"question": question})["source_id"] == "faq:humming"
            ),
            timeout=10,
        )


def test_a_follow_up_keeps_its_context_on_the_other_instance(two_servers):
    first, second = two_servers
    opening = first.post("/api/v1/ask", {"question": "why keep promises to my toddler"})
    follow_up = {"question": "and if i forget?", "conversation_id": opening["conversation_id"]}
    assert eventually(
        lambda: second.post("/api/v1/ask", follow_up)["source_id"] == "faq:keep-promises"
    )
    assert second.post("/api/v1/ask", {"question": "and if i forget?"})["kind"] == "abstain"


def worker_processes(server: Server) -> list[int]:
    """The worker processes a multi-worker `parentfaq serve` forked."""
    parent = server.process.pid
    return [int(c) for c in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]


@pytest.mark.parametrize("pin", [True, False])
def test_worker_processes_answer_each_on_a_core_of_its_own(tmp_path, pin):
    server = Server(tmp_path, args=("--workers", "2", *(("--pin",) if pin else ())))
    try:
        cores = sorted(sorted(os.sched_getaffinity(worker)) for worker in worker_processes(server))
        everything = sorted(os.sched_getaffinity(0))
        # Without --pin (or with fewer cores than workers) the kernel places them.
        expected = worker_cores(2) if pin else [None, None]
        assert cores == sorted(everything if core is None else [core] for core in expected)
        for _ in range(6):  # connections reach either worker; both answer
            answer = server.post("/api/v1/ask", {"question": "why keep promises to my toddler"})
            assert answer["source_id"] == "faq:keep-promises"
    finally:
        server.stop()


def established_connections(pid: int, port: int) -> int:
    """How many established TCP connections on local `port` process `pid` holds."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                inodes.add(f"socket:[{fields[9]}]")
    return sum(os.readlink(fd) in inodes for fd in Path(f"/proc/{pid}/fd").iterdir())


def test_workers_share_keep_alive_connections_evenly(tmp_path):
    server = Server(tmp_path, args=("--workers", "2"))
    body = b'{"question": "why keep promises to my toddler"}'
    request = (
        b"POST /api/v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    # A burst of connections, as a balancer opens its pool, then a question on each.
    connections = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(32)]
    try:
        for connection in connections:
            connection.sendall(request)
        for connection in connections:
            response = http.client.HTTPResponse(connection)
            response.begin()
            assert response.status == 200
            assert not response.will_close  # kept open for the next question
            response.read()
        held = sorted(
            established_connections(worker, server.port) for worker in worker_processes(server)
        )
        # A hash of each connection's addresses picks its worker: an even split is
        # binomial (32, 1/2), below 6 about once in 9,000 runs. With one shared
        # socket the first worker to wake took most: 3 to 29, 0 to 32.
        assert sum(held) == 32
        assert held[0] >= 6
    finally:
        for connection in connections:
            connection.close()
        server.stop()


def test_a_second_server_on_a_port_in_use_is_refused(tmp_path):
    server = Server(tmp_path, args=("--workers", "2"))
    try:
        # Its workers' sockets allow a shared port; a second server must still not join.
        result = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "serve", "--port", str(server.port)]
            + ["--workers", "2"],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ | {"PARENTFAQ_DATABASE_URL": f"sqlite:///{tmp_path / 'second.db'}"},
        )
        assert result.returncode == 1
        assert "cannot listen" in result.stderr
    finally:
        server.stop()
