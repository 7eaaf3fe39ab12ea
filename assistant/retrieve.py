"""Rank docs for a question: three sparse TF-IDF signals over all docs, then
rapidfuzz on a bounded candidate set only, fused into one score."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from .index import HybridIndex
from .normalize import with_bigrams


@dataclass(frozen=True)
class RetrievalParams:
    """Fusion weights and the candidate budget, chosen with `bench/tune.py`."""

    question_chars: float = 0.3
    doc_words: float = 0.2
    body_words: float = 0.1
    fuzzy: float = 0.4
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
        self._spelling: dict[str, str | None] = {}

    def search(self, text: str, k: int = 10) -> Ranking:
        """The top `k` docs for `text`, best first (empty when nothing matches)."""
        index, p = self.index, self.params
        terms = self.query_terms(text)
        signals = self.sparse_signals(text, terms)
        weights = {"question_chars": p.question_chars, "doc_words": p.doc_words,
                   "body_words": p.body_words}
        # Each signal is scaled by its best value for this question before fusing, so
        # the weights compare rankings, not the signals' differing score ranges.
        sparse_score = sum(w * _scaled(signals[name]) for name, w in weights.items())
        unknown = [t for t in terms if not index.known_term(t)]
        pool = _top(sparse_score, p.candidates)
        pool = pool[sparse_score[pool] > 0]
        if len(pool) == 0:
            return Ranking([], terms, unknown)
        fuzzy = self.fuzzy(text, pool)
        final = sparse_score[pool] + p.fuzzy * _scaled(fuzzy)
        order = np.argsort(-final, kind="stable")[:k]
        candidates = []
        for i in order:
            parts = {name: float(signals[name][pool[i]]) for name in weights} | {
                "fuzzy": float(fuzzy[i])}
            # The unscaled fusion keeps absolute strength, which confidence needs.
            parts["raw"] = sum(w * parts[name] for name, w in weights.items()) + (
                p.fuzzy * parts["fuzzy"])
            candidates.append(Candidate(int(pool[i]), float(final[i]), parts))
        return Ranking(candidates, terms, unknown)

    def spelled(self, term: str) -> str | None:
        """The indexed word an unknown term misspells ("shud" no, "secruity" yes), or None."""
        if len(term) < 4 or term.isdigit():
            return None
        cached = self._spelling.get(term, False)
        if cached is False:
            words = self.index.spelling_words()
            best = process.extractOne(term, words.keys(), scorer=fuzz.ratio, score_cutoff=80)
            cached = words[best[0]] if best and best[0][0] == term[0] else None
            if len(self._spelling) < 100_000:
                self._spelling[term] = cached
        return cached

    def query_terms(self, text: str) -> list[str]:
        """The question's content terms, misspelt ones replaced by the indexed word."""
        known = self.index.known_term
        return [t if known(t) else (self.spelled(t) or t)
                for t in self.index.normalizer.terms(text)]

    def sparse_signals(self, text: str, terms: list[str] | None = None) -> dict[str, np.ndarray]:
        """Each TF-IDF signal for every doc (zero where the question shares no term)."""
        index = self.index
        ids, weights, _ = index.question_chars.query_vector(text)
        signals = {"question_chars": index.per_doc_max(index.question_chars.scores(ids, weights))}
        # Both word fields share the analyzer: analyse the question once.
        features = with_bigrams(self.query_terms(text) if terms is None else terms)
        for name in ("doc_words", "body_words"):
            field_ = getattr(index, name)
            ids, weights, _ = field_.query_vector(features)
            signals[name] = field_.scores(ids, weights)
        return signals

    def fuzzy(self, text: str, pool: np.ndarray) -> np.ndarray:
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


def _scaled(values: np.ndarray) -> np.ndarray:
    best = float(values.max()) if len(values) else 0.0
    return values / best if best > 0 else values


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, unordered (argpartition: no full sort)."""
    if len(scores) <= k:
        return np.arange(len(scores))
    return np.argpartition(-scores, k)[:k]
