"""Checks beyond loading: near-duplicate questions and answers too long for a chat."""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz

from .records import FaqEntry, Knowledge, Problem

NEAR_DUPLICATE = 92  # rapidfuzz token_sort_ratio of two questions
CHAT_ANSWER_WORDS = 120  # longer answers are allowed but read badly in the widget
_WORDS = re.compile(r"[a-z0-9]+")


def validate(knowledge: Knowledge) -> list[Problem]:
    """Problems that loading does not catch. Warnings do not fail `parentfaq check`."""
    problems = list(knowledge.warnings)
    problems += _near_duplicates(knowledge.faq)
    for entry in knowledge.faq:
        words = len(entry.answer.split())
        if words > CHAT_ANSWER_WORDS:
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"answer of '{entry.id}' has {words} words; the chat reads "
                    f"best at {CHAT_ANSWER_WORDS} or fewer",
                    warning=True,
                )
            )
    return problems


def _near_duplicates(entries: tuple[FaqEntry, ...]) -> list[Problem]:
    """Pairs of entries asking (nearly) the same question.

    An entry that repeats another's question and answer word for word is an error
    (a duplicate). Otherwise it is a warning: collections such as MedQuAD answer
    one templated question from several sources on purpose, with slightly
    different texts, and each entry has its own id that labels point at.
    """
    texts = [" ".join(_WORDS.findall(e.question.lower())) for e in entries]
    problems = []
    for i, j in _similar_pairs(texts):
        if fuzz.token_sort_ratio(texts[i], texts[j]) < NEAR_DUPLICATE:
            continue
        first, second = entries[i], entries[j]
        duplicate = texts[i] == texts[j] and first.answer.split() == second.answer.split()
        problems.append(
            Problem(
                second.path,
                second.line,
                (
                    f"'{second.id}' repeats the question and answer of '{first.id}' "
                    f"({first.path}:{first.line}); remove one"
                )
                if duplicate
                else (
                    f"question of '{second.id}' nearly repeats '{first.id}' "
                    f"({first.path}:{first.line}); keep both only on purpose"
                ),
                warning=not duplicate,
            )
        )
    return problems


def _similar_pairs(texts: list[str], threshold: float = 0.7, chunk: int = 2000):
    """Index pairs (i < j) whose word-bigram TF-IDF cosine passes `threshold`."""
    if len(texts) < 2:
        return
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(ngram_range=(1, 2), dtype=np.float32).fit_transform(texts)
    except ValueError:
        return
    transposed = matrix.T.tocsr()
    for start in range(0, matrix.shape[0], chunk):
        block = (matrix[start : start + chunk] @ transposed).tocoo()
        keep = (block.data >= threshold) & (block.row + start < block.col)
        for i, j in zip(block.row[keep] + start, block.col[keep], strict=True):
            yield int(i), int(j)
