"""The rules alone (no learned model) on the medical red flags and every Chinese
category, told in new words: something stuck and a blocked-airway sign, a swallowed
object and drooling, too drowsy to feed, a baby's fall and a sign, hours without a wet
nappy, skin that stays pinched, waves of crying with legs drawn up, hot liquid landing
on the child, a worn thing caught and pulling tight, pressure that does not stop the
bleeding; in Chinese a swallowed coin, a fall into a pond, no wee with vomiting,
mottled skin with fever, 把/將 word order, a threat of arson, a child not home, pills
saved until enough. Each with ordinary messages that share the words."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        (
            "there's a bit of carrot lodged somewhere and he's making a whistling noise with every breath",
            "choking",
        ),
        ("i did the back blows three times and she still cant cry or cough", "choking"),
        ("he gulped down a marble and now he's dribbling and wont swallow his drink", "choking"),
        (
            "our 5 month old is too sleepy to feed and stays asleep even when i change her nappy",
            "unresponsive",
        ),
        ("she went down on the kitchen floor and now isnt answering me at all", "unresponsive"),
        ("my 3 week old son has a temp of 38", "fever_infant"),
        ("newborn girl 10 days old feels like a hot water bottle", "fever_infant"),
        (
            "spots on his tummy that don't disappear when I roll a glass over them, and he's hot",
            "fever_infant",
        ),
        ("toddler's lips are a weird colour and he's struggling with each breath", "breathing"),
        (
            "baby keeps going quiet and grey for a few seconds then starts breathing again",
            "breathing",
        ),
        ("he bashed his head on the radiator and cant remember how he got upstairs", "head_injury"),
        ("she dropped about two metres from the tree house and landed on her back", "head_injury"),
        ("my 4 month old rolled off the changing table and has vomited since", "head_injury"),
        ("bub has had diarrhoea all night and hasn't had a wet nappy for 8 hours", "dehydration"),
        ("she refuses all her feeds today and is sleeping much more than usual", "dehydration"),
        ("when i pinch the skin on his tummy it stays up, he's been vomiting", "dehydration"),
        (
            "my son has bouts of screaming every 10 minutes where he pulls his knees up, then lies there pale",
            "intussusception",
        ),
        ("there's a hard sausage shaped lump in her tummy and she keeps crying", "intussusception"),
        ("boiling water from the kettle splashed onto her leg", "burns"),
        ("my toddler's hand got burnt on the hob and the skin is white and peeling", "burns"),
        (
            "she swallowed lots of water at the beach and now she's coughing and very tired",
            "drowning",
        ),
        (
            "the toggle of his coat got caught on the fence and was pulling tight on his neck",
            "strangulation",
        ),
        (
            "a curtain cord was wrapped around my baby's neck when i went to get her up",
            "strangulation",
        ),
        ("he's having a jerking episode and his eyes are fixed, it's been 4 minutes", "seizure"),
        (
            "i've been pressing on the cut for 15 minutes and it's still bleeding through the towel",
            "bleeding",
        ),
        (
            "after eating the cashew her lips are getting big and she says it's hard to swallow",
            "allergy",
        ),
        ("my 2yo got into the cupboard and drank some drain cleaner", "poisoning"),
        ("she ate some of grandma's heart pills, she had them in her handbag", "poisoning"),
        ("BB 吞咗個硬幣，一路流口水吞唔落嘢", "choking"),
        ("個仔飲咗浴缸啲水，撈起佢之後咳到停唔到", "drowning"),
        ("阿女跌咗落魚塘，救返上嚟唔係好醒", "drowning"),
        ("BB 由琴晚到而家冇小便，又一直嘔", "dehydration"),
        ("寶寶拉肚子，今日都未濕過尿片", "dehydration"),
        ("個仔發燒，皮膚紫紫白白好似雲石咁", "fever_infant"),
        ("BB 發燒，叫佢都冇回應", "unresponsive"),
        ("熱湯淋咗落個女隻手度，起晒泡", "burns"),
        ("個仔手指沾咗通渠水，皮膚紅腫好痛", "burns"),
        ("佢將媽媽啲降血壓藥當糖食咗", "poisoning"),
        ("BB 吐咗好多血", "bleeding"),
        ("個女抽筋，眼反晒白", "seizure"),
        ("老公話我夠膽報警就放火燒死我哋", "domestic_violence"),
        ("我唔敢返屋企，佢上次打到我入醫院", "domestic_violence"),
        ("個仔放學冇返屋企，打電話俾佢冇人聽，佢先九歲", "neglect_missing"),
        ("喺主題公園同個女走散咗，揾咗半個鐘都未揾到", "neglect_missing"),
        ("我儲咗好多安眠藥，已經夠份量", "suicide_plan"),
        ("有個男人叫我個仔除褲影相，話唔好話俾媽咪知", "sexual_abuse"),
        (
            "we were at a bbq and my little one found the lighter fluid and had a swig, now he keeps coughing",
            "poisoning",
        ),
        (
            "my 5 year old fell off the trampoline onto his head and now he's talking gibberish",
            "head_injury",
        ),
        ("my little girl keeps going blank and dropping things, twice in the last hour", "seizure"),
        ("she chewed through a dishwasher tablet and her lips are red and blistering", "poisoning"),
        ("BB 飲咗啲火水，而家一路咳", "poisoning"),
        ("個女條頸俾書包帶勒住，塊面紫咗", "strangulation"),
        (
            "grandma's heart tablets were on the side and my daughter ate a few, some are gone",
            "poisoning",
        ),
        (
            "the lifeguard dragged her out, she'd been stuck under the inflatable and is coughing now",
            "drowning",
        ),
        (
            "his breathing sounds noisy and he's sucking in at the throat with each breath",
            "breathing",
        ),
        ("個仔飲咗成支止咳水", "poisoning"),
        ("揾唔到個仔，佢補習完冇返屋企，電話又冇人聽", "neglect_missing"),
        ("我好想揞住BB個口唔俾佢再喊", "harm_urges"),
        (
            "i tried to stop her falling but she came off the monkey bars onto her head and keeps being sick",
            "head_injury",
        ),
        (
            "dad scalded his arm on the kettle and then poured it over our son by accident, skin is peeling",
            "burns",
        ),
    ],
)
def test_a_red_flag_told_in_new_words_escalates_in_its_category(rules, message, category):
    result = escalated(rules, message)
    assert category in result.categories, result  # first or also named


@pytest.mark.parametrize(
    "message",
    [
        "the zip on her coat got stuck and she went red with frustration",
        "he swallowed a grape pip and it came out the next day, no bother",
        "we practised back blows on the first aid doll at the baby class",
        "my 2 week old loves being warm and snug, how many layers at night?",
        "she's extra sleepy after her jabs, sleeps through nappy changes, normal?",
        "how many hours without a wet nappy should worry me with a newborn",
        "his lips are a funny colour from the blackcurrant ice pop lol",
        "the little graze is still bleeding a tiny bit through the plaster",
        "my husband fainted at the scan and we still tease him",
        "i burnt my hand on the kettle making the kids hot chocolate",
        "he had a funny turn of phrase at dinner that made us laugh",
        "grandma blacked out the nursery windows so he naps longer",
        "our hoodie got caught on the door handle again, annoying",
        "she slid down the slide headfirst and laughed all the way",
        "baby rolled off the sofa onto the rug, cried for a minute and fed fine",
        "個仔將啲玩具掟落地，係咪想引我注意？",
        "我煮飯嗰陣俾蒸氣焗親手指，起咗個細水泡",
        "BB 瞓覺成身軟綿綿，好可愛",
        "我成日驚BB食提子哽親，所以切細咗先俾佢",
        "部平板冇反應，個女喊住話睇唔到卡通",
        "老公琴晚成晚冇返屋企，打電話又唔聽，好嬲",
        "藥箱啲藥應該點樣儲存先安全？",
        "笑到我唞唔到氣，個仔扮小狗",
        "氣到我吐血，個女又唔肯瞓",
        "my mind goes blank when he asks about maths homework, twice this week",
        "i had a sip of wine and the baby had a taste of the bottle lid",
        "the nanny pulled him out of the bath because he was splashing and coughing from his cold",
        "個仔飲咗少少止咳水，份量啱唔啱？",
        "dad scalded himself on the kettle this morning so grandma is helping with the kids",
        "my partner burned his fingers on the bbq, can i still take the kids swimming alone",
        "the teacher caught him to stop him falling off the monkey bars and he ran off laughing",
    ],
)
def test_the_same_words_told_harmlessly_do_not_escalate(rules, message):
    not_escalated(rules, message)
