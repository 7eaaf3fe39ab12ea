"""How sure the assistant is that its content covers a question.

Confidence is a logistic model of the best candidate's features: the probability
that it is right, fitted by `bench/tune.py` on labelled questions the team did not
write as well as its own; below the threshold (picked there too) the assistant
abstains, or asks which of its first candidates the parent means.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .index import HybridIndex
from .retrieve import Ranking


@dataclass(frozen=True)
class Calibration:
    """A probability from the best candidate's features: a logistic regression
    fitted by `bench/tune.py`; `threshold` is the decision boundary picked there.
    """

    bias: float = 0.0
    weights: tuple[tuple[str, float], ...] = ()
    threshold: float = 0.5

    def confidence(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features[name] for name, w in self.weights)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# Chosen by `python bench/tune.py` (see bench/README.md): "the first candidate is
# right", fitted on the team set, parent-dev's fit half, StackFAQ dev and liveqa-med.
TUNED_CALIBRATION = Calibration(
    bias=-5.158,
    weights=(
        ("answer_coverage", 1.530),
        ("chars", 1.443),
        ("coverage", 0.754),
        ("covered_terms", 1.678),
        ("fuzzy", 1.055),
        ("margin", 2.800),
        ("phrasing_coverage", 1.627),
        ("score", 1.340),
        ("terms", 1.705),
        ("uncovered", -0.285),
        ("unknown", -1.422),
        ("unknown_count", -0.252),
        ("words", 1.481),
    ),
    threshold=0.4,
)

# "A right entry is among the first three": below TUNED_CALIBRATION's threshold,
# at or above this one the assistant asks which entry the parent means (`clarify`)
# instead of abstaining. Its threshold keeps the right entry among the options in
# 90% of clarify responses on the tuning sets.
TUNED_OPTIONS = Calibration(
    bias=-4.106,
    weights=(
        ("answer_coverage", 2.466),
        ("chars", 1.950),
        ("coverage", 0.445),
        ("covered_terms", 1.649),
        ("fuzzy", 0.887),
        ("margin", 1.609),
        ("phrasing_coverage", 1.055),
        ("score", 1.439),
        ("terms", 2.530),
        ("uncovered", -0.698),
        ("unknown", -1.529),
        ("unknown_count", -0.583),
        ("words", 0.966),
    ),
    threshold=0.57,
)


def answer_features(index: HybridIndex, ranking: Ranking) -> dict[str, float]:
    """The best candidate's features: its scores, its lead over the next one, and how
    much of the question it covers (in the whole entry and in the answer alone)."""
    best = ranking.candidates[0]
    second = ranking.candidates[1].raw if len(ranking.candidates) > 1 else 0.0
    terms = ranking.query_terms
    weights = [index.term_idf(t) for t in terms]
    found = index.found_in("doc_words", best.doc, terms)
    phrasings = index.phrasing_terms(best.doc)
    return {
        "score": best.raw,
        "margin": best.raw - second,
        "coverage": coverage(weights, found),
        # How much evidence in all: a one-word question fully covered is little.
        "covered_terms": min(4, sum(found)) / 4,
        "answer_coverage": coverage(weights, index.found_in("body_words", best.doc, terms)),
        # How much of the question is asked in the entry's own phrasings.
        "phrasing_coverage": coverage(weights, [t in phrasings for t in terms]),
        # The rarest word the entry lacks, against the question's rarest: "spoon" or
        # "insurance" left over says the question asks something else, however well
        # its common words match.
        "uncovered": max((w for w, hit in zip(weights, found, strict=True) if not hit), default=0.0)
        / max(weights, default=1.0),
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
