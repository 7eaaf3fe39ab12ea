"""Counsellor-approved FAQ changes applied over a knowledge directory's records.

A change either adds a parent's wording as an alternate of an existing entry or
adds a new entry. The result is validated like files are (sources must exist,
ids must be unique, fields non-empty); an invalid result raises KnowledgeError
and the caller keeps what it had.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .loader import cross_check
from .records import FaqEntry, Knowledge, KnowledgeError, Problem

# Chinese characters (as assistant/chinese.py reads a question's script): a new entry
# whose question is written with them is a Traditional Chinese entry.
_CHINESE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")


@dataclass(frozen=True)
class FaqChange:
    kind: str  # "alternate" | "entry"
    entry_id: str
    question: str
    answer: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    approved_by: str = ""
    approved_on: str = ""  # ISO date


def apply_changes(knowledge: Knowledge, changes: list[FaqChange]) -> Knowledge:
    """`knowledge` with `changes` applied in order; KnowledgeError if the result is invalid."""
    entries = {e.id: e for e in knowledge.faq}
    order = [e.id for e in knowledge.faq]
    problems = []
    for number, change in enumerate(changes, 1):
        where = f"change {number}"
        question = " ".join(change.question.split())
        if not question:
            problems.append(Problem(where, 0, "the question is empty"))
        elif change.kind == "alternate":
            entry = entries.get(change.entry_id)
            if entry is None:
                problems.append(Problem(where, 0, f"there is no FAQ entry '{change.entry_id}'"))
            elif question.lower() not in {q.lower() for q in entry.questions}:
                entries[entry.id] = replace(entry, alternates=(*entry.alternates, question))
        elif change.kind == "entry":
            problems += _new_entry_problems(change, entries, where)
            if not problems:
                entries[change.entry_id] = FaqEntry(
                    id=change.entry_id,
                    question=question,
                    answer=change.answer.strip(),
                    sources=tuple(change.sources),
                    tags=tuple(change.tags),
                    reviewed_by=change.approved_by,
                    reviewed_on=change.approved_on,
                    language="zh-Hant" if _CHINESE.search(question) else "en",
                    path="counsellor changes",
                    line=number,
                )
                order.append(change.entry_id)
        else:
            problems.append(Problem(where, 0, f"unknown kind of change '{change.kind}'"))
    faq = tuple(entries[i] for i in order)
    problems += cross_check(knowledge.articles, faq)
    if problems:
        raise KnowledgeError(problems)
    return replace(knowledge, faq=faq)


def _new_entry_problems(change: FaqChange, entries: dict, where: str) -> list[Problem]:
    problems = []
    if not change.entry_id or not change.entry_id.replace("-", "").isalnum():
        problems.append(Problem(where, 0, "the id may use only letters, digits and '-'"))
    elif change.entry_id in entries:
        problems.append(Problem(where, 0, f"an FAQ entry '{change.entry_id}' already exists"))
    if not change.answer.strip():
        problems.append(Problem(where, 0, "the answer is empty"))
    if not change.sources:
        problems.append(
            Problem(
                where, 0, "name at least one source passage (article:<article-id>#<passage-id>)"
            )
        )
    return problems
