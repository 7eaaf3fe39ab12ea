"""The learned reader of the ask (`assistant/ask_reader.py`) and its place in the
triage: a referral dropped when the reader, with what is told before the ask, reads a
parenting question; kept when a symptom is told as there now, when a question of the
message asks about health, or when no reader is shipped. Messages in my own words."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import hstack

from assistant.ask_reader import (
    AskReader,
    fit,
    from_sklearn,
    load_shipped_reader,
    questions,
    training_hash,
)
from assistant.triage import Triage, sentences
from knowledge import load_knowledge

from .decisions import answered, referred


def test_shipped_reader_is_fresh():
    """Rebuild with `python -m assistant.ask_reader` after changing either corpus."""
    reader = load_shipped_reader()
    assert reader is not None
    assert reader.digest == training_hash()


def test_scores_equal_scikit_learn(tmp_path):
    asks = [
        "how do i get him to share his toys",
        "how much paracetamol for a two year old",
        "how do i stop her biting at nursery",
        "is this rash normal or does she need to be seen",
        "how do i get him to share at the park",
        "how much ibuprofen can a toddler have",
    ]
    told = ["he is three", "she has a fever since last night", "", "red spots today", "", ""]
    labels = [0, 1, 0, 1, 0, 1]
    asked, telling, model = fit(asks, told, labels, [1.0] * 6)
    reader = from_sklearn(asked, telling, model, 0.5, "x")
    reader.save(tmp_path / "reader.npz")
    loaded = AskReader.load(tmp_path / "reader.npz")
    for ask, before in zip(asks, told, strict=True):
        matrix = hstack([asked.transform([ask]), telling.transform([before])])
        expected = model.predict_proba(matrix)[0, 1]
        assert loaded.doctor(ask, before) == pytest.approx(expected, abs=1e-9)


def test_a_question_read_whole(triage):
    found = questions(triage, "He is two. Is the flu jab free or do we pay? Thanks!")
    assert found == [" ".join(triage._spelt_out(s) for s in sentences("Is the flu jab free or do we pay"))]


@pytest.mark.parametrize(
    "message",
    [
        # an adult's own jab or illness told, a parenting ask (referred before the reader)
        "I got the flu jab at work and my arm hurts, my 4yo wants piggy backs all evening. how do i say no nicely",
        "my husband got diagnosed with sleep apnoea and snores like a train, the kids laugh at him. how do we teach them to be kind about it?",
    ],
)
def test_parenting_ask_after_health_told_is_answered(triage, message):
    answered(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        # a symptom told as there now, the ask about the child it affects
        "He's had a temperature of 38.7 since last night and won't stop whining, how do I keep him entertained?",
        "My baby has had diarrhoea five times today, how do I keep her happy on the car trip?",
        "She has a cough and a runny nose since Monday, how do I get her to nap?",
        "個仔由琴晚開始發燒，好唔開心，點樣氹佢玩？",
        # a health question the ask's opening words miss, read whole
        "Is the rotavirus vaccine free or do we pay? And can it be on the same day as the others?",
        # whether a doctor should see him, beside a parenting ask
        "He's 17 months, cruises everywhere but won't let go of the sofa. Should a doctor check him or do we wait? And should we buy him proper shoes?",
        # a medicine asked
        "he's on antibiotics for his ear and hates the taste, can I mix them into his juice?",
    ],
)
def test_health_told_now_or_asked_stays_referred(triage, message):
    referred(triage, message)


def test_rules_alone_have_no_reader():
    assert Triage(load_knowledge().safety).ask_reader is None


def test_reader_threshold_is_strict():
    reader = load_shipped_reader()
    assert 0 < reader.threshold <= 0.1
    assert np.isfinite(reader.intercept)
