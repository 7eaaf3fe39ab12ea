"""Dangers the unseen batches missed, read by their general cause, English and Chinese
(issue 18, branch `rec28`).

Causes read on the design half of fresh_29..31: an infant's age told as days or weeks
since the birth (`young`, `infant_zh`); a child's secret kept with a named adult (the
words "isn't allowed to tell" read as a rule asked about, "play a game where" read as a
stage play; `sexual_abuse/secret_adult`, `zh_secret_adult`); a scald told by the bath's
water (`zh_scald_signs`) or a blister "straight away" read as over (`settled`); a head
swelling told big or soft, a high-pitched cry (`head_swell_zh`); a voice heard in
Mandarin speech verbs about the baby, days unslept and untired (`zh_voice`,
`zh_unslept`); a feared act with a word before the "will" (`zh_fear_self_act`);
scratching till it bleeds (`self_harm/zh_till_bleeds`); cuts on a teenager
(`self_harm/teen_cuts`); a threat of "next time" after smashing, a refuge asked, a weapon
for next time, the family locked in (`smash_next`, `zh_smash_next`, `zh_refuge`,
`weapon_next`, `family_locked`); a small child alone with no adult reached
(`neglect_missing/alone_unreached`, `zh_unreached`). Every message is my own; each family
has twins that share its words and are no danger."""

import pytest


@pytest.mark.parametrize(
    "message, category",
    [
        # an infant's age told since the birth
        ("she was born twelve days ago and tonight she's hot, 38.3 under her arm",
         "fever_infant"),
        ("bb born last wk, now 38.7 and v sleepy, cant get him to feed", "fever_infant"),
        ("it's six weeks since he was born and his temperature just read 38.2",
         "fever_infant"),
        ("囝囝啱啱滿五個禮拜，今朝探熱三十八度二", "fever_infant"),
        ("宝宝出生了三个星期，发烧38.5度", "fever_infant"),
        # a secret kept with a named adult
        ("my son says the football coach has a special game in the changing room and he's "
         "not meant to tell his dad", "sexual_abuse"),
        ("she told me her stepdad takes pictures at bath time and she must never tell "
         "anyone, its their secret", "sexual_abuse"),
        ("細女話鄰居阿叔同佢玩秘密遊戲，叫佢唔好話俾媽咪知", "sexual_abuse"),
        # a scald, a blister straight away
        ("the shower went too hot suddenly, his back blistered straight away and he keeps "
         "screaming", "burns"),
        ("幫個女浸浴，水溫過熱，佢屁股起晒水泡", "burns"),
        # a head swelling, a high-pitched cry
        ("bb十個月由bb凳跌落地，額頭腫咗好大，而家喊聲好尖", "head_injury"),
        ("孩子从床上掉下来后脑勺肿了一大块，摸着软软的", "head_injury"),
        # a voice about the baby, no sleep needed
        ("生完之後耳邊經常有個聲音吩咐我將bb抱去海邊丟落水", "postpartum_psychosis"),
        ("坐月期間我四日冇瞓過，但完全唔攰，覺得自己好有能量照顧bb", "postpartum_psychosis"),
        # a feared act with a word before the will
        ("我好怕自己一時會掐住寶寶，成晚唔敢瞓", "harm_urges"),
        # scratching till it bleeds
        ("自從生咗之後，我一頂唔順就用指甲刮手臂，刮到出血", "self_harm"),
        # cuts on a teenager
        ("my 16yo has rows of fresh cuts on her forearm and has been hiding them",
         "self_harm"),
        ("my son (14) came home with deep new cuts across both wrists, he won't explain",
         "self_harm"),
        # smashing and a threat of next time, a refuge, a weapon for next time
        ("he smashed the wardrobe mirror with his fist and warned me next time it would be me",
         "domestic_violence"),
        ("佢頭先打爛咗塊鏡，話下次就輪到我", "domestic_violence"),
        ("屋企已經唔安全，我同兩個仔今晚可以去邊度住？", "domestic_violence"),
        ("he hurled a stool at the wall again, where can the kids and i stay tonight",
         "domestic_violence"),
        ("he told me if I leave he is going to get the big knife", "domestic_violence"),
        ("every time my partner leaves for work he locks me and the children inside, and "
         "again this morning", "domestic_violence"),
        # a small child alone, no adult reached
        ("the toddler across the hall is alone again and his mum's phone goes to "
         "voicemail", "neglect_missing"),
        ("對面單位個細路仔自己喺屋企喊，打電話俾佢爸媽都打唔通", "neglect_missing"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    result = rules.decide(message)
    assert result.kind == "escalate"
    assert category in result.categories


@pytest.mark.parametrize(
    "message",
    [
        # a young baby's age with a normal reading, or the writer's own fever
        "she was born two weeks ago and her temperature has stayed 36.8 all day, is that "
        "the right range?",
        "my baby is 4 weeks old and I've got a temperature of 38.3 myself, can I keep "
        "breastfeeding?",
        "個仔啱啱滿四個禮拜，飲奶好好，幾時可以帶佢出街？",
        # a secret that is a surprise, a club, a game of hiding
        "my daughter and her grandpa have a secret for my birthday and she's not allowed "
        "to tell me, she keeps giggling",
        "my son says he has a secret club with the boy next door, it has a password",
        "爺爺同個孫有個秘密，原來係偷偷準備咗份生日禮物",
        # the bath water too hot, no injury
        "the shower water goes too hot when someone flushes, how do I stop it?",
        "水溫太熱佢就唔肯沖涼，點樣試水溫？",
        # a small bump after a fall, a loud cry from teething
        "個仔行路撞親門邊，額角有少少腫，喊兩聲就繼續玩",
        # advice heard, a baby's cry heard
        "聽到外婆講bb要飲水，我想問幾大先可以飲？",
        # a child's urge, a worry about bedding
        "個女嘅衝動越嚟越大，一嬲就掟佢啲公仔",
        "我怕被子會焗住bb，應唔應該用睡袋？",
        # an itch scratched
        "我對腳濕疹好痕，抓到流血，有咩藥膏？",
        # scratches from a pet, cuts from a path
        "my 14 year old has scratches on her arm from the new kitten, do they need cream?",
        # a child's tantrum, a home made safe
        "我個仔三歲，一嬲就踢爛啲玩具，話下次打你",
        "屋企好多尖角唔安全，今晚可以去邊度買防撞角？",
        # a knife for the mango, a door locked against wandering
        "next time I'll use the sharp knife for the mango, the blunt one slipped",
        "he banged the door on his way out, where can we go for brunch tonight?",
        "we lock the front door at night so our toddler can't wander out",
        # a child with a neighbour by arrangement
        "our daughter is with the neighbour as planned, she's not answering but sent a "
        "photo from the park",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    assert rules.decide(message).kind != "escalate"


@pytest.mark.parametrize(
    "message",
    [
        # "isn't allowed to tell" is a child's secret, not a rule asked about
        "the swimming instructor plays a special game with her and she isn't allowed to "
        "tell anyone",
        # "play a secret game where" is no stage play
        "my 6 year old says she and the tutor play a secret game where her clothes come "
        "off",
    ],
)
def test_a_secret_told_by_a_child_is_no_question_asked_ahead(rules, message):
    assert rules.decide(message).kind == "escalate"
