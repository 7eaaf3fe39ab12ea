"""HTTP load on loopback: `parentfaq serve` under wrk with a realistic question mix.

    python bench/http_load.py [--workers 2] [--duration 20] [--soak SECONDS]

Starts `parentfaq serve --workers N` (rate limits off, its own SQLite database,
messages stored as in production), then cycles through the team's questions:
first at saturation under wrk (Debian's package, 32 connections), then at a
constant 70% of that rate from an open-loop client (below) whose latencies count
from each request's scheduled time, so a slow answer delays the clock of those
queued behind it (no "coordinated omission"). Reports requests per second,
latency percentiles, errors and the server's memory (RSS) at start and end.
`--soak` sets the paced run's length (the hardening issue asks for 600 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
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


async def _paced(port: int, rate: float, seconds: float, connections: int) -> dict:
    """Send the questions at a constant `rate` over keep-alive connections; each
    latency counts from the request's scheduled time, including any wait for a free
    connection."""
    bodies = [json.dumps({"question": q}).encode() for q in questions()]
    idle: asyncio.Queue = asyncio.Queue()
    for _ in range(connections):
        idle.put_nowait(await asyncio.open_connection("127.0.0.1", port))
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    errors = 0

    async def one(number: int, due: float) -> None:
        nonlocal errors
        reader, writer = await idle.get()
        body = bodies[number % len(bodies)]
        writer.write(
            b"POST /api/v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        try:
            # One read for the head, one for the body: the client's own CPU is taken
            # from the same two cores as the server's.
            head = (await reader.readuntil(b"\r\n\r\n")).lower()
            start = head.find(b"\r\ncontent-length:")
            length = int(head[start + 17 : head.index(b"\r\n", start + 2)]) if start >= 0 else 0
            closing = b"\r\nconnection: close" in head
            await reader.readexactly(length)
            errors += not head.startswith(b"http/1.1 200")
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            errors, closing = errors + 1, True
        if closing:  # the server ended the connection (or it broke): open another
            writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        latencies.append((loop.time() - due) * 1000)
        idle.put_nowait((reader, writer))

    start = loop.time() + 0.1
    tasks = []
    for number in range(int(rate * seconds)):
        due = start + number / rate
        if due > loop.time():
            await asyncio.sleep(due - loop.time())
        tasks.append(asyncio.create_task(one(number, due)))
    await asyncio.gather(*tasks)
    took = loop.time() - start
    while not idle.empty():
        idle.get_nowait()[1].close()
    times = np.array(latencies)
    return {
        "requests": len(times),
        "seconds": took,
        "rps": len(times) / took,
        "errors": errors,
        "non2xx": 0,  # counted in errors
        "p50": float(np.percentile(times, 50)),
        "p90": float(np.percentile(times, 90)),
        "p99": float(np.percentile(times, 99)),
    }


def run_paced(port: int, rate: float, seconds: float, connections: int = 32) -> dict:
    return asyncio.run(_paced(port, rate, seconds, connections))


def measure(workers: int, duration: int, soak: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = 18000 + os.getpid() % 1000
        env = os.environ | {
            "PARENTFAQ_DATABASE_URL": f"sqlite:///{folder / 'load.db'}",
            "PARENTFAQ_RATELIMIT_ENABLED": "false",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "assistant.cli",
                "serve",
                "--port",
                str(port),
                "--workers",
                str(workers),
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(url + "/api/v1/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            script = write_script(folder)
            run_wrk(url, script, 32, 5)  # warm-up: caches, connections
            time.sleep(3)
            saturation = run_wrk(url, script, 32, duration)
            time.sleep(5)  # let the server's storage writer drain what saturation queued
            target = 0.7 * saturation["rps"]
            rss_start = rss_mb(worker_pids(server.pid))
            paced = run_paced(port, target, soak)
            rss_end = rss_mb(worker_pids(server.pid))
        finally:
            server.terminate()
            server.wait(15)
    return {
        "saturation": saturation,
        "paced": paced,
        "target": target,
        "rss_start": rss_start,
        "rss_end": rss_end,
        "workers": workers,
        "soak": soak,
    }


def http_table(workers: int = 2, duration: int = 20, soak: int = 30) -> str:
    steady = steadiness()
    r = measure(workers, duration, soak)
    s, p = r["saturation"], r["paced"]
    rows = [
        [
            "saturation (32 connections)",
            f"{s['rps']:.0f}",
            f"{s['p50']:.1f}",
            f"{s['p99']:.1f}",
            s["errors"] + s["non2xx"],
            f"{s['seconds']:.0f}",
            "",
        ],
        [
            f"paced at 70% ({r['target']:.0f}/s target)",
            f"{p['rps']:.0f}",
            f"{p['p50']:.1f}",
            f"{p['p99']:.1f}",
            p["errors"] + p["non2xx"],
            f"{p['seconds']:.0f}",
            f"{r['rss_start']:.0f} -> {r['rss_end']:.0f}",
        ],
    ]
    table = markdown_table(
        ["run", "requests/s", "p50 ms", "p99 ms", "errors", "seconds", "server RSS MB"], rows
    )
    return (
        f"HTTP: `python bench/http_load.py --workers {workers} --soak {soak}`: "
        f"`parentfaq serve --workers {workers}` on loopback, saturated by wrk, then paced "
        "at a constant 70% of that by an open-loop client whose latencies count from each "
        "request's scheduled time; both share the same 2 cores; the team's questions in "
        f"turn. Machine steadiness before the runs: {steady}.\n\n{table}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--soak", type=int, default=30)
    args = parser.parse_args()
    body = http_table(args.workers, args.duration, args.soak)
    print(body)
    write_section("http", f"## HTTP load\n\nOn {machine()}.\n\n{body}")


if __name__ == "__main__":
    main()
