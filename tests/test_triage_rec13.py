"""Whose guidance leads when rules of several kinds match, read from who is harmed and
who acts (issue 18 item 7), and red flags the rules missed (issue 18, rec13).

Leading guidance: a caregiver's own thought, urge, wish not to wake or harm to
herself beside a child's emergency words gets the caregiver-crisis text first; an
adult hit, choked or threatened by a partner beside a child gets the
domestic-violence text first; a grown-up's act on a child or its mark (a cigarette
burn, a hand-shaped bruise) gets the abuse text before the injury's first aid. A
child's own act, a child collapsing now, or a child quoted saying "he hits me" keeps
the child's guidance first.

Red flags: asking how much of a medicine it would take never to wake; falling asleep
and never waking wished for oneself; a child's sleep wished through the night is not
one.
"""

import pytest


@pytest.mark.parametrize(
    ("message", "group"),
    [
        # the caregiver's own mind or body beside a child's emergency words
        ("cant stop picturing letting her slip under the bath water, im so scared of myself", "caregiver_crisis"),
        ("every night i have these thoughts of drowning my son and i hate it", "caregiver_crisis"),
        ("I smashed my head against the door frame until it bled while the baby screamed", "caregiver_crisis"),
        ("banging my head on the wall over and over when the twins cry, theres a cut now", "caregiver_crisis"),
        ("how many of my sleeping tablets would it take so i never wake up, baby is napping", "caregiver_crisis"),
        ("我腦入面成日有個念頭，想將個仔由樓梯推落去", "caregiver_crisis"),
        ("個女喊到停唔到，我又用頭撞牆，撞到流血", "caregiver_crisis"),
        # an adult victim of a partner, with children present
        ("he grabbed me by the neck and i nearly blacked out, our toddler was in the room", "domestic_violence"),
        ("my husband hit me again tonight and the kids were crying in their room", "domestic_violence"),
        ("my sisters husband beats her, she has a newborn and is scared to go home", "domestic_violence"),
        ("老公掐住我條頸，我差啲暈低，個仔喺房度喊", "domestic_violence"),
        ("佢將我同兩個女鎖喺睡房，唔俾我哋出去", "domestic_violence"),
        # a grown-up's act on a child, or the mark it leaves
        ("the babysitter burned my daughters arm with a hot spoon to punish her", "abuse"),
        ("small round marks like cigarette burns on my nephews back after his uncles", "abuse"),
        ("grandpa slap my son on his face so hard, his lip is swollen and bleeding", "abuse"),
        # the child's own act or a collapse keeps the child's emergency first
        ("my son swallowed a handful of my sleeping pills and wont wake properly", "child_emergency"),
        ("she pulled the kettle over herself, her chest is red and blistering", "child_emergency"),
        ("個仔偷食咗我啲安眠藥，叫極都唔醒", "child_emergency"),
    ],
)
def test_the_guidance_of_the_person_at_risk_leads(rules, message, group):
    result = rules.decide(message)
    assert result.kind == "escalate", (message, result.reason)
    assert result.group == group, (message, result.reason)


@pytest.mark.parametrize(
    "message",
    [
        "my girl says 'mummys boyfriend hits me' and she has bruises on her legs",
        "個仔話「爸爸女朋友打我」，佢手臂有瘀",
    ],
)
def test_a_child_quoted_saying_hits_me_keeps_the_abuse_guidance(rules, message):
    result = rules.decide(message)
    assert result.kind == "escalate", (message, result.reason)
    assert result.group == "abuse", (message, result.reason)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("how much of my sertraline would it take so i dont wake up", "suicide_plan"),
        ("how many zopiclone would i need to never wake up again", "suicide_plan"),
        ("honestly i just want to fall asleep and never wake, everyone would cope", "suicidal_ideation"),
    ],
)
def test_a_wish_or_plan_never_to_wake_escalates(rules, message, category):
    result = rules.decide(message)
    assert result.kind == "escalate", (message, result.reason)
    assert result.category == category, (message, result.reason)


@pytest.mark.parametrize(
    "message",
    [
        "I want him to sleep through and not wake up at 4am any more, tips?",
        "i wish she would fall asleep and not wake before 6",
        "how many tablets would it take to kill a cat, ours got into the cupboard",
    ],
)
def test_a_childs_sleep_or_a_pet_is_not_a_wish_to_die(rules, message):
    result = rules.decide(message)
    assert result.kind != "escalate", (message, result.reason)
