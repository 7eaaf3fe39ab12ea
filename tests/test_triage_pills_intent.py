"""Pills named, then the intent to take "them all" (issue 18, lead, session 35).

C-SSRS intent with a method is often told by a back reference: the pills are named in
one clause and "I'll take them all" or 食曬佢 comes after. Escalated in English and
Cantonese. Not escalated: a course taken as prescribed, children taken somewhere,
medicine taken off a toddler, 抗生素要食曬佢 on a doctor's advice.
"""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "the sleeping tablets are lined up on the sink, once hes down for the night im going to swallow them all",
        "i got all my painkillers in a cup. waiting for the kids to sleep then i'll take them all at once",
        "meds are in my bag, gonna have them all in one go after dinner",
        "我將啲安眠藥擺晒喺床頭，諗住等老公出咗門就吞曬佢",
        "我儲起咗嘅止痛藥已經數好，打算今晚食埋佢",
    ],
)
def test_pills_then_taking_them_all_escalates(rules, message):
    escalated_as(rules, message, "suicide_plan")


@pytest.mark.parametrize(
    "message",
    [
        "the gp gave me antibiotics for mastitis, i'll take them all as prescribed, is it ok while breastfeeding?",
        "bought cold tablets for the kids and im going to take them all to the park after",
        "my 2yo grabbed my pills from the table and i took them all off her before she opened it",
        "醫生話抗生素一定要食曬佢，我餵緊人奶得唔得？",
        "個女將我啲藥全部攞曬出嚟玩，我即刻收返好，點教佢唔好掂？",
    ],
)
def test_taking_them_all_in_another_sense_does_not_escalate(rules, message):
    not_escalated(rules, message)
