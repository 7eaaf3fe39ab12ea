"""Dangers the rules missed, by cause, with look-alikes sharing the words (issue 18, `rec18`).

Escalated by the rules alone: a child's game named as the setting of a real injury
(blood everywhere in a game of superheroes, 扮醫生 and 食咗公公啲藥, a game and then
拍極都唔醒); 怎樣/點樣 + a verb + 都 read as "however hard I ..." and not as a question
asked ahead (怎樣搖都搖不醒); 搖佢都唔醒, 手腳淋淋哋; a rash told pressed before "it not
go away", one spot or many; a hot food told spilled "on my son leg" with no possessive; God or a voice telling the new mother to
take the baby to the sea or the river, 神叫佢帶BB去海邊; a swallowed battery told as
the thing named first, 電池…吞了下去.

Not escalated: a teddy "not breathing" in a game, a game of hospital with ketchup
"blood", sweets pretended as medicine in a game without an adult's medicine, a teen
who will not wake for school asked how to handle, a heat rash that goes white when
pressed, soup on a shirt, a river christening God is said to want, a sermon's words.
"""

import pytest

from .decisions import escalated, escalated_to, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a game as the setting of a real injury
        "we were playing superheroes and she cut her hand on the glass, blood everywhere",
        "兩兄弟扮醫生，細佬食咗公公啲降血壓藥，頭先開始嘔",
        "佢哋玩扮超人，跳落嚟之後，而家拍極都唔醒",
        # however hard I call or shake, still not awake
        "兒子退燒後一直睡，怎樣搖都搖不醒，該怎麼辦",
        "阿女晏晝瞓完覺，我點樣拍佢都唔醒",
        "個仔發燒，我搖佢都唔醒，手腳淋淋哋",
        # a press told before the rash stays
        "high temp and a red spot on his leg like a bruise, i press it and it not going away",
        "fever all day, purple dots on his arm, rolled a cup over them, they don't go away",
        # hot food on a child, learner English
        "the soup from the stove spill on my baby leg, red and she scream",
        # God or a voice telling the mother to take the baby somewhere
        "my wife keeps saying god told her the baby must go into the lake to be made pure, she had him 2 weeks ago",
        "太太生完仔三個星期，話神叫佢帶BB去河邊洗走啲邪氣",
        # the thing named first, then swallowed
        "女兒嘴裡含著一顆磁石，剛才吞了下去",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "我個仔玩扮醫生成日話隻熊仔冇呼吸要急救，咁係咪正常",
        "kids playing hospital with ketchup as blood, is it ok to let them?",
        "my son plays superheroes and says the villain has blood everywhere",
        "個仔扮醫生玩，話啲糖係藥，食咗兩粒糖",
        "青少年週末總是叫不醒，請問應該如何處理",
        "heat rash on his back, no fever, when i press it goes white, what cream",
        "my son spilled his soup on his shirt again, tips to slow him down at meals?",
        "my mother says God wants the baby christened in the river like she was, is river water safe for a 5 month old",
        "the pastor said god wants us to be patient with our kids, easier said than done",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, group",
    [
        (
            "my wife keeps saying god told her the baby must go into the lake to be made pure, she had him 2 weeks ago",
            "caregiver_crisis",
        ),
        ("兒子退燒後一直睡，怎樣搖都搖不醒，該怎麼辦", "child_emergency"),
        (
            "we were playing superheroes and she cut her hand on the glass, blood everywhere",
            "child_emergency",
        ),
    ],
)
def test_the_guidance_fits(rules, message, group):
    escalated_to(rules, message, group)
