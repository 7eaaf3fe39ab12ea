"""Rank docs for a question: the whole-doc word field over every doc picks a
bounded set of candidates; the answer field, character n-grams and rapidfuzz
score those candidates only; the signals are fused into one score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from .index import HybridIndex
from .kernels import scoring as _scoring
from .normalize import content_terms, with_bigrams


@dataclass(frozen=True)
class RetrievalParams:
    """Fusion weights and the candidate budget, chosen with `bench/tune.py`."""

    question_chars: float = 0.3
    doc_words: float = 0.2
    body_words: float = 0.1
    fuzzy: float = 0.4
    candidates: int = 50
    # Docs kept after the word and character scores, the only ones the fuzzy signal
    # sees (so also the most a ranking holds). 6 gave the same top-1 on the team set,
    # StackFAQ and synthetic collections but lost a LiveQA question (MRR@10 0.679 for
    # 0.710); with the token set ratio in C, the 8 more comparisons cost about 10 us.
    fuzzy_candidates: int = 10
    fuzzy_phrasings: int = 2  # per candidate: its phrasings closest in characters


class Candidate(NamedTuple):
    """One ranked doc: its fused score and the signals it was fused from (as
    `_scoring.rank_pool` gives them); `raw`, the fusion before scaling, keeps the
    absolute strength that confidence needs."""

    doc: int
    score: float
    question_chars: float
    doc_words: float
    body_words: float
    fuzzy: float
    raw: float


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
        field, character n-grams and rapidfuzz's token set ratio then score the
        pool only. The loops and the fusion run in `assistant.kernels` (C, or NumPy).
        """
        index, p = self.index, self.params
        words = index.normalizer.words(text)  # analysed once, for every signal
        terms = self._spelled_terms(content_terms(words))
        unknown = [t for t in terms if not index.known_term(t)]
        features = with_bigrams(terms)
        scores, lookup = index.scratch()
        char_ids = index.char_ids(words)
        pool, doc_words = _scoring.top_postings(
            index.doc_words.postings,
            index.doc_words.term_ids(features),
            p.candidates,
            scores,
            lookup,
        )
        if len(pool) < MIN_POOL:
            # Hardly a word in common (typos, other words): let characters find more.
            extra = self._char_pool(char_ids, set(pool))
            pool, doc_words = pool + extra, doc_words + [0.0] * len(extra)
        if not pool:
            return Ranking([], terms, unknown)
        # The answer field and the characters score the pool; the best few are kept
        # and compared with the question by the token set ratio (rapidfuzz's, in C),
        # each through its `fuzzy_phrasings` phrasings closest in characters.
        ranked = _scoring.rank_pool(
            index.body_words.rows,
            index.body_words.term_ids(features),
            index.question_chars.rows,
            char_ids,
            index.doc_row_start_,
            index.doc_row_stop_,
            pool,
            doc_words,
            (p.doc_words, p.body_words, p.question_chars, p.fuzzy),
            p.fuzzy_candidates,
            p.fuzzy_phrasings,
            lookup,
            " ".join(words),
            index.row_text_,
        )
        return Ranking(list(map(Candidate._make, ranked[:k])), terms, unknown)

    def _char_pool(self, char_ids: list[int], taken: set[int]) -> list[int]:
        """Docs, best first, whose phrasings are closest in characters, beyond `taken`."""
        index, k = self.index, self.params.candidates
        scores, lookup = index.scratch()
        # A doc may own several of the best rows: take more rows than docs are wanted.
        rows, _ = _scoring.top_postings(
            index.question_chars.postings, char_ids, 4 * k, scores, lookup
        )
        docs = dict.fromkeys(d for d in index.row_doc_[rows].tolist() if d not in taken)
        return list(docs)[:k]

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
