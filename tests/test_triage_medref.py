"""Medical asks read by cause, with look-alikes sharing the words (issue 18, `medref`).

A red sign told as absent in Chinese (冇嘔, 沒有嘔吐, 冇再嘔, 冇發燒) is no sign: a mild knock
or a young baby's navel asked about is referred, not escalated, while the sign told as
there still escalates. A rash's "no fever" is no fever. A treatment asked for a child's
complaint ("is there treatment for", "do we treat them", 有冇治療方法) and a pain named
by its place ("his knee pain at night", "growing pains?") are questions for a doctor;
a sign denied in English ("didnt vomit or pass out", "not lethargic", "no rash") or spots
that fade under a glass are no red sign;
a cure for whining, "prevention is better than cure" (預防勝於治療) and the parent's own
ache are not.
"""

import pytest

from .decisions import answered, escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        "阿仔撞到床邊，額頭腫起個包，冇再嘔過，仲係好精神，使唔使去睇？",
        "孩子头碰到门，起了个小包，没有呕吐，吃饭正常，要注意什么？",
        "BB三個禮拜大，冇發燒，但係肚臍有啲紅，要唔要睇醫生？",
        "toddler has a blotchy pink rash on his back after the pool, no fever, playing. is it normal?",
        "is there treatment for warts on a 5 year old's feet or do they go on their own?",
        "6yo still wetting the bed every night, is there any treatment we can try?",
        "個仔七歲仲瀨尿，醫生有冇治療方法？",
        "my girl 4 years have leg pain at night, she cry, it is growing pain?",
        # red signs told as absent in English, a glass test that fades
        "he whacked his head on the slide, decent lump, didnt vomit or pass out, running around. ok?",
        "temp 38.7 in my 4yo since lunch, not lethargic, no rash, drinking fine. when do i worry?",
        "spots on her arms but i pressed a glass on them and they faded. no fever, not floppy. normal?",
        "女仔發燒三十八度半，冇出疹，亦冇抽筋，精神都OK，要唔要去醫院？",
    ],
)
def test_the_medical_ask_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "阿仔撞到床邊，額頭腫起個包，之後嘔咗三次，好眼瞓",
        "孩子头碰到门，起了个小包，刚才吐了两次，一直想睡",
        "BB三個禮拜大，今朝冇發燒，而家發燒38度",
        "he banged his head, no vomiting yet but now he is really drowsy and confused",
        "5 week old, no fever but floppy and not feeding",
        "pressed a glass on the spots and they dont fade, she is hot and sleepy",
        "發燒三十八度半，頭先抽咗兩分鐘筋",
    ],
)
def test_the_sign_told_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "is there a cure for a 3 year old who says no to everything? asking for my sanity",
        "prevention is better than cure, so where should we keep the bleach with a crawler?",
        "預防勝於治療，藥物應該點收好先唔會俾BB攞到？",
        "my back pain from lifting the baby is bad, how do I get him to climb into the car seat himself?",
    ],
)
def test_the_look_alike_is_not_referred(rules, message):
    answered(rules, message)
