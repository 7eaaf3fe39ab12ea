"""How sure the assistant is that its content covers a question.

Confidence is a logistic model of the best candidate's features, fitted by
`bench/tune.py` on the team's labelled questions; below the threshold (picked
there too) the assistant abstains instead of answering.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .index import HybridIndex
from .retrieve import Ranking


@dataclass(frozen=True)
class Calibration:
    """Confidence = the probability that the content covers the question: a logistic
    regression on the best candidate's features, fitted by `bench/tune.py` on the
    team's labelled questions; abstain below `threshold`, picked there too.
    """

    bias: float = 0.0
    weights: tuple[tuple[str, float], ...] = ()
    threshold: float = 0.5

    def confidence(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features[name] for name, w in self.weights)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Chosen by `python bench/tune.py --stackfaq DIR` (see bench/README.md).
TUNED_CALIBRATION = Calibration(
    bias=-7.447,
    weights=(
        ("answer_coverage", 0.572),
        ("chars", 5.474),
        ("coverage", 2.566),
        ("fuzzy", 3.172),
        ("margin", -1.329),
        ("score", 3.268),
        ("terms", 3.408),
        ("unknown", -2.759),
        ("unknown_count", -0.537),
        ("words", 2.804),
    ),
    threshold=0.55,
)


def answer_features(index: HybridIndex, ranking: Ranking) -> dict[str, float]:
    """The best candidate's features: its scores, its lead over the next one, and how
    much of the question it covers (in the whole entry and in the answer alone)."""
    best = ranking.candidates[0]
    second = ranking.candidates[1].raw if len(ranking.candidates) > 1 else 0.0
    terms = ranking.query_terms
    weights = [index.term_idf(t) for t in terms]
    return {
        "score": best.raw,
        "margin": best.raw - second,
        "coverage": coverage(weights, index.found_in("doc_words", best.doc, terms)),
        "answer_coverage": coverage(weights, index.found_in("body_words", best.doc, terms)),
        "unknown": len(ranking.unknown_terms) / max(1, len(terms)),
        "unknown_count": min(3, len(ranking.unknown_terms)),
        "fuzzy": best.fuzzy,
        "chars": best.question_chars,
        "words": best.doc_words,
        "terms": min(8, len(terms)) / 8,
    }


def coverage(weights: list[float], found: list[bool]) -> float:
    """The share of the question's terms that were `found`, each counted by its weight (IDF)."""
    if not weights:
        return 0.0
    return sum(w for w, hit in zip(weights, found, strict=True) if hit) / sum(weights)
