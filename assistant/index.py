"""The search index: TF-IDF fields stored term-major, so a question only touches
the postings of its own terms, never every entry, and row-major, so a candidate's
own terms are read without a search.

scikit-learn fits the vocabulary and IDF at index time; at question time the
question's terms are looked up in the vocabulary and `assistant._scoring` weighs
them as `TfidfVectorizer.transform` would and scores the rows in C.
"""

from __future__ import annotations

import bisect
import gc
import math
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import NamedTuple

import numpy as np

from .kernels import scoring as _scoring
from .normalize import char_grams, content_terms, stem

# The arrays a SparseField is made of (`row_data_` saved only when not coded).
FIELD_ARRAYS = (
    "idf_",
    "indptr_",
    "indices_",
    "data_",
    "row_indptr_",
    "row_terms_",
    "row_data_",
    "term_max_",
)
# A field's row-major terms and weights coded as postings that hold a term id in
# their low bits and its count above them (uint16 when both fit, else uint32; see
# `pack_postings`), the counts' sublinear tf (float32, 256) and each row's l2 norm
# (float64): the weights are decoded, to the bit, from no byte of their own (see
# `_weigh`). A coded field saves these instead of `ROW_ARRAYS`.
CODED_ARRAYS = ("row_postings_", "tf_", "row_norms_")
ROW_ARRAYS = ("row_terms_", "row_data_")
# The arrays of ids a saved index must keep in range (the C scoring trusts them); a
# coded field's counts too ("row_counts_", at most 255: they index `tf_`).
ID_ARRAYS = ("indices_", "row_terms_")
# A vocabulary this small keeps its row-major term ids as uint16: half the bytes of
# the arrays a question reads most (a candidate's character n-grams).
NARROW_TERMS = 1 << 16


# Below this many postings of frequent terms, reading them costs less than the
# bound's bookkeeping (at 10,000 entries: 0.21 ms a question read in full, 0.54 ms
# with the bound).
BOUND_WORTH_POSTINGS = 50_000


class SparseField:
    """One TF-IDF field (sublinear tf, l2-normalised rows) with term-major postings.

    Every term keeps its postings: a question's every word counts. Terms found in
    more than `max_df` of the rows ("frequent") carry little IDF weight yet would
    make every question touch most of the collection, so `top` picks candidates
    from the other terms first and adds the frequent ones exactly (see `top`).
    """

    def __init__(self, analyzer: Callable[[str], list[str]], *, max_df: float = 1.0):
        self.analyzer = analyzer
        self.max_df = max_df

    def fit(
        self,
        texts: Sequence[str],
        features: Iterable[list[str]] | None = None,
    ) -> SparseField:
        """Learn vocabulary and IDF from `texts` (or from their `features`, already
        analysed, when the caller has them) and build the postings."""
        if features is None:
            features = map(self.analyzer, texts)
        return self.fit_counts(*count_features(features))

    def fit_counts(self, terms: list[str], counts) -> SparseField:
        """Learn IDF and weights from `counts` (scipy CSR, float32), whose columns are
        `terms` in alphabetical order, as scikit-learn's `CountVectorizer` numbers
        them (see `count_features`). The weights are those of
        `TfidfVectorizer(sublinear_tf=True, dtype=float32)` to the bit
        (tests/test_index_build.py), computed as its `TfidfTransformer` computes them
        (`_smooth_idf`, `_weigh`): importing scikit-learn alone took 0.8 s of CPU, a
        tenth of a 100,000-entry build, and a saved index loads without it."""
        n_rows = counts.shape[0]
        if not terms:  # no text produced a single term
            self._set([], np.zeros(0, np.float32), counts, n_rows)
            return self
        # The counts, before `_weigh` overwrites them with weights.
        codes = counts.data.astype(np.uint8) if counts.data.max(initial=0) < 256 else None
        idf = _smooth_idf(counts)
        norms = _weigh(counts, idf)
        self._set(terms, idf, counts, n_rows, codes, norms)
        return self

    def _set(
        self, terms: list[str], idf: np.ndarray, matrix, n_rows: int, codes=None, norms=None
    ) -> None:
        """Keep `matrix` (CSR, rows by terms) row-major and term-major; `codes`, the
        counts it was weighed from (uint8, in its order), with each row's l2 `norms`
        code its row-major weights."""
        from scipy import sparse

        rows = sparse.csr_matrix(matrix)  # row-major term ids: which terms a row holds
        # Made anew, so scipy checks whether each row's ids are sorted: a matrix
        # renumbered in place (scikit-learn's, in the tests) may keep a stale flag.
        rows = sparse.csr_matrix((rows.data, rows.indices, rows.indptr), rows.shape)
        # Coded when every weight decodes from its count and a posting holds both.
        if codes is None or term_shift(len(terms)) > 24:
            norms = None
        # Each row's terms sorted (alphabetically), with its weights or, when coded,
        # its counts.
        by_row = rows
        if norms is not None:  # the counts, not the weights (ids copied if sorted below)
            ids = rows.indices if rows.has_sorted_indices else rows.indices.copy()
            by_row = sparse.csr_matrix((codes, ids, rows.indptr), rows.shape)
        csc = rows.tocsc()  # term-major: each term's rows (in order whatever the rows')
        by_row.sort_indices()
        csc.sort_indices()
        term_max = np.zeros(len(terms), np.float32)  # each term's largest weight
        lengths = np.diff(csc.indptr)
        if csc.nnz:
            used = lengths > 0
            term_max[used] = np.maximum.reduceat(csc.data, csc.indptr[:-1][used])
        arrays = {
            "idf_": idf,
            "indptr_": csc.indptr,
            "indices_": csc.indices,
            "data_": csc.data,
            "row_indptr_": by_row.indptr,
            "term_max_": term_max,
        }
        if norms is None:
            terms_type = _term_type(len(terms))
            arrays |= {"row_terms_": by_row.indices.astype(terms_type), "row_data_": by_row.data}
        else:  # the weights are decoded from now on, as from a saved index
            postings = pack_postings(by_row.indices, by_row.data, len(terms))
            arrays |= {"row_postings_": postings, "tf_": _sublinear_tf(), "row_norms_": norms}
        self.restore(terms, n_rows, arrays)

    def restore(
        self,
        terms: list[str],
        n_rows: int,
        arrays: dict[str, np.ndarray],
        id_ranges: dict[str, tuple[int, int]] | None = None,
    ) -> SparseField:
        """Set the learned state from plain arrays (after `fit`, or from a saved index).

        `id_ranges` gives the smallest and largest id of the `ID_ARRAYS` when the
        caller read them from a file without mapping them into memory (a saved
        index's arrays are memory-mapped: only the pages a question reads are)."""
        self.n_rows_ = n_rows
        self.terms_ = np.array(terms, dtype=object)
        self.vocabulary_ = {term: number for number, term in enumerate(terms)}
        types = {
            "idf_": np.float32,
            "indptr_": np.int64,
            "indices_": np.int32,
            "data_": np.float32,
            "row_indptr_": np.int64,
            "row_terms_": np.int32,
            "row_data_": np.float32,
            "term_max_": np.float32,
        }
        self.coded = all(name in arrays for name in CODED_ARRAYS)
        if self.coded:
            if arrays["row_postings_"].dtype not in (np.uint16, np.uint32):
                raise ValueError("a field's coded postings are neither uint16 nor uint32")
            given = arrays["row_postings_"].dtype.type
            types |= {"row_postings_": given, "tf_": np.float32, "row_norms_": np.float64}
        else:
            types["row_terms_"] = _term_type(len(terms), arrays["row_terms_"].dtype)
        for name in self.stored_names():
            setattr(self, name, np.ascontiguousarray(arrays[name], dtype=types[name]))
        if self.coded and (len(self.tf_) != 256 or len(self.row_norms_) != n_rows):
            raise ValueError("a field's coded weights do not fit")
        ranges = id_ranges or self._id_ranges()
        _check_pointers(self.indptr_, self.indices_, self.data_, len(terms), n_rows)
        if self.coded:  # the field as `assistant._scoring` reads it by row
            self.rows = (self.idf_, self.row_indptr_, self.row_postings_, self.tf_, self.row_norms_)
        else:
            self.rows = (self.idf_, self.row_indptr_, self.row_terms_, self.row_data_)
        row_values = self.row_postings_ if self.coded else self.row_data_  # one a posting
        _check_pointers(self.row_indptr_, self.rows[2], row_values, n_rows, len(terms))
        if not (_within(ranges["indices_"], n_rows) and _within(ranges["row_terms_"], len(terms))):
            raise ValueError("the index arrays are inconsistent")
        if self.coded and not _within(ranges["row_counts_"], 256):
            raise ValueError("the index arrays are inconsistent")
        if len(self.idf_) != len(terms) or len(self.term_max_) != len(terms):
            raise ValueError("a field's IDF does not match its vocabulary")
        # The field as `assistant._scoring` reads it by term.
        self.postings = (self.idf_, self.indptr_, self.indices_, self.data_)
        # Frequent terms (in more than max_df of the rows), each with its largest
        # weight in any row: its MaxScore bound (see `top`).
        lengths = np.diff(self.indptr_)
        self.frequent_terms_: dict[int, float] = {}
        if self.max_df < 1.0 and len(lengths):
            for term in np.flatnonzero(lengths > max(1, self.max_df * n_rows)).tolist():
                self.frequent_terms_[term] = float(self.term_max_[term])
        if self.frequent_terms_:  # Python numbers: no numpy scalar per look-up
            self.idf_list_ = self.idf_.tolist()
            self.indptr_list_ = self.indptr_.tolist()
        return self

    def stored_names(self) -> list[str]:
        """The names of the arrays this field keeps: a coded field's `CODED_ARRAYS`
        instead of its row-major terms and weights."""
        if not self.coded:
            return list(FIELD_ARRAYS)
        return [n for n in FIELD_ARRAYS if n not in ROW_ARRAYS] + list(CODED_ARRAYS)

    def _id_ranges(self) -> dict[str, tuple[int, int]]:
        """The ranges `restore` checks, from the arrays themselves."""
        if not self.coded:
            return {name: _id_range(getattr(self, name)) for name in ID_ARRAYS}
        terms, counts = unpack_postings(self.row_postings_, len(self.idf_))
        return {
            "indices_": _id_range(self.indices_),
            "row_terms_": _id_range(terms),
            "row_counts_": _id_range(counts),
        }

    @cached_property
    def row_terms_(self) -> np.ndarray:
        """A coded field's row-major term ids, decoded (for tests and tools: serving
        reads the postings)."""
        terms, _ = unpack_postings(self.row_postings_, len(self.idf_))
        return terms.astype(_term_type(len(self.idf_)))

    @cached_property
    def row_counts_(self) -> np.ndarray:
        """A coded field's row-major counts, decoded (uint8)."""
        _, counts = unpack_postings(self.row_postings_, len(self.idf_))
        return counts.astype(np.uint8)

    @cached_property
    def row_data_(self) -> np.ndarray:
        """A coded field's row-major weights, decoded (float32, as the kernels do)."""
        rows = np.repeat(np.arange(self.n_rows_), np.diff(self.row_indptr_))
        weighed = self.tf_[self.row_counts_] * self.idf_[self.row_terms_]
        return (weighed.astype(np.float64) / self.row_norms_[rows]).astype(np.float32)

    def saved_arrays(self) -> dict[str, np.ndarray]:
        """The arrays `assistant.persist` saves: a coded field's weights as codes."""
        return {name: getattr(self, name) for name in self.stored_names()}

    def top(
        self, raw_ids: list[int], k: int, scores: np.ndarray, lookup: np.ndarray
    ) -> tuple[list[int], list[float]]:
        """`_scoring.top_postings` over every term of the query, exactly, without
        reading the long postings of frequent terms when a bound proves them harmless.

        The other terms pick 2k rows; the frequent terms' weights are added to those
        rows exactly; a row outside them scores at most the last one's share plus
        every frequent term's largest weight (MaxScore). When the k-th exact score
        beats that bound the k best are known; otherwise every posting is read.
        """
        frequent = self.frequent_terms_
        if not frequent or frequent.keys().isdisjoint(raw_ids):
            return _scoring.top_postings(self.postings, raw_ids, k, scores, lookup)
        kept = [t for t in raw_ids if t not in frequent]
        indptr = self.indptr_list_
        skipped = sum(indptr[t + 1] - indptr[t] for t in set(raw_ids) if t in frequent)
        if not kept or skipped < BOUND_WORTH_POSTINGS:
            return _scoring.top_postings(self.postings, raw_ids, k, scores, lookup)
        rows, kept_scores = _scoring.top_postings(self.postings, kept, 2 * k, scores, lookup)
        counts: dict[int, int] = {}
        for term in raw_ids:
            counts[term] = counts.get(term, 0) + 1
        idf = self.idf_list_
        weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in counts.items()}
        full = math.sqrt(sum(w * w for w in weights.values()))
        share = math.sqrt(sum(w * w for t, w in weights.items() if t not in frequent)) / full
        row_array = np.asarray(rows, np.int32)  # the postings' type: no copy to search
        exact = np.asarray(kept_scores, np.float64) * share
        bound = kept_scores[-1] * share if len(rows) == 2 * k else 0.0
        for term, weight in weights.items():
            if term not in frequent:
                continue
            start, stop = self.indptr_list_[term], self.indptr_list_[term + 1]
            posted = self.indices_[start:stop]
            at = np.minimum(np.searchsorted(posted, row_array), stop - start - 1)
            hit = posted[at] == row_array
            exact += np.where(hit, self.data_[start + at], 0.0) * (weight / full)
            bound += frequent[term] * weight / full
        order = np.lexsort((row_array, -exact))[:k]
        if len(order) == k and exact[order[-1]] > bound:
            return row_array[order].tolist(), exact[order].astype(np.float32).tolist()
        return _scoring.top_postings(self.postings, raw_ids, k, scores, lookup)

    def posted(self, row: int, ids: list[int]) -> list[bool]:
        """Whether each term id's postings list `row` (an id below zero never does): a
        binary search of each term's rows, which are sorted; `_scoring.holds` on the
        row-major arrays answers the same."""
        rows, pointers = self._posting_views
        found = []
        for term in ids:
            start, stop = (pointers[term], pointers[term + 1]) if term >= 0 else (0, 0)
            at = bisect.bisect_left(rows, row, start, stop)
            found.append(at < stop and rows[at] == row)
        return found

    @cached_property
    def _posting_views(self) -> tuple[memoryview, memoryview]:
        """The postings' rows and pointers as memoryviews: indexed from Python without
        a numpy scalar per read."""
        return memoryview(self.indices_), memoryview(self.indptr_)

    def term_ids(self, features: list[str]) -> list[int]:
        """The ids of the analysed `features` in the vocabulary, repeats kept: the raw
        query that `assistant._scoring` weighs."""
        vocabulary = self.vocabulary_
        return [vocabulary[f] for f in features if f in vocabulary]

    def query_vector(self, text: str | list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and l2-normalised weights of `text` (or of features already analysed)."""
        return self.vector(self.term_ids(self.analyzer(text) if isinstance(text, str) else text))

    def vector(self, raw_ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Distinct term ids and their l2-normalised weights, from raw ids."""
        ids, counts = np.unique(np.asarray(raw_ids, np.int64), return_counts=True)
        return ids, self.weigh(ids, counts.astype(np.float32))

    def weigh(self, ids: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Sublinear tf times IDF, l2-normalised: the query side of the cosine."""
        if len(ids) == 0:
            return np.zeros(0, np.float32)
        weights = (1.0 + np.log(counts, dtype=np.float32)) * self.idf_[ids]
        return weights / np.float32(math.sqrt(weights @ weights))

    def scores(self, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query vector with every row (zero where untouched):
        the complete signal `bench/tune.py` fits on; questions go through
        `assistant._scoring`, which keeps the best rows only."""
        scores = np.zeros(self.n_rows_, np.float32)
        for term, weight in zip(ids.tolist(), weights.tolist(), strict=True):
            start, stop = self.indptr_[term], self.indptr_[term + 1]
            scores[self.indices_[start:stop]] += self.data_[start:stop] * np.float32(weight)
        return scores

    def transform_reference(self, texts: Sequence[str]):
        """The slow scikit-learn path, kept so tests can check the fast one against it."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=self.analyzer, sublinear_tf=True, dtype=np.float32)
        vectorizer.vocabulary_ = self.vocabulary_
        vectorizer.idf_ = self.idf_
        return vectorizer.transform(texts)


def count_features(features: Iterable[list[str]]) -> tuple[list[str], object]:
    """Each row's count of each feature: the distinct features in alphabetical order
    (as scikit-learn's `CountVectorizer` numbers them), and a CSR matrix (float32)
    over them, each row's in increasing order."""
    vocabulary = _numbering()
    ids, indptr = array("i"), array("q", [0])
    for row in features:
        ids.extend(map(vocabulary.__getitem__, row))
        indptr.append(len(ids))
    return _alphabetical_counts(list(vocabulary), ids, indptr)


def _numbering() -> defaultdict[str, int]:
    """A dict that numbers each new key as it is first read (0, 1, 2...)."""
    numbers: defaultdict[str, int] = defaultdict()
    numbers.default_factory = numbers.__len__
    return numbers


def _numbered_rows(rows: Iterable[Iterable[str]]):
    """Each row's items numbered in order of first appearance: the numbering
    (`_numbering`), the ids row after row (int32) and where each row starts (int64)."""
    numbers = _numbering()
    ids, indptr = array("i"), array("q", [0])
    for row in rows:
        ids.extend(map(numbers.__getitem__, row))
        indptr.append(len(ids))
    return numbers, ids, indptr


def count_char_grams(row_words: Sequence[list[str]]) -> tuple[list[str], object]:
    """`count_features` of the rows' character n-grams (`char_grams` of each word),
    without cutting a word twice: rows by words times words by n-grams."""
    words, ids, indptr = _numbered_rows(row_words)
    # Words in order of first appearance give the n-grams in theirs.
    grams, gram_ids, gram_indptr = _numbered_rows(map(char_grams, words))
    terms, renumber = _alphabetical(list(grams), np.arange(len(grams), dtype=np.int32))
    by_word = _count_matrix(renumber[np.frombuffer(gram_ids, np.int32)], gram_indptr, len(terms))
    return terms, _product_counts(ids, indptr, by_word)


def _product_counts(part_ids: array, indptr: array, by_part):
    """Each row's counts (CSR, float32, each row's in increasing order) from the
    parts it lists (`part_ids`, a row's from `indptr`) and each part's (`by_part`)."""
    by_row = _count_matrix(np.frombuffer(part_ids, np.int32), indptr, by_part.shape[0])
    counts = by_row @ by_part
    counts.sort_indices()
    return counts


def _alphabetical(terms: list[str], ids: np.ndarray) -> tuple[list[str], np.ndarray]:
    """`terms` sorted, and `ids` (numbers in `terms`) renumbered in the sorted list."""
    order = sorted(range(len(terms)), key=terms.__getitem__)
    renumber = np.empty(len(terms), dtype=np.int32)
    renumber[order] = np.arange(len(terms), dtype=np.int32)
    return [terms[i] for i in order], renumber[ids]


def _alphabetical_counts(terms: list[str], ids: array, indptr: array) -> tuple[list[str], object]:
    """The terms sorted and each row's counts of them (see `count_features`)."""
    terms, ids = _alphabetical(terms, np.frombuffer(ids, np.int32))
    return terms, _count_matrix(ids, indptr, len(terms))


def _count_matrix(ids: np.ndarray, indptr: array, n_columns: int):
    """CSR counts (float32, exact) of the column ids each row lists, repeats summed,
    each row's in increasing order."""
    indptr = np.frombuffer(indptr, np.int64)
    rows = np.repeat(np.arange(len(indptr) - 1, dtype=np.int32), np.diff(indptr))
    return _count_pairs(rows, ids, (len(indptr) - 1, n_columns))


def _count_pairs(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]):
    """CSR counts (float32, exact) of each (row, column) listed, each row's in
    increasing order."""
    from scipy import sparse

    counts = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, columns)), shape=shape)
    counts.sum_duplicates()
    return counts


def count_word_features(
    rows: Iterable[Sequence[str]], terms_of: Callable[[str], list[str]]
) -> tuple[list[str], object]:
    """`count_features` of rows made of texts, a text's features being its terms
    (`terms_of`) and each adjacent pair of them, as `with_bigrams` makes them (the
    word fields' analyzer, `Normalizer.word_features`): rows by texts times texts by
    features. A text that repeats (an answer several entries share) is analysed
    once, and the pairs are numbered in numpy: made as strings, each once."""
    texts, text_ids, indptr = _numbered_rows(rows)
    terms, term_ids, term_indptr = _numbered_rows(map(terms_of, texts))
    names = list(terms)
    ids = np.frombuffer(term_ids, np.int32)
    lengths = np.diff(np.frombuffer(term_indptr, np.int64))
    owner = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
    paired = owner[1:] == owner[:-1]  # a term and the next one in the same text
    pairs = ids[:-1][paired].astype(np.int64) * len(names) + ids[1:][paired]
    pairs, pair_ids = np.unique(pairs, return_inverse=True)
    firsts, seconds = np.divmod(pairs, len(names))
    names += [
        f"{names[a]} {names[b]}" for a, b in zip(firsts.tolist(), seconds.tolist(), strict=True)
    ]
    # A term may hold a space (a synonym's canonical phrase): the same feature as a pair.
    features = _numbering()
    same = np.array([features[name] for name in names], dtype=np.int32)
    features, columns = _alphabetical(list(features), same)
    by_text = _count_pairs(
        np.concatenate([owner, owner[:-1][paired]]),
        columns[np.concatenate([ids, len(terms) + pair_ids.astype(np.int32)])],
        (len(texts), len(features)),
    )
    return features, _product_counts(text_ids, indptr, by_text)


def _each_once(
    function: Callable[[str], list[str]], texts: list[str], done: dict | None = None
) -> list:
    """`function` of each of `texts`, computed once for texts that repeat (answers
    shared by several entries); repeats share one result, which is only read.
    `done` (text -> result) is filled for the caller when given."""
    done = {} if done is None else done
    return [done[t] if t in done else done.setdefault(t, function(t)) for t in texts]


def _sublinear_tf() -> np.ndarray:
    """1 + ln(count) for counts 0-255 in float32, as `TfidfTransformer` computes it
    (numpy's float32 log); a count of zero is never stored."""
    counts = np.arange(256, dtype=np.float32)
    counts[0] = 1.0
    tf = np.log(counts) + np.float32(1.0)
    tf[0] = 0.0
    return tf


def _smooth_idf(counts) -> np.ndarray:
    """The IDF of each column of `counts` (CSR, float32, no explicit zero) as
    `TfidfTransformer(smooth_idf=True)` learns it: ln((n + 1) / (df + 1)) + 1, in
    float32 as the counts are."""
    df = np.zeros(counts.shape[1], np.int64)
    for start in range(0, counts.nnz, 1 << 20):  # blocks: no copy of every id as int64
        df += np.bincount(counts.indices[start : start + (1 << 20)], minlength=len(df))
    df = df.astype(np.float32)
    idf = np.full(len(df), counts.shape[0] + 1, np.float32) / (df + np.float32(1.0))
    return np.log(idf) + np.float32(1.0)


def _weigh(counts, idf: np.ndarray) -> np.ndarray:
    """Turn `counts` (CSR, float32) into TF-IDF weights in place, as
    `TfidfTransformer(sublinear_tf=True)` transforms them, to the bit: (1 + ln count)
    * idf in float32, a row's float32 squares summed in float64, each weight divided
    by the sum's root in float64 and rounded to float32. Returns those roots (each
    row's l2 norm, which decodes the weights from the counts).

    A block of rows at a time (a bounded copy). The transformer sums a row one term
    after another, this at once (pairwise): the same sum, since every weight is at
    least 1 (so its square is a multiple of 2**-23), which float64 adds exactly in
    any order while the sum stays under 2**30 (tens of thousands of terms a row)."""
    indptr, data, norms = counts.indptr, counts.data, np.zeros(counts.shape[0], np.float64)
    bounds = np.unique(np.searchsorted(indptr, np.arange(0, indptr[-1], 1 << 20), "right") - 1)
    for first, last in zip(bounds.tolist(), [*bounds[1:].tolist(), counts.shape[0]], strict=True):
        start, stop = int(indptr[first]), int(indptr[last])
        lengths = np.diff(indptr[first : last + 1])
        weighed = data[start:stop]  # a view: weighed in place
        np.log(weighed, out=weighed)
        weighed += np.float32(1.0)
        weighed *= idf[counts.indices[start:stop]]
        held = lengths > 0
        sums = np.zeros(last - first, np.float64)
        squares = (weighed * weighed).astype(np.float64)
        sums[held] = np.add.reduceat(squares, indptr[first:last][held] - start)
        norms[first:last] = np.sqrt(sums)
        weighed[:] = weighed.astype(np.float64) / np.repeat(norms[first:last], lengths)
    return norms


def term_shift(n_terms: int) -> int:
    """The low bits of a coded posting that hold its term id: those the largest id
    needs, at least one (the C and NumPy kernels compute it alike)."""
    return max(1, (n_terms - 1).bit_length())


def pack_postings(terms: np.ndarray, counts: np.ndarray, n_terms: int) -> np.ndarray:
    """Each term id with its count (uint8) above it, `term_shift` bits up (at most 24):
    uint16 when every posting fits, else uint32."""
    shift = term_shift(n_terms)
    narrow = shift < 16 and int(counts.max(initial=0)) < 1 << (16 - shift)
    kind = np.uint16 if narrow else np.uint32
    return (counts.astype(kind) << kind(shift)) | terms.astype(kind)


def unpack_postings(postings: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
    """The term ids and counts `pack_postings` packed."""
    shift = term_shift(n_terms)
    kind = postings.dtype.type
    return postings & kind((1 << shift) - 1), postings >> kind(shift)


def _term_type(n_terms: int, given=np.uint16) -> type:
    """The row-major term ids' type: uint16 when the vocabulary allows and the ids
    are given so (a saved index keeps the type it was built with), else int32."""
    return np.uint16 if n_terms <= NARROW_TERMS and given == np.uint16 else np.int32


def _check_pointers(pointers, items, values, lists: int, bound: int) -> None:
    """ValueError unless `pointers` cut `items` into `lists` lists (the items' range
    is checked apart, see `restore`): the C scoring trusts these arrays, and a saved
    index that breaks them must be rebuilt, not crash a worker."""
    if (
        len(pointers) != lists + 1
        or pointers[0] != 0
        or pointers[-1] != len(items)
        or len(items) != len(values)
        or (np.diff(pointers) < 0).any()
    ):
        raise ValueError("the index arrays are inconsistent")


def _id_range(ids: np.ndarray) -> tuple[int, int]:
    """The smallest and largest of `ids` ((0, -1) when there are none)."""
    return (int(ids.min()), int(ids.max())) if len(ids) else (0, -1)


def _within(id_range: tuple[int, int], bound: int) -> bool:
    """Whether ids in `id_range` are all in [0, bound)."""
    low, high = id_range
    return high < low or (low >= 0 and high < bound)


@contextmanager
def collector_paused():
    """The cyclic garbage collector held off: building or loading an index makes
    millions of small lists, strings and tuples, none in a cycle, and each of the
    collector's passes over them (the older generations hold every FAQ entry)
    costs time and finds nothing. Usable as a decorator."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class RowTexts(Sequence[str]):
    """The rows' texts in one UTF-8 buffer with each row's start: at 100,000 entries
    300,000 rows cost 15 MB so, twice that as str objects. A row (or a slice) is
    decoded when read; `packed` is what `_scoring.rank_pool` reads them from."""

    def __init__(self, blob: bytes, offsets: np.ndarray):
        self.blob = blob
        self.offsets = np.ascontiguousarray(offsets, dtype=np.int64)
        if (
            len(self.offsets) == 0
            or self.offsets[0] != 0
            or self.offsets[-1] != len(blob)
            or (np.diff(self.offsets) < 0).any()
        ):
            raise ValueError("the row texts are inconsistent")
        self.packed = (np.frombuffer(blob, np.uint8), self.offsets)

    @classmethod
    def of(cls, texts: Sequence[str]) -> RowTexts:
        encoded = [text.encode("utf-8") for text in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        return cls(b"".join(encoded), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self[row] for row in range(*item.indices(len(self)))]
        row = range(len(self))[item]  # IndexError past the end, negative from it
        return self.blob[self.offsets[row] : self.offsets[row + 1]].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        bounds, blob = self.offsets.tolist(), self.blob
        return (blob[a:b].decode("utf-8") for a, b in zip(bounds, bounds[1:], strict=False))


class IndexedDoc(NamedTuple):
    """What the index needs to know about one answerable unit (a named tuple: a
    100,000-entry collection makes 100,000 of them at every start)."""

    source_id: str
    title: str
    questions: tuple[str, ...]  # phrasings matched as questions (FAQ question + alternates)
    body: str  # the text that answers (FAQ answer, passage with its heading)
    # A passage's sentences: matched one by one like phrasings (the best one is the
    # evidence an answer highlights), but not counted again in the word fields.
    sentences: tuple[str, ...] = ()

    def rows(self) -> tuple[str, ...]:
        """The texts matched one by one: phrasings (or the title), then sentences."""
        return (*(self.questions or (self.title,)), *self.sentences)


class HybridIndex:
    """Three TF-IDF fields, each term-major: character n-grams of every phrasing
    (question rows), words of the whole doc (phrasings and answer), words of the
    answer alone. Weights between them are chosen in `bench/tune.py`.

    Rows of one doc are contiguous, so per-doc maxima are one `np.maximum.reduceat`.
    """

    def __init__(
        self,
        normalizer,
        *,
        char_max_df: float = 0.2,
        word_max_df: float = 0.5,
        word_max_docs: int = 5000,
        word_min_max_df: float = 0.2,
    ):
        self.normalizer = normalizer
        self.char_max_df = char_max_df
        self.word_max_df = word_max_df
        self.word_max_docs = word_max_docs
        self.word_min_max_df = word_min_max_df
        # Filled as questions come: each word's n-gram ids, and the spelling targets
        # by initial (built on the first unknown word).
        self._char_cache: dict[str, tuple[int, ...]] = {}
        self._spelling_words: dict[str, dict[str, str]] | None = None
        self._local = threading.local()  # per-thread scratch buffers

    FIELDS = ("question_chars", "doc_words", "body_words")

    def options(self) -> dict:
        return {
            "char_max_df": self.char_max_df,
            "word_max_df": self.word_max_df,
            "word_max_docs": self.word_max_docs,
            "word_min_max_df": self.word_min_max_df,
        }

    def word_df_share(self, n_docs: int) -> float:
        """The share of docs a word may be in and keep its postings: `word_max_df`,
        but at most `word_max_docs` docs and never under `word_min_max_df`.

        Up to 10,000 docs that is half of them. On 100,000 synthetic entries the
        common words left at a fifth cost top-1 0.003 and halve the postings a
        question touches (bench/README.md); on the team's and StackFAQ's small
        collections a fifth cost 0.01 of top-1, so small collections keep half.
        """
        if n_docs == 0:
            return self.word_max_df
        return max(self.word_min_max_df, min(self.word_max_df, self.word_max_docs / n_docs))

    def fit(self, docs: Sequence[IndexedDoc]) -> HybridIndex:
        rows, row_doc, doc_texts = [], [], []
        for number, doc in enumerate(docs):  # each doc read once (engine.EntryDocs makes it)
            texts = doc.rows()
            rows.extend(texts)
            row_doc.extend([number] * len(texts))
            doc_texts.append((*doc.questions, doc.body))  # its whole-doc word field's texts
        norm = self.normalizer
        # Each text is analysed once, however often it repeats: a phrasing's words make
        # its row text, its character n-grams and its share of the whole-doc word
        # field. Each field is counted, weighed and stored before the next one is made.
        words_of: dict[str, list[str]] = {}
        row_words = _each_once(norm.words, rows, words_of)
        # A row's text is its distinct words, sorted: all the token set ratio compares,
        # in the order it would sort them into (half its cost per comparison).
        row_text = _each_once(lambda t: " ".join(sorted(set(words_of[t]))), rows)
        self._set_rows(docs, row_doc, row_text)
        del row_text
        self.question_chars = SparseField(norm.char_features, max_df=self.char_max_df).fit_counts(
            *count_char_grams(row_words)
        )
        del row_words

        def terms(text: str) -> list[str]:  # a phrasing's words are known
            known = words_of.get(text)
            return norm.terms(text) if known is None else content_terms(known)

        # The word fields' features: `norm.word_features` of each text, so counted.
        word_max_df = self.word_df_share(len(self.docs_))
        self.doc_words = SparseField(norm.word_features, max_df=word_max_df).fit_counts(
            *count_word_features(doc_texts, terms)
        )
        words_of.clear()  # read by every field that needs them: free them now
        self.body_words = SparseField(norm.word_features, max_df=word_max_df).fit_counts(
            *count_word_features([texts[-1:] for texts in doc_texts], norm.terms)
        )
        return self

    def _set_rows(self, docs, row_doc, row_text: Sequence[str]) -> None:
        self.docs_ = docs if isinstance(docs, Sequence) else list(docs)  # (engine.EntryDocs)
        self.row_doc_ = np.asarray(row_doc, dtype=np.int32)
        if len(row_text) != len(self.row_doc_) or (np.diff(self.row_doc_) < 0).any():
            raise ValueError("the index rows are inconsistent")
        self.doc_row_start_ = np.searchsorted(self.row_doc_, np.arange(len(self.docs_)))
        self.doc_row_stop_ = np.append(self.doc_row_start_[1:], len(self.row_doc_))
        self.row_text_ = row_text if isinstance(row_text, RowTexts) else RowTexts.of(row_text)

    def fields(self) -> dict[str, SparseField]:
        return {name: getattr(self, name) for name in self.FIELDS}

    def restore(self, docs, row_doc, row_text, fields: dict) -> HybridIndex:
        """Rebuild from saved state: `fields` maps each field name to (terms, n_rows,
        arrays) or (terms, n_rows, arrays, id_ranges) (see `SparseField.restore`)."""
        self._set_rows(docs, row_doc, row_text)
        norm = self.normalizer
        analyzers = {
            "question_chars": (norm.char_features, self.char_max_df),
            "doc_words": (norm.word_features, self.word_df_share(len(docs))),
            "body_words": (norm.word_features, self.word_df_share(len(docs))),
        }
        for name, (terms, n_rows, arrays, *id_ranges) in fields.items():
            analyzer, max_df = analyzers[name]
            field = SparseField(analyzer, max_df=max_df).restore(terms, n_rows, arrays, *id_ranges)
            setattr(self, name, field)
        rows = {name: getattr(self, name).n_rows_ for name in self.FIELDS}
        if rows != {
            "question_chars": len(row_text),
            "doc_words": len(docs),
            "body_words": len(docs),
        }:
            raise ValueError("the index fields do not match its rows")
        return self

    def char_ids(self, words: list[str]) -> list[int]:
        """The character field's raw query for `words` (from `Normalizer.words`), from
        a cache of each word's n-gram ids: known words are not cut again."""
        vocabulary = self.question_chars.vocabulary_
        cache = self._char_cache
        raw: list[int] = []
        for word in words:
            ids = cache.get(word)
            if ids is None:
                ids = tuple(vocabulary[g] for g in char_grams(word) if g in vocabulary)
                if len(cache) < 200_000:
                    cache[word] = ids
            raw.extend(ids)
        return raw

    def char_query(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The character field's query vector for `words`, as
        `question_chars.query_vector(text)` gives it."""
        return self.question_chars.vector(self.char_ids(words))

    def scratch(self) -> tuple[np.ndarray, np.ndarray]:
        """This thread's zeroed scratch buffers for `assistant._scoring`: one float per
        row of the largest field, one per term of the largest vocabulary. Web workers
        answer on several threads; each gets its own."""
        buffers = getattr(self._local, "buffers", None)
        if buffers is None:
            fields = self.fields().values()
            rows = max(f.n_rows_ for f in fields)
            terms = max(len(f.idf_) for f in fields)
            buffers = self._local.buffers = (
                np.zeros(rows, np.float32),
                np.zeros(terms, np.float32),
            )
        return buffers

    def found_in(self, field: str, doc: int, terms: list[str]) -> list[bool]:
        """Whether each of `terms` is among the terms of `doc` in `field` ("doc_words":
        its phrasings and body, "body_words": its body alone).

        The whole-doc word field is read by term (a question walks its terms'
        postings), the answer field by row (a question scores its candidates' rows):
        each is asked where a question reads it, so serving never touches the
        whole-doc field's row-major arrays (10 MB at 100,000 entries)."""
        own = getattr(self, field)
        vocabulary = own.vocabulary_
        ids = [vocabulary.get(t, -1) for t in terms]
        if field == "doc_words":
            return own.posted(doc, ids)
        return _scoring.holds(own.rows, doc, ids)

    def spelling_words(self, initial: str) -> dict[str, str]:
        """Targets of spelling correction that start with `initial`: each indexed word,
        and each synonym of one ("security" -> "secure"), mapped to the term it stands
        for. A misspelling keeps its first letter, so only those are compared."""
        by_initial = self._spelling_words
        if by_initial is None:
            vocabulary = self.doc_words.vocabulary_
            words = {t: t for t in vocabulary if " " not in t and len(t) > 3}
            # The words as written too: a typo is nearer its word than its stem.
            for text in self.row_text_:
                for word in text.split():
                    if len(word) > 3 and word not in words and stem(word) in vocabulary:
                        words[word] = stem(word)
            for variant, canonical in self.normalizer.single.items():
                term = stem(canonical)
                if len(variant) > 3 and term in vocabulary:
                    words.setdefault(variant, term)
            # The words of the synonyms' phrases: "go to the toliet" is read as the
            # phrase once "toliet" is (`Retriever.respelled`), though no doc holds "toilet".
            for phrase in self.normalizer.phrase_words():
                if len(phrase) > 3:
                    words.setdefault(phrase, stem(phrase))
            by_initial = {}
            for word, term in words.items():
                by_initial.setdefault(word[0], {})[word] = term
            self._spelling_words = by_initial
        return by_initial.get(initial, {})

    def phrasing_terms(self, doc: int) -> frozenset[str]:
        """The content terms of a doc's phrasings and sentences (what it is asked as)."""
        cache = self.__dict__.setdefault("_phrasing_terms", {})
        terms = cache.get(doc)
        if terms is None:
            rows = self.row_text_[self.doc_row_start_[doc] : self.doc_row_stop_[doc]]
            terms = frozenset(content_terms(" ".join(rows).split()))
            if len(cache) < 100_000:
                cache[doc] = terms
        return terms

    def row_terms(self, doc: int) -> tuple[frozenset[str], ...]:
        """The content terms of each of a doc's phrasings and sentences, one set a row
        (what one phrasing or one sentence says, not the doc's words pooled)."""
        cache = self.__dict__.setdefault("_row_terms", {})
        terms = cache.get(doc)
        if terms is None:
            rows = self.row_text_[self.doc_row_start_[doc] : self.doc_row_stop_[doc]]
            terms = tuple(frozenset(content_terms(row.split())) for row in rows)
            if len(cache) < 100_000:
                cache[doc] = terms
        return terms

    def known_term(self, term: str) -> bool:
        return term in self.doc_words.vocabulary_

    def term_idf(self, term: str) -> float:
        """IDF of a term over the docs; a term no doc has weighs the most."""
        number = self.doc_words.vocabulary_.get(term)
        return self._idf[number] if number is not None else self._unknown_idf

    @cached_property
    def _idf(self) -> list[float]:
        return self.doc_words.idf_.tolist()  # Python floats: no numpy scalar per look-up

    @cached_property
    def _unknown_idf(self) -> float:
        return max(self._idf, default=1.0)

    def per_doc_max(self, row_scores: np.ndarray) -> np.ndarray:
        return (
            np.maximum.reduceat(row_scores, self.doc_row_start_) if len(row_scores) else row_scores
        )
