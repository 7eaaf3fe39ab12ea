"""A child's red sign read from the sign, whoever tells it and however (issue 18, branch
`rec33`).

Worked from the signs of NICE NG143 and the NHS 999/A&E lists, each told plainly, inside a
doctor's question, minimised in a long story, or passed on by a grandparent or a helper
(`bench/data/safety_check_rec33.jsonl`). The cells the rules missed, mended by cause: a
baby's age told in days (寶寶才50天, `infant_days_zh` in `infant_zh`) or as a form's field
("Age: 7 weeks", `young`); knocked out after a knock not settled by "fine now"
(`knocked_out`, read by `_settled`; "knocked out of the cup" is no knock); the back already
patted with a sign of a blocked airway (`choking/back_tried`); green vomit named further on
(`intussusception/green_later`); spots like bruises told likeness first
(`zh_bruise_first`), marbled skin with more words between (`zh_marbled_far`); a food tried
and the voice changed or the mouth odd then faint (`allergy/food_then_signs`); spots by an
everyday colour of blood or a likeness (`fever_infant/spots_everyday`); pauses in breathing
in Cantonese words for breath (`breath_pause_zh`); a clenched jaw in a fit (`zh_fit_more`);
household products by their everyday names (`substance`); a breathing rate counted over 60
a minute (`breathing/rate_counted`); the progressive 燒緊 as a fever (`fever_zh`); medicine
taken, then swallowed, in two verbs (`poisoning/zh_taken_then_eaten`). Every message is my own; each
family has twins that share its words and are no danger."""

import pytest

from tests.decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        ("我個女先 35 日大，今晚量到 38.2 度，好唔精神", "fever_infant"),
        ("宝宝只有六十天，体温三十八度五，要不要等明天再看医生？", "fever_infant"),
        ("Patient: Leo. Age: 9 weeks. Reason: temp 38.3 since lunch, sleepy.", "fever_infant"),
        ("she whacked her head on the swing, knocked out for maybe two seconds, all good now apparently", "head_injury"),
        ("bumped heads with his brother, lost consciousness briefly, he's fine now and eating", "head_injury"),
        ("tripped over the dog and was out for a moment, seems ok now, do I need to watch him?", "head_injury"),
        ("temp 39 since lunch and a rash on her tummy that is dark purplish, GP tomorrow?", "fever_infant"),
        ("Reason for visit: fever 38.9, non-fading rash on both shins, drowsy.", "fever_infant"),
        ("gave him a piece of pear, I've thumped his back but he's silent and his lips are changing colour", "choking"),
        ("4 week old has thrown up three times tonight and this time it was green, reflux?", "intussusception"),
        ("個女發燒，腳瓜出咗啲似瘀傷嘅細點", "fever_infant"),
        ("BB高燒，皮膚好似網紋咁一笪笪，手腳冰凍", "fever_infant"),
        ("first time trying cashew and now his voice is squeaky and he says he feels dizzy", "allergy"),
        ("temperature of 39 and some plum coloured specks appeared on his tummy", "fever_infant"),
        ("fever all day, now a rash on her back that looks like tiny bruises", "fever_infant"),
        ("BB瞓覺個呼吸會停咗幾秒先再嚟，今晚試咗好多次", "breathing"),
        ("個仔成身震，咬緊牙關，叫佢都唔應", "seizure"),
        ("my 2 year old had a mouthful of fabric softener, what do I do", "poisoning"),
        # a breathing rate counted over 60, the progressive 燒緊, medicine taken then eaten
        ("6 week old, I timed 68 breaths in a minute and she's grunting a bit, GP tomorrow?", "breathing"),
        ("BB燒緊，手臂有啲紫色嘅細點，壓落去都仲喺度", "fever_infant"),
        ("阿爺話個孫攞咗佢幾粒安眠藥吞咗落去", "poisoning"),
    ],
)
def test_a_red_sign_told_in_any_voice_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        # an illness's days, no baby's age
        "個仔三歲，發燒才兩天，食得玩得，要唔要睇醫生？",
        "寶寶 45 日大，幾時開始可以帶出街？",
        "Form: Age: 7 weeks. Question: how many feeds a day?",
        # knocked out of a game, or a knock with no loss of consciousness
        "we got knocked out of the quiz in round two and she cried, fine now, how do I teach losing?",
        "Our team got knocked out of the cup and he sulked, fine now. How do I help?",
        "he bumped his head, cried at once, never knocked out, fine now, what to watch for?",
        # a faint with no knock, over and checked
        "my girl fainted in a packed hot church, was out for a few seconds, came round straight away, fine since. how do I keep her cool?",
        # a rash of coloured spots that fades when pressed
        "fever and a rash of dark red spots, but they go white when I press a glass on them",
        # patting to burp or settle
        "I patted his back to burp him and he went silent and dozed off, is that ok?",
        "rubbing her back at bedtime, she goes silent after a minute, is that normal settling?",
        # green snot, food or poo
        "he was sick once after coughing and his snot has gone green, GP?",
        "she threw up after dinner and it was all green from the pea puree",
        # likeness spots without a fever or a sign, likeness of another kind
        "個仔發燒，手臂有啲好似蚊叮咁嘅紅點，使唔使睇醫生？",
        "地板係大理石，BB 爬嗰陣手腳好凍，使唔使著襪？",
        # a voice changed by singing or chilli
        "After shouting at the match his voice is husky, he had crisps, honey ok?",
        "He tried wasabi for the first time and said his mouth felt funny, then laughed",
        # everyday colour words without a fever or with a fade
        "she has freckles across her nose from the summer and a little temperature",
        "plum coloured spots on his arm from the berries he squashed, no fever",
        "little spots like pin pricks on her cheeks after a crying fit, no fever, playing",
        # the parent's own pauses in breathing, a clenched jaw at night
        "我自己瞓覺會停咗唞氣，醫生話係睡眠窒息，會唔會影響照顧 BB？",
        "個仔瞓覺成日咬實牙磨牙，要唔要睇牙醫？",
        # a household product named in a question of storage
        "where should I keep the fabric softener so the toddler can't reach it?",
        # a rate read in a leaflet, cooking, sweets taken
        "the leaflet says over 60 breaths a minute is too fast for a baby, how do I count properly?",
        "婆婆燒緊嘢食，個仔喺廚房玩，點樣教佢唔好掂爐？",
        "個女偷咗我啲糖果食晒，點樣教佢？",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_the_shipped_triage_escalates_a_knock_out_told_as_fine_now(triage):
    """The whole triage (the model and the frame reader after the rules) keeps a knock
    out after a fall, told minimised with "fine now"."""
    escalated(
        triage,
        "little drama at the park, she fell off the slide and was out for a few seconds, seems fine now. which parks are best for toddlers?",
    )
