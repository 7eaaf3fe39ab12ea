"""Dangers the unseen batches missed, read by their general cause, English and Chinese
(issue 18, branch `rec27`).

Causes read on the design half of fresh_26..28: a lip or face colour told plainly ("an
odd deep shade") that has not gone back (`breathing/colour_stays`); no answer told
before the rousing ("doesn't wake even when I shake him") with an illness or sleep (`unresponsive/dull_when_roused`); a drop weighed at a high place the writer
keeps going back to (`suicide_plan/drop_weighed`, `zh_drop_weighed`); bruises on a baby
too young to move about, no one able to say how (`physical_abuse/immobile_bruised`,
`zh_still_bruised`); only water given for the milk gone or unaffordable, for days or with
the carers away (`neglect_missing/water_for_milk`, `zh_water_only`); play beyond the
child's age with the child's words naming who does it (`sexual_abuse/beyond_age_named`).
Every message is my own; each family has twins that share its words and are no danger."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # a colour told plainly that stays
        ("after the coughing his mouth went an odd dark shade and it still hasn't come "
         "back to normal", "breathing"),
        ("lips kind of dusky since she choked on the biscuit, not gone back to pink",
         "breathing"),
        # no answer, then the rousing
        ("she's been vomiting since lunch and now won't respond even when I rub her chest "
         "and call her", "unresponsive"),
        ("he fell off the slide, went to sleep in the car and doesn't open his eyes when i "
         "shake him", "unresponsive"),
        # a drop weighed
        ("I keep ending up on the roof at night, looking down and working out how far the "
         "drop is", "suicide_plan"),
        ("every night i stand at the bedroom window and wonder if i would survive it from "
         "the 22nd floor", "suicide_plan"),
        ("我呢排成日夜晚企喺天台度，諗下有幾多層，跳落去會唔會死", "suicide_plan"),
        # a baby too young to move, bruised, no one able to say how
        ("my six week old has two bruises on her shin and none of us know how they got "
         "there", "physical_abuse"),
        ("he can't even crawl yet and there's a bruise on his ear, the sitter can't explain "
         "it", "physical_abuse"),
        ("囡囡三個月大，腰嗰度有兩忽瘀，佢仲未識轉身，冇人知點嚟", "physical_abuse"),
        # only water for the milk
        ("mum and dad have been gone four days and the formula is all used up, I am only "
         "giving the baby warm water", "neglect_missing"),
        ("boss away 1 week, no milk powder left, baby drinking just water since yesterday",
         "neglect_missing"),
        ("僱主去咗旅行三日，冇錢買奶粉，BB得水飲", "neglect_missing"),
        # play beyond the age, the one who does it named
        ("my girl has been playing games with her teddies that a five year old shouldn't "
         "understand, and then she said the tutor does that to her", "sexual_abuse"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        # colour from food, a screen or the writer's own lips
        "his lips went an odd dark colour from the blackcurrant juice and still haven't "
        "gone back, will it wash off?",
        "my lips are a funny dark colour after the red wine, still not back to normal haha",
        "her tongue is a weird colour from the sweets and not back to normal yet",
        # no answer while busy, or asleep after a party
        "he doesn't answer when I call his name if he's on the ipad, how do I get his "
        "attention?",
        "she doesn't respond when I call her while she's drawing, is that concentration?",
        # a height for a railing, a garden, a child's question
        "we moved to the 18th floor and I keep checking how high the balcony railing is, "
        "is it safe for a climber?",
        "stood on the balcony again working out how high the trellis should be for the roses",
        "新屋喺三十樓，我量吓露台欄杆有幾高，驚個女攀爬",
        # bruises on a walking child, from a jab, a birthmark
        "my 15 month old is walking and has bruises on his shins from the coffee table",
        "my 2 month old has a small bruise where she had her jab, is that ok?",
        "the doctor said the grey patch on my newborn is a mongolian spot, not a bruise, "
        "and he can't roll yet of course",
        "兩個月大BB打完疫苗大髀有少少瘀，幾耐會散？",
        # water for a night until the shop opened; water on a hot day
        "we ran out of formula at 1am so she had a little water till the shop opened, she "
        "has had a full bottle now",
        "can my 5 month old have only water for a sip on a hot day, or just milk?",
        "天氣熱，BB四個月可唔可以淨係飲少少水？",
        # knowledge beyond the age from a screen or a book
        "my daughter acts out scenes from a cartoon that a three year old shouldn't really "
        "understand, kissing and weddings, how do I limit it?",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, category",
    [
        # coming in from playing is no game told: the sign after it stands
        ("the sitter says he came in after playing football, lay down on the rug and now "
         "won't respond", "unresponsive"),
        # a fit told by its look, in someone else's words
        ("the nanny told me she went rigid and then her legs were jerking, now she's "
         "really drowsy", "seizure"),
        # a pod or a tablet bitten into, any form
        ("my dad saw him bite into a dishwasher tab and now he's drooling loads",
         "poisoning"),
        # the rescue pen asked about: a reaction now, not a question asked ahead
        ("食完蟹之後佢嘴唇腫埋，開始喘，我有EpiPen，使唔使即刻打？", "allergy"),
    ],
)
def test_a_sign_told_after_play_or_in_other_words_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        "he came in from playing and won't respond to me because he's sulking about "
        "bedtime",
        "she went stiff and shook with laughter when grandpa tickled her",
        "he went stiff and then shivered from the cold after the pool, then fell asleep in "
        "the car",
    ],
)
def test_a_twin_after_play_or_in_play_is_no_danger(rules, message):
    not_escalated(rules, message)
