"""How precise the medical referral is.

    python bench/medical.py [--fails] [--batch FILE ...]

Asks the real engine every message of the held-out medical set
(tests/data/medical_questions.jsonl: medical questions against parenting questions
with medical-looking words, English and Chinese) and, when ../shared is there, of
parent-dev by half (`fit` was tuned on, `report` only measured). A message is
referred when the answer is an abstention with reason "medical". Prints recall on
the medical questions and the false referrals on the rest; `--fails` lists the misses.

`--batch FILE` scores a check batch of JSON lines {"text", "label": "medical"|
"ordinary", "lang", ...} instead, by half: the lines are taken in pairs, the first
pair `fit`, the next `report`, and so on (a batch written as medical question then
its look-alike keeps both halves balanced). `--fails` then lists the fit half's
misses only: the report half is measured, never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from bench.common import markdown_table  # noqa: E402
from bench.parentdev import DEFAULT, half, read_messages  # noqa: E402

HELD_OUT = ROOT / "tests" / "data" / "medical_questions.jsonl"


def referred(assistant: Assistant, message: str) -> bool:
    answer = assistant.ask(message)
    return answer.kind == "abstain" and answer.reason == "medical"


def figures(assistant, rows: list[tuple[str, bool]]) -> tuple[list, list[str]]:
    """(recall cell, false-referral cell), and the misses, for (message, is_medical) rows."""
    medical = [m for m, is_medical in rows if is_medical]
    other = [m for m, is_medical in rows if not is_medical]
    missed = [m for m in medical if not referred(assistant, m)]
    wrong = [m for m in other if referred(assistant, m)]
    cells = [
        f"{len(medical) - len(missed)}/{len(medical)} ({1 - len(missed) / max(len(medical), 1):.0%})",
        f"{len(wrong)}/{len(other)} ({len(wrong) / max(len(other), 1):.1%})",
    ]
    return cells, [f"  missed: {m}" for m in missed] + [f"  wrongly referred: {m}" for m in wrong]


def batch_half(number: int) -> str:
    """The half of a batch's line `number` (from 0): pairs of lines alternate."""
    return "fit" if number // 2 % 2 == 0 else "report"


def score_batches(assistant: Assistant, paths: list[Path], show: bool) -> None:
    table, fails = [], []
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [(batch_half(n), json.loads(line)) for n, line in enumerate(lines)]
        for part in ("fit", "report"):
            for lang in ("en", "zh", "all"):
                chosen = [
                    (r["text"], r["label"] == "medical")
                    for h, r in rows
                    if h == part and lang in (r["lang"], "all")
                ]
                cells, misses = figures(assistant, chosen)
                table.append([f"{path.stem} {part} {lang}", *cells])
                if part == "fit" and lang != "all":
                    fails += misses
    print(markdown_table(["set", "medical referred", "others referred"], table))
    if show:
        print("\n".join(fails))


def main(argv: list[str]) -> None:
    assistant = Assistant.load()
    if "--batch" in argv:
        paths = [Path(a) for a in argv[argv.index("--batch") + 1 :] if not a.startswith("--")]
        score_batches(assistant, paths, "--fails" in argv)
        return
    table, fails = [], []
    held = [json.loads(line) for line in HELD_OUT.read_text(encoding="utf-8").splitlines()]
    for part in sorted({r["set"] for r in held}):
        for lang in ("en", "zh"):
            rows = [
                (r["message"], r["expect"] == "medical")
                for r in held
                if r["lang"] == lang and r["set"] == part
            ]
            cells, misses = figures(assistant, rows)
            table.append([f"held-out {part} {lang}", *cells])
            fails += misses
    if DEFAULT.exists():
        messages = read_messages(DEFAULT)
        for part in ("fit", "report"):
            chosen = [m for m in messages if half(m["id"]) == part and m["expect"] != "escalate"]
            rows = [(m["query"], m.get("kind") == "medical") for m in chosen]
            cells, misses = figures(assistant, rows)
            answerable = [m["query"] for m in chosen if m["expect"] == "answer"]
            wrong = sum(referred(assistant, q) for q in answerable)
            table.append([f"parent-dev {part}", *cells, f"{wrong}/{len(answerable)}"])
            fails += misses
    header = ["set", "medical referred", "others referred", "answerable referred"]
    print(markdown_table(header, [row + [""] * (len(header) - len(row)) for row in table]))
    if "--fails" in argv:
        print("\n".join(fails))


if __name__ == "__main__":
    main(sys.argv[1:])
