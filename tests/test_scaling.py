"""Two `parentfaq serve` processes sharing one PostgreSQL, as behind a load balancer."""

import time
import urllib.request

import pytest

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
    follow_up = {"question": "and if i fail?", "conversation_id": opening["conversation_id"]}
    assert eventually(
        lambda: second.post("/api/v1/ask", follow_up)["source_id"] == "faq:keep-promises"
    )
    assert second.post("/api/v1/ask", {"question": "and if i fail?"})["kind"] == "abstain"
