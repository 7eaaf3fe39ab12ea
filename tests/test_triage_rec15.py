"""Dangers the rules missed, by cause, their look-alikes and who leads (issue 18, `rec15`).

Escalated by the rules alone: a burn or scald told with its size or the part it covers
("bigger than his hand", "most of her chest"); a young child alone at a height (a
balcony, a window ledge, a roof) with no adult there; a child not back, told through
the time gone by; a fall with something in the mouth and bleeding inside, bleeding
that keeps coming from the throat (喉嚨); a day worked out or decided for being gone;
"I don't think I'll be around much longer"; another adult holding something hot or
sharp to her own skin, or cutting her wrists; a teething necklace twisted round the
neck; violence heard through a wall with a child begging; blood in the underwear
and a secret (Chinese); an infant's weeks told after 先至; a child alone a day and a
night.

Not escalated: a small burn, a burnt pizza; a question about balcony safety; a
husband late home, a child not asleep; a lollipop in the mouth asked about; a party
day or potty-training day planned; a job left; candles lit with a lighter; a cut on
broken glass while washing up; a teething necklace asked about; thuds of play; a
weaning day picked (揀咗日子戒奶); a teenager at home alone one night.
"""

import pytest

from .decisions import escalated, escalated_to, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a burn's size or place
        "our 3 yo pulled the teapot over, the scald on his shoulder is bigger than his hand",
        "hot soup went on her, it's burnt most of her tummy, how long under the shower?",
        # alone at a height
        "a boy of about 2 is leaning over the balcony railing across the road, 9th floor, nobody answering the door",
        "隔籬座有個BB自己爬出窗台，叫極都冇大人應，好高",
        # not back, told by the time gone by
        "my son walked to the corner shop forty minutes ago and he still isnt home, it's two minutes away",
        "個仔落樓買嘢，已經兩個鐘仲未返嚟",
        # a fall with something in the mouth, bleeding inside
        "tripped with a pencil in her mouth and now blood is coming from the back of her mouth",
        "個女含住支筆跌低，口入面不停流血",
        # planning which day
        "i have been figuring out which night would be best if i was gone, when the kids sleep at grandmas",
        "i don't think i'll be around much longer, please tell my kids i love them",
        "我諗緊邊一日走，佢哋唔會即刻發現",
        # another adult's self-harm
        "I keep finding my girlfriend holding a hot spoon against her thigh, she says it helps",
        # the neck
        "teething necklace twisted tight round his neck in the pram, he's wheezing",
        # violence heard
        "I can hear a bang and a slap next door and the little girl sobbing please stop",
        # blood and a secret
        "個仔由表叔屋企返嚟，內褲有血，話表叔叫佢唔好同人講",
        # an infant's weeks
        "個BB先至三個禮拜，探熱38度，使唔使即刻去急症",
        # a day and a night alone
        "隔籬嘅幼童自己喺屋企兩日一夜，冇大人返嚟",
    ],
)
def test_the_danger_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "a tiny burn on her finger the size of a pea, ran it under cool water, she's fine now",
        "the pizza came out with a burnt patch bigger than my hand, the kids would not eat it",
        "how high should a balcony railing be for a toddler who climbs everything?",
        "我哋住高層，點樣整個露台先安全？",
        "my husband went out two hours ago and still isnt back, the kids want their bath",
        "it's half an hour since lights out and she still isn't asleep",
        "how do I stop my son running around with a lolly in his mouth?",
        "working out which day suits her birthday party best",
        "we picked the date to start potty training, after the holiday",
        "I don't think I'll be around much longer at this company, we're moving",
        "my sister held a lighter to the candles and the kids sang",
        "my wife cut her wrist on a broken glass while washing up, how do I explain the stitches",
        "are teething necklaces safe for a 5 month old?",
        "heard a thud upstairs and the kids screaming with laughter, they jump off the bed every night",
        "我揀好咗日子戒片，等佢三歲生日之後",
        "我個仔十五歲，自己喺屋企一晚得唔得？",
    ],
)
def test_the_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, group",
    [
        # a child at a height with no adult: the child's danger leads, not a caregiver crisis
        (
            "a kid of maybe 3 sitting on the window ledge opposite, window open, 20th floor, no one home",
            "abuse",
        ),
        ("對面有個細路仔自己坐喺窗台，隻腳伸出窗外，冇大人喺度", "abuse"),
        # a pillow held over the writer's face: domestic violence, not breathing
        (
            "my partner pushed a pillow over my face and I couldn't breathe, the baby was crying",
            "domestic_violence",
        ),
        ("老公攞毛巾焗住我個口鼻，我唞唔到氣", "domestic_violence"),
        # another adult cutting her own arms: the caregiver-crisis text, not first aid
        (
            "my wife slashed her arms in the bathroom, there's a lot of blood, the kids are asleep",
            "caregiver_crisis",
        ),
        # a grown-up holding a child's hand to something hot: abuse, not first aid alone
        (
            "my partner pressed my 4 year old's hand against the iron because she touched it",
            "abuse",
        ),
        # the writer's own blade, and her own picture of holding the baby under: her crisis
        (
            "last night i took a razor to my arm again and it won't stop bleeding, the baby is asleep",
            "caregiver_crisis",
        ),
        ("i keep picturing holding her under the bath water, she is 5 weeks", "caregiver_crisis"),
        # a parent's own nanny camera showing the helper hitting: abuse, not a belief of implants
        ("we put a camera in the nursery and it shows the nanny slapping our son's legs", "abuse"),
        # a bang heard on the wall next door where a child is beaten: abuse, not self-harm
        ("樓上個細路成日俾佢老豆打，今晚又聽到撞牆，個女喊到好慘", "abuse"),
    ],
)
def test_the_guidance_fits(rules, message, group):
    escalated_to(rules, message, group)
