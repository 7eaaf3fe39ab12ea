"""The rules alone (no learned model) on Chinese red flags told in forms the patterns
missed: blood vomited with 出 or a measure between (吐出一大口鮮血); no tears with 哭
as with 喊, a dry mouth and drowsiness; a fall from furniture with no head named and
sickness or drowsiness after it; 把/將 word order for a swallowed cleaner or medicine,
and 洗滌 or 凝珠 for a detergent pod; no milk or food at home and a child unfed for
days; a partner's account of someone just delivered, sleepless and sure of a threat
or hearing voices; the baby "swapped" with 俾 (Cantonese passive), a TV sending
messages; an urge told with 她/他; blood in a child's underwear and fear of an adult;
a fever with a stiff neck or dark spots; an English "baby" before a Chinese age; a
child not found, named after the verb; someone's act each time the baby cries; a
threat never to let the parent find the child; English body words in a Chinese
breathing sign; the letter m typed for 唔 and 野 for 嘢; eating, then no sound and a
colour; skin patchy in two colours (灰一忽白一忽) with a fever; 把 order with a
place between the child and the throw. Each beside harmless messages sharing the
words: among them 昨天/今天 and 精神 read as a voice from heaven or a god, a lost
iPad read as a lost child, worry told around "bb" read as a choking now."""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # blood vomited, a measure or 出 between
        ("阿仔頭先嘔咗一大啖鮮血出嚟", "bleeding"),
        ("女儿刚才吐出很多鲜血，脸色很白", "bleeding"),
        # no tears told with 哭; a dry mouth and drowsy
        ("孩子腹瀉了一整天，哭也沒有眼淚", "dehydration"),
        ("个宝宝嘴唇好干，一直想睡，叫他也不太理", "dehydration"),
        # a fall from furniture, no head named, then a sign
        ("囡囡由梳化碌落地，之後一直嘔，好想瞓", "head_injury"),
        ("儿子从上铺摔下来，呕了三次，一直昏昏欲睡", "head_injury"),
        # 把/將 word order for what was swallowed; 洗滌/凝珠
        ("佢將我啲安眠藥成排吞咗", "poisoning"),
        ("我家小孩把洗衣凝珠咬破了，一直在吐", "poisoning"),
        ("個仔飲咗啲洗滌劑，口度有泡", "poisoning"),
        # no milk or food at home, the child unfed for days
        ("屋企冇嘢食，個女已經兩日冇食過嘢", "neglect_missing"),
        ("家里没钱买奶粉了，宝宝三天没怎么喝过奶", "neglect_missing"),
        # a partner's account of someone just delivered
        ("我太太生完BB之後幾晚冇瞓，堅信鄰居要嚟偷走個仔", "postpartum_psychosis"),
        ("老婆坐月期間成晚唔瞓，成日話聽到聲音", "postpartum_psychosis"),
        # the baby swapped with 俾; a TV sending messages
        ("佢話個女俾醫院掉咗包，唔肯抱佢", "postpartum_psychosis"),
        ("我覺得部電視 send message 俾我 要我保護BB", "postpartum_psychosis"),
        # an urge told with 她/他
        ("她哭個不停的時候，我很想掐他", "harm_urges"),
        # blood in underwear and fear of an adult
        ("我發現個女條內褲有血漬，佢又唔肯再去舅父屋企", "sexual_abuse"),
        # a fever with a stiff neck or dark spots
        ("佢燒到39度，條頸好硬，郁下條頸就喊", "fever_infant"),
        ("孩子发高烧，腿上有一些暗红色的斑点", "fever_infant"),
        # an English "baby" before a Chinese age
        ("my baby 1個月 fever 38度", "fever_infant"),
        # a child not found, named after the verb
        ("喺公園揾唔到個四歲仔，已經揾咗廿分鐘", "neglect_missing"),
        # someone's act each time the baby cries
        ("工人BB一喊就大力搖佢，我喺cam見到", "physical_abuse"),
        # a threat never to let the parent find the child
        ("佢話會帶走個仔，等我一世都揾唔到佢", "domestic_violence"),
        # English body words in a Chinese breathing sign
        ("bb 呼吸好急 chest 一吸一吸陷落去", "breathing"),
        # the letter m typed for 唔, 野 typed for 嘢
        ("個b瞓咗成個下晝 點搖都m醒", "unresponsive"),
        ("bb m識呼吸 help", "breathing"),
        ("隔籬個三歲仔成日一個人喺屋企 冇野食", "neglect_missing"),
        # eating, then no sound and a colour; skin patchy in two colours with a fever
        ("佢食緊魚蛋 突然唔識出聲 指住條頸", "choking"),
        ("阿女發緊燒 手腳好凍 皮膚灰一忽白一忽", "fever_infant"),
        # 把 order with a place between the child and the throw
        ("男朋友昨晚把我女儿从床上扔到地上，她一直哭", "physical_abuse"),
        # pills hidden away to take later; a reaction after a jab; the baby's "voice"
        ("我把止痛藥全部收埋咗，等佢哋瞓晒就食", "suicide_plan"),
        ("个女打完预防针十分钟，成块面肿起，全身起风癞", "allergy"),
        ("我成日聽到BB同我講叫我去死", "postpartum_psychosis"),
        # a scald now beside the age; a toy broken and a child hurt
        ("佢兩歲，頭先燙親隻手，起晒水泡", "burns"),
        ("佢老豆打爛咗個玩具，仲打到個仔隻手瘀晒", "physical_abuse"),
    ],
)
def test_a_chinese_red_flag_in_another_form_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        # blood as an idiom; a little milk brought up
        "佢唔肯食飯，我嬲到想吐血",
        "BB食完奶吐咗少少，正常嗎",
        # a fall with no sign, or told as fine
        "佢由梳化跌落地，喊咗兩聲又去玩",
        "個女由床跌落嚟，之後好眼瞓，原來琴晚瞓得少，冇事",
        # a parent's own dry mouth, or talking hoarse
        "我講到口都乾佢都唔肯瞓",
        "湊仔湊到我自己個口好乾，又好眼瞓",
        # a newborn's tearless cry asked about
        "BB喊嘅時候冇眼淚係咪正常，佢先三個禮拜",
        # medicine taken as asked, or put away
        "個仔終於肯把藥吃了",
        "我把藥放高咗，費事個仔攞到",
        "孩子把藥吃了之後還是發燒，要不要再看醫生",
        # formula run out and bought; a picky eater; an unwell child
        "奶粉食晒，老公去緊買",
        "佢病咗兩日冇點食嘢",
        "個仔揀飲擇食，晚餐成日唔食飯",
        # tiredness and worry after a birth, not psychosis
        "產後我成晚唔瞓，因為要餵奶，好攰",
        "生完BB之後成晚瞓唔著，聽到啲聲音都會驚醒",
        "坐月期間我聽到BB喊聲就即刻醒",
        # a strict tutor; a nappy rash
        "個女好驚個補習老師，因為佢好惡",
        "女兒下面有點紅，是不是尿布疹",
        # rocking a crying baby
        "BB一喊我就抱住搖佢",
        "BB一喊佢就搖佢，搖到佢瞓",
        # a lost shoe; a stiff neck from sleep
        "個仔揾唔到隻鞋，揾咗成半個鐘",
        "我瞓落枕，條頸好硬",
        # homework and work take the breath away
        "功課多到個女透唔到氣，點幫佢減壓",
        "工作忙到我透唔到氣",
        # an ex who will not call again
        "佢話如果我走，就永遠唔再揾我",
        # cried until no tears were left; a pet's poisoning
        "個仔輸咗波喊到冇眼淚，之後又冇事",
        "屋企隻狗食咗老鼠藥，已經送咗去獸醫",
        # 野 in a word of the wild; "I m" is not 唔
        "聽日去郊野公園野餐，要帶啲咩嘢食",
        "I m好攰，個仔又唔肯瞓，點算",
        # a day word and a fever, 精神: not a message from heaven or a god
        "孩子前天发烧，今天退烧了，精神很好",
        "佢今日精神好好，俾佢食少少粥得唔得",
        # a child's vitamins at the child's dose; a young child's words in a temper
        "個女食咗兩粒維他命軟糖，係兒童份量",
        "佢一嬲就話要打死我，佢先三歲，點教",
        # playing dead; a worry told with bb; a lost tablet computer
        "個女扮死咗好得意，成家人笑到碌地",
        "我好驚BB會窒息，所以唔敢畀佢用枕頭",
        "個仔唔見咗部ipad，喊咗成晚",
        # medicine put away from a child; a sore arm after a jab
        "我將啲安眠藥收埋咗，費事個女攞到",
        "打完針手臂腫咗少少，正常嗎",
        # a repeated verb taking the breath away; a scald long healed; a toy bitten
        "返工返到透唔到氣，返到屋企仲要湊仔",
        "佢兩歲時燙親過隻手，而家冇疤，想問點護理皮膚",
        "隻狗咬爛咗個公仔，個女喊到好慘",
    ],
)
def test_shared_words_in_an_ordinary_chinese_message_do_not_escalate(rules, message):
    not_escalated(rules, message)


def test_m_and_ye_typed_for_m4_and_thing_are_read_as_meant():
    from assistant.triage import sentences

    assert sentences("叫極都m醒") == sentences("叫極都唔醒")
    assert sentences("bb m識郁") == sentences("bb唔識郁")
    assert sentences("冇野食") == sentences("冇嘢食")
    assert sentences("I m好攰") != sentences("I 唔好攰")
    assert sentences("去野餐") == ["去野餐"]
    assert sentences("佢有5m高") == ["佢有 5 m 高"]
