"""The rules alone (no learned model) on the concepts added when cross-validation and
fresh messages found them weak (issue 18, round 4): Chinese poisoning in written
verbs and object-first order, pain in waves, a knock to the head with a sign told with
particles, self-harm with particles, a partner's violence told of others, a child in
a car or searched for, laboured breathing, blisters, bleeding that will not stop; in
English pain in waves, drying out, a knock and a sign after, beliefs and voices after
birth, the self as the danger, a hand in a child's clothes, a child alone for long,
unexplained marks, blood soaking through, blisters. Each with ordinary messages that
share its words. Also: the rules' Chinese is written as the folding leaves it."""

import re

import pytest

from assistant.chinese import to_traditional
from assistant.triage import fold
from knowledge import load_knowledge

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        ("細佬啱啱喝了半支漂白水，嘴唇有啲紅", "poisoning"),
        ("個仔吞下了一粒手錶裡面的細電池", "poisoning"),
        ("個女拎咗公公啲心臟藥嚟食", "poisoning"),
        ("BB痛一陣停一陣，成個人縮埋一嚿喊", "intussusception"),
        ("個仔屎入面有啲紅紅黐黐好似果醬", "intussusception"),
        ("個女跌落地撞到頭，之後抽咗兩下筋", "head_injury"),
        ("我又𠝹咗自己隻手", "self_harm"),
        ("佢老公一飲醉就打佢，我好擔心我家姐", "domestic_violence"),
        ("老公揸住我條頸唔放", "domestic_violence"),
        ("個BB仲喺車入面，我入咗超市買嘢", "neglect_missing"),
        ("囝囝喺公園搵咗半個鐘都搵唔到", "neglect_missing"),
        ("寶寶呼吸好似好辛苦，鼻翼一直扇", "breathing"),
        ("個仔碰到熨斗，手掌起晒水泡", "burns"),
        ("血一直流，按住十分鐘都止唔到", "bleeding"),
        # 晒 folds to 曬: a pattern written with 晒 would never match.
        ("個仔軟晒，叫極都唔醒", "unresponsive"),
        # Latin letters and digits stand apart from Chinese after folding ("5應" -> "5 應").
        ("BB瞓醒點叫都5應", "unresponsive"),
        ("個仔條頸俾窗簾條繩纏住，面都紫埋", "strangulation"),
        ("佢成身硬咗，跟住手腳不停咁抽，叫佢都唔應", "seizure"),
        ("我見到褓姆大力 shake 個BB", "physical_abuse"),
        ("個仔話有個叔叔叫佢摸佢嘅下體", "sexual_abuse"),
        ("有時覺得自己係家人嘅負擔，冇咗我佢哋會過得更好", "suicidal_ideation"),
        ("我老婆話個BB唔係佢嘅，收音機成日講緊佢", "postpartum_psychosis"),
        ("個女食緊粟米突然捉住條頸，張大口冇聲", "choking"),
        ("個仔啱啱食咗隻蝦，塊面腫晒仲有啲喘", "allergy"),
        ("BB今日片都冇濕過，一滴奶都唔肯飲", "dehydration"),
        (
            "my 11 month old keeps screaming in waves and is pale and floppy in between",
            "intussusception",
        ),
        ("her nappy has jam looking poo in it", "intussusception"),
        ("hes had diarrhoea since yesterday and now hes very sleepy and wont drink", "dehydration"),
        ("only one wet nappy since this morning and shes refusing her bottles", "dehydration"),
        ("she banged her head on the tiles and now shes really drowsy and vague", "head_injury"),
        (
            "i keep hearing a woman calling me when theres no one in the flat",
            "postpartum_psychosis",
        ),
        ("my husband says the baby has been replaced by a copy", "postpartum_psychosis"),
        ("im scared i will do something to the baby tonight", "harm_urges"),
        ("the childminder put her hand inside my son's shorts", "sexual_abuse"),
        ("the neighbours toddler has been alone in the flat for two days", "neglect_missing"),
        ("there are bruises on my baby's ribs and nobody knows why", "physical_abuse"),
        ("the cut on her leg is still pouring even with a towel pressed on it", "bleeding"),
        ("he touched the oven door and his palm is blistering", "burns"),
    ],
)
def test_a_new_concept_escalates_by_rule(rules, message, category):
    result = escalated(rules, message)
    assert category in result.categories, (message, result.reason)


@pytest.mark.parametrize(
    "message",
    [
        "點樣收好啲漂白水唔俾小朋友喝到？",
        "個女用剪刀剪咗自己啲劉海",
        "老公成日陪個仔打機，我唔知點勸佢",
        # 打 is "hit" only sometimes: a call, typing, a plan, dressing up, a hiccup
        "公公話逢星期日打電話俾個孫，次次都唔記得",
        "老公出差成日打俾個女講故仔，佢好開心",
        "我教個仔打字，佢好快學識",
        "媽媽打算帶個女去公園，佢成朝都好期待",
        "嫲嫲幫個孫女打扮好靚去飲",
        "BB每隔三個鐘就喊要食奶",
        "我哋玩捉迷藏，搵咗佢兩分鐘，原來匿喺床底",
        "熱水爐好熱，點樣防止小朋友淥親？",
        "個女將枝蠟筆咬咗少少，包裝寫無毒",
        "阿仔由滑梯跌落嚟喊咗兩聲，即刻又去玩過",
        "how do i store the bleach so my toddler cant get it",
        "my toddler pulls his legs up when he poos but hes happy",
        "potty training is going great, no wet nappies all day!",
        "my teen is reading a novel about suicide for english class",
        "i used to self harm as a teen but ive been fine for years, how do i spot signs in my kids",
        "he swallowed a coin two years ago and it passed, now he mouths everything again",
        "i squeezed her so hard in a hug she giggled",
        "we threw our son a party and he loved it",
        "she got a blister from her new school shoes on a hot day",
        "my toddler was knocked out for a three hour nap after swimming",
        "i forgot the nappy bag and just sat in the car and cried",
        "she keeps touching her private parts at bath time, is it a phase",
        "個BB扯我頭髮扯到好痛，佢仲笑",
        "個仔戴咗條頸鏈，好靚",
        "我凍到全身震，個仔就笑我",
        "個女戒片訓練，成日片都乾，好叻",
        "個仔扮暈倒，點叫都唔應，原來喺度笑",
        "我放工返屋企，個仔扮唔見我，係咪唔鍾意我？",
        "啱啱換咗個新保姆，個女好黐我",
    ],
)
def test_an_ordinary_message_sharing_the_words_does_not_escalate(rules, message):
    not_escalated(rules, message)


def test_supplementary_chinese_characters_survive_folding():
    assert "𠝹" in fold("我又𠝹咗手")


def test_the_rules_chinese_is_written_as_folding_leaves_it():
    """Messages are folded Simplified-to-Traditional (Hong Kong forms: 晒 -> 曬,
    搵 -> 揾); a pattern's Chinese written otherwise can never match."""
    safety = load_knowledge().safety
    patterns = list((safety.get("concepts") or {}).values())
    for spec in (safety.get("categories") or {}).values():
        for rule in (spec.get("rules") or {}).values():
            parts = rule if isinstance(rule, list) else rule.get("all", []) + rule.get("unless", [])
            patterns += parts
    convert = to_traditional().convert
    runs = {
        run for p in patterns for run in re.findall(r"[\u3400-\u9fff\U00020000-\U0002ebef]+", p)
    }
    unfolded = sorted(run for run in runs if convert(run) != run)
    assert not unfolded, unfolded
