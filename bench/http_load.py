"""HTTP figures as ratios within one run, and a soak: `parentfaq serve` on loopback.

    python bench/http_load.py [--workers 2] [--seconds 10] [--rounds 3] [--soak 600]

Starts `parentfaq serve --workers N` (gunicorn; rate limits off, its own SQLite
database, messages stored as in production). Then, `--rounds` times, wrk (Debian's
package, 32 connections) saturates `GET /api/v1/health` and then `POST /api/v1/ask`
(the team's questions in turn) for `--seconds` each: the requests per second of the
two, back to back on the same server, give the ratio ask / health, which a shared
machine's changing speed moves far less than either figure (it must be at least
50%). With `--soak S`, an open-loop client (below) then asks at a constant 50% of
the median ask saturation for S seconds, latencies counted from each request's
scheduled time (no "coordinated omission"); it reports errors, requests left
unanswered, and the server's memory (RSS of the master and its workers) at the
soak's start, its end and its highest (it must end within 10% of its start, with 0
errors).
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import deque
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, markdown_table, steadiness, write_section  # noqa: E402

DONE = """
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %.3f, \\"errors\\": %d, "
    .. "\\"non2xx\\": %d, \\"p50\\": %.3f, \\"p99\\": %.3f}\\n",
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""
ASK = """
local questions = {QUESTIONS}
local n = 0
request = function()
  n = n + 1
  local body = '{"question": "' .. questions[(n % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end
"""
CONNECTIONS = 32


def questions() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests/data/team_questions.jsonl").open()]
    safe = [r["query"].replace("\\", " ").replace('"', "'") for r in rows]
    return [q for q in safe if q.isascii()]


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def server_pids(master: int) -> list[int]:
    """The server's processes: the master and (with --workers N) its workers."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [master, *map(int, children)]


def all_processes(master: int, count: int) -> list[int]:
    """The server's processes once all `count` are up (the first worker to boot
    answers the readiness check before the others have started)."""
    for _ in range(300):
        pids = server_pids(master)
        if len(pids) >= count:
            return pids
        time.sleep(0.1)
    raise RuntimeError(f"the server started {len(pids)} processes, not {count}")


def run_wrk(url: str, script: Path, seconds: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "5s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in output.stdout.splitlines() if x.startswith("JSON "))
    result = json.loads(line[5:])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def write_scripts(folder: Path) -> dict[str, Path]:
    listed = "{" + ", ".join(f'"{q}"' for q in questions()) + "}"
    scripts = {"health": DONE, "ask": ASK.replace("{QUESTIONS}", listed) + DONE}
    for name, text in scripts.items():
        (folder / f"{name}.lua").write_text(text)
    return {name: folder / f"{name}.lua" for name in scripts}


class _Connection:
    """One keep-alive connection of the paced client and the request it waits on."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        self.due: float | None = None  # the scheduled time of the request in flight
        self.received = bytearray()

    def send(self, request: bytes, due: float) -> None:
        self.due, self.received = due, bytearray()
        self.sock.sendall(request)  # a few hundred bytes: the socket buffer takes them

    def response(self) -> tuple[bool, bool] | None:
        """(ok, closing) once the whole response has arrived, else None."""
        head_end = self.received.find(b"\r\n\r\n")
        if head_end < 0:
            return None
        head = bytes(self.received[:head_end]).lower()
        start = head.find(b"\r\ncontent-length:")
        length = int(head[start + 17 :].split(b"\r\n", 1)[0]) if start >= 0 else 0
        if len(self.received) < head_end + 4 + length:
            return None
        return head.startswith(b"http/1.1 200"), b"\r\nconnection: close" in head


def run_paced(port: int, rate: float, seconds: float, connections: int = 32) -> dict:
    """Send the questions at a constant `rate` over keep-alive connections; each
    latency counts from the request's scheduled time, including any wait for a free
    connection. One thread, plain non-blocking sockets: the client takes its CPU from
    the same two cores as the server, so it spends as little as it can."""
    requests = [
        b"POST /api/v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(b), b)
        for b in (json.dumps({"question": q}).encode() for q in questions())
    ]
    selector = selectors.DefaultSelector()
    idle: deque[_Connection] = deque()

    def connect() -> None:
        connection = _Connection(port)
        selector.register(connection.sock, selectors.EVENT_READ, connection)
        idle.append(connection)

    for _ in range(connections):
        connect()
    total = int(rate * seconds)
    start = time.perf_counter() + 0.1
    # A backlog is waited for (its latencies are the point), up to as long again.
    deadline = start + 2 * seconds + 30
    latencies: list[float] = []
    errors = sent = 0
    while len(latencies) < total and time.perf_counter() < deadline:
        now = time.perf_counter()
        while sent < total and idle and start + sent / rate <= now:
            idle.popleft().send(requests[sent % len(requests)], start + sent / rate)
            sent += 1
        wait = start + sent / rate - now if sent < total and idle else 0.05
        for key, _ in selector.select(max(wait, 0)):
            connection: _Connection = key.data
            try:
                chunk = connection.sock.recv(65536)
            except OSError:
                chunk = b""
            connection.received += chunk
            done = connection.response() if chunk else (False, True)
            if done is None:
                continue
            ok, closing = done
            if connection.due is not None:
                latencies.append((time.perf_counter() - connection.due) * 1000)
                errors += not ok
            if closing:  # the server ended the connection (or it broke): open another
                selector.unregister(connection.sock)
                connection.sock.close()
                connect()
            else:
                connection.due = None
                idle.append(connection)
    took = time.perf_counter() - start
    for key in list(selector.get_map().values()):
        key.fileobj.close()
    times = np.array(latencies or [float("nan")])
    return {
        "requests": len(latencies),
        "seconds": took,
        "rps": len(latencies) / took,
        "errors": errors,
        "non2xx": 0,  # counted in errors
        "unanswered": total - len(latencies),  # still waiting when the client gave up
        "p50": float(np.percentile(times, 50)),
        "p90": float(np.percentile(times, 90)),
        "p99": float(np.percentile(times, 99)),
    }


def start_server(command: list[str], env: dict, port: int) -> subprocess.Popen:
    """Start a server and wait until it answers on `port`."""
    server = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(1200):  # two minutes: a busy machine starts it slowly
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError(f"{command[0]} did not answer on port {port}")


def saturation_round(port: int, scripts: dict[str, Path], seconds: int) -> dict:
    """wrk on health, then on ask, back to back: the ratio of the two."""
    base = f"http://127.0.0.1:{port}"
    health = run_wrk(base + "/api/v1/health", scripts["health"], seconds)
    ask = run_wrk(base, scripts["ask"], seconds)
    return {"health": health, "ask": ask, "ratio": ask["rps"] / health["rps"]}


class MemoryWatch:
    """The server's RSS every few seconds, in a thread, while a load runs."""

    def __init__(self, pids: list[int], every: float = 5.0):
        self.pids, self.every, self.samples = pids, every, [rss_mb(pids)]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.samples.append(rss_mb(self.pids))

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join()
        self.samples.append(rss_mb(self.pids))
        return self.samples


def measure(workers: int, seconds: int, rounds: int, soak: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = 18000 + os.getpid() % 1000
        env = os.environ | {
            "PARENTFAQ_DATABASE_URL": f"sqlite:///{folder / 'load.db'}",
            "PARENTFAQ_RATELIMIT_ENABLED": "false",
        }
        command = [sys.executable, "-m", "web.cli", "serve", "--port", str(port)]
        server = start_server([*command, "--workers", str(workers)], env, port)
        try:
            scripts = write_scripts(folder)
            pids = all_processes(server.pid, 1 + workers * (workers > 1))
            run_wrk(f"http://127.0.0.1:{port}", scripts["ask"], 5)  # warm-up
            runs = [saturation_round(port, scripts, seconds) for _ in range(rounds)]
            result = {"runs": runs, "processes": len(pids)}
            if soak:
                time.sleep(5)  # the storage writer drains what saturation queued
                target = 0.5 * float(np.median([r["ask"]["rps"] for r in runs]))
                watch = MemoryWatch(pids)
                paced = run_paced(port, target, soak)
                result["soak"] = paced | {"target": target, "rss": watch.stop()}
        finally:
            stop(server)
    return result


def stop(server: subprocess.Popen) -> None:
    """SIGTERM; gunicorn lets its workers finish and write what they queued (after a
    soak, a while), then stops; past two minutes, SIGKILL."""
    server.terminate()
    try:
        server.wait(120)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def http_table(workers: int = 2, seconds: int = 10, rounds: int = 3, soak: int = 0) -> str:
    steady = steadiness()
    r = measure(workers, seconds, rounds, soak)
    rows = []
    for n, run in enumerate(r["runs"], 1):
        h, a = run["health"], run["ask"]
        rows.append(
            [n, f"{h['rps']:.0f}", f"{a['rps']:.0f}", f"**{run['ratio']:.0%}**"]
            + [
                f"{a['p50']:.1f}",
                f"{a['p99']:.1f}",
                h["errors"] + h["non2xx"] + a["errors"] + a["non2xx"],
            ]
        )
    ratios = [run["ratio"] for run in r["runs"]]
    rows.append(
        [f"median of {len(ratios)}", f"{np.median([x['health']['rps'] for x in r['runs']]):.0f}"]
        + [f"{np.median([x['ask']['rps'] for x in r['runs']]):.0f}", f"**{np.median(ratios):.0%}**"]
        + ["", "", ""]
    )
    table = markdown_table(
        [
            "round",
            "health requests/s",
            "ask requests/s",
            "ask / health",
            "ask p50 ms",
            "ask p99 ms",
            "errors",
        ],
        rows,
    )
    text = (
        f"`python bench/http_load.py --workers {workers} --seconds {seconds} --rounds {rounds}"
        + (f" --soak {soak}" if soak else "")
        + f"` on {machine()}: `parentfaq serve --workers {workers}` (gunicorn) on loopback, "
        f"saturated by wrk ({CONNECTIONS} connections, sharing the same cores) for "
        f"{seconds} s on `GET /api/v1/health`, then {seconds} s on `POST /api/v1/ask` with "
        f"the team's questions in turn, in each of {rounds} rounds. Machine steadiness "
        f"before the runs: {steady}.\n\n{table}"
    )
    if soak:
        s = r["soak"]
        start, end, high = s["rss"][0], s["rss"][-1], max(s["rss"])
        soak_rows = [
            [
                f"{soak} s at {s['target']:.0f}/s (50% of the median ask saturation)",
                s["requests"],
                f"{s['rps']:.0f}",
                f"**{s['errors']}**",
                s["unanswered"],
                f"{s['p50']:.1f}",
                f"{s['p99']:.1f}",
                f"{start:.0f} / {end:.0f} / {high:.0f}",
                f"**{(end - start) / start:+.1%}**",
            ]
        ]
        text += "\n\n" + markdown_table(
            [
                "soak",
                "answered",
                "requests/s",
                "errors",
                "unanswered",
                "p50 ms",
                "p99 ms",
                f"RSS MB of its {r['processes']} processes: start / end / highest",
                "RSS end vs start",
            ],
            soak_rows,
        )
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10, help="wrk's run on each endpoint")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--soak", type=int, default=0, help="seconds at 50%% of saturation")
    args = parser.parse_args()
    body = http_table(args.workers, args.seconds, args.rounds, args.soak)
    print(body)
    write_section("http", f"## HTTP load\n\n{body}")


if __name__ == "__main__":
    main()
