"""A test double of the shipped safety model that scores every message's danger at a
fixed value, so a test reads the triage's bars whatever the shipped model scores."""

import dataclasses

from assistant.triage import Triage
from knowledge import load_knowledge


class FixedDanger:
    """`model`, scoring every message's danger at `danger` (and, if given, naming
    `category` as the likeliest danger)."""

    def __init__(self, model, danger, category=None):
        self._model = model
        self.danger = danger
        self._category = category

    def scores(self, text):
        scores = dataclasses.replace(self._model.scores(text), danger=self.danger)
        if self._category is None:
            return scores
        return dataclasses.replace(scores, likeliest=lambda: self._category)

    def __getattr__(self, name):
        return getattr(self._model, name)


def scoring_between(model, low: float, high: float, category=None) -> Triage:
    """The shipped rules around `model` made to score every message's danger halfway
    between two bars, `low` and `high` (naming `category`, if given, as the likeliest)."""
    danger = (low + high) / 2
    assert low < danger < high
    return Triage(load_knowledge().safety, model=FixedDanger(model, danger, category))
