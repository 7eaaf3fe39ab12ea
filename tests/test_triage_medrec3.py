"""Medical questions not referred, round 3 (issue 18, branch `medrec3`).

Referred: a knock asked about with "ice and watch?", "should I be doing anything", "what
do I check tonight", "fine or go to the clinic?", 冰敷就得; a small cut asked about
(plaster or leave it open); a child playing told as a sign of being well (好正常咁玩,
食玩正常, "playing normally"), which is no frame of play; a small harmless swallow asked
about (a bit of soil, a pip, some gum, 吞咗少少); a nursing parent's medicine passing to
the baby; wet nappies or meals a day asked in Chinese; "yellow stuff", an eye stuck shut;
a sunscreen or a repellent asked for a young child; a return after an operation; an
assessment asked in written Chinese; head lice in Chinese; an eye told as drifting; a
milestone not yet begun.

Still escalated: a danger swallowed (a battery, tablets) whatever the ask. Not referred:
a toddler banging his head in a temper, a child's play or a game, "swallowed his pride",
a sunscreen on a packing list, a school-work assessment.
"""

import pytest


@pytest.mark.parametrize(
    "message",
    [
        "my 3yo walked into the door frame, theres a lump on his forehead, cried then went back to his lego. ice and watch?",
        "She tumbled off the step and knocked her chin. Small bruise, eating her snack now. Should I be doing anything?",
        "My son knock his head at the playground, little bump, he is happy. What we should check tonight?",
        "toddler slipped and bumped her knee on the coffee table, a bit swollen, is it okay or go to the clinic?",
        "個女跌親撞到膝頭，腫咗少少，佢之後照食照玩，冰敷就得？",
        "He cut his thumb on the edge of a tin, a little blood and it stopped. Plaster or leave it to air?",
        "個仔俾蚊叮完手臂腫咗一舊，有啲熱，但佢好開心咁玩，要唔要睇醫生？",
        "my 20 month old swallowed a bit of soil from the plant pot, she's totally fine, will it harm her?",
        "Our 4 year old swallowed a cherry pip at lunch. Is that dangerous?",
        "三歲女唔小心吞咗塊香口膠，會唔會有事？",
        "I take sertraline and nurse my 2 month old. Does it pass into her through the milk?",
        "BB出世一個禮拜，一日要有幾多片濕片先夠？",
        "八個月大開始食固體，一日食幾多餐先啱？",
        "his ears have had green stuff coming out since yesterday, does he need to see someone?",
        "her eyes are crusted shut every morning, what can we use?",
        "What sunscreen is ok for a 5 month old baby? We're going to the beach next week.",
        "兩歲仔去露營，用防蚊貼安唔安全？",
        "When can he go back to kindy after his grommets were put in?",
        "四歲仔講嘢唔太清楚，是否需要評估言語發展？",
        "學校話個女有頭蝨，點樣處理？",
        "his left eye drifts outwards when he's tired, should we get it looked at?",
        "She's 9 months and has not yet started to crawl, is that normal?",
    ],
)
def test_a_medical_question_in_everyday_words_is_referred(assistant, message):
    result = assistant.triage.decide(message)
    assert result.kind == "refer", (message, result.kind, result.rule)


@pytest.mark.parametrize(
    "message",
    [
        "he swallowed a button battery from the remote, is it harmful?",
        "my 2 year old swallowed some of my tablets, will she be ok?",
        "個仔吞咗粒鈕扣電池，會唔會有事？",
    ],
)
def test_a_danger_swallowed_is_still_escalated(assistant, message):
    result = assistant.triage.decide(message)
    assert result.kind == "escalate", (message, result.kind, result.rule)


@pytest.mark.parametrize(
    "message",
    [
        "my 2 year old bangs his head on the wall when he's cross, is that normal?",
        "what should i do if he bangs his head on purpose in a tantrum?",
        "My son had to swallow his pride and say sorry to his sister. How do I praise that?",
        "packing list for a beach weekend with a toddler: sunscreen, hats, snacks, what else?",
        "佢數學好差，使唔使做評估？",
        "個仔成日同妹妹咁玩，要唔要阻止？",
    ],
)
def test_the_same_words_without_a_medical_question_are_not_referred(assistant, message):
    result = assistant.triage.decide(message)
    assert result.kind is None, (message, result.kind, result.rule)
