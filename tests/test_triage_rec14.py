"""Dangers the rules missed and their look-alikes (issue 18, branch `rec14`).

Escalated by the rules alone: a hit on a child told after a toy was thrown (the toy
no longer hides it); a teenager hitting a much younger sibling every day or leaving
marks; a child shaken hard, back and forth or until sick, by someone named; a
partner or relative holding a pillow or a cushion over someone's face, told now or
as past, in English or Chinese; a child shaken until sick (搖到佢嘔); pills saved up "again" or "like last time".

Not escalated: a toy thrown or hit with no hit on the child after it; a teenager's
play fight or a young child hitting an older one; a head shaken, a rattle or a
bottle shaken; a pillow over one's own face for a nap or a child's giggling game;
a question how old a child must be to do something alone; medicine bought or kept
at home for a child's illness (退燒藥, 止咳藥水).
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a hit on the child after a toy
        "my boyfriend chucked the baby's teddy on the floor and then slapped the baby",
        "grandad threw her dolly at the wall and then hit her on the arm",
        # a teenager hitting a young sibling
        "our 16 year old son punches his little brother most days, he is only 4",
        "her big sister is 15 and she slaps the toddler every day, there are marks on his legs",
        # shaken hard
        "my husband shakes our daughter really hard when she won't settle",
        "the nanny shook him back and forth until he went quiet",
        "婆婆嫌BB嘈，次次都搖佢搖到佢吐",
        # a pillow held over a face
        "my ex pressed a pillow down over my face while I was asleep, it happened twice",
        "two months ago my husband held a cushion on my face till I nearly fainted",
        "前夫用枕頭壓住我塊面，我差啲暈",
        # pills saved again
        "i'm stockpiling my tablets again like before",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "he threw his teddy at the wall and then hit his own head in a tantrum",
        "my 14 year old and the 3 year old wrestle and giggle every evening",
        "my 5 year old hits his 13 year old sister every day, how do I stop it?",
        "she shakes her head hard whenever I offer peas",
        "daddy shakes the rattle hard and she laughs",
        "我抱住佢搖搖下，搖到佢瞓著",
        "搖勻個奶樽再俾佢飲",
        "I put a pillow over my face to block the light and have a nap",
        "the toddler put a cushion on my face and giggled",
        "how old should my daughter be to do it alone, she wants to walk to school",
        "我想買定啲退燒藥同止咳藥水放喺屋企",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)
