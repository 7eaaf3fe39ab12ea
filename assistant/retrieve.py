"""Rank docs for a question: the whole-doc word field over every doc picks a
bounded set of candidates; the answer field, character n-grams and rapidfuzz
score those candidates only; the signals are fused into one score."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from .index import HybridIndex
from .normalize import content_terms, with_bigrams


@dataclass(frozen=True)
class RetrievalParams:
    """Fusion weights and the candidate budget, chosen with `bench/tune.py`."""

    question_chars: float = 0.3
    doc_words: float = 0.2
    body_words: float = 0.1
    fuzzy: float = 0.4
    candidates: int = 50
    fuzzy_candidates: int = 10
    fuzzy_phrasings: int = 2  # per candidate: its phrasings closest in characters


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

        The whole-doc word field (its postings hold every word of a doc, answer
        included) picks a bounded pool of candidates from every doc; the answer
        field, character n-grams and rapidfuzz then score the pool only.
        """
        index, p = self.index, self.params
        words = index.normalizer.words(text)  # analysed once, for every signal
        terms = self._spelled_terms(content_terms(words))
        unknown = [t for t in terms if not index.known_term(t)]
        features = with_bigrams(terms)
        doc_query = index.doc_words.query_vector(features)
        doc_all = index.doc_words.scores(*doc_query)
        pool = _top_positive(doc_all, p.candidates)
        char_ids, char_weights = index.char_query(words)
        if len(pool) < MIN_POOL:
            # Hardly a word in common (typos, other words): let characters find the pool.
            chars_all = index.per_doc_max(index.question_chars.scores(char_ids, char_weights))
            pool = np.union1d(pool, _top_positive(chars_all, p.candidates)).astype(np.int64)
        if len(pool) == 0:
            return Ranking([], terms, unknown)
        # The answer-only field is scored for the candidates alone, row by row.
        doc_words = doc_all[pool]
        body_words = index.body_words.scores_of_rows(pool, *index.body_words.query_vector(features))
        # Each signal is scaled by its best value for this question before fusing, so
        # the weights compare rankings, not the signals' differing score ranges.
        word_score = p.doc_words * _scaled(doc_words) + p.body_words * _scaled(body_words)
        rows, firsts = self._rows_of(pool)
        row_chars = index.question_chars.scores_of_rows(rows, char_ids, char_weights)
        chars = np.maximum.reduceat(row_chars, firsts)
        # rapidfuzz, the costliest signal per candidate, sees the best few docs only,
        # each through its `fuzzy_phrasings` phrasings closest in characters.
        keep = _top(word_score + p.question_chars * _scaled(chars), p.fuzzy_candidates)
        closest, owners = closest_rows(row_chars, firsts, keep, p.fuzzy_phrasings)
        pool, chars, word_score = pool[keep], chars[keep], word_score[keep]
        doc_words, body_words = doc_words[keep], body_words[keep]
        fuzzy = np.zeros(len(pool), np.float32)
        np.maximum.at(fuzzy, owners, self.fuzzy(words, rows[closest]))
        final = word_score + p.question_chars * _scaled(chars) + p.fuzzy * _scaled(fuzzy)
        # The unscaled fusion keeps absolute strength, which confidence needs.
        raw = (
            p.question_chars * chars
            + p.doc_words * doc_words
            + p.body_words * body_words
            + p.fuzzy * fuzzy
        )
        order = np.argsort(-final, kind="stable")[:k]
        columns = zip(
            pool[order].tolist(),
            final[order].tolist(),
            chars[order].tolist(),
            doc_words[order].tolist(),
            body_words[order].tolist(),
            fuzzy[order].tolist(),
            raw[order].tolist(),
            strict=True,
        )
        candidates = [
            Candidate(
                doc,
                score,
                {
                    "question_chars": c,
                    "doc_words": d,
                    "body_words": b,
                    "fuzzy": f,
                    "raw": r,
                },
            )
            for doc, score, c, d, b, f, r in columns
        ]
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
            words = self.index.spelling_words(term[0])
            best = process.extractOne(term, words.keys(), scorer=fuzz.ratio, score_cutoff=80)
            cached = words[best[0]] if best else None
            if len(self._spelling) < 100_000:
                self._spelling[term] = cached
        return cached

    def query_terms(self, text: str) -> list[str]:
        """The question's content terms, misspelt ones replaced by the indexed word."""
        return self._spelled_terms(self.index.normalizer.terms(text))

    def _spelled_terms(self, terms: list[str]) -> list[str]:
        known = self.index.known_term
        return [t if known(t) else (self.spelled(t) or t) for t in terms]

    def sparse_signals(self, text: str, terms: list[str] | None = None) -> dict[str, np.ndarray]:
        """Every TF-IDF signal for every doc: the slow, complete path that
        `bench/tune.py` fits weights on (search scores the answer field and the
        characters of its candidates only, and scales them among those)."""
        index = self.index
        ids, weights = index.char_query(index.normalizer.words(text))
        signals = {"question_chars": index.per_doc_max(index.question_chars.scores(ids, weights))}
        return signals | self.word_signals(self.query_terms(text) if terms is None else terms)

    def fuzzy(self, words: list[str], rows: np.ndarray) -> np.ndarray:
        """token_set_ratio (0-1) of the question's `words` against each phrasing row."""
        if len(rows) == 0:
            return np.zeros(0, np.float32)
        row_text = self.index.row_text_
        choices = [row_text[r] for r in rows.tolist()]
        query = " ".join(words)
        return (
            process.cdist([query], choices, scorer=fuzz.token_set_ratio, dtype=np.float32)[0]
            / 100.0
        )


def closest_rows(values: np.ndarray, firsts: np.ndarray, keep: np.ndarray, per_doc: int):
    """The `per_doc` best rows (by `values`) of each kept doc, and which kept doc
    (its position in `keep`) each belongs to. Doc i's rows start at firsts[i]."""
    stops = [*firsts[1:].tolist(), len(values)]
    starts = firsts.tolist()
    closest, owners = [], []
    for owner, i in enumerate(keep.tolist()):
        start, stop = starts[i], stops[i]
        if stop - start <= per_doc:
            best = range(start, stop)
        else:
            best = (start + np.argpartition(-values[start:stop], per_doc - 1)[:per_doc]).tolist()
        closest.extend(best)
        owners.extend([owner] * len(best))
    return np.array(closest, dtype=np.int64), np.array(owners, dtype=np.int64)


def _scaled(values: np.ndarray) -> np.ndarray:
    best = float(values.max()) if len(values) else 0.0
    return values / best if best > 0 else values


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, unordered (argpartition: no full sort)."""
    if len(scores) <= k:
        return np.arange(len(scores))
    return np.argpartition(-scores, k)[:k]


def _top_positive(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest positive scores (fewer if fewer are positive), unordered.

    On a long array, the k-th largest of its blocks' maxima is a lower bound of its
    k-th largest value (k values reach it), so only the values above that bound are
    partitioned: a third of the cost of `np.argpartition` at 100,000 docs.
    """
    n = len(scores)
    candidates = None
    if n > 128 * k:
        maxima = np.maximum.reduceat(scores, np.arange(0, n, n // (4 * k)))
        bound = np.partition(maxima, len(maxima) - k)[len(maxima) - k]
        if bound > 0:
            candidates = np.flatnonzero(scores >= bound)
    if candidates is None:
        candidates = np.flatnonzero(scores > 0)
    if len(candidates) > k:
        candidates = candidates[np.argpartition(scores[candidates], len(candidates) - k)[-k:]]
    return candidates
