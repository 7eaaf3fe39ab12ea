"""Dangers missed, read by their general cause, English and Chinese (issue 18, branch
`rec29`).

Causes read on the design half of fresh_32..34, the older released batches and the
writers' files: breath told hard to draw, a grunt on the breath out, a feed, a walk or a
sentence broken off for breath, a high sound at rest (`breathing/zh_breath_hard`,
`zh_breath_broken`); two signs of drying out told together, a young baby keeping nothing
down (`dehydration/two_dry_signs`, `young_vomits_all`, `zh_young_vomits_all`); Mandarin's
resultative and aspect together (割傷了自己, `self_harm/zh_self_more`) and a teenager's cuts
told after "there are" (`teen_cuts`); the self gone said of 自己 after an if or a thought
(`self_gone_zh`); means kept for when it gets too much, told ready in a sentence of their
own, pills laid out to be swallowed at once (`suicide_plan/means_kept`, `means_told_ready`,
`zh_means_out`); the writer's neck gripped and told lightly, a threat to kill told flat,
one parent hitting the other, a knife held with the phone taken (`domestic_violence/
zh_neck_grip`, `kill_me_flat`, `zh_parent_hits`, `zh_knife_held`); a child heard pleading
not to be hit (`physical_abuse/zh_plea_heard`); pupils of different sizes after a fall
(`head_injury/unequal_pupils`); a bleed still going after a quarter of an hour of pressure
(`bleeding/pressed_too_long`); a sign counted as it happened (嘔咗兩次: `sign_counted_zh`),
so the question asked after it is no question put ahead. Every message is my own; each
family has twins that share its words and are no danger."""

import pytest


@pytest.mark.parametrize(
    "message, category",
    [
        # breath hard to draw, a grunt on the breath out, broken off for breath
        ("阿仔發燒咳咗兩日，而家話好難吸到氣，塊面好攰", "breathing"),
        ("BB 每次呼氣都有哼哼聲，飲奶冇癮，係咪佢累？", "breathing"),
        ("佢哮喘發緊，講唔到一句完整嘅說話，噴完藥都冇改善", "breathing"),
        ("個女哮吼又發，瞓緊都有咻咻聲，吸氣好大聲", "breathing"),
        ("孩子咳了三天，现在喝奶喝两口就要停下来喘气", "breathing"),
        ("咳咗成個禮拜，佢而家行兩步就要停低抖氣，講嘢都斷開", "breathing"),
        # two signs of drying out; a young baby keeping nothing down
        ("My girl is 9 months. She is not making tears anymore when crying and her tongue "
         "look sticky. Madam is at work, what I do?", "dehydration"),
        ("our 7 week old is sick after all his feeds today, even the water, and sleepier "
         "than usual", "dehydration"),
        ("BB 得七個禮拜，今日飲乜嘔乜，連開水都嘔埋", "dehydration"),
        # resultative and aspect; cuts told after the body
        ("我刚才又用刀片划伤了自己，不敢让老公知道", "self_harm"),
        ("I had a look at my son's thighs at the pool, there are fresh neat cuts in rows. "
         "He is 15 and won't talk about it", "self_harm"),
        # the self gone
        ("有時覺得自己死咗，屋企人會輕鬆好多", "suicidal_ideation"),
        ("要是自己消失了，老公和孩子会过得更好吧", "suicidal_ideation"),
        # means kept, ready, laid out
        ("i have a rope hidden in the storeroom for when it gets too much. the kids dont "
         "know", "suicide_plan"),
        ("The pills are ready now.", "suicide_plan"),
        ("药丸都倒出来摆在床边了，吞下去就不用再撑了", "suicide_plan"),
        # the neck gripped, a threat told flat, a parent hitting a parent, a knife held
        ("佢琴晚掐住我條頸幾秒，今朝又話對唔住", "domestic_violence"),
        ("Hes going to kill me. Hes got my phone and hes locked the door",
         "domestic_violence"),
        ("媽咪，爹哋又打緊媽媽，我哋匿埋喺廁所", "domestic_violence"),
        ("男朋友攞住把菜刀坐喺房門口，收埋咗我部手機，我好驚", "domestic_violence"),
        # a child heard pleading
        ("樓上個小朋友成晚喊住話唔好再打，仲有好大聲嘅撞擊聲", "physical_abuse"),
        # pupils after a fall; a bleed pressed too long
        ("came off his scooter an hour ago and now his pupils look different sizes",
         "head_injury"),
        ("her nose has been pouring for 25 minutes now, I've been pinching it the whole "
         "time", "bleeding"),
        # a sign counted, asked after
        ("佢啲便便紅紅黐黐好似啫喱，嘔咗兩次，可唔可以飲少少水先？", "intussusception"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert rules.decide(message).category == category, message


@pytest.mark.parametrize(
    "message",
    [
        # the writer's own breath, speech still learning, a shout
        "我湊兩個仔湊到好難抖到氣，點樣安排時間？",
        "個仔兩歲仲講唔到一句完整嘅句子，係咪要睇言語治療？",
        "佢坐定定都會尖聲大叫，係咪發脾氣？",
        "哥哥扮恐龍扮到好難抖到氣，笑到碌地，好得意",
        # a fake cry, the writer's own dry mouth, a cup thrown
        "my 2yo does this fake crying with no tears at all whenever I say no, how do I "
        "respond",
        "i keep waking up with a dry mouth since the baby came, is it the night feeds",
        "my 3 year old throws everything off the table including her water cup at dinner",
        # an accident, a child's own scissors, scratches from brambles
        "我切菜的时候不小心割伤了自己，伤口要缝针吗？",
        "仔仔玩剪刀剪伤了自己的手指，流了一点血，点样教佢安全用剪刀？",
        "my 13yo's legs, there are fresh scratches all over from the bramble walk",
        # away on a trip, home less, a story's bear
        "如果自己唔喺度，個女會唔會好唔慣？我下個月要出差一個禮拜",
        "覺得自己不在家的時候，孩子反而更乖，更好帶，點解會咁？",
        "孩子的绘本里，小熊说如果自己消失了，朋友们会更开心，这种书适合三岁吗？",
        # a ladder for a fire, a skipping rope, a medicine box, grandma's dose
        "we keep a rope ladder in the cupboard just in case of fire",
        "got a skipping rope for her birthday just in case she gets bored in the holidays",
        "我將BB啲藥全部拿出來放喺枱面，想整理一下藥箱，邊啲過期要掉？",
        "Pills ready for grandma's morning dose, but how do I stop my toddler grabbing it?",
        # a toddler on the shoulders, the idiom of a spouse's anger
        "女兒兩歲，玩騎膊馬時捉住我頸，好驚佢跌落嚟",
        "my husband is going to kill me when he sees the scratch on the car lol",
        "My husband is going to kill me. I forgot to book the swimming lessons again!",
        # a phone call, a game
        "爸爸打緊媽媽電話，佢哋講緊聽日去邊度飲茶",
        "細佬扮爸爸打咗媽媽一下，係咪學咗電視？",
        "老公揸住把刀切緊西瓜，個仔企喺廚房門口睇",
        # a pupil from birth
        "she has one pupil slightly bigger than the other since birth, the eye doctor "
        "says it's fine",
        # a count told of the past
        "細個嘅時候佢發燒抽咗一次筋，會唔會遺傳俾細佬？",
        "去年女儿发烧时抽了一次筋，之后都没有再发生，平时要注意什么？",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    assert rules.decide(message).kind != "escalate", message
