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
    cited = {
        doc.source_id: " ".join(_norm(c.passage) for c in assistant.composer.cited(doc.source_id))
        for doc in assistant.index.docs_
    }
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
