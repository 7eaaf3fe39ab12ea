"""The scoring kernels of `assistant/_scoring.c` in NumPy, for installs without a C
compiler: the same four functions, arguments, results and errors, and the same
rankings. `assistant.kernels` chooses between the two.

The C loops add in float32, one term or one posting after another; float addition
depends on its order, so this module adds in that same order (a vectorised step per
position, never `sum`, whose pairwise order differs) and rounds where C rounds, so
that scores, and so ties and rankings, come out identical.
"""

from __future__ import annotations

import math
from operator import index

import numpy as np
from rapidfuzz.distance import LCSseq

__all__ = ["holds", "rank_pool", "token_set_ratios", "top_postings"]


# ------------------------------------------------------------------ arrays


def _array(obj, kind: str, itemsize: int, name: str, writable: bool = False) -> np.ndarray:
    """A 1-d contiguous buffer of `itemsize`-byte items: 'f' floats, 'i' integers."""
    try:
        view = memoryview(obj)
    except TypeError:
        raise TypeError(f"{name}: expected a 1-d array of {itemsize}-byte ...") from None
    array = np.asarray(view)
    is_float = array.dtype.kind == "f"
    if (
        array.ndim != 1
        or not array.flags.c_contiguous
        or array.dtype.itemsize != itemsize
        or is_float != (kind == "f")
        or array.dtype.kind not in "fiu"
    ):
        kinds = "floats" if kind == "f" else "integers"
        raise TypeError(f"{name}: expected a 1-d array of {itemsize}-byte {kinds}")
    if writable and view.readonly:
        raise BufferError(f"{name}: the buffer is not writable")
    return array


class _Field:
    """(idf, pointers, terms, values): term-major or row-major, as in the C file; or
    a row-major field coded as (idf, pointers, postings, tf, norms), each posting its
    term id in its low `shift` bits and its count above them."""

    def __init__(self, arrays):
        if not isinstance(arrays, tuple) or len(arrays) not in (4, 5):
            raise TypeError(
                "field: expected (idf, pointers, terms, values) or "
                "(idf, pointers, postings, tf, norms)"
            )
        idf, pointers, terms, *rest = arrays
        self.idf = _array(idf, "f", 4, "idf")
        self.pointers = _array(pointers, "i", 8, "pointers")
        self.postings = _terms(terms)
        self.n_terms = len(self.idf)
        self.n_lists = len(self.pointers) - 1
        self.coded = len(rest) == 2
        self.shift = max(1, (self.n_terms - 1).bit_length()) if self.coded else 0
        if self.coded:
            self.tf = _array(rest[0], "f", 4, "tf")
            self.norms = _array(rest[1], "f", 8, "norms")
            if len(self.tf) != 256 or len(self.norms) != self.n_lists:
                raise ValueError("field: its coded arrays do not fit")
        else:
            self.values = _array(rest[0], "f", 4, "values")
            if len(self.postings) != len(self.values):
                raise ValueError("field: terms and values differ in length")

    def terms(self, positions) -> np.ndarray:
        """The term (or row) ids at `positions` (an index array or a slice)."""
        postings = self.postings[positions]
        if not self.coded:
            return postings
        return (postings & ((1 << self.shift) - 1)).astype(np.int64)

    def weights(self, positions: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The float32 weights at `positions` of `rows` (row-major), decoded as C does."""
        if not self.coded:
            return self.values[positions]
        postings = self.postings[positions]
        counts = postings >> self.shift
        weighed = self.tf[counts] * self.idf[self.terms(positions)]  # float32, as C
        return (weighed.astype(np.float64) / self.norms[rows]).astype(np.float32)

    def row_dots(self, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        """The cosine of each of `rows` (row-major) with the dense float32 `query`,
        each summed in float32 over the row's postings in order, as C's row_dot."""
        starts = self.pointers[rows]
        lengths = self.pointers[rows + 1] - starts
        totals = np.zeros(len(rows), np.float32)
        if not len(rows) or not lengths.sum():
            return totals
        owner = np.repeat(np.arange(len(rows)), lengths)
        first = np.repeat(np.cumsum(lengths) - lengths, lengths)
        positions = np.arange(len(owner)) - first + np.repeat(starts, lengths)
        weights = self.weights(positions, np.repeat(rows, lengths))
        products = weights * query[self.terms(positions)]
        # Adding a zero changes no float32 sum: only the query's terms count.
        hit = products != 0
        owner, products = owner[hit], products[hit]
        if not len(owner):
            return totals
        rank = np.arange(len(owner)) - np.searchsorted(owner, owner)  # place within its row
        # One row of a grid per row, its products in order then zeros: an accumulation
        # along each grid row adds them one after another, as C does.
        grid = np.zeros((len(rows), int(rank.max()) + 1), np.float32)
        grid[owner, rank] = products
        return np.cumsum(grid, axis=1, dtype=np.float32)[:, -1]


def _terms(obj) -> np.ndarray:
    """A field's ids: 4-byte integers, or uint16 (a row-major field's narrow term ids)."""
    try:
        array = np.asarray(memoryview(obj))
    except TypeError:
        array = None
    if array is None or array.dtype != np.uint16:
        return _array(obj, "i", 4, "terms")
    if array.ndim != 1 or not array.flags.c_contiguous:
        raise TypeError("terms: expected a 1-d array of 4-byte integers or of uint16")
    return array


def _ids(raw) -> np.ndarray:
    """Integer ids as an int64 array (TypeError for anything else, as C's)."""
    try:
        items = list(raw)
    except TypeError:
        raise TypeError("term ids must be a sequence") from None
    ids = np.asarray(items) if items else np.zeros(0, np.int64)
    if ids.ndim != 1 or ids.dtype.kind not in "iu":
        bad = next((x for x in items if isinstance(x, float) or not hasattr(x, "__index__")), None)
        raise TypeError(f"an integer is required, not {type(bad).__name__}")
    return ids.astype(np.int64)


def _query(raw, field: _Field, lookup_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct term ids (in order of first appearance) and their weights: (1 + ln tf)
    * idf, l2-normalised, in float32 with the norm summed in double, as in C."""
    raw = _ids(raw)
    outside = (raw < 0) | (raw >= min(field.n_terms, lookup_size))
    if outside.any():
        raise IndexError(f"term id {int(raw[np.argmax(outside)])} is not in the field")
    distinct, first, tf = np.unique(raw, return_index=True, return_counts=True)
    order = np.argsort(first)
    ids, tf = distinct[order], tf[order].astype(np.float32)
    weights = (np.float32(1.0) + np.log(tf)) * field.idf[ids]
    squares = weights.astype(np.float64) ** 2
    norm = float(np.cumsum(squares)[-1]) if len(squares) else 0.0  # in order, in double
    scale = np.float32(1.0 / math.sqrt(norm)) if norm > 0.0 else np.float32(0.0)
    return ids, (weights * scale).astype(np.float32)


def _dense(ids: np.ndarray, weights: np.ndarray, size: int) -> np.ndarray:
    query = np.zeros(size, np.float32)
    query[ids] = weights
    return query


def _best(scores: np.ndarray, keep: int) -> np.ndarray:
    """Positions of the `keep` highest scores, the lower position first on ties."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    return order[:keep]


# --------------------------------------------------------------- functions


def top_postings(field, raw_ids, k, scores, lookup):
    """top_postings(field, raw_ids, k, scores, lookup) -> (rows, scores)

    The k rows of a term-major field with the highest positive cosine to the query,
    best first (lower row first on ties), touching only the query terms' postings.
    `scores` (one float32 per row) and `lookup` (one per term) are scratch buffers,
    which this path does not need (they are checked and left as they are)."""
    k = index(k)
    field = _Field(field)
    if field.postings.dtype == np.uint16 or field.coded:  # term-major: 4-byte rows, floats
        raise TypeError("top_postings: expected 4-byte row ids and float weights")
    n_rows = len(_array(scores, "f", 4, "scores", writable=True))
    lookup_size = len(_array(lookup, "f", 4, "lookup", writable=True))
    ids, weights = _query(raw_ids, field, lookup_size)
    postings = [
        slice(int(field.pointers[term]), int(field.pointers[term + 1])) for term in ids.tolist()
    ]
    touched = [field.terms(span) for span in postings]
    if any(len(rows) and (rows.min() < 0 or rows.max() >= n_rows) for rows in touched):
        raise IndexError("top_postings: a posting is past the scores")
    totals = np.zeros(n_rows, np.float32)
    for weight, rows, span in zip(weights, touched, postings, strict=True):
        totals[rows] += weight * field.values[span]  # a row once per term: no repeats
    rows = np.flatnonzero(totals > 0)  # only touched rows can be positive
    best = rows[_best(totals[rows], max(int(k), 0))]
    return best.tolist(), totals[best].tolist()


def holds(field, row, ids):
    """holds(field, row, ids) -> [whether the row holds each term id]

    Membership of term ids in one row of a row-major field, whose term ids are sorted
    within each row; an id below zero (a term not in the vocabulary) is never held."""
    row = index(row)
    field = _Field(field)
    wanted = _ids(ids).tolist()
    if row < 0 or row >= field.n_lists:
        raise IndexError(f"holds: row {row} is not in the field")
    own = field.terms(slice(field.pointers[row], field.pointers[row + 1]))
    places = np.searchsorted(own, wanted)
    return [
        term >= 0 and place < len(own) and int(own[place]) == term
        for term, place in zip(wanted, places.tolist(), strict=True)
    ]


def _ascii(text, name: str = "texts") -> str:
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("texts must be ASCII str")
    return text


def _tokens(text: str) -> list[str]:
    """The distinct whitespace-separated tokens, sorted (bytes order, as in C)."""
    return sorted(set(text.split()))


def _token_set(a: list[str], b: list[str]) -> float:
    """rapidfuzz's token_set_ratio / 100 of two sorted distinct token lists, computed
    as the C file does (same operations in the same order, in double)."""
    if not a or not b:
        return 0.0
    in_a, in_b = set(a), set(b)
    sect = [t for t in a if t in in_b]
    only_a = [t for t in a if t not in in_b]
    only_b = [t for t in b if t not in in_a]
    if sect and (not only_a or not only_b):
        return 1.0  # one is part of the other
    joined_ab, joined_ba = " ".join(only_a), " ".join(only_b)
    ab_len, ba_len = len(joined_ab), len(joined_ba)
    sect_len = len(" ".join(sect))
    sect_ab_len = sect_len + (sect_len != 0) + ab_len
    sect_ba_len = sect_len + (sect_len != 0) + ba_len
    lensum = sect_ab_len + sect_ba_len
    dist = ab_len + ba_len - 2 * LCSseq.similarity(joined_ab, joined_ba)
    result = 100.0 - 100.0 * dist / lensum if lensum else 100.0
    if sect_len:
        sect_ab = 100.0 - 100.0 * (1 + ab_len) / (sect_len + sect_ab_len)
        sect_ba = 100.0 - 100.0 * (1 + ba_len) / (sect_len + sect_ba_len)
        result = max(result, sect_ab, sect_ba)
    return result / 100.0


def token_set_ratios(query, texts):
    """token_set_ratios(query, texts) -> [ratio of each text]

    rapidfuzz.fuzz.token_set_ratio(query, text) / 100 for each of `texts` (ASCII str)."""
    if not isinstance(query, str):
        raise TypeError("token_set_ratios() argument 1 must be str")
    own = _tokens(_ascii(query))
    try:
        texts = list(texts)
    except TypeError:
        raise TypeError("texts must be a sequence") from None
    return [_token_set(own, _tokens(text)) for text in map(_ascii, texts)]


def _scaled(values: np.ndarray, weight: float) -> np.ndarray:
    """Each value divided by the largest and weighted (weighted only when none is
    positive), in double, as C's scale_by_best."""
    best = max(0.0, float(values.max())) if len(values) else 0.0
    return values * (weight / best if best > 0.0 else weight)


def rank_pool(body, body_raw, chars, char_raw, starts, stops, docs, doc_words, weights,
              keep, per_doc, lookup, query, row_texts):  # fmt: skip
    """rank_pool(body, body_raw, chars, char_raw, starts, stops, docs, doc_words,
              weights, keep, per_doc, lookup, query, row_texts)
        -> [(doc, score, chars, doc_words, body_words, fuzzy, raw)]

    Rank a pool of candidate docs, best first; see the C file's documentation of
    rank_pool, which this follows step by step."""
    keep, per_doc = index(keep), index(per_doc)
    w = tuple(float(x) for x in weights)
    if len(w) != 4:
        raise TypeError("rank_pool: weights are (w_doc, w_body, w_chars, w_fuzzy)")
    if not isinstance(query, str):
        raise TypeError("rank_pool() argument 13 must be str")
    if per_doc < 1 or keep < 0:
        raise ValueError("rank_pool: per_doc >= 1 and keep >= 0")
    query = _ascii(query)
    body, chars = _Field(body), _Field(chars)
    starts = _array(starts, "i", 8, "starts")
    stops = _array(stops, "i", 8, "stops")
    lookup_size = len(_array(lookup, "f", 4, "lookup", writable=True))
    docs, doc_words, row_texts = list(docs), list(doc_words), _texts(row_texts)
    if len(doc_words) != len(docs) or len(stops) != len(starts):
        raise ValueError("rank_pool: docs and doc_words, starts and stops must be of one length")
    pool = _ids(docs)
    doc_words = np.array([float(x) for x in doc_words], np.float64)
    for doc in pool.tolist():
        if doc < 0 or doc >= len(starts) or doc >= body.n_lists:
            raise IndexError(f"rank_pool: doc {doc} is not in the fields")
    if lookup_size < body.n_terms or lookup_size < chars.n_terms:
        raise ValueError("rank_pool: lookup is smaller than a vocabulary")

    body_query = _dense(*_query(body_raw, body, lookup_size), lookup_size)
    body_words = body.row_dots(pool, body_query).astype(np.float64)
    char_query = _dense(*_query(char_raw, chars, lookup_size), lookup_size)
    best_chars, closest = _pool_chars(chars, pool, starts, stops, per_doc, char_query)

    words_part = _scaled(body_words, w[1]) + _scaled(doc_words, w[0])
    selection = (words_part + _scaled(best_chars, w[2])).astype(np.float32)
    order = _best(selection, min(keep, len(pool))).tolist()  # pool positions, best first
    fuzzy = _fuzzy(order, closest, query, row_texts)
    kept_chars = best_chars[order]
    top_chars = max(0.0, float(kept_chars.max())) if order else 0.0
    top_fuzzy = max(0.0, max(fuzzy)) if order else 0.0
    chars_scale = w[2] / top_chars if top_chars > 0.0 else w[2]
    fuzzy_scale = w[3] / top_fuzzy if top_fuzzy > 0.0 else w[3]
    final = [
        float(words_part[i]) + chars_scale * float(best_chars[i]) + fuzzy_scale * f
        for i, f in zip(order, fuzzy, strict=True)
    ]
    ranking = []
    for out in sorted(range(len(order)), key=lambda o: -final[o]):  # stable, as in C
        i = order[out]
        c, d, b, f = float(best_chars[i]), float(doc_words[i]), float(body_words[i]), fuzzy[out]
        raw = w[2] * c + w[0] * d + w[1] * b + w[3] * f
        ranking.append((int(pool[i]), final[out], c, d, b, f, raw))
    return ranking


def _pool_chars(chars: _Field, pool, starts, stops, per_doc: int, query: np.ndarray):
    """Each doc's best character score (0 unless positive) and its `per_doc` rows
    closest in characters, best first (the earlier row on ties)."""
    first, last = starts[pool], stops[pool]
    bad = (first < 0) | (last > chars.n_lists) | (first > last)
    if bad.any():
        doc = int(pool[np.argmax(bad)])
        raise IndexError(f"rank_pool: the rows of doc {doc} are not in the field")
    lengths = last - first
    owner = np.repeat(np.arange(len(pool)), lengths)
    rows = np.repeat(first - np.cumsum(lengths) + lengths, lengths) + np.arange(len(owner))
    scores = chars.row_dots(rows.astype(np.int64), query)
    # By doc, then best score first, then the earlier row (C's top_few_offer keeps
    # the earlier of equal scores ahead).
    order = np.lexsort((rows, -scores, owner))
    owner, rows, scores = owner[order], rows[order], scores[order]
    rank = np.arange(len(order)) - np.searchsorted(owner, owner)
    first_of_doc = rank == 0
    best = np.zeros(len(pool), np.float64)
    top = scores[first_of_doc]
    best[owner[first_of_doc]] = np.where(top > 0.0, top, 0.0)
    picked = rank < per_doc
    bounds = np.searchsorted(owner[picked], np.arange(1, len(pool)))
    closest = [part.tolist() for part in np.split(rows[picked], bounds)]
    return best, closest


class _Packed:
    """Row texts packed as (blob, int64 offsets), read a row at a time as C does."""

    def __init__(self, blob, offsets):
        self.blob = memoryview(blob).cast("B")
        self.offsets = _array(offsets, "i", 8, "offsets")
        if len(self.offsets) < 1 or self.offsets[0] != 0 or self.offsets[-1] != len(self.blob):
            raise ValueError("row_texts: the offsets do not fit the blob")

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, row: int) -> str:
        start, stop = int(self.offsets[row]), int(self.offsets[row + 1])
        if start < 0 or stop < start or stop > len(self.blob):
            raise ValueError("row_texts: the offsets do not fit the blob")
        text = bytes(self.blob[start:stop])
        if not text.isascii():
            raise ValueError("texts must be ASCII str")
        return text.decode("ascii")


def _texts(row_texts):
    """A sequence of ASCII str, or (blob, offsets) read a row at a time."""
    if isinstance(row_texts, tuple) and len(row_texts) == 2 and not isinstance(row_texts[0], str):
        return _Packed(*row_texts)
    return list(row_texts)


def _fuzzy(order: list[int], closest: list[list[int]], query: str, row_texts: list) -> list[float]:
    """Each kept doc's best token set ratio over its closest rows."""
    texts = {}
    for i in order:
        for row in closest[i]:
            if row >= len(row_texts):
                raise IndexError("rank_pool: a row has no text")
            texts[row] = _ascii(row_texts[row])
    own = _tokens(query)
    ratios = {row: _token_set(own, _tokens(text)) for row, text in texts.items()}
    return [max([0.0, *(ratios[row] for row in closest[i])]) for i in order]
