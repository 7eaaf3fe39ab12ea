"""HTTP load on loopback: `parentfaq serve` under wrk with a realistic question mix.

    python bench/http_load.py [--workers 2] [--duration 20] [--soak SECONDS]

Starts `parentfaq serve --workers N` (rate limits off, its own SQLite database,
messages stored as in production), then runs wrk (Debian's package) with a Lua
script that cycles through the team's questions: first at saturation, then paced
at 70% of that rate (wrk's `delay()`), reporting requests per second, latency
percentiles, errors and the server's memory (RSS) at start and end. `--soak`
sets the paced run's length (the hardening issue asks for 600 s).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, markdown_table, write_section  # noqa: E402

LUA = """
local questions = {QUESTIONS}
local n = 0
local pause = {PAUSE}
request = function()
  n = n + 1
  local body = '{"question": "' .. questions[(n % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end
function delay()
  -- Random pauses around the mean keep the connections from firing in step.
  if pause == 0 then return 0 end
  return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2))
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


def write_script(folder: Path, pause_ms: int) -> Path:
    listed = "{" + ", ".join(f'"{q}"' for q in questions()) + "}"
    path = folder / f"mix-{pause_ms}.lua"
    path.write_text(LUA.replace("{QUESTIONS}", listed).replace("{PAUSE}", str(pause_ms)))
    return path


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
            run_wrk(url, write_script(folder, 0), 32, 5)  # warm-up: caches, connections
            time.sleep(3)
            saturation = run_wrk(url, write_script(folder, 0), 32, duration)
            time.sleep(5)  # let the server's storage writer drain what saturation queued
            connections = 16
            target = 0.7 * saturation["rps"]
            # wrk paces each connection by a pause per request, so rate = connections /
            # (latency + pause): solve for the pause, measure, and solve again.
            pause = connections * 1000 / target
            for _ in range(4):
                trial = run_wrk(url, write_script(folder, max(1, round(pause))), connections, 8)
                latency = connections * 1000 / trial["rps"] - max(1, round(pause))
                pause = max(1.0, connections * 1000 / target - latency)
                time.sleep(1)
            pause = max(1, round(pause))
            rss_start = rss_mb(worker_pids(server.pid))
            paced = run_wrk(url, write_script(folder, pause), connections, soak)
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
        f"`parentfaq serve --workers {workers}` on loopback under wrk, which shares the "
        f"same 2 cores; the team's questions in turn.\n\n{table}"
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
