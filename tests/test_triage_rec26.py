"""English dangers the unseen batches missed, read by their general cause (issue 18,
branch `rec26`).

Causes read on the design half of fresh_23..25 and the families the brief named: a child
put under by a wave, a current or other children, with a sign after (`drowning/put_under`);
the glass test told glass first, and light hurting the eyes in a helper's or a parent's
words, with a fever (`fever_infant/glass_first`, `light_hurts`); carers not back for days
with the child's needs unmet or nobody reachable, and hunger told by what the baby took or
by dulling (`neglect_missing/carers_not_back`, `unfed_quiet`); God or a voice telling
something about the baby, and a new mother confused about the day with moods that flip
(`postpartum_psychosis/baby_said`, `lost_day`); someone coming into a child's bed at night
with hurt or secrecy (`sexual_abuse/bed_hurts`); how many tablets would be too many, with
tablets held back or the children sent away (`suicide_plan/too_many_asked`); and a test
done "like in the video" is no story told of others (`media`). Every message is my own;
each family has twins that share its words and are no danger."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # put under by something else, a sign after
        ("I only meant to ask about armbands, but at the lido an older boy pushed her "
         "under and now, an hour later, she coughs and her breathing sounds crackly",
         "drowning"),
        ("big wave knock him under, daddy grab him fast, now keep cough and breath "
         "sound bubbly", "drowning"),
        # the glass test told glass first; light hurting the eyes with a fever
        ("she got fever, I put the glass on the spots and they still there", "fever_infant"),
        ("temperature 39.6 and the light is hurting his eyes, neck pain also",
         "fever_infant"),
        ("my son is feverish and keeps shutting his eyes from the light, he threw up twice",
         "fever_infant"),
        # carers not back, needs unmet; hunger told by intake or dulling
        ("i babysit for the couple upstairs, they left on saturday and still havent come "
         "back, phones off, the baby is 6 months", "neglect_missing"),
        ("employer not come back since friday, no more milk powder, baby very quiet now",
         "neglect_missing"),
        ("nanny here, the parents left on thursday and still have not come back, nobody "
         "picking up their phones, the baby is 10 months and we have no milk left",
         "neglect_missing"),
        # a new mother's confusion and flipping moods; God telling about the baby
        ("my wife had our baby two weeks ago, now she keeps asking what day it is and she "
         "laughs then cries for nothing", "postpartum_psychosis"),
        ("since the birth my sister says God said the baby belongs to someone else",
         "postpartum_psychosis"),
        # someone coming into a child's bed, with hurt or secrecy
        ("she told me someone comes into her bed at night and it hurts and she can't tell "
         "anyone", "sexual_abuse"),
        ("my boy says the lodger goes into his room when we're out and says nobody would "
         "believe him", "sexual_abuse"),
        # how many would be too many, tablets held back or the children away
        ("how many of these would be too many for an adult? i have been setting them "
         "aside for a month", "suicide_plan"),
        ("how many tablets would it take. the kids are at their dads for the weekend",
         "suicide_plan"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        # under, no water or no sign; a game
        "a wave knocked him under and he came up laughing, how do I teach beach safety?",
        "his brother pulled him under the duvet in a pillow fight and he's coughing from "
        "laughing",
        # glass test that fades; light hurting the eyes from a screen, no fever
        "I pressed a glass on the spots like the leaflet said and they faded straight away",
        "the sun is too bright for her eyes at the beach, she is well, which sunglasses?",
        # carers away as planned; formula run out with the baby fed
        "the parents I babysit for are at a wedding tonight and back at midnight, how do I "
        "get the baby to take a bottle?",
        "we ran out of formula late at night, the baby fed an hour ago, what can I give "
        "till morning?",
        "they haven't been feeding well since friday and we ran out of formula, baby 6 "
        "months, what should we try?",
        # a child learning the days; a baby mixing up night and day; a sermon
        "my 3 year old keeps asking what day it is since the new baby came, and laughs and "
        "cries a lot, is this jealousy?",
        "my 2 week old mixes up night and day and laughs in her sleep then cries",
        "the priest said God says the baby is a blessing, how do we plan the christening?",
        # a parent comforting; a sibling's kicks
        "my 6 year old says daddy comes into her bed when she has nightmares and cuddles her",
        "my toddler gets into our bed every night and kicks, my back hurts",
        # a child's dose; tablets counted for a holiday
        "how many doses of ibuprofen would be too many for my 3 year old in a day?",
        "how many tablets will I need for a two week holiday? I'm counting them out now",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_a_test_done_like_in_the_video_is_no_story_of_others(rules):
    """The glass test done "like in the video" with the spots still there is this
    child's sign; a rash told from a video is still a story."""
    assert rules.decide(
        "burning up, purple dots on both legs, i rolled a glass on them like in the video "
        "and they stay"
    ).kind == "escalate"
    assert rules.decide(
        "in the video a baby had purple spots that stayed under a glass, what is that?"
    ).kind != "escalate"
