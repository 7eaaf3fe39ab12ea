"""A child's red sign told in everyday words or inside a doctor's question, English and
Chinese (issue 18, branch `rec32`).

Causes read on the older released batches and the writers' files: a temperature told as
a bare reading beside a weak cry (`reading_high` in `fever_infant/cry`); a recovery said
and taken back in the same breath by a sign ("home and fine ish but breathing fast":
`recovery_taken_back`, read by `happening`); the blanching test done by stretching the
skin (`fever_infant/rash_glass`); a fruit named as a stool's likeness ("like strawberry
jam") no food eaten (`intussusception/jelly_*`); blisters told as the skin bubbling up
(`burns/hot_liquid`); blood pumping out beside a cut or with each heartbeat
(`bleeding/spurting_out`); a baby brought home from the maternity ward days ago as a young
baby (`young`); written Chinese 吃了 as Cantonese 食咗 before an allergy's signs
(`allergy/zh_allergy`); the written 把 order of a strangling (`zh_tight_neck`); purple or
dark red spots with a fever or spreading (`dark_spots_zh`, `fever_infant/zh_dark_spots`);
an adrenaline pen used (`allergy/zh_pen_used`); any mark after a cord bitten
(`burns/zh_electric`); "otherwise fine" (其他冇事) no danger told as over (`settled_zh`),
while a sting's swelling only where it stung stays a local reaction (`zh_allergy`);
a baby in its first months who cannot be woken not excused by "sleeping soundly"
(`unresponsive/zh_limp`); the Cantonese progressive 發緊燒 as 發燒 (`fever_zh`). Every
message is my own; each family has twins that share its words and are no danger."""

import pytest

from tests.decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        ("my 8 month old has been at 39.7 all evening and her crying is weak, like a mew", "fever_infant"),
        ("Temp reads 40.1 on my 1 year old and his cry is feeble and strange, not him at all", "fever_infant"),
        ("we pulled him out of the lake, hes breathing and ok now but coughing nonstop and drowsy", "drowning"),
        ("she slipped under the bath water briefly, seems alright but breathing fast and pale", "drowning"),
        ("fever and little purple specks on his ankles that stay when I stretch the skin", "fever_infant"),
        ("her poo looks like red currant jelly and she draws her legs up screaming", "intussusception"),
        ("His nappy had stool like strawberry jelly and he screams in waves, he's 9 months", "intussusception"),
        ("spilled my coffee on her hand and the skin is bubbling up already", "burns"),
        ("he grabbed the hot pan and his palm bubbled up straight away", "burns"),
        ("fell on a broken plate, cut on his calf is pumping out bright red", "bleeding"),
        ("the gash on her arm keeps squirting with every heartbeat, tea towel soaked", "bleeding"),
        ("the cut on his hand is pumping out blood, should i use antiseptic cream?", "bleeding"),
        ("We got home from the labour ward four days ago and the baby is 38.3 tonight", "fever_infant"),
        ("孩子剛吃完蝦餃，嘴唇腫了，喉嚨好像很緊", "allergy"),
        ("小朋友吃過雞蛋仔之後全身起疹，呼吸有聲", "allergy"),
        ("弟弟把自己的脖子用窗簾繩纏住了，現在頸有紅痕，好喘", "strangulation"),
        ("個女發燒，屁股同大髀有啲紫紅色嘅斑，散開緊", "fever_infant"),
        ("兒子發燒三十九度，身上的暗紅色點越來越多", "fever_infant"),
        ("佢發緊燒，手腳啲瘀紫點愈嚟愈多", "fever_infant"),
        ("個仔食完花生喉嚨腫，我頭先打咗支epipen，依家好啲，使唔使去醫院？", "allergy"),
        ("阿妹頭先打咗腎上腺素筆，而家舒服咗啲", "allergy"),
        ("BB啜咗叉機條電線，嘴角有一忽灰白色", "burns"),
        ("個仔掂咗焗爐門，手指有一笪皮白色，佢話唔係好痛，阿嫲搽咗牙膏", "burns"),
        ("BB咬咗拖板條線，口角黑咗少少，其他都冇事", "burns"),
        ("BB得七個禮拜，今日兩餐奶都叫唔醒佢，外傭話佢瞓得好熟", "unresponsive"),
        ("細路俾黃蜂螫咗隻腳，而家塊面同嘴唇都腫埋", "allergy"),
    ],
)
def test_a_red_sign_in_everyday_words_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        "my 8 month old is 37.9 after her injections, a bit whingy, what dose of calpol?",
        "his cry goes really high pitched when hes hungry but hes happy once fed, normal?",
        "Our 3 year old is 38.6 with a cold, eating and playing, do we need the GP?",
        "fell in the pool last summer, fine now but terrified of water, how do i help him?",
        "he's fine now but I'm still shaking from the scare, how do I calm down?",
        "pink blotches after the fever, they go away when I stretch the skin, he's bouncy",
        "What stretches should a 9 year old do before netball?",
        "Is strawberry jam ok for a toddler or too sugary?",
        "He ate loads of raspberries and the poo is reddish today, he's totally fine",
        "my daughter loves blowing bubbles, the skin on her lips gets dry, any balm?",
        "I'm pumping milk at work, any tips for storing it?",
        "he cut his thumb on paper, it bled a little and then stopped",
        "My 5 year old came home from hospital three days ago after his appendix and is 38.0, normal?",
        "孩子吃了芒果，嘴邊有點紅，其他都好，可以擦什麼？",
        "小朋友喜歡把玩具繩纏在公仔身上，需要擔心嗎？",
        "個女發燒之後出咗粉紅色嘅疹，一壓就褪色",
        "個仔用紫色筆喺手臂畫咗好多點點",
        "醫生開咗腎上腺素筆，學校應該點樣放？",
        "點樣教老師用腎上腺素筆？",
        "點樣防止BB咬電線？",
        "上年個仔跌親，睇完醫生其他都冇事，而家驚踩單車點算？",
        "個女三歲，晏覺瞓得好熟，叫唔醒，夜晚唔肯瞓",
        "個女手指掂咗熱水煲，紅咗少少，搽咩藥膏？",
        # a sting's swelling only where it stung, "otherwise fine" (其他冇事) beside it
        "小朋友喺公園俾蜜蜂叮咗隻手，周圍有啲紅腫，其他冇事，可以搽乜？",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_the_shipped_triage_escalates_a_sign_after_a_recovery_taken_back(triage):
    """The whole triage (the model and the frame reader after the rules) keeps a danger
    whose recovery is taken back by a sign in the same breath."""
    escalated(
        triage,
        "lifeguard pulled her out after she went under, shes home and fine ish but breathing quick and very sleepy",
    )
