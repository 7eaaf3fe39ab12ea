"""Cost of the safety triage per message.

    python bench/triage.py

Times `Triage.decide` (the rules and the learned model applied afresh, not
`check`'s memory of recent messages) over the team's safety set, every ordinary
question and every fourth message of the safety corpus (English and Chinese, long
stories included) (cold: first sight of each message's words; warm: the spelling
and n-gram caches filled),
and prints p50/p99/mean in milliseconds, writing them to bench/README.md. On a
shared machine other processes only ever add time, so a last row takes each
message's fastest of 5 warm runs: what the triage itself costs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.safety_model import load_corpus  # noqa: E402
from bench.common import machine, markdown_table, write_section  # noqa: E402


def messages() -> list[str]:
    data = ROOT / "tests" / "data"
    safety = [json.loads(line)["message"] for line in (data / "safety_messages.jsonl").open()]
    team = [json.loads(line)["query"] for line in (data / "team_questions.jsonl").open()]
    corpus = [row["text"] for row in load_corpus()[::4]]
    return safety + team + corpus


def timings(triage, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Wall-clock and CPU milliseconds per message (on a busy shared machine the
    wall clock also counts time spent waiting for a core; CPU time does not)."""
    wall, cpu = [], []
    for text in texts:
        start, start_cpu = time.perf_counter(), time.thread_time()
        triage.decide(text)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return np.array(wall), np.array(cpu)


def main() -> None:
    assistant = Assistant.load()
    texts = messages()
    rows = []
    runs = [timings(assistant.triage, texts)]
    runs.append(timings(assistant.triage, texts * 5))
    fastest = tuple(times.reshape(5, -1).min(axis=0) for times in runs[1])
    labels = ("cold", "warm", "warm, fastest of 5")
    for label, (wall, cpu) in zip(labels, (*runs, fastest), strict=True):
        rows.append(
            [
                label,
                len(wall),
                f"{np.percentile(wall, 50):.3f}",
                f"{np.percentile(wall, 99):.3f}",
                f"{wall.mean():.3f}",
                f"{np.percentile(cpu, 50):.3f}",
                f"{np.percentile(cpu, 99):.3f}",
            ]
        )
    table = markdown_table(
        ["run", "messages", "p50 ms", "p99 ms", "mean ms", "CPU p50 ms", "CPU p99 ms"], rows
    )
    print(table)
    write_section(
        "triage",
        f"## Safety triage cost\n\n`python bench/triage.py` on {machine()} "
        f"(load average {os.getloadavg()[0]:.1f} while measuring).\n\n{table}",
    )


if __name__ == "__main__":
    main()
