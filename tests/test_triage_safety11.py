"""Red flags the rules missed in forms of their own, and rule false alarms the team
found (issue 18, round 3 of English and Chinese triage from a released batch).

Dangers, by the rules alone: picturing letting go of a pram at stairs or a hill; a
pillow or a cushion in hand at the cot and thinking of doing it; wanting to push the
baby's head under the water (將BB個頭撳落水); God or angels heard through a machine or
around a birth; special powers and a rite to save the baby (超能力, 儀式); photos of a
child naked found on an adult's device; a child made to touch itself by an adult
(叫佢摸自己下面); a child's hands tied (綁住隻手); a fit that starts again without
waking in between; a baby dozing off mid-cry who does not look at the parent; a fever
with cold hands and feet and another sign; a high-pitched breath in (stridor) with a
croupy cough or a struggle; a child gone from the parent's hand and searched for; a
neighbour's child alone for hours; a named person hurting a child "down there".

Look-alikes, not escalated: wills and letters written "in case anything happens"
(prudence: escalated only with a time, a goodbye, a means or not going on); a top
taken off at the beach or for a nurse's photo of a rash; a baby held tighter on a
bridge; a partner's everyday "so tired I could die" (好攰想死) reported; a stiff neck
from sleeping badly with a slight fever; what temperature counts as a fever for a
newborn, asked with no child of one's own told; leaving a child in the car asked as
a question ahead; a fall long over, checked at A&E and all clear; a story's monster
"not real"; a fall told by the news.
"""

import pytest

from .decisions import escalated, escalated_as, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        (
            "every time we get to the escalator I imagine just letting go of the buggy "
            "and I'm scared I'll actually do it",
            "harm_urges",
        ),
        (
            "i keep thinking about letting go of the stroller at the top of the hill, "
            "the urge is getting stronger",
            "harm_urges",
        ),
        (
            "standing by her cot holding a cushion and thinking about it. i need someone",
            "harm_urges",
        ),
        (
            "i had the pillow in my hands over his bed again tonight, thinking about doing it",
            "harm_urges",
        ),
        ("我有衝動將個仔撳落水度，好驚", "harm_urges"),
        ("沖涼時好想將BB個頭壓落水", "harm_urges"),
        (
            "my sister had her baby last week, she says god talks to her through the radio "
            "and she won't let anyone near the baby",
            "postpartum_psychosis",
        ),
        (
            "my wife hears angels through the fridge and says the baby must be blessed "
            "tonight, she hasnt slept in 3 days",
            "postpartum_psychosis",
        ),
        (
            "my girlfriend hears god through the walls since the birth and says the baby "
            "has to be sacrificed",
            "postpartum_psychosis",
        ),
        ("我老婆話自己有超能力，要幫BB做法事先救到佢，兩晚冇瞓", "postpartum_psychosis"),
        ("老婆話 god 透過冷氣同佢講嘢, 唔俾人抱bb", "postpartum_psychosis"),
        (
            "found pictures on my partners phone of our daughter with no clothes on, close "
            "ups, i never took them",
            "sexual_abuse",
        ),
        (
            "my husband keeps pictures on his phone of my daughter naked that i never knew about",
            "sexual_abuse",
        ),
        ("仔仔講校車司機帶佢入廁所叫佢摸自己個下面", "sexual_abuse"),
        (
            "the girl I babysit told me her stepdad gets into her bed most nights and hurts "
            "her down there",
            "sexual_abuse",
        ),
        ("老師綁住我個仔隻手，仲掐佢大髀", "physical_abuse"),
        (
            "he had a fit, it stopped, then started shaking again and he hasn't come round "
            "between them",
            "seizure",
        ),
        (
            "she went rigid and jerked, then stopped. now jerking again and hasnt woken up",
            "seizure",
        ),
        ("baby 3 months keeps dozing off while crying and doesnt look at me", "unresponsive"),
        ("she drifts off in the middle of crying and wont look at me or respond", "unresponsive"),
        (
            "my 2 year old has 39.8 fever, breathing fast and her hands and feet are freezing cold",
            "fever_infant",
        ),
        ("toddler fever 40 and his feet and hands like ice, he is whimpering", "fever_infant"),
        (
            "high pitched noise every time he breathes in and he is struggling, croup last night",
            "breathing",
        ),
        (
            "barky cough since dinner and now a whistle each time she breathes in, shes scared",
            "breathing",
        ),
        (
            "my 4yo let go of my hand at the market and now he's gone, looking for 20 minutes",
            "neglect_missing",
        ),
        (
            "my 6 yo pulled away from my hand at the festival and now she is gone, we have "
            "been looking 30 minutes",
            "neglect_missing",
        ),
        (
            "the toddler downstairs has been alone for hours, nobody answers the door and he "
            "keeps crying",
            "neglect_missing",
        ),
        (
            "Baby in the flat across the hall crying on her own since last night. "
            "I watched the mum and dad leave with big bags.",
            "neglect_missing",
        ),
        # the round's concepts in Chinese
        ("我成日幻想喺扶手電梯頂放手俾BB車碌落去，好驚自己真係會做", "harm_urges"),
        ("行到斜路頂我好想推架BB車落去", "harm_urges"),
        ("我揸住個枕頭企喺BB床邊，諗住做咗佢", "harm_urges"),
        ("琴晚我拎住張被喺佢床邊企咗好耐，差啲做咗", "harm_urges"),
        ("BB發燒39度，手腳冰冷，仲一路呻", "fever_infant"),
        ("個仔咳到好似狗吠咁，吸氣嗰陣有好尖嘅聲，好辛苦", "breathing"),
        ("喺老公部手機見到個女冇着衫嘅相，仲要影得好近，我從來冇影過", "sexual_abuse"),
        ("隔離屋個細路自己一個喊咗成日，佢爸媽拖住喼出咗去", "neglect_missing"),
    ],
)
def test_a_red_flag_in_a_new_form_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        # wills and letters as prudence
        "we made our wills and I wrote letters to the kids' grandparents in case anything "
        "happens to us on the trip",
        "my husband and i wrote our wills and a letter to my mum and dad in case anything "
        "ever happens, who should be the kids' guardian?",
        "did my will last week and left a letter for my parents in case anything happens, "
        "how do i explain guardians to a 7 year old",
        "我同老公立咗遺囑，仲寫咗封信俾爸媽，以防萬一有咩事，點揀監護人？",
        # a top off at the beach or for a nurse's photo
        "took my toddler's top off at the beach for a photo, is it ok to post it?",
        "at the beach my husband took her top off and took photos of her, she's 2",
        "the nurse took her top off and photographed the rash so the doctor could see it",
        "nurse asked me to pull his vest off and took a picture of his eczema for the gp",
        # a baby held tighter on a bridge
        "I held her tight on the bridge looking down at the water",
        "standing on the bridge with the baby I held her tighter",
        "行過橋嗰陣我攬實個BB，係咪太緊張",
        # a partner's everyday hyperbole
        "老公成日話好攰想死",
        "老公成日話返工好攰想死，我點幫佢？",
        "老婆成日話湊仔湊到好攰想死，我可以點幫手",
        # a stiff neck from sleeping badly, a slight fever
        "my 5 year old has a stiff neck from sleeping badly and a slight fever 37.8",
        "5yo woke up with stiff neck, slept funny, low fever 37.9, otherwise fine",
        # what counts as a fever for a newborn, nothing else told
        "what temp counts as a fever for a newborn",
        "what temperature counts as a fever in a newborn?",
        "初生BB幾多度先算發燒？",
        "新生嬰兒體溫幾多度算係發燒",
        # leaving a child in the car asked ahead
        "is it ok to leave my 4 year old alone in the car for 2 minutes",
        "can I leave my 4yo in the car for 2 minutes while I grab coffee?",
        "is it ever ok to leave a 6 yo in the car for a minute while I pay for parking?",
        "可唔可以留個四歲仔喺車度兩分鐘，我落車買杯咖啡？",
        "留小朋友自己喺車幾分鐘犯唔犯法？",
        # a fall long over, checked and clear; a story; the news
        "Back in June my son had a bad fall off the climbing frame, got checked at A&E and "
        "was all clear. Now he's scared of climbing.",
        "my son was in a play and says the monster in the story is real, how do I explain "
        "it is not real",
        "in cartoon a dog fell off a roof and she cried, how I tell her it is only pretend",
        "新聞講有個小朋友喺樓梯跌落嚟，個女睇完好驚，點安慰佢？",
        # the new rules' own words, harmless
        "im always scared the buggy will roll down the hill by accident, are the brakes any good",
        "thinking of pushing the pram up the hill every day to get fit, any tips?",
        "we were thinking about it for ages, is it ok for a 2 year old to have a pillow in her cot?",
        "my mum hears god when she prays and wants to take the baby to church, how do I say no?",
        "my son heard the angels sing in the nativity play and now wants to be one",
        "my husband took pictures of our toddler naked running through the sprinkler, ok to keep?",
        "he gets the hiccups again and again after feeds, jerking his little body, is that normal",
        "she falls asleep while playing with her blocks, so cute, doesnt look up when i call",
        "my toddler has a fever of 38, her hands and feet are cold after playing in the snow",
        "my son has croup, barking cough but no whistling when he breathes in, how do I help",
        "my grandma passed away last year and now she's gone my son keeps looking for her",
        "the kids next door are alone for a few minutes after school until their mum gets back",
        "it hurts her down there when she wees, should I see a doctor",
        "老師用繩綁住個仔鞋帶",
        "個女玩扮警察，將我雙手綁住，好得意",
        "個仔睇完超人卡通話自己有超能力，仲未瞓，點算",
        "BB車喺斜路好易碌落去，有冇好啲嘅腳掣？",
        "兩歲可唔可以開始用枕頭？我諗緊呢樣",
        "個女發燒38度，喺街玩完手腳凍咗，但好精神",
        "個仔有哮吼，咳聲好似狗吠，但吸氣冇怪聲，點樣舒緩",
        "屋企有好多個仔沖涼嘅相，細個影㗎，可唔可以放上相簿",
        "我想推BB車落去公園散步，斜路會唔會太危險",
    ],
)
def test_a_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "i wrote letters to my parents and my son in case anything happens tonight, "
        "i cant do this anymore",
        "wrote my will and goodbye letters to the kids, i wont be here tomorrow",
        "someone took her top off for a photo at the beach",
        "a man at the pool pulled her swimsuit off and told her not to tell",
        "我企喺橋度攬住個BB，諗住一齊跳落去",
        "standing on the bridge holding the baby tight, thinking of jumping with her",
        "我成日覺得好攰想死",
        "my newborn has a temp of 38.2",
        "我個BB得三個星期，探熱38.5度",
        "I left my 4 year old in the car for 2 hours, he is very red and sleepy",
        "我個仔喺車度自己一個成個鐘，好熱，叫唔醒",
        "stiff neck from sleeping funny he says but now 39.5 and a purple rash",
        "my 3 week old has a fever of 38.3, what temperature counts as too high?",
    ],
)
def test_the_look_alikes_words_with_a_danger_still_escalate(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a figure of speech: deadlines or a group chat "strangling" or "choking" a thing
        "all these school forms are strangling my evenings with the kids",
        "the nursery whatsapp group is choking my phone with notifications",
        # the parent's own head on a cupboard during a task
        "i whacked my head on the kitchen cupboard while i was changing the baby, ouch, she giggled",
        "I hit my head on the shelf when I was picking up his lego, small lump on me now",
        # a child who ran to the gate with the parent right behind
        "my son ran off to the gate when i opened the door for the postman, i was right behind him",
        # a cold iron or kettle touched
        "she put her hand on the iron when it was cold and said hot, learning words",
        # an adult nearly fainting at a jab or a birth
        "i nearly passed out at her jabs, i hate needles, she didnt even cry",
        "我老婆陪我打針差啲暈低，好尷尬",
        # a finger cut by accident while cooking
        "我切肉整BB飯嗰陣唔小心𠝹親手指，已經冇事",
        # lips purple from cold after a swimming lesson
        "游泳班完咗佢凍到嘴唇有啲紫，教練叫佢上水",
        # the parent at home with the baby, or caring alone
        "老公出咗去，BB同我喺屋企玩緊",
        "我一個人湊BB好攰但都應付到",
        # a child who bobs straight back up
        "個女跳落泳池即刻自己浮返上嚟，好開心",
    ],
)
def test_a_rule_alarm_of_the_teams_batches_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my husband is strangling me and the baby is screaming",
        "the baby banged his head on the cupboard when he fell off the changing table, "
        "he is 3 months and vomiting",
        "I bang my head against the wall until it bleeds when the baby wont stop crying",
        "she ran out the gate and now she is gone, we are searching the street",
        "he pulled the kettle of boiling water over, skin is blistering",
        "my 6 month old passed out and is floppy",
        "我又用刀𠝹自己隻手",
        "留個仔自己喺屋企，我出咗去飲酒成晚",
        "個仔跌落泳池，撈返上嚟冇反應",
    ],
)
def test_the_same_words_with_a_danger_still_escalate(rules, message):
    escalated(rules, message)
