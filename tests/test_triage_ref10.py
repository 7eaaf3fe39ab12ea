"""Referral precision and recall, round ref10 (issue 18 item 6): a clinician's finding that
rules a sign out read as a check found clear (`ruled_out`), a small swallow told with a
care ask in other words (`swallow_care_asked`), a red sign told as over no veto on the
reader of the ask (`Triage._red_sign_now`), what only a clinician answers kept out of the
reader's reach (`doctor_asked`), and the reader retrained with the independent writers
trainw5 and trainw6 at the thresholds `bench/ask_reader.py --choose` allows, per language.
Messages in my own words, near-twins included."""

from __future__ import annotations

import pytest

from assistant.ask_reader import (
    PARENTING_BELOW,
    PARENTING_BELOW_ZH,
    SURE_BELOW,
    load_shipped_reader,
    writer_files,
)

from .decisions import answered, decided, escalated, referred

# -- a clinician's finding that rules a sign out -----------------------------------
RULED_OUT_ANSWERED = [
    "The GP examined her and said no infection, it's just behaviour. How do I stop her "
    "complaining of tummy aches before school?",
    "Paediatrician ruled out reflux, says she's just a fussy eater. How do I get her to "
    "try new food?",
    "my dr said its not asthma, just him copying his big brother's cough for attention "
    "lol. how do i handle that",
    "仔仔成日眨眼，醫生睇過話唔係病，只係習慣，叫我唔好成日提佢。咁我可以點幫佢改？",
    "仔仔成日話肚痛唔想返學，醫生檢查過話唔係病，只係情緒，點樣同佢傾？",
]


@pytest.mark.parametrize("message", RULED_OUT_ANSWERED)
def test_finding_that_rules_a_sign_out_is_background(triage, message):
    answered(triage, message)


RULED_OUT_STILL_MEDICAL = [
    # the sign back now, after the finding
    "Paediatrician ruled out reflux but she still vomits after every feed and is losing "
    "weight. How do I get her to eat?",
    "醫生話唔係敏感，但係今日佢塊面又腫又痕，點樣令佢唔好抓？",
    # a clinician's instruction, not a finding
    "The doctor said no dairy for two weeks. What can I give her instead for calcium?",
    # the finding asked about, not told
    "Could the doctor have missed it? He said no infection but she still has a fever of "
    "39 today.",
]


@pytest.mark.parametrize("message", RULED_OUT_STILL_MEDICAL)
def test_a_sign_now_or_an_instruction_keeps_the_referral(triage, message):
    assert decided(triage, message).kind in ("refer", "escalate")


# -- a small swallow with a care ask in other words ----------------------------------
SWALLOW_CARE = [
    "my baby swallowed a bit of playdough an hour ago, acting totally normal. anything i "
    "need to do?",
    "He ate a little piece of chalk at nursery, the teacher says he's fine. Do we need to "
    "do anything?",
    "toddler licked a small bit of sunscreen off her hand, what should i do",
    "Our 2yo chewed and swallowed a tiny lump of plasticine before we noticed. He seems "
    "himself. What do we do now?",
]


@pytest.mark.parametrize("message", SWALLOW_CARE)
def test_small_swallow_with_a_care_ask_is_referred(triage, message):
    referred(triage, message)


SWALLOW_LOOKALIKES = [
    "We're doing crafts with crayons and playdough this weekend, what should I do to keep "
    "it tidy?",
    "My son ate his whole dinner and a bit of cake, what should I do about his sugar "
    "cravings?",
    "He chewed a piece of paper at school and his teacher laughed. What do I do about "
    "this habit of chewing stuff?",
    "We pretend to eat playdough cakes at the tea party, she loves it. What should I do to "
    "make it more fun?",
]


@pytest.mark.parametrize("message", SWALLOW_LOOKALIKES)
def test_no_swallow_asked_about_stays_answered(triage, message):
    answered(triage, message)


def test_danger_swallowed_still_escalates(triage):
    message = "he swallowed a small button battery from the remote, what should i do"
    escalated(triage, message)


# -- a red sign told as over ---------------------------------------------------------
def red_sign_now(triage, message: str):
    """`_red_sign_now` as the gate reads it on `message` (None if the gate is not met)."""
    found = {}
    gate = triage._parenting_asked

    def probe(message, parts, text, features, chinese, ruled, words, **options):
        found["red"] = triage._red_sign_now(parts, text, features)
        return gate(message, parts, text, features, chinese, ruled, words, **options)

    triage._parenting_asked = probe
    try:
        triage.decide(message)
    finally:
        triage._parenting_asked = gate
    return found.get("red")


def test_red_sign_told_as_over_is_no_veto(triage):
    message = (
        "At 9 months she was rushed to hospital with bronchiolitis and needed oxygen, but "
        "she has been completely well for two years since. Now she has started stammering "
        "when she is excited. Do I correct her?"
    )
    assert red_sign_now(triage, message) is False


def test_red_sign_with_a_health_question_after_it_still_vetoes(triage):
    message = (
        "He had a febrile convulsion when he was 1 and we called an ambulance, he's been "
        "fine since. Could it happen again with this fever, do I need to go to hospital?"
    )
    assert red_sign_now(triage, message) is True
    assert decided(triage, message).kind in ("refer", "escalate")


# -- what only a clinician answers keeps the reader's reading from standing ------------
DOCTOR_ASKED = [
    "bumped his head on the coffee table an hour ago, small lump, playing normally. any "
    "observations we should do tonight?",
    "Is melatonin ok for a 4 year old who won't settle at night?",
    "The health visitor says her weight has dropped two centiles and wants to see her "
    "again in a month. What does that mean?",
    "BB撞到頭起咗個包，而家照玩，今晚要注意啲咩？",
    "個女手臂有粒嘢，會唔會自己消？",
    "幼稚園通知話個仔有頭蝨，點算？",
    "nursery sent a note, she has nits again. what do we do?",
]


@pytest.mark.parametrize("message", DOCTOR_ASKED)
def test_what_only_a_clinician_answers_stays_referred(triage, message):
    referred(triage, message)


def test_wait_for_the_clinic_is_a_doctors_question(triage):
    message = (
        "Her temperature has been 39.5 since lunch and she is very sleepy. Should we just "
        "wait for our appointment tomorrow?"
    )
    assert decided(triage, message).kind in ("refer", "escalate")


# -- the reader --------------------------------------------------------------------
def test_reader_reads_the_new_writers():
    names = {f.name for f in writer_files()}
    assert {"indep-trainw5.jsonl", "indep-trainw6.jsonl"} <= names
    assert "writers_trainw4.jsonl" not in names  # held out


def test_thresholds_as_chosen():
    reader = load_shipped_reader()
    assert (reader.threshold, reader.sure) == (PARENTING_BELOW, SURE_BELOW) == (0.1, 0.02)
    assert reader.threshold_zh == PARENTING_BELOW_ZH == 0.15
