"""Rank docs for a question: three sparse TF-IDF signals over all docs, then
rapidfuzz on a bounded candidate set only, fused into one score."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from .index import HybridIndex


@dataclass(frozen=True)
class RetrievalParams:
    """Fusion weights and the candidate budget, chosen with `bench/tune.py`."""

    question_words: float = 0.35
    question_chars: float = 0.35
    body_words: float = 0.15
    fuzzy: float = 0.15
    candidates: int = 50


@dataclass(frozen=True)
class Candidate:
    doc: int
    score: float
    parts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Ranking:
    """Ranked candidates plus what the question contained, for confidence and `why`."""

    candidates: list[Candidate]
    query_terms: list[str]
    unknown_terms: list[str]


class Retriever:
    def __init__(self, index: HybridIndex, params: RetrievalParams | None = None):
        self.index = index
        self.params = params or RetrievalParams()

    def search(self, text: str, k: int = 10) -> Ranking:
        """The top `k` docs for `text`, best first (empty when nothing matches)."""
        index, p = self.index, self.params
        signals = {}
        for name, field_ in (("question_words", index.question_words),
                             ("question_chars", index.question_chars)):
            ids, weights, _ = field_.query_vector(text)
            signals[name] = index.per_doc_max(field_.scores(ids, weights))
        ids, weights, _ = index.body_words.query_vector(text)
        signals["body_words"] = index.body_words.scores(ids, weights)
        sparse_score = (p.question_words * signals["question_words"]
                        + p.question_chars * signals["question_chars"]
                        + p.body_words * signals["body_words"])
        terms = index.normalizer.terms(text)
        unknown = [t for t in terms if not index.known_term(t)]
        pool = _top(sparse_score, p.candidates)
        pool = pool[sparse_score[pool] > 0]
        if len(pool) == 0:
            return Ranking([], terms, unknown)
        fuzzy = self._fuzzy(text, pool)
        final = sparse_score[pool] + p.fuzzy * fuzzy
        order = np.argsort(-final, kind="stable")[:k]
        candidates = [
            Candidate(int(pool[i]), float(final[i]),
                      {name: float(values[pool[i]]) for name, values in signals.items()}
                      | {"fuzzy": float(fuzzy[i])})
            for i in order
        ]
        return Ranking(candidates, terms, unknown)

    def _fuzzy(self, text: str, pool: np.ndarray) -> np.ndarray:
        """Best token_set_ratio (0-1) of the question against each pooled doc's phrasings."""
        index = self.index
        query = " ".join(index.normalizer.words(text))
        starts = index.doc_row_start_[pool]
        stops = np.append(index.doc_row_start_, len(index.row_doc_))[pool + 1]
        rows = [r for a, b in zip(starts, stops, strict=True) for r in range(a, b)]
        ratios = process.cdist([query], [index.row_text_[r] for r in rows],
                               scorer=fuzz.token_set_ratio, dtype=np.float32)[0] / 100.0
        owners = np.repeat(np.arange(len(pool)), stops - starts)
        best = np.zeros(len(pool), np.float32)
        np.maximum.at(best, owners, ratios)
        return best


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, unordered (argpartition: no full sort)."""
    if len(scores) <= k:
        return np.arange(len(scores))
    return np.argpartition(-scores, k)[:k]
