"""Sentence-level evidence: which sentence of a cited passage answers the question,
so the answer can highlight it."""

from __future__ import annotations

from .index import HybridIndex
from .kernels import scoring as _scoring
from .normalize import content_terms


def best_sentence(index: HybridIndex, doc: int, words: list[str], terms: list[str]) -> str | None:
    """The sentence of `doc` (a passage indexed with its sentences) closest to the
    question: the most of the question's terms, weighed by IDF, then the highest
    token set ratio with its words. None when the doc has no sentences or none shares
    a term with the question."""
    record = index.docs_[doc]
    if not record.sentences or not terms:
        return None
    first = int(index.doc_row_start_[doc]) + len(record.questions or (record.title,))
    texts = index.row_text_[first : first + len(record.sentences)]
    wanted = {t: index.term_idf(t) for t in terms}
    ratios = _scoring.token_set_ratios(" ".join(words), texts)
    best, best_key = None, (0.0, 0.0)
    for sentence, text, ratio in zip(record.sentences, texts, ratios, strict=True):
        held = set(content_terms(text.split()))
        weight = sum(w for t, w in wanted.items() if t in held)
        if (weight, ratio) > best_key:
            best, best_key = sentence, (weight, ratio)
    return best if best_key[0] > 0 else None
