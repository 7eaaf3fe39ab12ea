"""A child's emergency told as past and resolved, then a question about now (issue 18).

Parents often open with an old scare (a coin swallowed "when she was 2", a fit "over
Christmas", 細個跌親頭) and a sign that it is over ("it passed", "the doctor wasn't
worried", 冇事, 好返) before asking a parenting question. The triage dates the told event
(`event_past`), reads the sign it is over (`event_over`) and asks that nothing after it
tells it back or happening now (`event_back`). A past scare never hides a present danger:
a return told in the same sentence or after it, or a danger whose signs are told only in
a later sentence, still escalates; a symptom told now is still referred. A caregiver's
own crisis or an abuse long over and treated or left ("ive been fine for over ten years",
已經離婚，而家好安全) is read the same way, never when something is told again or now.
"""

import pytest

from .decisions import answered, escalated, not_escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        # ages then, months, seasons, holidays, "a while back", "the one time"
        "my little girl swallowed a marble at 18 months, it passed after a couple of days and "
        "the GP wasn't worried. she's 3 now, how do I get her to tidy her toys away?",
        "Our son had a febrile fit over Christmas, the paramedics checked him and he was fine "
        "after. Now he's terrified of the dark, any tips for bedtime?",
        "a while back my daughter got her fingers trapped and cut in the car door, needed a "
        "couple of stitches, healed fine. she now refuses to get in the car - how do i help?",
        "In the spring my toddler drank some of the washing up liquid, the poisons line said "
        "it was harmless and he was fine. Is it normal for him to be so fussy with food now?",
        "the one time my baby fell off the changing table I panicked, but the hospital checked "
        "her and she was fine. She is 1 now. How do I stop feeling guilty?",
        "When he was little he pulled a pan of hot water on himself and had burns on his "
        "chest, all healed now with barely a mark. He's 6 and asking about the scar, what do "
        "I say?",
        # the scare far from its date, a plural sign, "back into" a routine
        "Our baby had a really high fever and a febrile convulsion at 11 months, the "
        "paediatrician said it was nothing serious and she's been fine since. How do we get "
        "her back into a sleep routine after all that?",
        "The time he fell off the climbing frame and knocked himself out for a few seconds was "
        "last spring, the hospital kept him in overnight and all scans were normal. He's now "
        "scared of heights, is that normal?",
        # Cantonese, written Chinese and Simplified: 之前, 舊年, 細個, 早排, 前年, 兩歲嗰陣
        "幾個月前佢食咗粒花生窒親，拍背之後吐返出嚟，之後都冇事。想問佢兩歲可唔可以開始自己食飯？",
        "我個女細個跌落樓梯撞到頭，照完CT冇事。佢而家好怕行樓梯，點幫佢？",
        "舊年佢誤食咗啲洗衣珠，洗完胃冇事。而家佢五歲，成日問點解要鎖櫃，我點解釋？",
        "早排個仔食海鮮敏感，塊面腫咗，去急症打完針好返。而家佢唔肯試新嘢食，點算好？",
        "之前BB瞓覺嗰陣呼吸停咗幾秒，醫生檢查過話正常，之後冇再發生。而家佢八個月，幾時可以瞓自己床？",
        "宝宝一岁时吞过一颗纽扣，后来排出来了，医生说没事。现在她两岁半，还是什么都往嘴里放，怎么办？",
    ],
)
def test_an_emergency_told_as_over_before_a_parenting_question_is_not_escalated(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a return told after the past one, with or without the danger's own words
        "he choked on a grape last month and was fine. its happening again right now",
        "She had a febrile seizure last year, totally fine since. She's having another one "
        "right now and it's been 6 minutes",
        # a clause told now in the sentence that dates the scare
        "he was ok after the choking scare last summer but rn hes not breathing properly and "
        "his lips r grey",
        "my son swallowed a magnet last spring and it passed fine, he is now drooling and "
        "holding his chest after playing with his brothers magnet set",
        # the danger's signs told only in a later sentence
        "our 5 week old son had a bit of a sniffle last week but he's fine now. today he's "
        "38.3 and not interested in his bottle",
        # Chinese: 又, 頭先, 而家 with a sign
        "佢上年跌親頭冇事，但而家成個人好軟，叫極都唔醒",
        "之前吞過硬幣冇事，佢依家流晒口水話心口痛，頭先好似吞咗粒磁石",
        "宝宝之前呛过奶没事，但是现在又呛到脸发紫，喘不过气",
        # told after the sign that the past one is over, in the same sentence
        "舊年佢撞親頭好返，BB尿片成日都係乾，成個人軟晒",
        "I had PND years ago and recovered, now after this baby I keep thinking everyone "
        "would be better off without me",
        "細個嗰陣好返，上個月佢老豆打到佢手臂瘀晒",
    ],
)
def test_a_danger_told_now_after_a_past_scare_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the return only feared: no return
        "she choked on a bit of apple as a baby and coughed it straight up, all fine. could it "
        "happen again now she's on finger foods? how do i stay calm at meals",
        "佢細個抽過筋，之後冇再發生。驚佢會再抽，但佢而家好健康，點樣唔好咁緊張？",
    ],
)
def test_a_return_only_feared_is_not_a_return(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "when i was a teenager i used to cut myself, ive been fine for over ten years. my son "
        "found an old photo showing my arms, how do i talk about it?",
        "I used to get intrusive thoughts about dropping my baby down the stairs when he was a "
        "newborn, CBT helped and they stopped long ago. He's 4 now, how do I handle his "
        "tantrums?",
        "以前前夫會打我，我哋兩年前已經離婚，而家好安全。個仔問點解唔見爸爸，我點解釋？",
        "我生完BB嗰陣有產後抑鬱，成日想死，睇完精神科食藥之後好返咗幾年。而家個女問我點解以前成日喊，我點答？",
    ],
)
def test_a_crisis_long_over_and_treated_is_not_escalated(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a symptom now, or a question about the illness itself, after a past one
        "She had a kidney infection when she was 8 months, antibiotics cleared it. Is she "
        "likely to get it again, does she need a scan?",
        "my son swallowed a button as a toddler and it passed fine. now he's 5 and gets "
        "tummy aches every evening, should he be checked?",
        "個仔之前抽筋過，而家有38度半，但係照玩，退燒藥食幾多ml？",
    ],
)
def test_a_health_question_after_a_past_scare_is_still_referred(rules, message):
    referred(rules, message)
