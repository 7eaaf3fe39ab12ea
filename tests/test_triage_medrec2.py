"""Medical questions escalated or not referred, round 2 (issue 18, branch `medrec2`).

Referred, not escalated and not answered: a knock whose mild course (a small lump or
egg, a red mark, a cry and then play) or care question is told in the sentences after
the one naming it; a knock to a limb or the bottom, a slide off a sofa, with "anything
to watch for" and its kin; an insect bite or a sting with its own swelling only; a
nursing parent's coffee, tea, wine or cold remedy asked about; a doctor named in
English or an assessment asked for in Cantonese.

Still escalated: the same knocks with vomiting, sleepiness, a big or soft swelling, an
infant or a height, wherever in the message the red sign is told; a sting with the lips
or the throat swelling or the breathing hard. Not referred: a child who bites others,
bites prevented, a nursing parent's tiredness asked about.
"""

import pytest

from .decisions import answered, escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        "My 3 year old ran into the edge of the kitchen island. He has a small lump above his eye. He cried for a minute and now he is colouring. Is there anything I should do?",
        "little one bonked her forehead on the bench at the playground. tiny egg there now. she is back on the swings laughing. anything to watch for?",
        "He slipped in the bath and banged his lip on the tap. It's a bit puffy, no cut. He's totally normal. Can I put something cold on it?",
        "仔仔頭先撞到張凳，額頭起咗粒細包。佢喊咗一陣，而家玩緊積木。要唔要做啲咩？",
        "女儿撞到了门框，额头红了一块。她哭了一下就好了。需要怎么处理吗？",
    ],
)
def test_a_knock_with_its_mild_course_in_the_next_sentences_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "My 3 year old ran into the edge of the kitchen island. He has a small lump above his eye. He has been sick twice since and is very sleepy. Is there anything I should do?",
        "little one bonked her head on the bench. there is a huge lump now. she is back on the swings but keeps stumbling.",
        "My 7 month old rolled off the sofa and hit her head. There's a small bump. She cried a bit and is playing now.",
        "仔仔撞到頭，額頭起咗個包。之後嘔咗三次，好眼瞓。要唔要做啲咩？",
        "He got stung by a wasp at the park. His lips are swelling and he is wheezing. What can I put on it?",
    ],
)
def test_the_same_knocks_and_stings_with_a_red_sign_anywhere_are_escalated(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "she slid off the couch and landed on her arm, a bit red, still playing. is there anything we need to look out for?",
        "my son fell over on the scooter path, bruise on his leg, running about again. what should we be watching for",
        "Bub took a tumble onto her bottom at swimming, cried briefly and is fine. Anything to keep an eye on?",
        "孩子從滑梯滑下來，屁股着地，哭了幾聲就沒事，要注意什麼？",
        "個女跌親，手肘擦損咗少少，佢照玩，點樣清洗個傷口？",
    ],
)
def test_a_knock_anywhere_on_the_body_with_a_watch_or_care_question_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "Two mosquito bites on his leg blew up into big itchy welts after the picnic. Otherwise he's fine. What's safe to put on them?",
        "got stung by a bee on her toe at the beach, toe is puffy and red but she's happy. do we need to do anything?",
        "our puppy nipped his finger, tiny puncture, didn't bleed. should he see a doctor?",
        "个仔被蚊子咬了几个大包，肿得好大，可以擦什么药？",
    ],
)
def test_a_bite_or_a_sting_with_its_own_swelling_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "how much caffeine is ok when you're breastfeeding a newborn?",
        "breastfeeding my 4 month old - can I have a couple of glasses of prosecco at a wedding, and how long should I wait?",
        "I'm nursing and came down with flu. Is cold and flu medicine safe for the baby?",
        "餵緊母乳，一日飲兩杯奶茶會唔會影響BB？",
        "哺乳期感冒了，吃感冒药会不会传给宝宝？",
    ],
)
def test_a_nursing_parents_own_intake_asked_about_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "個女兩歲講嘢好少，使唔使揾 paed 睇吓？",
        "佢四歲好多字都講唔清楚，要唔要搵人做個言語評估？",
    ],
)
def test_a_doctor_named_in_english_or_an_assessment_asked_in_cantonese_is_referred(
    rules, message
):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "how do I stop my 3 year old biting the other kids at nursery when he's cross?",
        "any tips to keep mosquitoes away from the cot without sprays? we're off to Lantau",
        "i'm breastfeeding and running on coffee, how do i get the baby to nap longer so i can rest?",
        "我餵緊人奶，成日好攰要飲咖啡頂住，點樣令BB瞓長啲？",
        "個仔好鍾意跑，成日撞到啲傢俬，點樣教佢慢啲？",
    ],
)
def test_bites_caffeine_and_bumps_in_a_parenting_question_are_not_referred(rules, message):
    answered(rules, message)
