"""HTTP load on loopback: `parentfaq serve` under wrk with a realistic question mix.

    python bench/http_load.py [--workers 2] [--duration 20] [--soak SECONDS] [--rounds 1]

Starts `parentfaq serve --workers N` (rate limits off, its own SQLite database,
messages stored as in production), then cycles through the team's questions:
first at saturation under wrk (Debian's package, 32 connections), then at a
constant 70% of that rate from an open-loop client (below) whose latencies count
from each request's scheduled time, so a slow answer delays the clock of those
queued behind it (no "coordinated omission"). Reports requests per second,
latency percentiles, errors, requests left unanswered when the client gives up,
and the server's memory (RSS) at start and end.
`--soak` sets the paced run's length (the hardening issue asks for 600 s); `--rounds`
repeats saturation and pacing on the same server (bench/speed.py runs 3, and reports
each and their medians, as it does for the engine). `--control` follows each round
with one on bench/http_control.c, compiled with `cc`: a server whose requests cost
its workers the same CPU under wrk but are pure arithmetic, which shows what the
procedure, the loopback and these cores give when a request's cost does not move
with the machine's slow phases.
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
import time
import urllib.request
from collections import deque
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, markdown_table, steadiness, write_section  # noqa: E402

LUA = """
local questions = {QUESTIONS}
local n = 0
request = function()
  n = n + 1
  local body = '{"question": "' .. questions[(n % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"requests\\": %d, \\"seconds\\": %.3f, \\"errors\\": %d, "
    .. "\\"non2xx\\": %d, \\"p50\\": %.3f, \\"p90\\": %.3f, \\"p99\\": %.3f}\\n",
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000))
end
"""


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


def worker_pids(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [parent, *map(int, children)]


def cpu_ticks(pids: list[int]) -> list[int]:
    """User and system clock ticks each process has used so far."""
    ticks = []
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks.append(int(fields[11]) + int(fields[12]))
    return ticks


def busiest_share(before: list[int], after: list[int]) -> float:
    """The busiest worker's share of the workers' CPU between two `cpu_ticks`: 0.5 is
    an even split between two, 1.0 one worker doing everything."""
    used = [b - a for a, b in zip(before, after, strict=True)]
    return max(used) / sum(used) if sum(used) else float("nan")


def cpu_per_request(before: list[int], after: list[int], requests: int) -> float:
    """The workers' CPU milliseconds per answered request between two `cpu_ticks`: the
    same questions cost more in this machine's slow phases."""
    return (sum(after) - sum(before)) / os.sysconf("SC_CLK_TCK") * 1000 / max(requests, 1)


def run_wrk(url: str, script: Path, connections: int, seconds: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
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


def write_script(folder: Path) -> Path:
    listed = "{" + ", ".join(f'"{q}"' for q in questions()) + "}"
    path = folder / "mix.lua"
    path.write_text(LUA.replace("{QUESTIONS}", listed))
    return path


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


def measure(workers: int, duration: int, soak: int, rounds: int, control: bool = False) -> dict:
    """`rounds` load rounds on `parentfaq serve`; with `control`, each followed by one on
    the control server (bench/http_control.c) spinning the same CPU per request."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = 18000 + os.getpid() % 1000
        env = os.environ | {
            "PARENTFAQ_DATABASE_URL": f"sqlite:///{folder / 'load.db'}",
            "PARENTFAQ_RATELIMIT_ENABLED": "false",
        }
        command = [sys.executable, "-m", "web.cli", "serve", "--port", str(port)]
        server = start_server([*command, "--workers", str(workers)], env, port)
        servers = [server]
        try:
            script = write_script(folder)
            warm(port, script)  # caches, connections
            workers_only = worker_pids(server.pid)[1:] or [server.pid]  # --workers 1: itself
            if control:
                target = with_worker_cpu(workers_only, lambda: warm(port, script))["cpu"]
                checked = start_control(folder, port + 1, workers, target, script)
                servers.append(checked["server"])
            time.sleep(3)
            rss_start = rss_mb(worker_pids(server.pid))
            runs, controls = [], []
            for _ in range(rounds):
                runs.append(load_round(port, script, workers_only, duration, soak))
                if control:
                    controls.append(
                        load_round(port + 1, script, checked["workers"], duration, soak)
                    )
            rss_end = rss_mb(worker_pids(server.pid))
        finally:
            for running in servers:
                running.terminate()
                running.wait(15)
    result = {"runs": runs, "rss_start": rss_start, "rss_end": rss_end}
    if control:
        result |= {
            "controls": controls,
            "spins": checked["spins"],
            "target": target,
            "control_cpu": checked["cpu"],
        }
    return result


def start_server(command: list[str], env: dict, port: int) -> subprocess.Popen:
    """Start a server and wait until it answers on `port`."""
    server = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError(f"{command[0]} did not answer on port {port}")


def warm(port: int, script: Path) -> dict:
    """Five seconds of wrk: a warm-up, or on a warm server its CPU per request."""
    return run_wrk(f"http://127.0.0.1:{port}", script, 32, 5)


def start_control(folder: Path, port: int, workers: int, cpu_ms: float, script: Path) -> dict:
    """Compile and start the control server with its spin set so that a request costs
    its workers `cpu_ms` under wrk, as one costs the assistant's (scaled from a probe:
    the spin is nearly all of a request's cost)."""
    binary = folder / "http_control"
    subprocess.run(["cc", "-O2", "-o", str(binary), str(ROOT / "bench/http_control.c")], check=True)

    def started(spins: int) -> dict:
        server = start_server([str(binary), str(port), str(workers), str(spins)], {}, port)
        children = worker_pids(server.pid)[1:]
        cpu = with_worker_cpu(children, lambda: warm(port, script))["cpu"]
        return {"server": server, "workers": children, "spins": spins, "cpu": cpu}

    probe = started(500_000)
    probe["server"].terminate()
    probe["server"].wait(15)
    return started(int(probe["spins"] * cpu_ms / probe["cpu"]))


def load_round(port: int, script: Path, workers: list[int], duration: int, soak: int) -> dict:
    """Saturation under wrk, then `soak` seconds paced at 70% of it."""
    url = f"http://127.0.0.1:{port}"
    saturation = with_worker_cpu(workers, lambda: run_wrk(url, script, 32, duration))
    time.sleep(5)  # let the server's storage writer drain what saturation queued
    target = 0.7 * saturation["rps"]
    paced = with_worker_cpu(workers, lambda: run_paced(port, target, soak))
    time.sleep(3)  # and what the paced run queued, before the next round
    return {"saturation": saturation, "paced": paced, "target": target}


def with_worker_cpu(workers: list[int], load) -> dict:
    """Run `load()` and add to its result how the workers shared the CPU and what it
    cost them per answered request."""
    before = cpu_ticks(workers)
    result = load()
    after = cpu_ticks(workers)
    result["busiest"] = busiest_share(before, after)
    result["cpu"] = cpu_per_request(before, after, result["requests"])
    return result


def round_rows(label: str, run: dict, errors_note: str = "") -> list[list]:
    """The table's two rows of one round: saturation, then the paced run."""
    s, p = run["saturation"], run["paced"]
    return [
        [f"{label}saturation (32 connections)", f"{s['rps']:.0f}", f"{s['p50']:.1f}"]
        + [f"{s['p99']:.1f}", f"{s['errors'] + s['non2xx']}{errors_note}", ""]
        + [f"{s['busiest']:.2f}", f"{s['cpu']:.2f}"],
        [f"{label}paced at 70% ({run['target']:.0f}/s target)", f"{p['rps']:.0f}"]
        + [f"{p['p50']:.1f}", f"**{p['p99']:.1f}**", f"{p['errors']}{errors_note}"]
        + [p["unanswered"], f"{p['busiest']:.2f}", f"{p['cpu']:.2f}"],
    ]


def median_round(runs: list[dict]) -> dict:
    """A round of the rounds' medians; errors and unanswered requests are their totals."""
    totals = {"errors", "non2xx", "unanswered"}

    def middle(kind: str) -> dict:
        values = [run[kind] for run in runs]
        keys = ("rps", "p50", "p99", "busiest", "cpu", *totals & set(values[0]))
        return {
            key: sum(v[key] for v in values)
            if key in totals
            else float(np.median([v[key] for v in values]))
            for key in keys
        }

    return {
        "saturation": middle("saturation"),
        "paced": middle("paced"),
        "target": float(np.median([run["target"] for run in runs])),
    }


def http_table(
    workers: int = 2, duration: int = 20, soak: int = 30, rounds: int = 3, control: bool = False
) -> str:
    steady = steadiness()
    r = measure(workers, duration, soak, rounds, control)
    rows = server_rows("", r["runs"])
    if control:
        rows += server_rows("control ", r["controls"])
    table = markdown_table(
        [
            "run",
            "requests/s",
            "p50 ms",
            "p99 ms",
            "errors",
            "unanswered",
            "busiest worker's CPU share",
            "workers' CPU ms per request",
        ],
        rows,
    )
    return (
        f"HTTP: `python bench/http_load.py --workers {workers} --soak {soak} --rounds "
        f"{rounds}{' --control' if control else ''}`: `parentfaq serve --workers {workers}` on loopback; "
        + (f"in each of {rounds} rounds, " if rounds > 1 else "")
        + f"saturated by wrk for {duration} s, then paced for {soak} s "
        "at a constant 70% of that rate by an open-loop client whose latencies "
        "count from each request's scheduled time (requests still unanswered a run's "
        "length plus 30 s after the last was due are counted apart, not in the "
        "percentiles); both share the same 2 cores; the team's questions in turn. The "
        "busiest worker's CPU share is 0.5 when the workers share the work evenly "
        "(with 2), 1.0 when one does it all; paced requests follow connections, so it "
        "shows how the connections were split between the workers. The workers' CPU "
        "per request is for the same mix of questions each time, so it shows whether a "
        "run met one of the machine's slow phases, in which it rises. The server's memory "
        f"(RSS) went from {r['rss_start']:.0f} MB before the rounds to "
        f"{r['rss_end']:.0f} MB after them; machine steadiness before the runs: "
        f"{steady}." + (control_note(r) if control else "") + f"\n\n{table}"
    )


def server_rows(label: str, runs: list[dict]) -> list[list]:
    rows = [row for n, run in enumerate(runs, 1) for row in round_rows(f"{label}{n}: ", run)]
    if len(runs) > 1:
        rows += round_rows(f"{label}median of {len(runs)}: ", median_round(runs), " (all runs)")
    return rows


def control_note(r: dict) -> str:
    return (
        " The control rows (`--control`) are bench/http_control.c, a C server that spins "
        f"{r['spins']:,} integer multiply-adds a request (its workers' CPU under wrk set to "
        f"the assistant's, {r['target']:.2f} ms a request, before the rounds; measured at "
        f"{r['control_cpu']:.2f} ms once set), run the same way right after each of the "
        "assistant's rounds."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--soak", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1, help="bench/speed.py runs 3")
    parser.add_argument(
        "--control",
        action="store_true",
        help="after each round, one on a C server spinning the same CPU per request",
    )
    args = parser.parse_args()
    body = http_table(args.workers, args.duration, args.soak, args.rounds, args.control)
    print(body)
    write_section("http", f"## HTTP load\n\nOn {machine()}.\n\n{body}")


if __name__ == "__main__":
    main()
