"""parent-dev (../shared/eval-data/parent-dev) as labelled questions for tuning.

Its answerable messages name the right passage by phrases it contains
(`passage_keys`); an entry is right when a passage it cites contains one (the
set's own judging rule). Messages are split in two halves by a hash of their id:
`fit` is tuned on, `report` is only measured. Its messages are never copied into
the knowledge: they measure what the engine does with words it has not seen.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path


def eval_data() -> Path:
    """The shared evaluation data: ../shared/eval-data beside the project, or two
    levels up from a worktree."""
    for base in (Path("../shared/eval-data"), Path("../../shared/eval-data")):
        if base.is_dir():
            return base
    return Path("../shared/eval-data")


DEFAULT = eval_data() / "parent-dev" / "messages.jsonl"


def _norm(text: str) -> str:
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", text)


def half(message_id: str) -> str:
    """`fit` or `report`: a stable split by id."""
    return "fit" if zlib.crc32(message_id.encode()) % 2 == 0 else "report"


def read_messages(path: Path = DEFAULT) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def labelled_rows(assistant, messages: list[dict]) -> list[dict]:
    """The messages as labelled questions (`relevant` source ids, or `expect`:
    "abstain"), each with its `split` (the half); escalations are left out (triage's)."""
    cited = passages_cited(assistant)
    rows = []
    for message in messages:
        row = {"query": message["query"], "split": half(message["id"]), "id": message["id"]}
        if message["expect"] == "answer":
            keys = [_norm(k) for k in message["passage_keys"]]
            row["relevant"] = sorted(s for s, text in cited.items() if any(k in text for k in keys))
        elif message["expect"] == "abstain":
            row["expect"] = "abstain"
        else:
            continue
        rows.append(row)
    return rows


def judged(message: dict, reply: dict) -> bool:
    """The set's judging rule (its README): the kind expected and, for an answer, a
    cited passage holding one of the message's keys."""
    if message["expect"] != reply.get("kind"):
        return False
    if message["expect"] != "answer":
        return True
    cited = " ".join(_norm(c.get("passage")) for c in reply.get("citations") or [])
    return any(_norm(k) in cited for k in message["passage_keys"])


def figures(pairs: list[tuple[dict, dict]], cited: dict[str, str]) -> dict[str, float]:
    """Top-1 on the answerable, abstain precision and recall, and the clarify share
    of the answerable with how often a right entry was among its options."""
    answer = [(m, r) for m, r in pairs if m["expect"] == "answer"]
    abstain_expected = [r for m, r in pairs if m["expect"] == "abstain"]
    abstained = [m for m, r in pairs if r.get("kind") == "abstain"]
    clarified = [(m, r) for m, r in answer if r.get("kind") == "clarify"]
    return {
        "answerable": len(answer),
        "top-1": sum(judged(m, r) for m, r in answer) / max(1, len(answer)),
        "abstain precision": sum(m["expect"] == "abstain" for m in abstained)
        / max(1, len(abstained)),
        "abstain recall": sum(r.get("kind") == "abstain" for r in abstain_expected)
        / max(1, len(abstain_expected)),
        "clarify share": len(clarified) / max(1, len(answer)),
        "clarify given": sum(r.get("kind") == "clarify" for _, r in pairs),
        # Of every clarify (an out-of-scope message's counts as a miss): a right
        # entry among its options, by the set's rule (a cited passage holds a key).
        "right among options": sum(offers_right(m, r, cited) for m, r in pairs)
        / max(1, sum(r.get("kind") == "clarify" for _, r in pairs)),
    }


def offers_right(message: dict, reply: dict, cited: dict[str, str]) -> bool:
    """Whether a clarify offers an entry whose cited passages hold one of the
    message's keys (`cited`: each source id's cited text, as `passages_cited` gives)."""
    if reply.get("kind") != "clarify" or message["expect"] != "answer":
        return False
    keys = [_norm(k) for k in message["passage_keys"]]
    return any(
        any(k in cited.get(o["source_id"], "") for k in keys) for o in reply.get("options") or []
    )


def passages_cited(assistant) -> dict[str, str]:
    """Each source id's cited passages as one normalised text (what the judge reads)."""
    return {
        doc.source_id: " ".join(_norm(c.passage) for c in assistant.composer.cited(doc.source_id))
        for doc in assistant.index.docs_
    }


def main() -> None:
    """Print parent-dev's figures in all and by half, with the engine in this checkout."""
    from assistant import Assistant

    assistant = Assistant.load()
    messages = read_messages()
    replies = [assistant.ask(m["query"]).to_dict() for m in messages]
    pairs = list(zip(messages, replies, strict=True))
    cited = passages_cited(assistant)
    for name, chosen in (
        ("all", pairs),
        ("fit (tuned on)", [p for p in pairs if half(p[0]["id"]) == "fit"]),
        ("report (held out)", [p for p in pairs if half(p[0]["id"]) == "report"]),
    ):
        values = ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
            for k, v in figures(chosen, cited).items()
        )
        print(f"parent-dev {name}: {values}")


if __name__ == "__main__":
    main()
