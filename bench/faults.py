"""Faults a parent must never feel, on `parentfaq serve --workers N` over real HTTP.

    python bench/faults.py [--workers 2] [--postgres URL]

Runs three rounds on SQLite (and on PostgreSQL with --postgres), each on a fresh server
with a fresh database, and prints a table:

1. **Login storm**: 30 failed logins from three addresses while a parent sends "my baby
   is not breathing": the escalation must come back within 200 ms.
2. **Unanswered under load**: 400 stored 2,000-character unanswered questions; a
   counsellor opens the Unanswered page while parents ask: parents' p99 must stay under
   10x its quiet value and the server's memory (all its processes) under 500 MB.
3. **Stop under load**: SIGTERM while parents ask: every acknowledged question is stored.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import machine, markdown_table  # noqa: E402

PASSWORD = "correct horse battery"
CRISIS = "my baby is not breathing and her lips are blue"
QUESTIONS = [
    "how do I help my toddler feel secure",
    "my 8 month old cries when I leave the room",
    "why should I keep my promises to my child",
    "is it ok to let my baby cry at night",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`parentfaq serve --workers N` on a free port, with its own database."""

    def __init__(self, database_url: str, workers: int, env: dict, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = os.environ | {"PARENTFAQ_DATABASE_URL": database_url} | env
        self.env.setdefault("PARENTFAQ_SECRET_KEY", "bench-faults")
        subprocess.run(
            ["parentfaq", "users", "add", "anna"],
            input=f"{PASSWORD}\n{PASSWORD}\n",
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        self.log = open(folder / f"serve-{self.port}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            ["parentfaq", "serve", "--port", str(self.port), "--workers", str(workers)],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/api/v1/health", timeout=2).read()
                for question in QUESTIONS * 5:  # a server that has been running a while
                    ask(self.url, question)
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(Path(self.log.name).read_text()) from None
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def memory_mb(self) -> float:
        """Resident memory of the server and all its worker processes."""
        pids = {self.process.pid}
        for status in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = status.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) in pids:
                pids.add(int(status.parent.name))
        total = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                pass
        return total / 1024

    def stop(self, sig=signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        code = self.process.wait(timeout=60)
        self.log.close()
        return code


def ask(url: str, question: str, conversation_id: str | None = None) -> tuple[float, dict]:
    body = json.dumps({"question": question, "conversation_id": conversation_id}).encode()
    request = urllib.request.Request(
        url + "/api/v1/ask", data=body, headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read())
    return (time.perf_counter() - start) * 1000, answer


def browser(address: str | None = None):
    """An opener with its own cookies (a counsellor's browser), from `address`."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    if address:
        opener.addheaders = [("X-Forwarded-For", address)]
    return opener


def log_in(opener, url: str, password: str) -> int:
    page = opener.open(url + "/counsellor/login", timeout=30).read().decode()
    token = re.search(r'name="csrf_token"[^>]*?value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"name": "anna", "password": password, "csrf_token": token})
    try:
        return opener.open(url + "/counsellor/login", data=form.encode(), timeout=30).status
    except urllib.error.HTTPError as exc:
        return exc.code


def login_storm(server: Server) -> list:

    def storm(address: str):
        opener = browser(address)
        for _ in range(10):
            log_in(opener, server.url, "not the password!")

    threads = [threading.Thread(target=storm, args=(f"203.0.113.{n}",)) for n in (1, 2, 3)]
    for thread in threads:
        thread.start()
    waits, kinds = [], set()
    while any(t.is_alive() for t in threads) or not waits:
        took, answer = ask(server.url, CRISIS)
        waits.append(took)
        kinds.add(answer["kind"])
        time.sleep(0.05)
    for thread in threads:
        thread.join()
    worst = max(waits)
    held = worst < 200 and kinds == {"escalate"}
    return [
        "login storm",
        f"{len(waits)} crisis messages during 30 failed logins: slowest {worst:.0f} ms "
        f"({', '.join(sorted(kinds))})",
        "< 200 ms, escalated",
        "yes" if held else "NO",
    ]


def plant_unanswered(database_url: str, count: int = 400) -> None:
    from web.storage import Storage

    storage = Storage(database_url).create()
    outline = {"kind": "abstain", "source_id": None, "confidence": 0.1}
    for number in range(count):
        words = " ".join(f"topic{(number * 13 + k) % 211} word{k}" for k in range(200))
        storage.record_exchange(f"planted{number}", f"question {number}: {words}"[:2000], outline)
    storage.flush(timeout=120)
    storage.engine.dispose()


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def unanswered_under_load(server: Server) -> list:
    quiet = [ask(server.url, QUESTIONS[n % 4])[0] for n in range(200)]
    counsellor = browser()
    log_in(counsellor, server.url, PASSWORD)
    busy, peak, stop = [], [server.memory_mb()], threading.Event()

    def open_unanswered():
        while not stop.is_set():
            counsellor.open(server.url + "/counsellor/unanswered", timeout=120).read()
            peak.append(server.memory_mb())
            time.sleep(0.2)

    opener = threading.Thread(target=open_unanswered)
    opener.start()
    for n in range(400):
        busy.append(ask(server.url, QUESTIONS[n % 4])[0])
        if n % 20 == 0:
            peak.append(server.memory_mb())
    stop.set()
    opener.join()
    ratio = p99(busy) / p99(quiet)
    held = ratio < 10 and max(peak) < 500
    return [
        "unanswered under load",
        f"parents' p99 {p99(quiet):.1f} ms quiet, {p99(busy):.1f} ms with Unanswered open "
        f"({ratio:.1f}x); server memory at most {max(peak):.0f} MB",
        "< 10x, < 500 MB",
        "yes" if held else "NO",
    ]


def stop_under_load(server: Server, database_url: str) -> list:
    from sqlalchemy import create_engine, text

    acknowledged, stop = [], threading.Event()

    def parent(number: int):
        asked = 0
        while not stop.is_set():
            conversation = f"stop{number}x{asked}"
            try:
                _, answer = ask(server.url, QUESTIONS[asked % 4], conversation)
            except OSError:
                return
            acknowledged.append(answer["conversation_id"])
            asked += 1

    parents = [threading.Thread(target=parent, args=(n,)) for n in range(4)]
    for thread in parents:
        thread.start()
    time.sleep(3)
    code = server.stop(signal.SIGTERM)
    stop.set()
    for thread in parents:
        thread.join()
    engine = create_engine(database_url)
    with engine.connect() as conn:
        stored = {
            row[0]
            for row in conn.execute(
                text("SELECT conversation_id FROM exchanges WHERE conversation_id LIKE 'stop%'")
            )
        }
    engine.dispose()
    lost = len(set(acknowledged) - stored)
    return [
        "stop under load",
        f"SIGTERM after {len(acknowledged)} acknowledged questions: {lost} not stored "
        f"(exit code {code})",
        "0 lost",
        "yes" if lost == 0 and acknowledged else "NO",
    ]


def rounds(database_url: str, workers: int, folder: Path, fresh) -> list[list]:
    rows = []
    server = Server(
        fresh(database_url),
        workers,
        {"PARENTFAQ_TRUSTED_PROXIES": "1", "PARENTFAQ_RATELIMIT_ENABLED": "true"},
        folder,
    )
    try:
        rows.append(login_storm(server))
    finally:
        server.stop()
    url = fresh(database_url)
    plant_unanswered(url)
    server = Server(url, workers, {"PARENTFAQ_RATELIMIT_ENABLED": "false"}, folder)
    try:
        rows.append(unanswered_under_load(server))
    finally:
        server.stop()
    url = fresh(database_url)
    server = Server(url, workers, {"PARENTFAQ_RATELIMIT_ENABLED": "false"}, folder)
    rows.append(stop_under_load(server, url))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--postgres", help="a PostgreSQL URL whose database may be emptied")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="parentfaq-faults-"))
    counter = iter(range(1000))

    def fresh_sqlite(_url: str) -> str:
        return f"sqlite:///{folder / f'faults-{next(counter)}.db'}"

    def fresh_postgres(url: str) -> str:
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        return url

    table = []
    for name, url, fresh in (
        ("SQLite", "", fresh_sqlite),
        *([("PostgreSQL", args.postgres, fresh_postgres)] if args.postgres else []),
    ):
        table += [[name, *row] for row in rounds(url, args.workers, folder, fresh)]
    print(f"`python bench/faults.py --workers {args.workers}` on {machine()}\n")
    print(markdown_table(["database", "fault", "measured", "must be", "held"], table))
    print(f"\nserver logs: {folder}")
    if any(row[-1] != "yes" for row in table):
        sys.exit(1)


if __name__ == "__main__":
    main()
