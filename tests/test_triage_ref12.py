"""Referral precision and recall, round ref12 (issue 18): a temperature taken, a finding
on the skin placed on the body, size ranked among others and a growth clinic, when a
food may start asked in Chinese (new medical rules); breathing told as not stopping
(`_DENIED_SIGN`); a writer's own way "ever since" no red sign (`_own_way_since`); letting
go and taking turns no visit asked (`visit_needed`); someone else's condition explained
to the child (`_asides_out`); the ask reader loaded only whole. Messages in my own words,
near-twins included."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.ask_reader import AskReader, load_shipped_reader
from assistant.safety_model import shipped_data

from .decisions import answered, decided, escalated, referred

REFERRED = [
    # a temperature taken, a thermometer asked about
    "we got an ear thermometer and a stick one and they never agree, which do i trust? "
    "she is 10 months",
    "Is the forehead scanner good enough for a newborn or do I need a digital thermometer?",
    "how u take temperature of baby who wont keep still, under arm or ear better?",
    "額溫槍準唔準㗎？個仔兩歲，每次探都唔同",
    # a finding on the skin placed on the body
    "tiny skin coloured bumps with a dimple in the middle all over her tummy, what are they",
    "My baby have some white little dots across his nose since born, is it normal?",
    # size ranked among others, a growth clinic
    "She's the smallest of all the kids in her class and she is 6 now. Do we need to get "
    "her growth looked at?",
    "Our paediatrician mentioned a bone age x-ray. What does that involve?",
    # when a food may start, in Chinese with the child between
    "幾時可以開始俾囡囡食蛋黃？六個月會唔會太早",
    # snoring with breathing told as not stopping: referred, not escalated
    "my 3 yr old snores like a train most nights. he doesnt seem to stop breathing, "
    "should his adenoids be checked?",
]


@pytest.mark.parametrize("message", REFERRED)
def test_questions_for_a_doctor_are_referred(triage, message):
    referred(triage, message)


ANSWERED = [
    # the same words about a room, a bath, a toy
    "what should the room thermometer say for a baby to sleep safely? ours reads 27",
    "冲涼水溫要幾多度先適合初生BB？",
    # marks put on the skin, a habit
    "my 4 year old came home with felt tip dots all over her arms, how do i get her to "
    "draw on paper instead?",
    # size and feelings, size of a thing
    "My son is the shortest in his class and the boys call him shrimp. How do I help his "
    "confidence?",
    "He built the tallest tower of all the kids at playgroup, any ideas for more "
    "building games?",
    "個仔係班入面最矮，同學笑佢，點樣幫佢建立自信？",
    # a past stay told over, the parent's own way since
    "He spent a week in special care after he was born. That was three years ago and "
    "he's fine. I've been anxious ever since. How do I stop hovering?",
    "My husband wants to let her go to her first sleepover. How do I start letting go?",
    # someone else's condition explained to the child
    "My son's best friend has diabetes and injects at parties. How do I explain the "
    "needles to him so he isn't scared?",
    "Her grandma is having chemo. How do I explain chemo to a 5 year old?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_parenting_questions_sharing_the_words_are_answered(triage, message):
    answered(triage, message)


STILL_REFERRED_OR_ESCALATED = [
    # the child's own condition explained to an adult is a question for the doctor
    "My son has epilepsy. How do I explain his seizures to his new teacher?",
    # a sign going on since, told of the child
    "He had a febrile fit last year. Since then he has had a fever every week, what "
    "should we do?",
]


@pytest.mark.parametrize("message", STILL_REFERRED_OR_ESCALATED)
def test_own_condition_and_a_sign_since_still_go_to_a_doctor(triage, message):
    assert decided(triage, message).kind in ("refer", "escalate")


def test_breathing_that_stops_still_escalates(triage):
    escalated(triage, "he snores and then he stops breathing and goes blue")


def test_visit_asked_still_reads_going_and_taking(triage):
    def asks_visit(ask: str) -> bool:
        text = f" {ask} "
        seen = triage._plain_reader.read_also(triage._reader.read(text))
        return triage.visit_needed.search(text, seen) is not None

    for ask in ("should i take him to the gp", "do we need to take her in", "should we go"):
        assert asks_visit(ask)
    for ask in ("how do i start letting go", "how do i get her to take turns"):
        assert not asks_visit(ask)


def test_reader_file_without_its_thresholds_is_refused(tmp_path):
    shipped = shipped_data() / "ask-model.npz"
    with np.load(shipped, allow_pickle=False) as data:
        fields = {k: data[k] for k in data.files if k not in ("sure", "threshold_zh")}
    np.savez_compressed(tmp_path / "old.npz", **fields)
    with pytest.raises(KeyError):
        AskReader.load(tmp_path / "old.npz")
    assert load_shipped_reader() is not None
