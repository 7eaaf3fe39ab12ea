"""How sure the assistant is that its content covers a question.

Confidence is a logistic model of the best candidate's features: the probability
that it is right, fitted by `bench/tune.py` on labelled questions the team did not
write as well as its own; below the threshold (picked there too) the assistant
abstains, or asks which of its first candidates the parent means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .index import HybridIndex
from .normalize import stem
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
    bias=-4.915,
    weights=(
        ("answer_coverage", 1.427),
        ("chars", 1.194),
        ("coverage", 0.699),
        ("covered_terms", 1.730),
        ("fuzzy", 0.780),
        ("margin", 2.383),
        ("passage_margin", 1.961),
        ("phrasing_coverage", 1.141),
        ("row_coverage", 0.596),
        ("score", 1.091),
        ("terms", 2.100),
        ("uncovered", -0.557),
        ("unknown", -1.341),
        ("unknown_count", -0.355),
        ("words", 1.265),
    ),
    threshold=0.37,
)

# "A right entry is among the options a `clarify` would offer" (`Assistant.option_ids`,
# up to three of the first five candidates): below TUNED_CALIBRATION's threshold,
# at or above this one the assistant asks which entry the parent means (`clarify`)
# instead of abstaining. Its threshold keeps the right entry among the options in
# 90% of clarify responses on the tuning sets.
TUNED_OPTIONS = Calibration(
    bias=-4.304,
    weights=(
        ("answer_coverage", 2.095),
        ("chars", 1.763),
        ("coverage", 0.454),
        ("covered_terms", 2.088),
        ("fuzzy", 0.529),
        ("margin", 1.578),
        ("passage_margin", 0.816),
        ("phrasing_coverage", 0.589),
        ("row_coverage", 0.622),
        ("score", 1.291),
        ("terms", 2.891),
        ("uncovered", -0.682),
        ("unknown", -1.510),
        ("unknown_count", -0.676),
        ("words", 1.061),
    ),
    threshold=0.51,
)


def answer_features(
    index: HybridIndex,
    ranking: Ranking,
    passages: Callable[[int], frozenset[str]] | None = None,
) -> dict[str, float]:
    """The best candidate's features: its scores, its lead over the next one, and how
    much of the question it covers (in the whole entry and in the answer alone).

    `passages(doc)` names what an answer from `doc` cites (an FAQ entry: the passages
    it rests on; a passage: itself); without it every doc stands for itself.
    """
    best = ranking.candidates[0]
    second = ranking.candidates[1].raw if len(ranking.candidates) > 1 else 0.0
    terms = [t for t in ranking.query_terms if not is_detail(t)]
    unknown = [t for t in ranking.unknown_terms if not is_detail(t)]
    weights = [index.term_idf(t) for t in terms]
    found = index.found_in("doc_words", best.doc, terms)
    phrasings = index.phrasing_terms(best.doc)
    return {
        "score": best.raw,
        "margin": best.raw - second,
        # The lead over the first candidate that cites other passages: entries
        # resting on the same passage agree rather than compete.
        "passage_margin": best.raw - rival_score(ranking, passages),
        "coverage": coverage(weights, found),
        # How much evidence in all: a one-word question fully covered is little.
        "covered_terms": min(4, sum(found)) / 4,
        "answer_coverage": coverage(weights, index.found_in("body_words", best.doc, terms)),
        # How much of the question is asked in the entry's own phrasings.
        "phrasing_coverage": coverage(weights, [t in phrasings for t in terms]),
        # How much of it one phrasing or one sentence holds on its own: words pooled
        # from several phrasings can each match a different part of the question.
        "row_coverage": max(
            (coverage(weights, [t in row for t in terms]) for row in index.row_terms(best.doc)),
            default=0.0,
        ),
        # The rarest word the entry lacks, against the question's rarest: "spoon" or
        # "insurance" left over says the question asks something else, however well
        # its common words match.
        "uncovered": max((w for w, hit in zip(weights, found, strict=True) if not hit), default=0.0)
        / max(weights, default=1.0),
        "unknown": len(unknown) / max(1, len(terms)),
        "unknown_count": min(3, len(unknown)),
        "fuzzy": best.fuzzy,
        "chars": best.question_chars,
        "words": best.doc_words,
        "terms": min(8, len(terms)) / 8,
    }


# An age ("8m", "3y", "6w"; `normalize._AGE`): the normaliser puts its stage word
# (baby, toddler, child) beside it, which carries its meaning. Left among the
# content terms, an age no entry mentions weighed as the rarest word of the
# question (coverage, `uncovered`, `unknown`), and one an entry happens to mention
# ("2y") as evidence for it. Bare numbers stay: in other FAQs they are content
# ("windows 10").
_AGE_TERM = re.compile(r"\d+[wmy]")


# When in the year, the week or the day something happens ("due in spring", "starts
# in September", "every Monday", "every night"): a detail of the question like an
# age; no entry names one ("night" is in none: the entries say bedtime, sleep and
# goodnight), and as unknown words they made a covered question look like another topic.
# (Not "may", "march" or "fall": verbs as often as dates.)
_WHEN_TERMS = frozenset(
    stem(w)
    for w in """january february april june july august september october november december
    jan feb apr jun jul aug sept oct nov dec spring summer autumn winter
    monday tuesday wednesday thursday friday saturday sunday weekday weekdays
    night nights nighttime tonight""".split()
)


def is_detail(term: str) -> bool:
    """Whether a query term is an age or a date: a detail of the question, not what
    it asks about."""
    return _AGE_TERM.fullmatch(term) is not None or term in _WHEN_TERMS


def rival_score(ranking: Ranking, passages: Callable[[int], frozenset[str]] | None) -> float:
    """The raw score of the first candidate after the best whose cited passages
    share none with the best's (0 when there is none)."""
    if passages is None:
        return ranking.candidates[1].raw if len(ranking.candidates) > 1 else 0.0
    mine = passages(ranking.candidates[0].doc)
    rival = (c.raw for c in ranking.candidates[1:] if mine.isdisjoint(passages(c.doc)))
    return next(rival, 0.0)


def coverage(weights: list[float], found: list[bool]) -> float:
    """The share of the question's terms that were `found`, each counted by its weight (IDF)."""
    if not weights:
        return 0.0
    return sum(w for w, hit in zip(weights, found, strict=True) if hit) / sum(weights)
