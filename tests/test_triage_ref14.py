"""Medical referral by family (issue 18, branch `ref14`).

Referred to a doctor (not escalated, not answered): a blotchy rash that fades when
pressed, or with the child told well, and no other red sign (`blotchy_rash_calm`, read on
past its sentence); relief asked for a complaint of the body in any words (`relief_asked`,
`zh_relief_asked`); water for a baby asked by age in Chinese (`zh_water_for_age`); a food
or a drink asked for a baby named first or with its safety asked last
(`food_for_age_told`); what to watch for after a fall from furniture, no mark named
(`fall_watch`, `zh_fall_watch`); a routine jab or booster (no routine of the day's,
`parenting_frame`); a sign told as having appeared, asked "just wondering" with the child
well (`told_event`: no question asked ahead).

Still escalated: a blotchy rash that does not fade, or beside a floppy, drowsy or cold
child, mottled or bluish skin. Not referred: the pain of a loss, hurt feelings, a chore
that is "such a pain", a game's pretend illness, make-up, a child who will not drink, a
skill with a cup.
"""

import pytest

from .decisions import answered, escalated, referred

RED_TWINS = [
    "high temp 3 days and a blotchy rash on his belly, I put a glass on it and it does not fade",
    "blotchy rash and fever since last night, fades when I press it but she is floppy and won't wake properly",
    "she's burning up, blotchy skin on her legs, her fingers and toes feel freezing",
    "39 fever, blotchy red rash, and he is so drowsy he barely opens his eyes",
    "fever with a patchy rash, pressed a tumbler on it and the spots are still there",
    "my baby has a fever and her skin looks mottled and bluish",
    "燒到第二日，手臂出咗好多紫色細點，我用透明杯㩒實都見到，佢成日瞓冇精神",
    # a fall from furniture with a red sign after it
    "my 2 year old fell off the dining chair, since then he's so hard to rouse and threw up two times",
    "個女由BB床跌咗落地，之後嘔咗三次，叫極都唔醒",
]


@pytest.mark.parametrize("message", RED_TWINS)
def test_a_red_rash_still_escalates(triage, message):
    escalated(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        # a blotchy rash that fades when pressed, in its sentence or after it
        "Her fever lasted three days; this morning a blotchy rash spread across her back and it vanishes under a pressed glass. Roseola?",
        "fever broke yesterday. blotchy rash on his back today. pressed it and it went white. roseola??",
        "Baby girl hot for 3 days, now blotchy rash. I push a cup on rash, it disappear. She smile and feeding ok. Doctor needed?",
        # the child told well after the rash, no other red sign
        "temp gone since friday and a blotchy rash came up on her chest this morning. she's happy and eating fine, GP visit or can we wait?",
        # relief asked for a complaint named any way
        "my son's got painful sores inside his cheeks from the bug at nursery, anything to ease the pain so he'll eat?",
        "her big back teeth are cutting through, is there something I can give her for the pain?",
        "mouth ulcers again and he won't eat, how do I make it hurt less",
        "what helps with the soreness after a toddler's ears are pierced?",
        # Chinese: relief or something to put on
        "個仔啲嘴唇爆晒，有咩可以搽？",
        "佢手指俾門罅夾到有少少紅，冇流血，已經冇喊，使唔使幫佢搽啲嘢？",
        "孩子口腔長了潰瘍，吃東西就哭，有什麼辦法緩解？",
        # water or a food for a baby by age
        "BB啱啱滿十六個禮拜，近排成三十幾度，可唔可以餵佢少少暖水？",
        "寶寶三個月大，全餵母乳，夏天要不要額外喂溫水？",
        "it's 33 degrees out, my 17 week old could have a few sips of water on top of her feeds or not?",
        "is giving my 10 week old a little cooled boiled water ok in this heat?",
        "can my 14 week old drink some cooled boiled water when it's humid",
        # what to watch for after a fall from furniture
        "she slid off the couch onto the tiles, cried then fine, playing now. anything we should keep an eye on tonight?",
        "個女由BB床爬出嚟跌咗落地，喊咗一陣就停，之後又笑返，食晏都正常，要觀察幾耐？",
        # a routine jab
        "is it fine for him to get his routine jabs while he has a runny nose?",
        # a sign told as having appeared, the child well
        "just curious whether small red spots that showed up on his back once the antibiotic course ended mean he reacts to it. he is fine.",
    ],
)
def test_a_medical_question_is_referred(triage, message):
    referred(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        # pain and hurt that are feelings, figures, play or an adult's own
        "Since her grandpa died she cries at bedtime. How do I ease the pain of losing him for a 5 year old?",
        "his best mate moved overseas and he's heartbroken, what helps with the hurt of missing a friend?",
        "bathtime with twins is such a pain, anything that helps it go smoother?",
        "my 3 yo keeps saying his feelings are hurt when his sister won't share, how do I help with that?",
        # Chinese: a heartache, make-up
        "阿爺走咗之後個仔成日喊，點樣幫佢舒緩失去親人嘅心痛？",
        "個女成日偷我支唇膏搽，仲搽到成塊面都係，點教佢？",
        # a child who will not drink, water at play, a cup
        "個仔兩歲半唔肯飲水，淨係想飲奶，點樣令佢肯飲多啲？",
        "BB七個月，今日第一次玩水好開心，有冇啲適合佢嘅玩水遊戲？",
        "our 10 month old wants to drink from a straw cup like her sister, how do we teach her?",
        "my 7 year old only drinks juice, how do i get him to like water?",
        # a fall at play or a habit of jumping off things, a bedtime routine
        "my son keeps jumping off the sofa like superman, how do I get him to stop before he gets hurt?",
        "個仔成日企上梳化再跳落地，點樣教佢唔好咁做？",
        "how do I get my toddler into a bedtime routine that actually sticks?",
        # a question asked ahead while the child is well
        "just wondering what I should do if she ever gets a rash after her jabs next week, she's well now",
    ],
)
def test_a_parenting_question_is_not_referred(triage, message):
    answered(triage, message)
