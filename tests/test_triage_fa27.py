"""Ordinary English messages escalated, read by their general cause (issue 18, branch `fa27`).

Not escalated: a child's question or fear whether someone will die, reported after a story,
a film or an illness (`death_feared`); a carer
throwing, tossing or swinging a small child in a game the child delights in (`play_toss`);
a scare told as over in learners' English, dated by an opening "before" (`past_before`); a news story
whose reading is dated today (`not_reading`); a laughing emoji in English read as a laugh, as in Chinese ("plays dead
😂"); a threat of one's death or a leap made of a nuisance met once more, with a laugh
(`nuisance_threat`).

Still escalated: the writer asking it of themselves with a plan, a child's wish to die; the
same throw with tears, anger, a mark, a hard place or the child gone quiet after; a
"before" that is a conjunction of time, or a scare back now; the family's own emergency
told beside a story read today; a leap joked of beside a height stood at or looked down
from (`leap_scene`), a blow or a means named; blue lips told with a laugh when the child
really will not wake or breathe. Every message here is my own.
"""

import re

import pytest

from assistant.triage import _either

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a child's fear of death, reported
        "Since the typhoon report on TV my 5yo asks every bedtime whether our building will fall and if we are all going to die. How do I answer?",
        "my son 4 keep ask me if grandma gonna die bcos she in hospital, what i should say",
        "After her hamster died, my daughter is frightened that I will die too. Is this normal at four?",
        "The twins saw an ambulance outside school and now they wonder if daddy might die at work. Any picture books about this?",
        # rough play the child delights in
        "My husband tosses our 2 year old onto the sofa cushions every evening and she shrieks with laughter. Is there an age this gets unsafe?",
        "grandpa spins my son round by his hands in the park n he begs for more. is that bad for his shoulders at 3?",
        "My partner throws our 4yo on the bed over and over and she loves it. I'm nervous but she's laughing the whole time. Should I say something?",
        # learners' "before" for a scare told as over
        "Before, my daughter swallow a hair clip, hospital check, it come out already, she fine. Now how I keep small things away from her?",
        "Before my son choke on a peanut, I do back blows and it come out, he is ok already. When can he eat nuts again?",
        # a news story read today
        "I read an article today on a boy in Mong Kok who slipped out of a window. Which grilles are strongest?",
        "Tonight I watched a report about a toddler drowning in a hotel pool. At what age do swimming lessons help?",
        # a laugh typed as an emoji, a nuisance's joke threat
        "my 4yo does a fake faint and plays dead on the mat whenever swimming class ends 🤣 how do i get her out without a scene",
        "if the baby monitor beeps one more time for no reason i'm going to jump out the window lol. which monitors have fewer false alerts?",
        "If my son asks for one more story tonight I swear I'll die 😂 How many books at bedtime is reasonable?",
    ],
)
def test_a_fear_a_game_or_an_old_or_anothers_story_is_no_danger(assistant, message):
    not_escalated(assistant, message)


@pytest.mark.parametrize(
    "message",
    [
        # the writer's own thoughts of dying, a child's wish
        "I keep wondering if I'm going to die tonight, I've got the tablets counted out and I can't do this any more.",
        "My 8 year old keeps saying he wants to die so the bullying at school stops.",
        # the same throw with tears, anger, a mark, a hard place, or the child gone quiet
        "My boyfriend throws my son onto the bed when he won't stop crying and now there are bruises on his arms.",
        "He tossed her onto the floor when he was angry and she hit her head, she laughed at first then went quiet and now she's vomiting.",
        "my partner throws our 3yo on the bed when she is naughty, she laughs but yesterday he did it hard and she has marks on her legs",
        # "before" as a conjunction, or the scare back now
        "Before my son went to sleep he swallowed a button battery from the remote. He is drooling and won't eat.",
        "Before, my son choke on a grape and it come out. But now again he choke on a sweet and his lips are going blue!",
        # the family's own emergency beside a story read today
        "I read a news story this morning about a toddler falling from a window and just now my daughter fell off the bunk bed, she keeps vomiting.",
        "Tonight I read of a kid drowning in a bathtub and I just pulled my son out of the tub, he's not breathing.",
        # a leap joked of beside a height stood at, a blow named; a laugh beside a real sign
        "Most nights I lean over our balcony rail for ages. If the twins wake one more time I'm going to jump lol",
        "If he slaps me one more time I'm going to jump off the roof haha, he did it again last night.",
        "She was pretending to sleep 😂 but now she really won't wake up and her lips are going blue!!",
        # the writer's own child in a red state now, in the sentence of a story watched
        # (missed before: the story read the sentence as prevention talk)
        "I was watching a clip about a toddler drowning, then I turned round and my daughter is face down in the paddling pool and not breathing!",
    ],
)

def test_the_same_told_now_or_meant_is_escalated(assistant, message):
    escalated(assistant, message)


def test_a_red_state_put_as_an_if_is_still_asked_ahead(assistant):
    message = "What should I do if my daughter is face down in the water at the beach? Planning a first aid course this summer."
    not_escalated(assistant, message)


def test_a_concept_anchored_at_the_start_is_found_after_the_leading_space():
    # Every searched text and sentence begins with a space (`" " + SEPARATOR.join(parts)`):
    # a word boundary before a `^` never held there, so such a concept was never found.
    pattern = re.compile(_either({"told": "^(?!.*\\bnot\\b).*\\bstory\\b"}, "told"))
    assert pattern.search(" i read a story about it ")
    assert not pattern.search(" i did not read a story ")
