"""Referral decided by what the parent asks, round 4 (issue 18 item 6, branch `ref7`).

A parenting ask can be a causative frame: the parent acting on the child's will,
understanding or habit ("how do I make him willing to try it", 點樣令佢肯, 怎樣讓她明白,
"is it just a habit", "is ignoring right", mealtimes), read by `parenting_ask`. A clinician
who said the child is well reads as a check found clear in Chinese too (護士話佢體重好標準,
`checked_fine_zh`). A question someone else asked and the parent reports ("classmates ask is
it catching", 同學問會唔會傳染, `asked_by_other`) is neither the parent's ask nor a telling
of a symptom: the parent's ask is the next one. A symptom told now, a medicine or a
symptom inside the parent's own ask, or a reported question with a sign given as its
reason keeps the referral.
"""

import pytest

from .decisions import not_referred, referred


@pytest.mark.parametrize(
    "message",
    [
        # a causative parenting ask after a clinician's all-clear
        "The GP says she's perfectly healthy but she won't touch anything green. How do I make her willing to try a bite?",
        "醫生話佢一切正常，不過佢成日唔肯自己著鞋，點樣令佢肯自己做？",
        "护士说她身高体重都很正常，可是每晚都要抱着才睡，怎样让她愿意自己躺下？",
        # an adult's pain in the telling, the children's time asked
        "我太太腰痛咗好耐，我一個人湊三個，點樣分配時間俾佢哋？",
        # a reported question about a condition, the parent's ask how to answer
        "Kids at swimming asked is his eczema contagious. How can I teach him what to say back?",
        "佢有濕疹喺腳，班上同學問會唔會傳染，我點教佢答先好？",
        "his older cousin keeps asking is she ill bc of her hearing aids, how do i explain hearing aids to a 5yo",
    ],
)
def test_a_parenting_ask_with_health_only_in_the_setting_is_answered(rules, message):
    not_referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # the same frames with the child's health in the ask or told now
        "He's on antibiotics for an ear infection. How do I make him willing to take the medicine?",
        "佢發燒咗三日，點樣令佢肯飲多啲水？",
        "孩子咳了兩個星期，怎樣讓他願意吃止咳藥？",
        "佢嘅濕疹抓到流血，點樣令佢唔再抓？",
        # a reported question whose reason is a sign told now, or asked whether to go
        "My mum keeps asking is he sick bc he's been so pale and sleepy all week. Should I get bloods done?",
        "老師問佢係咪發燒，佢而家仲係好熱，使唔使睇醫生？",
        # a clinician's words that are not a clear check
        "醫生話要觀察下佢係咪正常，佢嘅大便有血絲，點算？",
    ],
)
def test_the_childs_health_asked_or_told_now_stays_referred(rules, message):
    referred(rules, message)
