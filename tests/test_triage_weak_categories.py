"""The rules alone (no learned model) for the categories cross-validation found weakest:
a Chinese child gone, left alone or shut in; a Chinese disclosure of sexual abuse;
the self gone being better; voices and missions after birth; urges to harm the baby;
an infant's fever, choking and drowning in Chinese;
English suicide preparation, disclosures and self-harm. Each concept with ordinary
messages that share its words."""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        ("個女喺街市唔見咗成廿分鐘，周圍都搵唔到佢", "neglect_missing"),
        ("孩子放學到而家都未返屋企，電話又唔通", "neglect_missing"),
        ("隔籬屋得個兩歲細路自己喺度，大人成晚都冇返嚟", "neglect_missing"),
        ("佢將BB留咗喺架車度去打麻雀，車入面好熱", "neglect_missing"),
        ("個女話鋼琴老師叫佢除衫，仲話唔准話俾媽咪知", "sexual_abuse"),
        ("我發現佢部電話有我個仔冇著衫嘅相，唔係我影嘅", "sexual_abuse"),
        ("有時覺得我死咗佢哋會開心啲", "suicidal_ideation"),
        ("我好希望今晚瞓著咗就唔好再醒", "suicidal_ideation"),
        ("老婆三晚冇瞓，話聽到把聲叫佢帶個女走", "postpartum_psychosis"),
        ("我覺得呢個BB被人調包咗，佢唔係我生嘅", "postpartum_psychosis"),
        ("佢一喊我就好想用枕頭冚住佢", "harm_urges"),
        ("我寫好咗信俾個仔，今晚之後就唔使再麻煩人", "suicide_plan"),
        ("ive been saving my sleeping pills and i have enough now", "suicide_plan"),
        ("searched how many tablets it would take last night", "suicide_plan"),
        (
            "my son says the coach touched him in the changing room and told him not to tell",
            "sexual_abuse",
        ),
        ("she told me her stepdad made her take her clothes off", "sexual_abuse"),
        (
            "my brother in law took her pants off when she was hot and said its our secret",
            "sexual_abuse",
        ),
        ("started cutting again since the twins came", "self_harm"),
        ("個BB得五個星期，探熱三十八度二", "fever_infant"),
        ("bb先3星期 體温38.1度 唔肯食奶", "fever_infant"),
        ("個女食緊提子突然卡住，咳唔到又冇聲", "choking"),
        ("佢喺浴缸滑咗落水，抱返起身之後唔識喊", "drowning"),
        # Swallowed already, then asked whether that is safe: it happened.
        ("個女偷偷食咗幾粒我嘅血壓藥，會唔會有事？", "poisoning"),
        ("仔仔飲咗啲洗碗水，係咪安全㗎？", "poisoning"),
    ],
)
def test_a_weak_category_concept_escalates_by_rule(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "個仔唔見咗隻襪，成朝都搵唔到",
        "個女成日自己一個玩，係咪性格內向？",
        "幾多歲先可以俾小朋友自己喺屋企？",
        "個仔想將個波掟出窗，點教佢？",
        "幫個女沖涼佢唔肯除衫，點算？",
        "今日超市跳樓價，買咗好多尿片",
        "我三晚冇瞓好，因為BB出牙",
        "i keep my pills in a locked box so the kids cant reach them",
        "she keeps touching her private parts in the bath, is that normal for a 3 year old?",
        "grandpa touched her hair and she cried",
        # Undressing a feverish child to cool it is care, not a disclosure.
        "hes 38.9 so i took his clothes off to cool him down, was that right",
        "even after we took her clothes off she still feels hot, what now",
        "shes been 38.7 all evening even after i took her clothes off, what else can i do",
        "cutting his grapes in quarters, is that enough?",
        "my daughter is thinking of jumping off the diving board for the first time",
        "個仔四歲，發燒咗一個星期都未退",
        "我卡咗喺車度，BB喊到冇聲",
        "小朋友學游水嗆咗兩啖水，之後照玩",
        "BB兩個月大，幾時可以帶佢去游水？",
        # A mother's own medicine while she breastfeeds or is pregnant: a medical question.
        "我生病咗，而家仲餵緊人奶，可唔可以照食傷風藥？",
        "懷孕期間頭痛，食止痛藥今日安全嗎",
    ],
)
def test_ordinary_messages_sharing_the_words_do_not_escalate(rules, message):
    not_escalated(rules, message)
