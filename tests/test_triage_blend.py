"""The model's bar read from what a message tells (issue 18, branch `blend`;
`assistant/model_bar.py`). A red sign of the body named (lips or fingertips gone dusky,
limp or flopping, eyes rolling, wheezing so hard she can't talk, 嘴唇發紫) makes a medical
question no calm one, and told as happening now ("right now", "sos", 救命) it lowers the
model's bar; "please help" or "right now" alone, about a tantrum or a sleepless night,
moves nothing, nor does a red sign told with nothing said of now.

The model is made to score a fixed danger for every message, so these tests read the
bar itself, whatever the shipped model scores. All messages are my own."""

import pytest

from assistant.model_bar import NOW_BAR
from assistant.triage import MEDICAL_THRESHOLD, Triage

from .decisions import escalated, not_escalated, referred
from .fixed_danger import scoring_between


@pytest.fixture(scope="module")
def below_the_bar(shipped_model) -> Triage:
    """Between `NOW_BAR` and the model's usual bar."""
    return scoring_between(shipped_model, NOW_BAR, shipped_model.threshold, "unresponsive")


@pytest.fixture(scope="module")
def between_the_bars(shipped_model) -> Triage:
    """Between the model's usual bar and the calm check's."""
    return scoring_between(
        shipped_model, shipped_model.threshold, MEDICAL_THRESHOLD, "unresponsive"
    )


@pytest.mark.parametrize(
    "message",
    [
        "right now his fingertips are a weird dusky colour and he's so quiet",
        "sos the baby is flopping about and making no sound, hes 4 months",
        "please help my boy's eyes keep rolling and he's staring through me right now",
        "救命 個仔塊面好青 唔出聲",
    ],
)
def test_a_red_sign_told_as_happening_now_is_held_to_the_lower_bar(below_the_bar, message):
    assert escalated(below_the_bar, message).rule == "classifier"


@pytest.mark.parametrize(
    "message",
    [
        # now, no red sign: the words of a hard day
        "please help, my son is kicking and screaming on the floor of the mall right now",
        "sos baby has been awake since 4am and I'm losing my mind",
        "right now he is crying so hard he is red in the face because I said no sweets",
        "救命呀，個女而家喺超市瞓喺地下喊，點算？",
        # a red sign, nothing said of now
        "his fingertips are a weird dusky colour and he's so quiet",
        "the baby is flopping about and making no sound, hes 4 months",
    ],
)
def test_now_or_a_red_sign_alone_keeps_the_usual_bar(below_the_bar, message):
    not_escalated(below_the_bar, message)


def test_a_past_scare_does_not_excuse_a_red_sign_told_now(below_the_bar):
    message = (
        "Last winter he had bronchiolitis and was in hospital two nights, fully fine after. "
        "please help, right now his fingertips are a weird dusky colour and he's so quiet"
    )
    assert escalated(below_the_bar, message).rule == "classifier"


@pytest.mark.parametrize(
    "message",
    [
        # (rec23: "wheezing so hard she can't talk" is now the rules' `too_breathless`;
        # the model's path is read on a red sign no rule escalates alone)
        "her asthma is playing up, she's wheezing so hard, how many puffs of her blue inhaler can she have?",
        "can I give calpol to my 2 year old? she's been fitting on and off with this fever",
    ],
)
def test_a_medical_question_naming_a_red_sign_is_not_calm(between_the_bars, message):
    assert escalated(between_the_bars, message).rule == "classifier"


@pytest.mark.parametrize(
    "message",
    [
        "can I give nurofen for teething? he's grumpy and drooling",
        "is ibuprofen or paracetamol better for an ear infection in a 4 year old?",
        "BB出咗少少疹，痕痕地，可以搽咩膏？",
    ],
)
def test_a_calm_medical_question_keeps_the_calm_bar(between_the_bars, message):
    referred(between_the_bars, message)


@pytest.mark.parametrize(
    "message",
    [
        "please help, my son is kicking and screaming on the floor of the mall right now",
        "right now he is crying so hard he is red in the face because I said no sweets",
        "sos baby has been awake since 4am and I'm losing my mind",
        "please help my newborn won't latch and is screaming, my nipples are bleeding",
    ],
)
def test_the_shipped_model_does_not_escalate_a_hard_day_told_now(triage, message):
    not_escalated(triage, message)


@pytest.fixture(scope="module")
def sure(shipped_model) -> Triage:
    """Over the model's usual bar, under the calm check's."""
    return scoring_between(shipped_model, shipped_model.threshold, 0.98, "unresponsive")


@pytest.mark.parametrize(
    "message",
    [
        "how do you rouse a baby who won't wake? I keep tapping his feet and he just flops",
        "how do u get a newborn to come round?? im patting her cheeks n she is flopping",
    ],
)
def test_a_general_question_yields_to_a_red_sign_told_beside_it(sure, message):
    assert escalated(sure, message).rule == "classifier"


@pytest.mark.parametrize(
    "message",
    [
        # the sign told of another family's child, as past, or in a story read
        "how do you do cpr on a baby? last year our neighbour's baby went floppy and I keep thinking of it",
        "how do you wake a baby who won't wake? I read a story where a baby went limp and it scared me",
        # no sentence of its own telling the sign
        "how do you rouse a baby who won't wake up from a nap?",
    ],
)
def test_a_general_question_stays_asked_ahead_without_a_sign_of_this_child(sure, message):
    not_escalated(sure, message)
