"""Rank docs for a question: the whole-doc word field over every doc picks a
bounded set of candidates; the answer field, character n-grams and rapidfuzz
score those candidates only; the signals are fused into one score."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .english_words import english_words
from .index import HybridIndex
from .kernels import scoring as _scoring
from .normalize import KEEP, STOP_WORDS, clean, stem, with_bigrams


@dataclass(frozen=True)
class RetrievalParams:
    """Fusion weights and the candidate budget, chosen with `bench/tune.py`."""

    question_chars: float = 0.5
    doc_words: float = 0.2
    body_words: float = 0.1
    fuzzy: float = 0.2
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
    words: list[str] = field(default_factory=list)  # the text's words (`Normalizer.words`)


# The stop words a misspelling may stand for (those that change a question stay).
_STOP_LIST = sorted(w for w in STOP_WORDS - KEEP if len(w) >= 4)
# A run of letters and digits (a word as `surface_words` reads it).
_WORD_RUN = re.compile(r"[a-z0-9]+")
# Fewer word-matched candidates than this and characters search every phrasing.
MIN_POOL = 5
# A real English word is read as an indexed one only when it begins as that one
# does, all but this many of its letters ("cuddly" as "cuddl", a form of the same
# word), never as a different word that looks alike ("bilingual" is not "build").
VARIANT_TAIL = 2
# What an English word may add to the indexed word it is read as: an inflection or
# a common ending ("cuddly" is "cuddl" + "y"), not any letters ("pasta" is not "past").
WORD_ENDINGS = frozenset(
    "s es ed d r st ing y ly ily ies ied er ers est ness ful al ally ive ively ion ions ation "
    "ations ment ments mental mentally ity ities".split()
)


def another_word(word: str, term: str) -> bool:
    """Whether `word`, which no doc holds, is an English word other than `term`:
    left as it is, it tells that the question asks about something else."""
    if not english_words().known([word]):
        return False
    prefix = len(os.path.commonprefix([word, term]))
    if prefix == len(term) < len(word):
        return word[prefix:] not in WORD_ENDINGS
    return prefix < max(4, len(term) - VARIANT_TAIL)


class Retriever:
    def __init__(self, index: HybridIndex, params: RetrievalParams | None = None):
        self.index = index
        self.params = params or RetrievalParams()
        self._spelling: dict[str, str | None] = {}
        self._stop_spelling: dict[str, bool] = {}
        self._respelled: dict[str, str | None] = {}
        self._by_length: dict[str, dict[int, list[str]]] = {}

    def search(self, text: str, k: int = 10) -> Ranking:
        """The top `k` docs for `text`, best first (empty when nothing matches).

        The whole-doc word field (its postings hold every word of a doc, answer
        included) picks a bounded pool of candidates from every doc; the answer
        field, character n-grams and rapidfuzz's token set ratio then score the
        pool only. The loops and the fusion run in `assistant.kernels` (C, or NumPy).
        """
        index, p = self.index, self.params
        words = index.normalizer.words(text)  # analysed once, for every signal
        # The word fields read misspelt words corrected before phrases are read
        # (`respelled`); the characters and the token set ratio see the words as
        # typed (read corrected, they moved StackFAQ's tech words: MRR@10 -0.002).
        respelled = self.respelled(text, words)
        terms = self.spelled_terms(
            words if respelled is text else index.normalizer.words(respelled)
        )
        unknown = [t for t in terms if not index.known_term(t)]
        features = with_bigrams(terms)
        scores, lookup = index.scratch()
        char_ids = index.char_ids(words)
        pool, doc_words = index.doc_words.top(
            index.doc_words.term_ids(features), p.candidates, scores, lookup
        )
        if len(pool) < MIN_POOL:
            # Hardly a word in common (typos, other words): let characters find more.
            extra = self._char_pool(char_ids, set(pool))
            pool, doc_words = pool + extra, doc_words + [0.0] * len(extra)
        if not pool:
            return Ranking([], terms, unknown, words)
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
            index.row_text_.packed,
        )
        return Ranking(list(map(Candidate._make, ranked[:k])), terms, unknown, words)

    def _char_pool(self, char_ids: list[int], taken: set[int]) -> list[int]:
        """Docs, best first, whose phrasings are closest in characters, beyond `taken`."""
        index, k = self.index, self.params.candidates
        scores, lookup = index.scratch()
        # A doc may own several of the best rows: take more rows than docs are wanted.
        rows, _ = index.question_chars.top(char_ids, 4 * k, scores, lookup)
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
        """The indexed word an unknown term misspells ("secruity"), or None. Words under
        five letters are read only as a word with one of its double letters typed once
        ("kis" as "kiss", "hapy" as "happy"), two neighbours swapped ("wrok") or, in
        four letters, one left out ("hlps"), the commonest slips in short words: a
        letter typed for another is left alone ("red" is not "read"). A real English
        word is never read as another (`another_word`, where it is called)."""
        written = self.misspelt(term)
        return self.index.spelling_words(term[0])[written] if written else None

    def misspelt(self, word: str) -> str | None:
        """The target of spelling correction (an indexed word or a synonym, as
        written) that `word` misspells, by `spelled`'s rules; or None."""
        if word.isdigit() or len(word) < 3:
            return None
        cached = self._spelling.get(word, False)
        if cached is False:
            if len(word) < 5:
                # Or, in four letters, two neighbours swapped ("wrok") or one left out.
                cached = self.doubled(word) or (
                    self.edited(word, 1, True) if len(word) == 4 else None
                )
            else:
                words = self.index.spelling_words(word[0])
                # Short words are nearer other real words: "paint" is 83 from "patient".
                cutoff = 80 if len(word) >= 7 else 88
                best = process.extractOne(
                    word, words.keys(), scorer=fuzz.ratio, score_cutoff=cutoff
                )
                # Else a letter typed for another, two swapped or a sound spelt as heard
                # ("theery", "routeen", "dauter"), which the ratio counts twice.
                cached = best[0] if best else self.edited(word, 1 if len(word) < 8 else 2)
            if len(self._spelling) < 100_000:
                self._spelling[word] = cached
        return cached

    def edited(self, word: str, most: int, swaps_only: bool = False) -> str | None:
        """The indexed word (or synonym), as written, fewest edits from `word`, at most
        `most` (optimal string alignment: a swap of neighbours is one edit), when every
        word that near stands for one term; else None. `swaps_only`, for four-letter
        words: only two neighbouring letters swapped ("wrok" for "work") or a letter
        left out ("hlps" for "helps"), never one letter typed for another ("sone")."""
        words = self.index.spelling_words(word[0])
        found = process.extract(
            word,
            self._near_length(word[0], len(word), most),
            scorer=OSA.distance,
            score_cutoff=most,
            limit=None,
        )
        if not found:
            return None
        nearest = min(d for _, d, _ in found)
        closest = [w for w, d, _ in found if d == nearest]
        if len({words[w] for w in closest}) != 1:
            return None
        if swaps_only:
            closest = [
                w
                for w in closest
                if (len(w) == len(word) and sorted(w) == sorted(word)) or len(w) == len(word) + 1
            ]
        return min(closest, default=None)

    def _near_length(self, initial: str, length: int, most: int) -> list[str]:
        """The spelling targets starting with `initial` whose length is within `most`
        of `length` (no others are that few edits away): a tenth of them to compare."""
        by_length = self._by_length.get(initial)
        if by_length is None:
            by_length = {}
            for target in self.index.spelling_words(initial):
                by_length.setdefault(len(target), []).append(target)
            self._by_length[initial] = by_length
        return [w for n in range(length - most, length + most + 1) for w in by_length.get(n, ())]

    def doubled(self, word: str) -> str | None:
        """The indexed word (as written) that is `word` with one of its letters
        doubled, or None."""
        words = self.index.spelling_words(word[0])
        for n in range(1, len(word) + 1):
            doubled = word[:n] + word[n - 1 :]
            if doubled in words:
                return doubled
        return None

    def misspelt_stop_word(self, word: str) -> bool:
        """Whether `word`, which no doc holds and no dictionary knows, misspells a
        stop word ("actualy", "realy", "becuase"): dropped like the word it means,
        not left as a rare word that no entry holds."""
        if len(word) < 4 or word.isdigit():
            return False
        cached = self._stop_spelling.get(word)
        if cached is None:
            cutoff = 88 if len(word) < 6 else 85
            near = process.extractOne(word, _STOP_LIST, scorer=fuzz.ratio, score_cutoff=cutoff)
            cached = near is not None and not english_words().known([word])
            if len(self._stop_spelling) < 100_000:
                self._stop_spelling[word] = cached
        return cached

    def query_terms(self, text: str) -> list[str]:
        """The question's content terms, misspelt ones replaced by the indexed word."""
        return self.spelled_terms(self.index.normalizer.words(self.respelled(text)))

    def respelled(self, text: str, words: list[str] | None = None) -> str:
        """`text` (lowercase) with each misspelt word replaced by the word it stands for
        as written ("cudle" -> "cuddle"), so that synonyms and phrases are read with
        the word, not the typo ("toilet trianing" still folds); `text` itself when
        nothing is misspelt. A word a doc holds, a synonym, a stop word or a real
        English word stays as typed (`spelled_terms` still reads a form of an
        indexed word afterwards)."""
        fixes = {}
        # `words`: the text's `Normalizer.words`, when read already (a misspelt word
        # is no synonym, so it is there as typed).
        for word in self.index.normalizer.words(text) if words is None else words:
            fixed = self._respelled.get(word, False)
            if fixed is False:
                fixed = self._written(word)
                if len(self._respelled) < 100_000:
                    self._respelled[word] = fixed
            if fixed:
                fixes[word] = fixed
        if not fixes:
            return text
        return _WORD_RUN.sub(lambda m: fixes.get(m.group(0), m.group(0)), clean(text).lower())

    def _written(self, word: str) -> str | None:
        """What `respelled` reads `word` as, or None to leave it."""
        if len(word) < 4 or not word.isalpha() or word in STOP_WORDS:
            return None
        normalizer = self.index.normalizer
        if word in normalizer.single or normalizer.read_as(word) != word:
            return None
        if self.index.known_term(stem(word)) or english_words().known([word]):
            return None
        if self.misspelt_stop_word(word):
            return None
        return self.misspelt(word)

    def spelled_terms(self, words: list[str]) -> list[str]:
        """The content terms of `words` (from `Normalizer.words`); a word whose stem
        no doc holds is corrected as typed ("secruity", not its stem "secruiti")."""
        known = self.index.known_term
        terms = []
        for word in words:
            if word in STOP_WORDS and word not in KEEP:
                continue
            term = stem(word)
            if not known(term):
                if self.misspelt_stop_word(word):
                    continue
                fixed = self.spelled(word) or self.spelled(term)
                if fixed is not None and not another_word(word, fixed):
                    term = fixed
            terms.append(term)
        return terms

    def sparse_signals(self, text: str, terms: list[str] | None = None) -> dict[str, np.ndarray]:
        """Every TF-IDF signal for every doc: the slow, complete path that
        `bench/tune.py` fits weights on (search scores the answer field and the
        characters of its candidates only, and scales them among those)."""
        index = self.index
        ids, weights = index.char_query(index.normalizer.words(text))
        signals = {"question_chars": index.per_doc_max(index.question_chars.scores(ids, weights))}
        return signals | self.word_signals(self.query_terms(text) if terms is None else terms)
