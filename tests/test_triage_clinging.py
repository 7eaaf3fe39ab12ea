"""A child who will not let the parent leave is separation anxiety, not coercive control
(issue 18, lead, session 35).

Not escalated: a child named as the one who "won't let me leave", or a leaving kept
from by the child's crying, sleep or need of the parent (個仔唔俾我出街，一出門口就喊).
Still escalated: a partner who will not let the parent leave, see family or a doctor,
or who takes the keys or the phone, even with a child named or crying beside it.
"""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "my 3 yr old wont let me leave the room til she's asleep, it takes 2 hours every night",
        "He won't let me go out to the shops without him sobbing at the door. Any tips?",
        "our baby doesn't let me leave her side for one minute, even to shower, is this a phase?",
        "my son will not let me go to the bathroom alone, he bangs on the door crying",
        "since nursery started my twins dont let me leave without a meltdown at the gate",
        "囡囡唔俾我返工，一見我換衫就喊到收唔到聲，點算？",
        "個仔晚晚唔俾我離開間房，一走開就喊",
    ],
)
def test_a_clinging_child_is_not_control(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my husband wont let me leave the flat, the baby keeps crying and i dont know what to do",
        "he won't let me see my family any more and took my keys, our daughter is 1",
        "my boyfriend doesnt let me go out or use my phone, the kids are asleep now",
        "she won't let me call anyone, my son is crying in the other room",
        "老公唔俾我出街，個仔喊咗成晚",
        "佢唔俾我出門，仲收埋我部手機，個女一直喊",
    ],
)
def test_a_partner_who_will_not_let_the_parent_leave_still_escalates(rules, message):
    escalated_as(rules, message, "domestic_violence")
