"""Who the words are about (issue 18, branch `fa25`).

Not escalated: an act on the parent, a threat or an urge whose actor is a small child,
named or told by a pronoun that stands for the child named before it ("my grandson is 3
... he bites me", "toddler squeezes my neck", 個女三歲 ... 佢話要打死我; `actors.py`); an
act told as never done or not done ("we've never smacked him and never will", "we don't
hit", "never left her alone", 我哋唔打仔); "speak up", "speak to strangers", "come to us" in their
social sense.

Still escalated: the same acts by a partner, a grown-up named before the act in its
sentence, a pronoun that could stand for a grown-up named before it, a grown-up's life in
the sentence (drinks, work), a teenager; an act denied and then told as done ("never hit
me until last night", "... but today I did"); a child who cannot speak after a choke, who
won't come to after a fall. Every message here is my own.
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a small child as the actor, named or by a pronoun
        "My boy is 22 months. At bedtime he shoves me away and wants only his dad, is this a phase?",
        "my 2yo bit me on the shoulder so hard it left marks bc i said no more biscuits. normal?",
        "Toddler keeps squeezing my neck when I carry him on my back, he thinks it's funny.",
        "My granddaughter is 4. When I brush her hair she slaps my hand and kicks me.",
        "Our 3 year old threw a toy car at me while I was nursing the baby, it hit my cheek. Jealousy?",
        "My daughter scraped her knee on the slide and now says the slide will hurt her again. How do I coax her back?",
        "My son is 3 and keeps saying he is going to throw his baby sister in the rubbish bin, he adores her really.",
        "個仔兩歲半，唔俾佢玩電話佢就打我同咬我，係咪反叛期？",
        "孫女三歲，一唔順佢意佢就話要打死我，講完又笑，點算？",
        # an act told as never done, or not done
        "We've never smacked our son and we never will, but grandpa thinks we're too soft.",
        "ive never hit my daughter n never will, how do i stay calm when she screams tho",
        "My partner has never laid a finger on me or the kids, we just argue a lot about chores.",
        "We have never left our baby alone in the flat, but my mum says it's fine for five minutes.",
        "我哋屋企唔打仔嘅，但係個女喺幼稚園成日推人，點教好？",
        # speaking and coming to in their social sense
        "Her teacher says she won't speak up in class though she chatters all day at home.",
        "my 6 year old cant speak to adults he doesnt know, he hides behind my legs",
        "When he is sad he doesn't come to us, he hides in his room. Should we follow him?",
    ],
)
def test_a_childs_act_or_a_denied_act_is_no_danger(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, category",
    [
        # the same acts by a grown-up
        ("My husband shoved me against the fridge while I was holding the baby.", "domestic_violence"),
        ("bf bit me on the shoulder so hard it left marks bc i said no. kids saw", "domestic_violence"),
        ("My son is 2. My husband gets drunk and he hits me in front of him.", "domestic_violence"),
        # a pronoun that could stand for a grown-up named before it
        ("My husband shouted at our son all evening. He pushed me against the wall and I fell.",
         "domestic_violence"),
        # a grown-up's life told in the act's sentence
        ("I have a little boy of 2. He hits me when he drinks and I am scared.", "domestic_violence"),
        ("老公飲醉酒返嚟，佢推我撞埋牆，仲話要打死我，個仔喺隔離喊緊", "domestic_violence"),
        # a denied act then told as done
        ("He had never hit me until last night, when he punched me in the face.", "domestic_violence"),
        ("We had never hit our son until last month, now my husband belts him when he wets the bed.",
         "physical_abuse"),
        ("我哋以前唔打仔，但係琴晚老公用衣架打咗個仔，佢手臂有紅痕", "physical_abuse"),
        # a child who cannot speak after a choke, who won't come to after a fall
        ("He was eating nuts and now he can't speak or cough, he's pointing at his throat.", "choking"),
        ("she fell off the bunk bed and wont come to, her lips are going blue", "breathing"),
    ],
)
def test_the_twin_that_is_a_danger_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


def test_a_pronoun_reads_the_nearest_person_of_its_gender(rules):
    # "she" can stand for the daughter only; "he" for the husband named before
    assert rules.decide(
        "My husband is away this week. My daughter is 3 and she bites me when she's tired."
    ).kind != "escalate"
    assert rules.decide(
        "My daughter is 3. My husband is home this week and he bites me when he's angry."
    ).kind == "escalate"


def test_a_teenager_is_no_small_child(rules):
    assert rules.decide(
        "My son is 15 and he hits me when I take his phone, last night he pushed me into the wall."
    ).kind == "escalate"
