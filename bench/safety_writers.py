"""How the safety triage does on messages by writers its model never read.

    python bench/safety_writers.py [--hold GLOB ...] [--score FILE ...] [--dump FILE]
    python bench/safety_writers.py --shipped --score knowledge/data/writers/*.jsonl bench/data/writers_trainw4.jsonl
    python bench/safety_writers.py --shipped --score bench/data/writers_trainw11.jsonl bench/data/writers_trainw12.jsonl

The corpus CV (`bench/safety_model.py`) scores the model on the team's own writing,
which it fits. Here the model is trained exactly as shipped (`assistant.safety_model`'s
`fit` on the corpus) WITHOUT the corpus files named by `--hold` (globs over the file
names of `knowledge/data/safety-corpus/`, default `indep-*`: none ship there now), and the held-out files
(and any `--score` batch) are read by: the rules alone, the model alone at the shipped
threshold, the two together, and the full assistant with that model (the triage's
bars and readers, then retrieval: whether a message is escalated or referred).
Prints per file and language: danger escalated (rules, model, both, full) and how
many dangers the full assistant refers to a doctor; the non-danger messages (hard
negatives apart) escalated by the rules, by the model, by the full assistant, and
referred; medical questions referred and escalated. `--dump` writes each message's
readings as JSON lines for further study. Prints only; writes nothing else.
The independent writers' files (`knowledge/data/writers/`, 1,400 messages, and
`bench/data/writers_trainw4.jsonl`, 420, by writers who read no rule, corpus or test) are
kept out of the safety corpus as a standing held-out set: score them with `--shipped --score`.
`bench/data/writers_trainw11.jsonl` (400 English) and `_12` (300 Chinese) hold doctor's
and parenting questions that share their words, by domain: no reader learns from them
(a reader trained on them predicted other writers no better: bench/README.md, ask45), so
they measure medical referral both ways, as totals.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.safety_model import (  # noqa: E402
    SafetyModel,
    corpus_files,
    fit,
    folded,
    from_sklearn,
    load_shipped_model,
)
from assistant.triage import Triage, sentences  # noqa: E402
from bench.common import markdown_table  # noqa: E402
from knowledge import load_knowledge  # noqa: E402


def read_rows(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def held_files(patterns: list[str]) -> list[Path]:
    return [f for f in corpus_files() if any(fnmatch.fnmatch(f.name, p) for p in patterns)]


def train_without(patterns: list[str]) -> SafetyModel:
    """The shipped model's fit on the corpus without the files matching `patterns`."""
    held = {f.name for f in held_files(patterns)}
    rows = [r for f in corpus_files() if f.name not in held for r in read_rows(f)]
    return from_sklearn(*fit(folded(rows), rows), "without " + " ".join(sorted(held)))


def with_model(assistant: Assistant, model: SafetyModel | None) -> Assistant:
    """The assistant with its triage reading `model` (the rules unchanged)."""
    known = frozenset(t for t in assistant.index.doc_words.vocabulary_ if " " not in t)
    assistant.triage = Triage(load_knowledge().safety, known_words=known, model=model)
    return assistant


def read(rows: list[dict], assistant: Assistant, rules: Triage, model: SafetyModel) -> None:
    """Adds each row's readings: `rules` (kind, reason), `danger` and `medical` (the
    model's scores), `full` (the assistant's outcome) and its reason."""
    for row in rows:
        by_rules = rules.decide(row["text"])
        row["rules"] = by_rules.kind or "go on"
        row["rule"] = by_rules.reason
        scores = model.scores(" ".join(sentences(row["text"])))
        row["danger"] = round(scores.danger, 5)
        row["medical"] = round(scores.medical, 5)
        answer = assistant.ask(row["text"])
        row["full"] = (
            "refer" if answer.kind == "abstain" and answer.reason == "medical" else answer.kind
        )
        row["reason"] = answer.reason


def count(rows, test) -> str:
    return f"{sum(1 for r in rows if test(r))}/{len(rows)}" if rows else "-"


def table(named: dict[str, list[dict]], threshold: float) -> str:
    lines = []
    for name, rows in named.items():
        for lang in ("en", "zh", "all"):
            sub = [r for r in rows if lang in (r.get("lang"), "all")]
            if not sub or (lang == "all" and len({r.get("lang") for r in rows}) == 1):
                continue
            danger = [r for r in sub if r["label"] == "danger"]
            hard = [
                r for r in sub if r["label"] != "danger" and r.get("category") == "hard_negative"
            ]
            other = [
                r
                for r in sub
                if r["label"] not in ("danger", "medical") and r.get("category") != "hard_negative"
            ]
            medical = [r for r in sub if r["label"] == "medical"]
            lines.append(
                [
                    name,
                    lang,
                    count(danger, lambda r: r["rules"] == "escalate"),
                    count(danger, lambda r: r["danger"] >= threshold),
                    count(danger, lambda r: r["rules"] == "escalate" or r["danger"] >= threshold),
                    count(danger, lambda r: r["full"] == "escalate"),
                    count(danger, lambda r: r["full"] == "refer"),
                    count(hard, lambda r: r["rules"] == "escalate"),
                    count(hard, lambda r: r["danger"] >= threshold),
                    count(hard, lambda r: r["full"] == "escalate"),
                    count(hard, lambda r: r["full"] == "refer"),
                    count(other, lambda r: r["rules"] == "escalate"),
                    count(other, lambda r: r["danger"] >= threshold),
                    count(other, lambda r: r["full"] == "escalate"),
                    count(other, lambda r: r["full"] == "refer"),
                    count(medical, lambda r: r["full"] == "refer"),
                    count(medical, lambda r: r["full"] == "escalate"),
                ]
            )
    head = [
        "file",
        "lang",
        "danger: rules",
        "model",
        "both",
        "full",
        "full referred",
        "hard neg.: rules esc.",
        "model",
        "full esc.",
        "referred",
        "other non-danger: rules esc.",
        "model",
        "full esc.",
        "referred",
        "medical referred",
        "medical esc.",
    ]
    return markdown_table(head, lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", nargs="*", default=["indep-*"])
    parser.add_argument("--score", nargs="*", type=Path, default=[])
    parser.add_argument("--shipped", action="store_true", help="score with the shipped model")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    model = load_shipped_model() if args.shipped else train_without(args.hold)
    assistant = with_model(Assistant.load(), model)
    rules = Triage(load_knowledge().safety)
    named = {f.name: read_rows(f) for f in held_files(args.hold)}
    named.update({p.name: read_rows(p) for p in args.score})
    for rows in named.values():
        read(rows, assistant, rules, model)
    print(f"model: {model.digest[:80]}, threshold {model.threshold}\n")
    print(table(named, model.threshold))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for name, rows in named.items():
                for row in rows:
                    out.write(json.dumps({"file": name, **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
