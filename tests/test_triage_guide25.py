"""Guidance that fits the danger (issue 18 point 7, branch `guide25`).

An escalation shows the guidance of each group its categories name, the leading one
first. The lead went wrong when a rule read a danger word in another sense: a belt or a
knife "tonight" read as the writer's suicide means when another person used it on a
child or on her; a nappy "soaked" read as bleeding; not knowing where bruises came from
read as a deluded conviction; a baby nobody fed read as a baby refusing feeds; a woman
pushed into a wall read as banging her own head. And it went wrong when no rule of the
right group was read at all: a burn or a bruise given as a punishment, a named
grown-up's act on a child in Chinese, a caregiver banging her own head. A child's
collapse caused by an adult keeps the child's emergency first, with the abuse text
after it. Every message here is my own; each family has twins that share its words
and are no danger."""

import pytest

from .guidance_shown import assert_leads, groups_in_order


@pytest.mark.parametrize(
    "message, lang, leads, also",
    [
        # another person's belt or knife: abuse or domestic violence, no suicide text
        ("his dad lashed my boy with a belt tonight, there are welts up his legs",
         "en", "abuse", None),
        ("she held a knife to my neck and said she would finish me if i leave, "
         "my kids are asleep", "en", "domestic_violence", None),
        # a child's collapse caused by a grown-up: the child's emergency first, abuse too
        ("my partner shook our baby when he wouldn't settle and now he is floppy and "
         "won't open his eyes", "en", "child_emergency", "abuse"),
        # a hurt given as a punishment: abuse first, the burn's first aid after it
        ("auntie held his fingers to the iron as a punishment and now they are blistered",
         "en", "abuse", "child_emergency"),
        ("grandpa poured boiling water over her foot to punish her for wetting, "
         "the skin is peeling", "en", "abuse", None),
        # a named grown-up's act on the child, in Chinese
        ("個仔話係婆婆用滾水淥佢隻手，而家起晒水泡", "zh", "abuse", "child_emergency"),
        ("阿女講係姨媽用衣架打佢，佢手臂有好多條瘀痕", "zh", "abuse", None),
        # not knowing where a baby's bruises came from: abuse, not a delusion
        ("there are bruises on my 3 month old's back and I don't know how they got "
         "there, she can't move much yet", "en", "abuse", None),
        # a caregiver's own head banged: her crisis first, whatever the injury
        ("every time the baby screams I slam my own head on the wall, did it again "
         "tonight, dizzy and sick", "en", "caregiver_crisis", None),
        ("我一嬲就攞頭撞門，而家頭好暈想嘔", "zh", "caregiver_crisis", None),
        # pushed into the wall by a partner: domestic violence, no self-harm text
        ("老公又推我撞牆，我個頭流緊血，個仔喺度喊", "zh", "domestic_violence", None),
        # the parent locked in with the children: domestic violence first
        ("my husband locked me and our two boys in the bedroom and keeps shouting that "
         "we will never leave", "en", "domestic_violence", None),
        ("老公反鎖我同個女喺房，唔俾我哋出嚟，仲拎走我部電話", "zh", "domestic_violence", None),
        # blood through a cloth is still bleeding
        ("blood soaked the flannel, the cut on his chin is still running after ten minutes",
         "en", "child_emergency", None),
    ],
)
def test_the_guidance_that_fits_leads_and_the_second_group_follows(
    assistant, message, lang, leads, also
):
    assert_leads(assistant.ask(message), lang, leads, also)


@pytest.mark.parametrize(
    "message, absent",
    [
        ("his dad lashed my boy with a belt tonight, there are welts up his legs",
         "caregiver_crisis"),
        ("she held a knife to my neck and said she would finish me if i leave, "
         "my kids are asleep", "caregiver_crisis"),
        ("老公又推我撞牆，我個頭流緊血，個仔喺度喊", "caregiver_crisis"),
        ("there are bruises on my 3 month old's back and I don't know how they got "
         "there, she can't move much yet", "caregiver_crisis"),
    ],
)
def test_a_group_read_in_another_sense_is_not_shown(assistant, message, absent):
    answer = assistant.ask(message)
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in message) else "en"
    assert absent not in groups_in_order(answer.text, lang), answer.reason


@pytest.mark.parametrize(
    "message",
    [
        # the writer's own means for her own end is still a suicide plan
        "the belt is in my wardrobe and tonight I want to use it on myself to end it",
        "bought a rope for myself, going to end it after the kids are at school",
    ],
)
def test_the_writers_own_means_still_gets_the_caregiver_text(assistant, message):
    answer = assistant.ask(message)
    assert answer.kind == "escalate", answer.reason
    assert groups_in_order(answer.text, "en")[0] == "caregiver_crisis", answer.reason


@pytest.mark.parametrize(
    "message",
    [
        # a belt or a knife tonight, nobody hurt
        "need a new belt for his uniform tonight, do kids' belts come in sizes?",
        "chopping onions with a sharp knife tonight while my toddler naps, how do I keep "
        "her out of the kitchen when she wakes",
        "is a pocket knife ok for a 9 year old at cub camp tonight if a leader is there?",
        # a soaked nappy, no blood
        "nappy soaked through every night, which brand holds more for a heavy wetter?",
        "his pyjamas and nappy are soaked every morning, should I stop the last bottle?",
        # not knowing where something came from
        "no idea where she learnt to climb like that, she's 2. how to make the sofa safe?",
        # a head knocked once by accident; a child's tantrum head banging
        "I hit my head on the cupboard door this morning getting his bottle, how do I "
        "babyproof cupboards?",
        "個女發脾氣就撞頭落地，係咪正常？",
    ],
)
def test_near_twins_are_not_escalated(rules, message):
    assert rules.decide(message).kind != "escalate", rules.decide(message).reason
