"""The rules alone (no learned model) on harmless frames around danger words, each
beside a harmful reading that must still escalate, with the category whose guidance
fits: a garment's colour (blue, 藍色) and lips or breathing; a simile ("a face like
I'd poisoned her") and a poisoning; a character in a story who hears voices and a
parent who does; a parent who "could have strangled" a partner and a partner who
choked the parent (domestic violence, not a child choking); a child who bit another child and an adult who bit a child; a
fall with a bumped head and a push; a purpose clause ("so it never scalds") and a
scald; a seizure when the child was one, nothing since; the news, a first-aid course
and 而家 before an age or a worry; a family kept in by a quarantine and a partner who
locks the parent in with the children; lips after a food with and without a sign;
the anger at a partner (想殺咗佢) and an urge at the baby; an ex who follows the
parent (domestic violence, not psychosis); not waking up wished by the parent
(suicidal ideation, not an unresponsive child); nail polish; the news said and one's
own work (a nurse, a paramedic: 做護士); back on the bike; a child wishing someone
else dead; choking on words; 而家唔敢 (now afraid); the ground swallowing me (embarrassment); a pet that died and a
child who cried 好耐; burnt out (exhaustion) and a child burnt by an adult; the fun choked out of a
holiday; touched out; a dose question after the medicine's name; water asked about after something
swallowed, each with a harmful reading."""

import pytest

from .decisions import answered, escalated, escalated_as, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a garment, a toy, a colour: the body not named
        "my girl will only wear her purple jumper, even to bed",
        "BB 對 socks 係 blue 色，佢成日扯甩",
        "囝囝成日要著嗰件 grey 色外套",
        # a simile
        "he looked at the soup like i had poisoned it lol, how do i get him to try soup?",
        # a story on TV
        "we watched a film yesterday about a dad who hears voices, my son asked what it means",
        # the parent as the one who "could have strangled" someone
        "i could have strangled my brother when he woke the baby with his drums",
        # a child biting or pushing another child
        "my son pushed another kid off the slide at playgroup, how do i teach him to wait his turn?",
        "my daughter bites other children at daycare when she is frustrated",
        # a fall, a bumped head, no red sign
        "he tripped on the rug and bumped his head, cried for a minute and then went back to his train set",
        # a purpose clause
        "how hot should the kettle water be for formula so it doesnt scald him?",
        # a figure of speech; a parent touched out; a dose asked after the medicine
        "the rainy week is choking the fun out of our half term, any indoor ideas",
        "im so touched out i cant stand my husband cuddling me at night",
        "he is 4 and has a fever of 38.5 but still plays and eats well, how much paracetamol can i give",
        # water as prevention or feeding, nothing swallowed
        "how much water in the bath is enough for a toddler to drown",
        "how much water should i give my 7 month old with her solids",
        # burnt out: exhaustion, not a burn
        "im totally burnt out with my son this week, he never naps, how do other mums cope",
        # a seizure long ago, nothing since
        "my son had a febrile fit when he was two, nothing since, does it run in families?",
        # the news, a course, 而家 before an age or a worry
        "電視新聞講有小朋友喺海灘遇溺，想問幾歲可以自己落水？",
        "报了个婴儿急救课程，想知道宝宝哽到要点处理",
        "佢細個試過哽親，之前自己咳咗出嚟，而家四歲食提子仲要切開嗎？",
        # a lockdown keeps the family in
        "封城嗰陣我哋一家困咗喺屋企成個月，而家佢好怕出街",
        # lips after a food, no sign
        "佢食完西瓜嘴唇成個都係汁，好搞笑",
        "食完朱古力佢嘴唇黑晒",
        # the anger is at a partner
        "男朋友又唔洗碗，我真係想殺咗佢",
        "老公成日唔收拾，我真係想掐死佢",
        # nail polish, make-up
        "can i paint her nails purple for the party or is varnish bad for kids?",
        # the news said; one's work
        "the news said a boy fell off a balcony in tsuen wan, are window restrictors worth it?",
        "i work as a paramedic and i have seen kids not breathing after accidents, how do i stop worrying at home?",
        "我係護士，成日都見到小朋友抽筋嘅個案，點樣唔好將工作帶返屋企？",
        # back on the bike; a child's words about someone else; words, not food
        "she came off her scooter and her elbow bled a lot but she hopped straight back on",
        "he screamed that he wishes daddy was dead because we turned off the tv",
        "he chokes on his words when he is nervous, should we see a speech therapist?",
        # 而家 before avoidance
        "佢上次喺海灘遇溺嚇親，而家唔敢落水，點幫佢？",
        # embarrassment; a pet that died and a child who cried long (好耐 is not 好)
        "when she threw her shoe at the vicar i wanted the ground to swallow me whole",
        "隻倉鼠死咗，個仔喊咗好耐，點同佢講？",
    ],
)
def test_a_harmless_frame_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message, category",
    [
        ("his lips are turning blue in his blue pyjamas and he is gasping", "breathing"),
        ("BB 件衫好厚，但係佢嘴唇變咗 purple 色，唞唔到氣", "breathing"),
        ("i think she has been poisoned, she drank something from under the sink", "poisoning"),
        (
            "i watched a show last night and since then i hear voices telling me to hurt him",
            "postpartum_psychosis",
        ),
        ("my husband choked me last night and i could have died", "domestic_violence"),
        ("my boyfriend bit my son on the arm and left marks", "physical_abuse"),
        ("he pushed her and she fell and hit her head on the table", "physical_abuse"),
        (
            "she fell down the stairs and hit her head, now she is vomiting and very sleepy",
            "head_injury",
        ),
        ("the bath water scalded his legs and the skin is peeling", "burns"),
        ("the nanny burnt my son with a lighter, there are marks on his hand", "physical_abuse"),
        ("my baby is choking on a piece of apple and going red", "choking"),
        ("my daughter said her swimming coach touched her under her swimsuit", "sexual_abuse"),
        ("he drank a whole bottle of calpol, how much calpol can i give now", "poisoning"),
        ("she swallowed a watch battery, how much water should we give her", "poisoning"),
        ("my son ate a few of his nans heart tablets, how much water should i give", "poisoning"),
        ("he is having a seizure right now and wont stop shaking", "seizure"),
        ("個仔而家喺泳池遇溺，撈返上嚟冇反應", "drowning"),
        ("佢食提子哽住咗，而家面都紫埋", "choking"),
        ("老公將我同個女鎖喺廁所，唔俾我哋出嚟", "domestic_violence"),
        ("隔離期間老公困住我同細路喺房，唔俾我哋出去", "domestic_violence"),
        ("食完花生之後佢嘴唇腫晒，仲好喘", "allergy"),
        ("食完蝦佢塊面起晒風癩", "allergy"),
        ("老公返咗工，我成日有衝動想掐死個BB", "harm_urges"),
        ("前夫成日跟蹤我同個仔，仲喺學校門口等我", "domestic_violence"),
        ("i honestly wouldnt care if i didnt wake up tomorrow", "suicidal_ideation"),
        ("it would be a relief if i never woke up", "suicidal_ideation"),
        ("my baby wont wake up for feeds and feels floppy", "unresponsive"),
        ("i painted the fence and now her lips are going blue and she cant breathe", "breathing"),
        ("my toddler just fell from the balcony, he is not moving", "head_injury"),
        ("i am a nurse and my own baby is not breathing right now, help", "breathing"),
        (
            "is it normal to wish you were dead when you have a newborn? i think it all the time",
            "suicidal_ideation",
        ),
        ("he is choking on a sweet and cant breathe", "choking"),
        ("佢而家喺泳池遇溺，冇反應", "drowning"),
        ("i pray god takes me in my sleep tonight", "suicidal_ideation"),
        ("有時覺得我死咗就好，大家都輕鬆啲", "suicidal_ideation"),
    ],
)
def test_the_harmful_reading_still_escalates_with_its_guidance(rules, message, category):
    result = escalated(rules, message)
    # a child emergency matched by two such rules gets the same guidance either way
    same_guidance = result.group == "child_emergency" and category in result.also
    assert result.category == category or same_guidance, (message, result.reason)


def test_a_parent_not_waking_early_on_weekends_is_not_suicidal(rules):
    answered(rules, "i dont mind if i dont wake up early on the weekend")


@pytest.mark.parametrize(
    "message",
    [
        "my 2yo throws fits whenever i go out the door",
        "she threw a screaming fit at drop off, then fits of giggles by lunch",
        "which buggy fits two kids and folds small",
        "the new cot barely fits in our room",
        "is he fitting in ok at playgroup, he looks lonely",
        "we're fitting the booster seat this weekend, any tips",
    ],
)
def test_fits_as_tantrums_or_a_size_do_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "he's fitting right now, arms stiff and shaking",
        "baby been fitting for 6 mins what do i do",
        "she keeps having fits, her whole body jerks",
    ],
)
def test_fits_as_seizures_still_escalate(rules, message):
    escalated_as(rules, message, "seizure")


@pytest.mark.parametrize(
    "message",
    [
        "my dad keeps saying he'll take her camping and never does, she's gutted",
        "when should my baby start crawling, 10 months and not moving anywhere yet",
        "個女成日搶我部iPad睇卡通，點樣戒",
        "想請新姐姐，經中介定係自己揾好？邊個方法平啲",
        "個仔喺屋企成日跳嚟跳去，樓下嫌嘈，點算",
        "bb啲衣服要唔要用專用洗衣液洗",
        "個女砌lego砌唔到，嬲到掟晒啲lego，喊到好大聲，點教好",
    ],
)
def test_everyday_questions_sharing_danger_words_do_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("my ex says he'll take her and i will never see her again", "domestic_violence"),
        ("she rolled off the changing table and isnt moving", "unresponsive"),
        ("老公搶走我部手機，唔俾我打電話求救", "domestic_violence"),
        ("我上網揾咗自殺嘅方法", "suicidal_ideation"),
        ("我想由天台跳落樓下", "suicide_plan"),
        ("個仔誤服咗洗衣液", "poisoning"),
        ("老公嬲起上嚟掟晒啲嘢，仲打個仔打到瘀晒", "physical_abuse"),
    ],
)
def test_the_danger_in_those_words_still_escalates(rules, message, category):
    escalated_as(rules, message, category)


def test_a_seizure_at_an_age_long_past_with_the_child_well_now_does_not_escalate(rules):
    told = "she had a febrile fit at 14 months, shes nearly 5 now and fine. how do i stop hovering"
    not_escalated(rules, told)
    again = "she had a febrile fit at 14 months and now shes fitting again"
    escalated(rules, again)
