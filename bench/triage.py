"""Cost of the safety triage per message.

    python bench/triage.py

Times `Triage.decide` (the rules applied afresh, not `check`'s memory of recent
messages) over the team's safety set and every ordinary question (cold: first
sight of each message's words; warm: the spelling cache filled),
and prints p50/p99/mean in milliseconds, writing them to bench/README.md.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from bench.common import machine, markdown_table, write_section  # noqa: E402


def messages() -> list[str]:
    data = ROOT / "tests" / "data"
    safety = [json.loads(line)["message"] for line in (data / "safety_messages.jsonl").open()]
    team = [json.loads(line)["query"] for line in (data / "team_questions.jsonl").open()]
    return safety + team


def timings(triage, texts: list[str]) -> np.ndarray:
    out = []
    for text in texts:
        start = time.perf_counter()
        triage.decide(text)
        out.append((time.perf_counter() - start) * 1000)
    return np.array(out)


def main() -> None:
    assistant = Assistant.load()
    texts = messages()
    rows = []
    for label, sample in (
        ("cold", timings(assistant.triage, texts)),
        ("warm", timings(assistant.triage, texts * 5)),
    ):
        rows.append(
            [
                label,
                len(sample),
                f"{np.percentile(sample, 50):.3f}",
                f"{np.percentile(sample, 99):.3f}",
                f"{sample.mean():.3f}",
            ]
        )
    table = markdown_table(["run", "messages", "p50 ms", "p99 ms", "mean ms"], rows)
    print(table)
    write_section(
        "triage", f"## Safety triage cost\n\n`python bench/triage.py` on {machine()}.\n\n{table}"
    )


if __name__ == "__main__":
    main()
