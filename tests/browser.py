"""Real servers and a real browser for the page tests.

`parentfaq serve` runs as a subprocess on waitress; Playwright drives Debian's
chromium at /usr/bin/chromium (never a downloaded browser). Without chromium the
browser tests skip with the reason, except in CI (CI=true), where that fails.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from functools import partial
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("PARENTFAQ_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`parentfaq serve` on a free loopback port, with its own database."""

    def __init__(self, tmp: Path, env: dict | None = None, args: tuple = ()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environment = (
            os.environ
            | {
                "PARENTFAQ_DATABASE_URL": f"sqlite:///{tmp / 'app.db'}",
                "PARENTFAQ_RATELIMIT_ENABLED": "false",
            }
            | (env or {})
        )
        self.log = open(tmp / f"serve-{self.port}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "web.cli", "serve", "--port", str(self.port), *args],
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.close()
                raise RuntimeError(f"server exited: {Path(self.log.name).read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/api/v1/health", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not become ready")

    def post(self, path: str, body: dict) -> dict:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()  # reaped, or Popen warns that it is still running
        self.log.close()


def launch_browser(playwright):
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"chromium not found at {CHROMIUM}; CI must install it (apt-get install chromium)"
            )
        pytest.skip(
            f"chromium not found at {CHROMIUM}; install Debian's chromium to run browser tests"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@contextlib.contextmanager
def static_site(folder: Path):
    """Another origin (a port of its own) serving `folder`: a clinic's own site. Yields
    its base URL."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def ask(page, question: str):
    """Ask on the chat page by pressing Enter; the new turn, once its reply is shown.
    `page` may be a frame. Waits for the page's load first: before its script runs,
    Enter in the question box only starts a new line."""
    page.wait_for_load_state()
    turns = page.locator("#conversation .turn")
    before = turns.count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    turns.nth(before).locator(".bubble:not(.question)").wait_for()
    return turns.nth(before)


def widget_frame(page):
    """The open widget's frame, once its script is wired (the script shows the close
    button): under load the frame can still be loading when the panel opens."""
    frame = page.frame_locator("#parentfaq-panel iframe")
    frame.locator("#close-chat").wait_for()
    return frame


COUNSELLOR_PASSWORD = "correct horse battery"


def start_counsellor_server(tmp: Path) -> Server:
    """A server with one counsellor account, anna."""
    from web import accounts
    from web.storage import Storage

    storage = Storage(f"sqlite:///{tmp / 'app.db'}").create()
    accounts.add_user(storage, "anna", COUNSELLOR_PASSWORD)
    storage.engine.dispose()
    return Server(tmp, env={"PARENTFAQ_SECRET_KEY": "browser-tests"})


def log_in(page, server: Server) -> None:
    page.goto(server.url + "/counsellor/login")
    page.fill("#name", "anna")
    page.fill("#password", COUNSELLOR_PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/counsellor/queue")
