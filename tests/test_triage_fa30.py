"""False escalations by a structural cause (issue 18, branch `fa30`).

Not escalated: a danger's words mentioned as a word, not told of anyone: a question what
a term means, a term named as heard at a talk or read on a poster, asked "in simple
terms" (`term_asked`, `Triage._term_asked`); a sign's words
told of the writer's own state, she the subject just before them ("i'm basically limp
on the sofa", 我感覺自己窒息: `Actors.writer_state`, categories marked `writer_state`).

Still escalated: the same words beside a danger told as an event, now, done to the
family, or told after the asking ("... and then said she wants to do it"); a sign told
in a sentence of its own; the sign told of the child
beside the writer's own tiredness. Every message here is my own.
"""

import pytest


@pytest.mark.parametrize(
    "message",
    [
        # a word asked about or named as a word
        "What does 'emotional abuse' mean when the leaflet from kindergarten talks about it?",
        "can u explain what the phrase 'silent drowning' refers to, in plain terms? prepping for swim class",
        "My parenting book uses the term smothering a lot. What is meant by it, is it about pillows or about hovering?",
        "sorry my english. what means 'neglect' in the form from the school? i want fill correct",
        "My 7 year old asked what self-harm means after an assembly. What is a good way to explain it?",
        "「窒息」係咩意思？個仔喺繪本見到，問我點解。",
        "咩叫產後抑鬱？同普通攰有咩唔同？只係想知多啲。",
        "什么是家庭暴力的定义？学校讲座提过这个术语。",
        # a rule's own exception, in the match's sentence
        "Got my son a torch with a button cell, the battery is behind a screwed cover and fully enclosed. Fine for a 3 year old?",
        # the sign's words told of the writer's own state
        "Two night feeds and a toddler at 6am, by lunch I'm totally unresponsive. How do couples split the nights fairly?",
        "i feel like im drowning in school forms and birthday parties, how do other parents keep track",
        "每晚湊完個女瞓覺，我感覺自己透唔到氣，想問點樣同老公分工？",
    ],
)
def test_a_word_mentioned_or_an_excused_sign_is_no_danger(assistant, message):
    assert assistant.ask(message).kind != "escalate"


@pytest.mark.parametrize(
    "message",
    [
        # the word beside a danger told as an event, now, or done to the family
        "what does it mean when she goes limp and stops breathing for a few seconds? it just happened twice",
        "My daughter used the word 'tickle' about her swimming coach today, he puts his hand in her swimsuit between her legs.",
        "I looked up the term for wanting to smother your baby. I have that urge right now and I'm alone with him.",
        "What does 'coercive control' mean? My husband took my passport tonight and said he'll kill me if I leave.",
        "my 6yo asked what an overdose means and then told me she swallowed some of grandma's pills to see",
        "個仔問我咩叫割脈，跟住話佢試過用刀片鎅手。",
        "咩叫抽筋？個女而家全身僵硬震緊，叫極都冇反應！",
        "老公琴晚又打我又掐我條頸，呢個算唔算家暴？我好驚。",
        # a sign told in a sentence of its own
        "Got my son a torch with a button cell. The cover popped off, the battery is gone and he's drooling and retching.",
        "Our fridge magnets are the small round ones. My toddler swallowed two this morning, I watched him do it.",
        # the sign told of the child beside the writer's own tiredness
        "I'm exhausted and I think I dozed off, now my son is unresponsive and floppy on the sofa and won't wake.",
        "我好攰，但係BB而家透唔到氣，嘴唇發紫。",
    ],
)
def test_the_same_words_with_a_danger_told_are_escalated(assistant, message):
    assert assistant.ask(message).kind == "escalate"
