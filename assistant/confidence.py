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
    bias=-5.292,
    weights=(
        ("answer_coverage", 1.485),
        ("chars", 1.366),
        ("coverage", 0.827),
        ("covered_terms", 1.650),
        ("fuzzy", 1.137),
        ("margin", 2.802),
        ("phrasing_coverage", 1.673),
        ("score", 1.320),
        ("terms", 1.747),
        ("uncovered", -0.228),
        ("unknown", -1.412),
        ("unknown_count", -0.245),
        ("words", 1.522),
    ),
    threshold=0.39,
)

# "A right entry is among the first three": below TUNED_CALIBRATION's threshold,
# at or above this one the assistant asks which entry the parent means (`clarify`)
# instead of abstaining. Its threshold keeps the right entry among the options in
# 90% of clarify responses on the tuning sets.
TUNED_OPTIONS = Calibration(
    bias=-4.370,
    weights=(
        ("answer_coverage", 2.354),
        ("chars", 1.892),
        ("coverage", 0.405),
        ("covered_terms", 1.668),
        ("fuzzy", 0.929),
        ("margin", 1.638),
        ("phrasing_coverage", 1.245),
        ("score", 1.439),
        ("terms", 2.574),
        ("uncovered", -0.520),
        ("unknown", -1.518),
        ("unknown_count", -0.577),
        ("words", 1.061),
    ),
    threshold=0.56,
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
