"""Medical referral in both directions, by family (issue 18, branch `ref15`).

Answered (a parenting question): a check's verdict told as fine in the words parents use
("spot on", "right where she should be", `verdict_well` in `checked_clear`) before a
parenting ask; a Cantonese ask closing its sentence (有冇貼士, 要帶啲咩, `ask_opening_zh`)
after a jab or a check told fine, so the all-clear is read as told, not asked; a normal
phase of infancy named as what wears the parent out (`phase_strain`, `phase_strain_zh`,
read out as a figure); babbling (牙牙) is no tooth (`zh_teeth`); a child who prefers one
parent (`parent_preferred`) and the parent's own hurt told in a sentence of its own
(`own_hurt_told`).

Referred: the same asks with the finding current (weight dropped, a line crossed), a sign
or a relief asked beside the figure, a dose after a jab; a height worry with no figure
named, in English (`growth`: "is my 5 year old too short") and Chinese (`zh_growth`).
Not referred: a child teased for being short, a bike or a desk too small, food cut small.
"""

import pytest

from .decisions import kind


ANSWERED = [
    # a verdict told as fine, then a parenting ask
    "at the 8 month check the nurse said her weight is spot on, so how do we move her into her own room without tears?",
    "paed says he's right where he should be on the chart. ok so how do i get him to stop waking at 5",
    "The GP told us his growth is bang on the 50th centile. My worry now is screens: how much telly is fine for a 2 year old?",
    # Cantonese asks closing the sentence, after a check or a jab told fine
    "醫生話佢一歲檢查樣樣都正常，不過佢夜晚要人拍先肯瞓，有冇貼士？",
    "打完疫苗佢冇事，下個月想帶佢上音樂班，要帶啲咩？",
    "the health visitor says she's following the lines on her chart nicely. how do i get her to nap in her cot?",
    # a phase of infancy wearing the parent out
    "the colic is destroying us both, how do couples take turns in the evening?",
    "growth spurt week is killing me lol any tips for getting dinner made",
    "teething is driving us crazy, what toys keep a 6 month old busy in the car?",
    "出牙期搞到我哋兩個冇覺好瞓，大家點分工？",
    # babbling, and how to bring it on
    "BB幾時開始會牙牙學講？我哋可以點樣引導佢？",
    # the parent's own hurt, a child who prefers the other parent
    "my 20 month old only wants her papa at bedtime now. it hurts a bit honestly. how do i get some of those cuddles back?",
    # size as feelings or as things
    "my son is the smallest in his class and the big kids call him tiny. how do i help him laugh it off?",
    "is my 5 year old too small for a scooter with two wheels?",
    "個女喺班最矮，同學成日笑佢，點樣教佢應對？",
    "我仲將啲提子切到好細粒，佢四歲喇，係咪太小心？",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_parenting_asks_beside_health_words_are_answered(triage, message):
    assert kind(triage, message) is None, message


REFERRED = [
    # the finding current, the same asks
    "at the 8 month check the nurse said her weight has dropped, so how do we get more food into her?",
    "paed says he's fallen two lines on the chart, how do i get him to eat more at dinner",
    "the health visitor says she's not following her line, how do i get her to nap in her cot?",
    "醫生話佢一歲檢查體重跌咗，不過佢夜晚要人拍先肯瞓，有冇貼士？",
    # a dose after a jab
    "打完疫苗佢有啲燒，可唔可以俾佢食退燒藥，要食幾多？",
    # a sign or a relief asked beside the phase
    "teething is killing me, his gums are swollen, what can i give him for the pain?",
    "the colic is destroying us, and now she has a fever of 38, what should we do?",
    # a child's own pain after a story of preferring a parent
    "she only wants her dad at bedtime, and she keeps pulling her ear and says it hurts when she lies down. does she need the gp?",
    # a height worry without a figure
    "is my 5 year old too short? he's the littlest in his class and his dad and i are both tall",
    "個仔四歲，喺班度一直都係最矮，係咪有問題？",
    "女兒六歲，比同齡的朋友矮很多，需要看生長專科嗎？",
    # babbling missed, asked whether it is late
    "個女一歲仲未識牙牙學語，係咪遲咗？",
]


@pytest.mark.parametrize("message", REFERRED)
def test_current_findings_and_growth_worries_are_referred(triage, message):
    assert kind(triage, message) == "refer", message


@pytest.mark.parametrize(
    "message",
    [
        "teething is killing me but he's gone floppy and won't wake up properly",
        "the nurse said his weight is spot on last week but tonight he's 8 weeks old and 38.5, not feeding",
        "出牙期搞到佢成晚喊，而家佢呼吸好急，嘴唇紫色，點算？",
    ],
)
def test_dangers_sharing_the_words_still_escalate(triage, message):
    assert kind(triage, message) == "escalate", message
