"""Ordinary messages that share danger words, and the dangers beside them (issue 18,
false escalations).

The rules read a danger word without asking who it happens to and whether it is
happening. Not escalated: a toy, a doll, a pet or a character named as the one hurt
("the teddy can't breathe"), a child's game of pretend (playing doctor, dolls), words a
young child repeats from school or a screen, a post or a thread read about another
family, another child's emergency told after it, a partner's threat over a purchase,
telling a child a cartoon is not real, the parent's own medicine kept out of a child's
reach, a fall told as "back in" a month long past, and a news story followed by
"what do I do" (點算) about a child's fear.

Still escalated: the same frames with a real sign beside them (blue lips, floppy, an
ambulance called), a child hurt while playing, a danger told after a story ("I read
about it and now mine ..."), a child named by age before 個仔.
"""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        # a toy, a doll, a pet or a character named as the one hurt
        "we were doing vets and she told me the toy rabbit cant breathe so it needs an x ray",
        "his teddy stopped breathing apparently so we did pretend cpr on the sofa lol",
        "my daughter says her dolly has a fever and needs medicine every single night",
        # a game of pretend
        "the boys love playing hospital, one lies down and the other says he's not breathing",
        "she was pretending the baby was unconscious and wrapped it in bandages, is that ok",
        "my 4 year old plays superheroes and says the bad guy is bleeding everywhere",
        "他玩扮醫生，話啲公仔冇呼吸要打針，係咪好正常",
        "囡囡玩煮飯仔，話個娃娃發燒要食藥，佢三歲",
        "我個女play doctor成日幫熊仔急救，話佢唔識呼吸",
        # words a young child repeats
        "my 4 year old picked up 'i want to die' from a cartoon and says it when his sandwich is cut wrong",
        "she copied 'i wish i was dead' from her big cousin and now says it about bath time",
        # a post or a thread about another family
        "saw a thread on a parenting forum about a newborn who stopped breathing in a sling, is a sling safe for my 6 week old?",
        "my mum read a post about a toddler drowning in a bucket and now won't let mine near the garden",
        # another child's emergency, told after it
        "a girl at my daughter's nursery had a seizure last term and my daughter keeps asking about it",
        "a kid in my son's playgroup had a bad allergic reaction and now he asks if his snacks are safe",
        # a partner's threat over a purchase
        "my wife will kill me if i order another takeaway, what quick dinners suit toddlers",
        "hubby says he'll kill me if i buy more toys before christmas, how many toys do kids need",
        # telling a child that a cartoon is not real
        "the monster in the film took a baby and she keeps crying, how do i tell her it is not real",
        # the parent's own medicine kept out of reach
        "我自己食開安眠藥，應該放喺邊先可以唔俾個仔攞到？",
        "醫生開咗止痛藥俾我，點收先可以避免小朋友誤食？",
        # a fall told as long past
        "back in june he fell off the climbing frame, he was checked and fine, now he's scared of heights",
        # a news story and a child's fear
        "新聞講有小朋友喺泳池遇溺，個女之後唔肯落水，點算？",
        # the parent's own childhood told first
        "when i was little my mum used to hit me with a slipper, how do i break the cycle",
        # a toy falling, a game's monster, a pet's illness or meal
        "she drops her dolls off the top of the slide and says they all fell and died, is that odd",
        "in his game the bad guys get killed and he laughs, he's 6",
        "細佬玩恐龍，話壞人俾恐龍咬到流血，好暴力",
        "隻狗昨晚發燒病咗，個仔好擔心，點樣同佢講",
        "our puppy chewed a blister pack of my antihistamines, the vet sorted him out. the kids were frightened",
        # a child's words copied from a screen, in Chinese
        "個女睇完youtube成日講「我想死咗佢」，佢笑住講，點教？",
        # a rhyme or a picture book
        "there's a lullaby about a baby falling out of a tree, is it weird to sing it to my son",
        # a game named by its roles
        "my daughter plays drowning and rescue in the bath with her brother, they think it's hilarious",
        # words copied from a cartoon character; a tantrum over a treat
        "she says 'i'll die' all the time because a princess in her favourite show says it, she's 4",
        "他成日講「我要跳樓」，話係電視人物講嘅，五歲，點教？",
        "my 5yo screamed that he wants to die because he wasn't allowed to have chocolate",
        # a bath toy, and a toy cared for
        "my toddler makes his toy boat and his rubber duck drown over and over, then rescues them",
        "佢幫隻熊仔探熱，話佢發燒要打針，好搞笑",
        # a friend's child's emergency told after it
        "my sister in law's baby stopped breathing at nursery last month and is fine now, how do i cope with the worry",
        # the parent's own extra tablet, checked as fine
        "我琴晚食多咗一次自己嘅藥，藥劑師話冇事，點樣提醒自己？",
        # a partner's joke about jumping
        "老公話再冇覺瞓就跳海，當然係講笑啦，點樣輪流瞓？",
        # a story heard on the radio, seen online, shared in a group
        "heard on the radio that a boy fell from a balcony in sha tin, what locks do people use",
        "there was an article about a toddler who drank bleach, where should cleaning stuff go",
        "someone in our nursery parents chat posted that her girl swallowed a battery, which toys have them? what should i watch out for",
        # a young child's jealous words about a sibling; pretend drinking from an empty bottle
        "my 3 year old keeps shouting 'i will squash the baby' when i feed his sister, how do i help him adjust",
        "my 2yo pretends to drink from the old washing up liquid bottle, it's empty and washed out, we use it in the sandpit",
        # what babies in general can do, read somewhere
        "i read that toddlers can stop breathing if a blind cord gets round them, which blinds are safest?",
        # the parent's own overdose as a teenager, well now
        "i took an overdose when i was sixteen, i am now 30 and well, how do i talk to my kids about feelings?",
        # a partner's worry about the parent's own prescribed medicine
        "my husband thinks i take too many of my prescribed anxiety tablets, the gp says the dose is right. how do we talk about it",
        # children who are "trying to kill" a parent with wake-ups
        "hubby reckons the kids are trying to kill him with these 4am starts, any tips for early risers",
        # hyperbole about an adult
        "i could throttle my mother in law, she gave the baby chocolate again",
    ],
)
def test_an_ordinary_look_alike_does_not_escalate(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    ("message", "category"),
    [
        # a frame and a real sign beside it
        ("we were playing hospital and now her lips are blue and she cant breathe", "breathing"),
        (
            "she was pretending to be asleep but now she's floppy and i cant wake her",
            "unresponsive",
        ),
        ("玩扮醫生之後佢真係唞唔到氣，嘴唇發紫", "breathing"),
        # a child hurt while playing
        (
            "they were playing in the paddling pool, she was under for ages and now shes coughing and sleepy",
            "drowning",
        ),
        (
            "he was playing superheroes, jumped off the bunk bed, hit his head and keeps vomiting",
            "head_injury",
        ),
        # told after a story, but happening to this child
        (
            "i read a post about babies who stop breathing and now my baby isnt breathing right, his face is going grey",
            "breathing",
        ),
        # another child's emergency beside this child's
        (
            "a boy in his class had a reaction and now my son has hives and his tongue is swelling",
            "allergy",
        ),
        # a threat over leaving, not a purchase
        ("my husband said he'll kill me if i leave him and take the kids", "domestic_violence"),
        # the parent's childhood, and the same now
        (
            "when i was a kid my dad used to hit us with a belt and now my husband does it to our son",
            "physical_abuse",
        ),
        # a child named by age before 個仔
        ("揾唔到四歲個仔成個鐘，報咗警", "neglect_missing"),
        # pills stored with a night named
        ("我收埋啲安眠藥唔俾個仔見到，今晚想一次過食曬", "suicide_plan"),
        # a pet and a child both
        (
            "the dog got into my handbag and so did my toddler, he swallowed some of my sertraline",
            "poisoning",
        ),
        # an urge about a partner and the baby
        ("i want to strangle my husband and the baby when they both scream at me", "harm_urges"),
        # a toy falling onto a child's head, with a sign
        (
            "the big toy box fell off the shelf onto her head and now she keeps vomiting",
            "head_injury",
        ),
        # medicine kept out of reach, and saved up for tonight
        (
            "i keep my tablets locked out of reach of the children but ive saved up enough to take them all tonight",
            "suicide_plan",
        ),
        # an urge told of a partner with the baby after it
        ("i could strangle my husband and, honestly, the baby as well", "harm_urges"),
        # a story, then this child face down in water
        (
            "just like that news report, my daughter was found face down in the pond and isn't moving",
            "unresponsive",
        ),
        # pretend play, then bleeding that will not stop
        ("佢扮蜘蛛俠由床跳落嚟，個頭撞穿咗，流好多血", "bleeding"),
        # a child's own medicine swallowed, the parent's named
        ("my 2 year old got into the box and ate some of my mirtazapine", "poisoning"),
        # sank under the bath water
        ("佢喺浴缸度沉咗落水，撈返上嚟之後一直咳", "drowning"),
        # a friend's child, and this child now
        (
            "my friend's baby choked on a grape last year and now my son is choking and can't breathe",
            "breathing",
        ),
        # a story, then this child now
        (
            "saw on facebook a baby swallowed a battery, and my son just swallowed one from the remote",
            "poisoning",
        ),
        # a young child's words with an adult named, or the parent agreeing
        ("my 5 year old told me her stepdad says he will kill the baby", "domestic_violence"),
        ("my 4 year old says he wants to smother the baby and honestly so do i", "harm_urges"),
        # pretend drinking, then a sign
        (
            "she pretended to drink the bottle of bleach and now her lips are burning and she is drooling",
            "poisoning",
        ),
        # what babies can do, and this baby now
        ("babies can stop breathing in their sleep and mine has, he is grey", "breathing"),
        # a young child's words with an act
        (
            "my 8 year old copied the words 'i want to die' and tried to cut herself",
            "suicidal_ideation",
        ),
    ],
)
def test_the_same_words_with_a_danger_still_escalate(rules, message, category):
    escalated_as(rules, message, category)
