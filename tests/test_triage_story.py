"""A rule's exceptions read the sentence's story, not only the sentence (issue 18 item 6).

A parent often tells a past illness in one sentence and asks a parenting question in the
next; a milestone question is often split from the child's details by a question mark.
The exceptions (an illness told as over, a general question of what is usual, a
complaint of school days told with nerves) read the sentences that belong to one story
with the one a rule matched. Never the other way: a sentence telling something now
("tonight", "she has a rash", "again") is read alone, so a past told beside it never
excuses a present danger or a present symptom.
"""

import pytest

from .decisions import answered, escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        # an illness told as over, then a question of closeness, sleep or confidence
        "she was poorly with bronchiolitis as a newborn. shes nearly 2 now and cries whenever i leave the room",
        "He had grommets fitted last spring. Since then he will only fall asleep if I lie next to him.",
        "we were in hospital with a chest infection when he was 4 months. now he's 3 and so shy with strangers, how can i encourage him",
        "my girl had her appendix out back in april. she wants me to stay at drop off every day now, how do i leave?",
        "After his hernia operation he wouldn't sleep in his own room any more. How do I get him back there?",
        "she had an ear infection ages ago, all cleared up. she hates me leaving her at nursery, is that separation anxiety?",
        # a complaint of school days told with nerves in the next sentence
        "Every Friday she says her head hurts. She's scared of the spelling test. How do I calm her worries?",
        # the doctor has named a harmless spell; the question is how to react
        "he arches and goes stiff when he's furious. the gp said it's only a temper spell. how should we react?",
        # Chinese: an age then, healthy now; a complaint of school days with nerves
        "仔仔三個月嗰陣患過肺炎入院，而家兩歲好健康。點樣令佢唔好咁怕陌生人？",
        "個女每逢星期五就話頭痛。佢好驚默書，點樣幫佢放鬆？",
    ],
)
def test_a_past_illness_then_a_parenting_question_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the illness back, or a symptom now, in a later sentence
        "she had eczema when she was a baby. now there are red scaly patches on her elbows again",
        "He had croup in november. He has a barking cough at night now and sleeps badly.",
        "my son had a chest infection last month. this week he is wheezy and tired at nursery",
        # a present symptom first, a past told after it
        "she has a rough red rash on her cheeks. she had eczema as a baby and she sleeps fine",
        # a present symptom in the past sentence's own story
        "After her tonsil operation she has a temperature and won't go to sleep alone.",
        "Every Friday his tummy hurts and he has a fever. He's nervous about his teacher.",
        "个女细个有湿疹，后来好返。呢几日手臂又出咗好多红疹，晚晚痕到瞓唔到",
    ],
)
def test_a_present_symptom_told_beside_a_past_one_is_still_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "She had bronchiolitis at 6 weeks. Right now she's grunting and her lips are going blue.",
        "he had a febrile fit when he was 1. he's 3 and is having another fit now, shaking all over",
        "we had croup last winter. tonight he can't get his breath and his ribs suck in",
        "she had a tummy bug in march, all better. she just swallowed a magnet from the fridge",
        "When do babies crawl? She was moving about fine but today she's floppy and not moving her legs.",
        "佢舊年有過細支氣管炎。而家佢呼吸好急，個嘴唇發紫。",
    ],
)
def test_a_present_danger_told_after_a_past_event_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "what age do babies usually crawl? my boy is 11 months and not moving around at all",
        "when should she be walking? 16 months and doesnt move unless we carry her",
    ],
)
def test_a_milestone_question_split_from_the_childs_details_is_referred_not_escalated(
    rules, message
):
    referred(rules, message)


def test_a_fall_long_over_and_cleared_is_not_escalated_but_one_with_red_signs_is(rules):
    over = "Back in May he fell off the climbing frame, was checked and all clear. He won't go on it now."
    answered(rules, over)
    now = "Back in May he fell off the climbing frame and now he's vomiting and very sleepy"
    escalated(rules, now)


def test_a_figure_of_speech_for_the_whole_family_is_not_referred(rules):
    result = rules.decide("this teething is killing us all, how do we get through the nights?")
    assert result.kind is None, result.reason


def test_a_milestone_still_not_reached_after_the_question_is_referred(rules):
    message = "by what age should they crawl? hes 11 months and still not moving around"
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "when should babies crawl? he's still not moving since he fell off the bed",
        "what age do they walk? she is 1. still not moving at all today and she won't wake up",
    ],
)
def test_a_milestone_question_beside_a_danger_still_escalates(rules, message):
    escalated(rules, message)
