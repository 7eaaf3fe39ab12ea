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
    fuzzy_candidates: int = 10


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


# Fewer word-matched candidates than this and characters search every phrasing.
MIN_POOL = 5


class Retriever:
    def __init__(self, index: HybridIndex, params: RetrievalParams | None = None):
        self.index = index
        self.params = params or RetrievalParams()
        self._spelling: dict[str, str | None] = {}

    def search(self, text: str, k: int = 10) -> Ranking:
        """The top `k` docs for `text`, best first (empty when nothing matches).

        Word TF-IDF over every doc (term-major) picks a bounded pool of candidates;
        character n-grams and rapidfuzz then score the pool's phrasings only.
        """
        index, p = self.index, self.params
        terms = self.query_terms(text)
        unknown = [t for t in terms if not index.known_term(t)]
        words = self.word_signals(terms)
        # Each signal is scaled by its best value for this question before fusing, so
        # the weights compare rankings, not the signals' differing score ranges.
        word_score = p.doc_words * _scaled(words["doc_words"]) + p.body_words * _scaled(
            words["body_words"]
        )
        pool = _top(word_score, p.candidates)
        pool = pool[word_score[pool] > 0]
        char_ids, char_weights = index.char_query(text)
        if len(pool) < MIN_POOL:
            # Hardly a word in common (typos, other words): let characters find the pool.
            chars_all = index.per_doc_max(index.question_chars.scores(char_ids, char_weights))
            pool = np.union1d(pool, _top(chars_all, p.candidates)).astype(np.int64)
            pool = pool[(word_score[pool] > 0) | (chars_all[pool] > 0)]
        if len(pool) == 0:
            return Ranking([], terms, unknown)
        rows, firsts = self._rows_of(pool)
        chars = np.maximum.reduceat(
            index.question_chars.scores_of_rows(rows, char_ids, char_weights), firsts
        )
        # rapidfuzz, the costliest signal per candidate, sees the best few only.
        partial = word_score[pool] + p.question_chars * _scaled(chars)
        pool, chars = _best(pool, chars, partial, p.fuzzy_candidates)
        fuzzy = self.fuzzy(text, pool)
        final = word_score[pool] + p.question_chars * _scaled(chars) + p.fuzzy * _scaled(fuzzy)
        order = np.argsort(-final, kind="stable")[:k]
        candidates = []
        for i in order:
            parts = {
                "question_chars": float(chars[i]),
                "doc_words": float(words["doc_words"][pool[i]]),
                "body_words": float(words["body_words"][pool[i]]),
                "fuzzy": float(fuzzy[i]),
            }
            # The unscaled fusion keeps absolute strength, which confidence needs.
            parts["raw"] = sum(getattr(p, name) * value for name, value in parts.items())
            candidates.append(Candidate(int(pool[i]), float(final[i]), parts))
        return Ranking(candidates, terms, unknown)

    def _rows_of(self, pool: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The question rows of the pooled docs (each doc's rows together), and where
        each doc's rows start in that list (for `np.maximum.reduceat`)."""
        index = self.index
        starts = index.doc_row_start_[pool]
        lengths = index.doc_row_stop_[pool] - starts
        firsts = np.cumsum(lengths) - lengths
        rows = np.arange(int(lengths.sum())) + np.repeat(starts - firsts, lengths)
        return rows, firsts

    def word_signals(self, terms: list[str]) -> dict[str, np.ndarray]:
        """Both word fields' cosine for every doc, from the postings of `terms`."""
        features = with_bigrams(terms)
        signals = {}
        for name in ("doc_words", "body_words"):
            field_ = getattr(self.index, name)
            ids, weights = field_.query_vector(features)
            signals[name] = field_.scores(ids, weights)
        return signals

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
        return [
            t if known(t) else (self.spelled(t) or t) for t in self.index.normalizer.terms(text)
        ]

    def sparse_signals(self, text: str, terms: list[str] | None = None) -> dict[str, np.ndarray]:
        """Every TF-IDF signal for every doc: the slow, complete path that
        `bench/tune.py` fits weights on (search computes characters on its pool only)."""
        index = self.index
        ids, weights = index.question_chars.query_vector(text)
        signals = {"question_chars": index.per_doc_max(index.question_chars.scores(ids, weights))}
        return signals | self.word_signals(self.query_terms(text) if terms is None else terms)

    def fuzzy(self, text: str, pool: np.ndarray) -> np.ndarray:
        """Best token_set_ratio (0-1) of the question against each pooled doc's phrasings."""
        if len(pool) == 0:
            return np.zeros(0, np.float32)
        rows, firsts = self._rows_of(pool)
        query = " ".join(self.index.normalizer.words(text))
        row_text = self.index.row_text_
        ratios = (
            process.cdist(
                [query], [row_text[r] for r in rows], scorer=fuzz.token_set_ratio, dtype=np.float32
            )[0]
            / 100.0
        )
        return np.maximum.reduceat(ratios, firsts)


def _best(pool: np.ndarray, chars: np.ndarray, score: np.ndarray, k: int):
    if len(pool) <= k:
        return pool, chars
    keep = np.argpartition(-score, k)[:k]
    return pool[keep], chars[keep]


def _scaled(values: np.ndarray) -> np.ndarray:
    best = float(values.max()) if len(values) else 0.0
    return values / best if best > 0 else values


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, unordered (argpartition: no full sort)."""
    if len(scores) <= k:
        return np.arange(len(scores))
    return np.argpartition(-scores, k)[:k]
