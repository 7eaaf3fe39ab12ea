"""Dangers the rules missed, by cause, with look-alikes sharing the words (issue 18, `rec17`).

Escalated by the rules alone: a hot drink, soup or cooking liquid told landing on a part
of the child's body with a sign or a first-aid question now ("my 4 year old's", a drink
with no "hot" before it; Chinese with an English drink name, 打翻, a body part); a rash
like bruises with a fever or spreading, and a rash pressed in mixed Cantonese and English
that stays ("press 落去唔會變白", 撳落去仲見到); a belief, told by a relative or the
mother, that hidden cameras or microphones watch the baby or that someone put something
bad in the milk (and the caregiver's guidance leads); a child believed possessed after a
birth, in written Chinese; pills put aside or kept back instead of taken, "saving them up"
after the pills are named, 藥存夠; arms hanging when a sleeping child is lifted with the
eyes half open; bleeding told by the cloth soaked again, 壓不住, "stop 唔到"; a partner
who threw the writer on the floor; a hot tool pressed on one's own skin as a habit;
diarrhoea and vomiting with no tears when crying (上吐下瀉); a wish to jump and the
writer already at the window, with no 我; a toddler alone for hours with nobody answering,
and 由尋晚開始冇大人喺屋企.

Not escalated: juice spilt on a face, soup over the cooker, a burn long healed; a
question what the glass test is; a heat rash that fades; purple felt-tip dots; a baby
monitor's privacy settings, a hidden camera planned to check on a helper, a grandmother's
view of formula; a tantrum likened to possession, a child dressed up as a devil; tablets
kept in a handbag for migraines; a vitamin stock; a sleeping child's arms flopping, cute;
a towel soaked after a bath; straighteners touched by accident; a newborn's tearless cry
asked about; a child who plays alone for hours; a child proud to sleep alone since last
night.
"""

import pytest

from .decisions import escalated, escalated_to, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a hot liquid on a part of the body
        "the bowl of noodle soup slid off the table onto my 4 year old's lap, she's screaming, what first",
        "knocked my coffee down his arm a second ago and it's gone red",
        "阿仔打翻咗杯 hot lemon tea 落佢手臂度，點算",
        "女兒把熱粥打翻在大腿上，哭得好厲害",
        # a rash that stays when pressed, or looks like bruises
        "fever since lunch and now there are spots like little bruises spreading up her legs",
        "個仔燒到 39，腳瓜有啲紫點，我 press 落去都唔會變白",
        "女兒發燒，身上啲紅點用杯撳落去仲見到",
        # a belief of hidden cameras or poison
        "since the birth my wife says there are hidden microphones in the light fittings recording the baby",
        "my sister is sure her husband put something bad in the formula and won't let anyone feed him",
        "老公話佢老婆生完之後，一直說兒子被惡魔附身，要帶佢去驅魔，成晚冇瞓",
        # pills kept back
        "I've been holding back my sleeping pills for weeks instead of swallowing them, got a full tub",
        "my antidepressants, i've been stashing them up and theres enough now",
        "醫生開俾我嘅藥我一直收埋冇食，而家夠晒數",
        # limbs hang, eyes half open
        "she napped for six hours and when I lift her the legs just dangle and her eyes are half open",
        # bleeding told by what it soaks
        "holding a tea towel on his chin for ten minutes and it's soaked through red again from the cut",
        "個仔割親手，血一直標，撳唔住",
        "BB 撞穿咗額頭，血 stop 唔到",
        # a partner's violence to the writer
        "he flung me onto the floor while i had the baby in my arms",
        # a hot tool on one's own skin
        "whenever it gets too much I press the hot curling wand against my forearm, nobody knows",
        # dehydration told in written Chinese
        "寶寶上吐下瀉一整天，哭的時候沒有眼淚，尿片很乾",
        # a wish to jump and already at the edge, no subject
        "每晚都想從天台跳下去，剛剛已經行到天台邊",
        # a young child alone for hours
        "the little boy next door has been sitting in the stairwell alone for hours and no one answers at his flat",
        "對面屋兩個細路由琴晚開始冇大人喺屋企，一直喊",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "she tipped her apple juice all over her face and neck, how do I teach her to use a cup",
        "the soup boiled over all over the hob while I was reading to my son",
        "what's the glass test for a rash, I want to learn it before winter",
        "her heat rash goes white when I press it, no fever",
        "my daughter drew purple dots on her arms with markers and they won't fade when she scrubs",
        "how do I turn off the camera on our baby monitor, my sister says it watches everything",
        "my husband wants to put a hidden camera in the lounge to check on the helper",
        "my mum says formula has bad stuff in it, how do I talk to her about it",
        "個仔發脾氣嗰陣好似俾魔鬼附身咁，點算",
        "I keep my tablets in my handbag for when I get migraines",
        "she fell asleep in the car and her arms just flop when i carry her in, so cute",
        "the towel is soaked after his bath, he keeps splashing",
        "I touched my wrist on the straighteners by accident while doing my hair",
        "BB喊嘅時候冇眼淚，係咪正常？",
        "my 4 year old plays alone for hours with his lego, is that normal",
        "個女由尋晚開始自己一個瞓，好叻",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, group",
    [
        # a relative's belief of poison or cameras: the caregiver's crisis, not first aid
        (
            "my sister had the baby last week and says the neighbour put something bad in the milk, she won't feed him",
            "caregiver_crisis",
        ),
        # a hot liquid on the child: a child's emergency
        ("hot tea splashed over my son's chest, it's blistering", "child_emergency"),
        # a toddler alone for hours: neglect
        (
            "a toddler has been alone on the landing since this morning and nobody answers the door",
            "abuse",
        ),
    ],
)
def test_the_guidance_fits(rules, message, group):
    escalated_to(rules, message, group)
