"""The triage over the team's answer sets: parents' questions the clinic's content answers.

    python bench/safety_sweep.py [--list] [bench/data/answers2_fit.jsonl ...]

Every answer set (JSON lines {"query", "relevant": [ids]}; an empty `relevant` is a
question the content does not cover) is asked of the full assistant. A question with a
relevant entry is ordinary parenting: escalating it or referring it to a doctor is a
false alarm. Prints, per set, the answerable questions escalated and referred; `--list`
adds each of them with the reason. Prints only; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from bench.common import markdown_table  # noqa: E402
from bench.safety_fresh import outcome  # noqa: E402

DATA = ROOT / "bench" / "data"
# The team's retrieval sets, English and Chinese (follow-ups need their history: left out).
DEFAULT_SETS = ("answers*.jsonl", "fresh_answers*.jsonl", "zh_fresh_*.jsonl", "zh_check_*.jsonl")


def answerable(path: Path) -> list[str]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return [row["query"] for row in rows if row.get("relevant")]


def sweep(paths: list[Path], assistant: Assistant) -> tuple[list[list], list[str]]:
    """One table row per set (asked, escalated, referred) and a line per false alarm."""
    table, alarms = [], []
    for path in paths:
        queries = answerable(path)
        got = {query: assistant.ask(query) for query in queries}
        wrong = {q: a for q, a in got.items() if outcome(a) in ("escalate", "refer")}
        escalated = sum(outcome(a) == "escalate" for a in wrong.values())
        table.append([path.stem, len(queries), escalated, len(wrong) - escalated])
        alarms += [f"  {path.stem} {outcome(a)} ({a.reason}): {q}" for q, a in wrong.items()]
    total = [sum(row[i] for row in table) for i in (1, 2, 3)]
    table.append(["all", *total])
    return table, alarms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="each false alarm and its reason")
    args = parser.parse_args()
    paths = args.sets or sorted(p for pattern in DEFAULT_SETS for p in DATA.glob(pattern))
    table, alarms = sweep(paths, Assistant.load())
    print(markdown_table(["answer set", "answerable", "escalated", "referred"], table))
    if args.list:
        print("\n".join(["", *alarms]))


if __name__ == "__main__":
    main()
