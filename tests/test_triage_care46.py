"""Dangers of the caregiver, abuse, neglect and violence-at-home families told by their
signs rather than named, English and Chinese (issue 18, branch `care46`).

Causes read on the design half of fresh_38..40, the released batches and the writers'
files (dangers that neither a rule nor the learned net read):

- postpartum psychosis told by two of its signs after a birth, whoever has them: a
  watcher believed (cameras or microphones hidden, watched through the phone or the
  walls), thoughts read or broadcast, the world felt fake or staged, sockets or lights
  covered against the watcher (`watched_belief`, `thoughts_read`, `unreal_world`,
  `guarding_act` and their `_zh`; `postpartum_psychosis/watch_pair`, `mind_pair`,
  `zh_watch2`, `zh_mind2`). One sign alone has an everyday twin and is left alone;
- care kept from a child by an adult's control or by money (no doctor, no formula
  allowed), told with the child's state now: unfed for a day or more, or gone quiet or
  floppy (`care_withheld`, `child_unfed_now`; `neglect_missing/kept_from_care`,
  `zh_care_kept`);
- affairs handed over (passwords, a bank card, insurance papers) with a leaving for
  good or the children's care "after" (`affairs_handed`, `leaving_for_good`;
  `suicide_plan/affairs_handed`, `zh_affairs`);
- violence heard through a wall: blows or things smashed and a grown-up pleading for it
  to stop or for help (`domestic_violence/heard_violence`, `zh_heard_dv`);
- a baby told not yet mobile by what it cannot do yet ("can't even crawl yet") with
  bruises (`physical_abuse/infant_bruise`);
- a weapon with a word before it held to the writer ("a kitchen knife",
  `domestic_violence/weapon`); pills laid out and a moment waited for in Mandarin
  (`suicide_plan/zh_means_out`);
- a new mother's belief of being sent by heaven and fast speech in written Chinese
  (`postpartum_psychosis/zh_chosen`).

Every message is my own; each family has twins that share its words and are no danger."""

import pytest

from tests.decisions import escalated, escalated_as, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # psychosis by two signs after a birth
        ("sorry, back to my question from yesterday. baby is 12 days old and my wife now "
         "swears the landlord hid microphones in the bedroom ceiling, she stuffed tissue "
         "in every vent and says the whole street is acting", "postpartum_psychosis"),
        ("Since having my son a fortnight ago I'm sure someone put trackers in his "
         "bottles. I unplugged every light in the flat last night.", "postpartum_psychosis"),
        ("im 3 weeks postpartum and i think the baby hears my thoughts and reports them "
         "to the nurses. everything feels like a film set", "postpartum_psychosis"),
        ("My daughter in law had twins 10 days ago. She believes we are all spying on her "
         "through the TV and thinks people on the street are reading her mind.",
         "postpartum_psychosis"),
        ("我老婆生完三個禮拜，堅信隔籬屋喺牆入面裝咗偷聽器，仲將屋企啲燈全部拆走",
         "postpartum_psychosis"),
        ("坐月期間我家姐一直話寶寶知道佢嘅念頭，覺得成個世界都係做戲", "postpartum_psychosis"),
        ("我产后两周，总觉得有人在房间偷装了摄录机，把插座全部用胶纸封住了",
         "postpartum_psychosis"),
        # care kept from a child, with the child's state now
        ("my bf says we cant spend money on a doctor and wont let me buy formula. the baby "
         "is 7 weeks and hasnt had a proper bottle since yesterday", "neglect_missing"),
        ("Her father refuses to let me bring her to the clinic. She is 4 months, barely "
         "drinking for two days and she has gone very quiet.", "neglect_missing"),
        ("老公唔准我帶個仔去睇醫生，話冇錢，佢十個月大，兩日都冇點食嘢，而家好冇精神",
         "neglect_missing"),
        ("丈夫不給錢買奶粉，寶寶三個月，由昨天開始都沒怎麼喝奶，變得很虛弱", "neglect_missing"),
        # affairs handed over with a leaving for good
        ("Left my online banking details and the insurance papers on the table for my "
         "husband. I won't be around for the kids' birthdays.", "suicide_plan"),
        ("gave my sister the bank card pin numbers today and asked her to take care of "
         "my boys afterwards", "suicide_plan"),
        ("我將啲保險單同銀行卡都交咗俾老公，叫佢以後照顧好個女", "suicide_plan"),
        # violence heard
        ("downstairs flat again, loud thuds and something smashing, the mum is screaming "
         "for help and I can hear the little ones crying", "domestic_violence"),
        ("I'm at my cousin's. I can hear her boyfriend punching the wall in the bedroom "
         "and her begging him to stop. Their son is 3.", "domestic_violence"),
        ("隔壁單位傳嚟碰碰聲，個女人一路喊救命", "domestic_violence"),
        # a baby not yet mobile, bruised
        ("Picked up my 6 month old from the nanny and there are bruises on his back and "
         "ears. He isn't even rolling yet.", "physical_abuse"),
        # a weapon with a word before it, held to the writer
        ("he held a bread knife against my throat while the baby slept and said he'd "
         "finish it", "domestic_violence"),
        # pills laid out, a moment waited for (Mandarin)
        ("我把止痛藥都倒出來放在床頭，等老公上班就吞", "suicide_plan"),
        # sent by heaven, written Chinese
        ("我太太坐月期間幾乎沒睡，說話特別快，一直說自己是上帝派來拯救世界的", "postpartum_psychosis"),
    ],
)
def test_a_danger_told_by_its_signs_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        # one sign of psychosis alone, or an everyday reading of the words
        "Baby is 3 weeks. I feel spaced out and unreal from the broken nights, like "
        "everything is happening behind glass, but I'm eating and managing. Normal?",
        "lol my 5 week old can read my mind, she wakes the minute i sit down to eat",
        "We put a camera in the nursery after the birth and taped the sockets for safety. "
        "Which baby monitor app do you recommend?",
        "Since the birth I've covered all the sockets and blocked the windows with "
        "guards. Anything else to childproof before she crawls?",
        "my newborn follows me with her eyes everywhere, its like she knows what im "
        "thinking haha",
        "生完BB之後成日好攰，覺得自己好似喺戲入面咁，但係都應付到，咁正常嗎？",
        "坐月嗰陣我將啲插蘇全部用安全蓋封住，BB房仲裝咗鏡頭睇住佢瞓覺",
        # money and control, the child fed and well
        "My husband controls our spending and won't let me buy the organic formula, so we "
        "use the supermarket one. Baby is 4 months, feeding well. Is that fine?",
        "My partner won't let me take our son to the GP for a runny nose because of the "
        "cost. He's 2 and eating and playing as normal. Should I push it?",
        "老公話冇錢，唔俾我買貴啲嘅奶粉，轉咗平啲嘅牌子，BB食得好好，有冇問題？",
        # passwords and bank cards in daily life
        "We fly to Osaka next week; I left my bank card and pin numbers with my sister and "
        "she will look after the cat. Tips for flying with a toddler?",
        "Gave the helper my bank card to buy groceries, she'll look after the baby after "
        "school pick up. Is that ok?",
        "My husband changed the wifi password so the kids can't get online after 8. Fair?",
        "我哋下個月去旅行，將提款卡密碼交咗俾我媽，佢會幫手照顧個仔，要準備啲咩？",
        # noise that is not violence
        "The flat upstairs is being renovated, all day I hear drilling and banging and my "
        "baby cries, and the lady there shouts at the workers to stop. Nap tips?",
        "My two boys were banging on the bathroom door and my daughter screaming stop at "
        "them, they were playing a prank. How do I handle the teasing?",
        "We heard a crash, my husband had dropped the plates, I shouted no, nobody was "
        "hurt. The baby woke and cried an hour. How do I resettle her?",
        "樓上裝修成日碰碰聲，BB瞓唔到，個阿媽嗌佢哋停手都冇用，有咩方法？",
        # pills and a knife in daily life
        "我把維他命倒出來放在桌上，等吃完早餐就吃，這樣有效嗎？",
        "My husband held the carving knife over the roast and asked the kids to guess the "
        "weight. How do I teach knife safety?",
        # bruises with their cause told
        "My 5 month old bruised his forehead when he rolled off the sofa, he's feeding and "
        "smiling. Should we see a GP?",
        "My 2 month old has a small bruise on her thigh from the jab yesterday, how long "
        "does it last?",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_two_signs_are_needed_not_one_read_twice(rules):
    """A thought read is one sign: it is not counted again as the second."""
    not_escalated(rules, "two weeks after the birth I feel the baby reads my mind")
    escalated(rules, "two weeks after the birth I feel the baby reads my mind, and I "
              "taped over every socket so nobody else can listen")


def test_the_shipped_triage_escalates_a_psychosis_told_inside_a_follow_up(triage):
    """A follow-up that opens on the last answer dilutes the net's reading below its bar;
    the rules read the two signs wherever they stand."""
    escalated(
        triage,
        "Thanks, the bottle tips worked. Separate thing: since the baby came ten days ago "
        "I keep feeling everything around me is staged, and I'm certain someone put "
        "cameras behind the mirror. Is that just hormones?",
    )
