"""Dangers missed, read by their general cause, English and Chinese (issue 18, branch
`rec31`).

Causes read on the design half of fresh_35..37, the older released batches and the
writers' files: blood that spurts, squirts, pumps or pulses out (`bleeding/spurting`);
heat stroke by its three signs, the heat, skin hot and dry or no sweat, and the mind
changed (`dehydration/heat_stroke`, `zh_heat_stroke`); mania after a birth told by a mood
lifted high and a belief of being chosen or sent on a mission, and a belief that those
around a new mother plot against her (`postpartum_psychosis/chosen`, `zh_chosen`,
`plotting`, `zh_plotting`; both read the setting from `after_birth`, `after_birth_zh`);
Cantonese verbs in Latin letters with the completive 咗 after them ("sik jor": ate,
`romanised_cantonese` in safety.yaml, `Triage._romanised_past`); the Cantonese completive
曬 between 冇 and the breath (冇曬呼吸); the adults of camps and classes, and a bathroom,
in a secret an adult asks a child to keep (`secret_adult_zh`, `sexual_abuse/
zh_secret_adult`); household poisons named in English inside a Chinese sentence
(`poisoning/zh_swallow_more`); clear fluid from the nose after a fall told in other words
(`head_injury/fall_fluid`), and a liquid that "keeps running out" no longer read as a
child who kept running about (`settled`); a baby's sudden bends forward in runs
(`seizure/spasm_series`, `zh_spasm_series`); the choking game with a sign after
(`strangulation/choking_game`). Every message is my own; each family has twins that share
its words and are no danger."""

import pytest

from tests.decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # blood that spurts or pulses
        ("his knee caught the fence, theres a deep looking cut and the blood squirts out "
         "whenever i take the towel off", "bleeding"),
        ("Blood is coming out in spurts from her wrist where the glass went in", "bleeding"),
        ("the cut on his thigh pulses blood in time with his heart, im pressing hard",
         "bleeding"),
        # heat stroke's three signs
        ("after the dragon boat races in the sun my son is burning hot, his skin is dry, "
         "no sweat at all, and he's talking nonsense", "dehydration"),
        ("We were hiking Lion Rock at noon, 34 degrees. She stopped sweating and now she "
         "seems confused, doesnt know where she is", "dehydration"),
        ("行完山之後個仔好熱，但係一滴汗都冇，講嘢亂晒龍，唔知自己喺邊", "dehydration"),
        ("运动会在大太阳下跑完步，女儿皮肤又干又热，不出汗，开始胡言乱语", "dehydration"),
        # mania and plotting beliefs after a birth
        ("My wife gave birth nine days ago and she's on a high like I've never seen, says "
         "God chose her and she has a mission with the baby", "postpartum_psychosis"),
        ("3 weeks postpartum, my sister is convinced the midwives and her husband are "
         "plotting to take the baby, she hid with him in the stairwell", "postpartum_psychosis"),
        ("老婆產後三個禮拜，成個人好亢奮，話自己係天選之人，要帶住BB去完成使命",
         "postpartum_psychosis"),
        ("我妹坐緊月，最近好多疑，覺得我同佢老公夾埋想害佢同BB", "postpartum_psychosis"),
        # Cantonese verbs in Latin letters, told done
        ("my girl yam jor some of the dettol under the sink!! she's coughing", "poisoning"),
        ("he tun jo a button battery from the remote, what do i do", "poisoning"),
        # 冇曬呼吸
        ("個女喺浴缸滑低咗，我抱佢起身佢冇曬呼吸", "breathing"),
        # a camp adult, a bathroom, a secret
        ("游泳教練帶個女入更衣室，話係佢哋兩個嘅秘密遊戲，千祈唔好話俾媽咪聽", "sexual_abuse"),
        ("兒子說營地的輔導員在廁所跟他玩一個遊戲，說這是他們的秘密，不准告訴爸爸",
         "sexual_abuse"),
        # English poisons in a Chinese sentence
        ("BB啱啱舔咗幾啖 hand sanitizer，而家一路流口水", "poisoning"),
        # clear fluid after a fall
        ("he tripped on the stairs and hit his head, now clear watery liquid keeps running "
         "out of his nose", "head_injury"),
        # a baby's spasms in runs
        ("our 6 month old has started doing sudden jackknife movements, 8 or 9 in a row "
         "just after she wakes", "seizure"),
        ("BB五個月，醒咗之後突然點頭，雙手向上，一串一串咁，連續十幾下", "seizure"),
        # the choking game
        ("my 11 year old and his friend did the pass out challenge and he fainted, now "
         "he has little red dots around his eyes", "strangulation"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    result = escalated(rules, message)
    assert category in result.categories, (message, result.reason)


@pytest.mark.parametrize(
    "message",
    [
        # a nosebleed that stopped, a workout, a small cut that stopped
        "nosebleed at breakfast, stopped after ten minutes of pinching, can he swim later?",
        "kids zumba really gets the blood pumping, any classes for 4 year olds near Tai Po?",
        "tiny cut on her finger from paper, blood squirted a bit then stopped with a plaster",
        # a hot day's tiredness, a sweaty nap
        "after the hike he was hot and sweaty and grumpy, drank two bottles and napped, "
        "what size bottle should a six-year-old bring along?",
        "hot day at the beach, she was red cheeked but chatting and eating ice cream, is "
        "sunscreen enough for a toddler?",
        "行完山個仔出咗好多汗，好攰，瞓咗一覺就精神返，要俾佢飲幾多水？",
        # a happy new mum too excited to sleep
        "I'm a new mum and I'm on a high, so excited I've barely slept two nights, any "
        "tips to wind down?",
        "生完BB好興奮，開心到瞓唔著，係咪正常？",
        "we've chosen a name for the newborn at last! how do we tell the grandparents?",
        # a custody dispute, a film's plot
        "生完BB之後，前夫同佢媽話要爭撫養權，律師話唔使太擔心，點樣穩定個女情緒？",
        "the plot of the film we watched after the birth was about a stolen baby, my "
        "wife said it was too much",
        # the particle after another word, "sik" as a typed "sick"
        "my son was sik all night, jo from next door said its a bug going round",
        "we sik jor dim sum already, he ate well, what snacks for the ferry?",
        # a secret surprise kept with an adult
        "營地導師叫佢準備生日驚喜俾媽咪，叫佢唔好講住，好得意",
        "her swim coach and her planned a secret surprise for my birthday, so cute",
        # a flavour, not the oil
        "個女食咗少少 essential oil 味嘅糖，正常嗎",
        # a cold's runny nose after a small fall
        "fell over at nursery and was fine, but has a cold with clear runny stuff from "
        "his nose, ok for school?",
        "fell off his scooter, cried a bit then kept running around the park",
        # vomiting, a snack, tummy time, a nod learnt, counted in a row
        "my baby threw up three times in a row after her feed",
        "baby loves crunchy puffs, eats 5 in a row",
        "my 4 month old's head drops forward several times in a row during tummy time",
        "BB識點頭啦，連續點咗幾次，好得意",
        # a hot day's drowsy nap, itchy skin in the heat
        "hot day today, he's not sweating much and was drowsy at nap time, normal?",
        "her skin is hot and dry and itchy in this heat, she's confused why it itches so much",
        # a startle, a game of sit ups
        "baby startles and throws her arms up several times in a row when I lay her down",
        "my 5 month old loves a sit ups game, folds forward laughing, 10 in a row",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_a_romanised_verb_is_read_only_before_the_particle(rules):
    """"sik jor" is read "ate"; "sik" alone (a typed "sick") and "jo" alone are left."""
    spelt = rules._spelt_out
    assert spelt("she sik jor the pills") == "she ate the pills"
    assert spelt("he was sik all night") == "he was sik all night"
    assert spelt("jo said so") == "jo said so"


def test_the_shipped_triage_escalates_the_spurting_cut(triage):
    """The whole triage (the model and the frame reader after the rules) keeps the
    escalation of a cut that spurts, which it referred as a question about its length."""
    escalated(
        triage,
        "a 3cm gash on his shin from the gate, blood spurts each time i lift the tea towel",
    )


def test_a_warning_about_the_choking_game_is_no_danger(triage):
    """A school's warning about the game, asked how to talk about it: the new rule's
    exception reads it; the shipped triage does not escalate it (the older `choking`
    rule's match is withdrawn by the frame reader)."""
    not_escalated(
        triage,
        "school sent a letter about the choking game on tiktok, how do I talk to my 10 "
        "year old about it?",
    )
