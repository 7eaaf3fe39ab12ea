"""Retrieval quality on labelled questions: top-1, MRR@10, recall@3, abstention."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .answer import QuestionError
from .engine import Assistant


@dataclass
class Metrics:
    answerable: int = 0
    top1: int = 0
    reciprocal_ranks: float = 0.0
    recall3: int = 0
    answered_right: int = 0
    expected_abstain: int = 0
    abstained: int = 0  # abstained (or escalated) when expected to
    abstained_all: int = 0
    failures: list[dict] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        n = max(1, self.answerable)
        return {
            "questions": self.answerable + self.expected_abstain,
            "top1": self.top1 / n,
            "mrr@10": self.reciprocal_ranks / n,
            "recall@3": self.recall3 / n,
            "answered_right": self.answered_right / n,
            "abstain_precision": self.abstained / self.abstained_all if self.abstained_all else 1.0,
            "abstain_recall": (
                self.abstained / self.expected_abstain if self.expected_abstain else 1.0
            ),
        }


def read_labelled(path: Path | str) -> list[dict]:
    """Labelled questions (DESIGN.md format), one JSON object per line."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("query"), str):
            raise ValueError(f"{path}:{number}: expected an object with a 'query'")
        if "relevant" not in row and row.get("expect") != "abstain":
            raise ValueError(f'{path}:{number}: needs \'relevant\' ids or "expect": "abstain"')
        rows.append(row)
    return rows


def source_ids(relevant: list[str]) -> set[str]:
    """FAQ ids may be written bare ("respond-to-crying"); passages as full source ids."""
    return {r if ":" in r else f"faq:{r}" for r in relevant}


def evaluate(assistant: Assistant, rows: list[dict]) -> Metrics:
    metrics = Metrics()
    for row in rows:
        try:
            answer, ranking = assistant.respond(row["query"], row.get("history"))
        except QuestionError as exc:
            metrics.failures.append({"query": row["query"], "problem": str(exc)})
            continue
        if ranking is None:
            # Triage answered; the ranking metrics still measure retrieval itself.
            text = assistant.with_context(
                assistant.check_question(row["query"]), row.get("history") or ()
            )
            ranking = assistant.rank(text)
        ranked = assistant.ranked_sources(ranking)
        abstained = answer.kind != "answer"
        metrics.abstained_all += abstained
        if row.get("expect") == "abstain":
            metrics.expected_abstain += 1
            metrics.abstained += abstained
            if not abstained:
                metrics.failures.append(
                    {"query": row["query"], "expected": "abstain", "got": answer.source_id}
                )
            continue
        _score_answerable(metrics, row, answer, ranked)
    return metrics


def _score_answerable(metrics: Metrics, row: dict, answer, ranked: list[str]) -> None:
    relevant = source_ids(row["relevant"])
    metrics.answerable += 1
    rank = next((i for i, s in enumerate(ranked[:10], 1) if s in relevant), None)
    metrics.top1 += rank == 1
    metrics.recall3 += rank is not None and rank <= 3
    metrics.reciprocal_ranks += 1.0 / rank if rank else 0.0
    right = answer.kind == "answer" and answer.source_id in relevant
    metrics.answered_right += right
    if not right:
        metrics.failures.append(
            {
                "query": row["query"],
                "expected": sorted(relevant),
                "got": answer.source_id or answer.kind,
                "rank": rank,
            }
        )


def follow_up_quality(assistant: Assistant, rows: list[dict]) -> dict[str, float]:
    """On messages asked after another (`history`), labelled `follow_up` or not:
    the share answered right (the right entry; no answer for what expects an
    abstention), and how often the conversation was read with a self-contained
    message (hijacked) or left out of a follow-up."""
    right = hijacked = ignored = follow_ups = 0
    for row in rows:
        question = assistant.check_question(row["query"])
        answer = assistant.ask(question, row["history"])
        text, _, _ = assistant.read(question, row["history"])
        with_history = text != question
        if row["follow_up"]:
            follow_ups += 1
            ignored += not with_history
        else:
            hijacked += with_history
        if "relevant" in row:
            right += answer.kind == "answer" and answer.source_id in source_ids(row["relevant"])
        else:
            right += answer.kind != "answer"
    return {
        "pairs": len(rows),
        "right": right / max(1, len(rows)),
        "hijacked": hijacked / max(1, len(rows) - follow_ups),
        "history_unused": ignored / max(1, follow_ups),
    }
