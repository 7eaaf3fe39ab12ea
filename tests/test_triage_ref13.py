"""Referral precision and recall, round ref13 (issue 18): a feeding amount asked by a
baby's age (`amount_by_age`); blood and mucus told absent (`_DENIED_SIGN`); a child
eating and drinking as usual (照飲照食) and a Latin-letter medicine in a Chinese ask
(`zh_swallow_more`, `medicine_question_zh`); a clinician's care ended (`signed_off`,
`_not_told_clear`); a skill the parent asks how to bring on (`skill_encouraged`); a
feed's measure asked beside a parenting word (`measure_asked`); the parents' own rest
(`parent_mood_zh`). (A denied sign is read off for the rules only: the learned model
still reads "no blood" beside pains on and off, so such tests name a bowel complaint.) Messages in my own words, near-twins included."""

from __future__ import annotations

import pytest

from .decisions import answered, escalated, referred

REFERRED = [
    # a feeding amount asked by age, no food named
    "how many oz should a 7 week old have per bottle",
    "3mo baby how many ml each feed pls",
    "How much is a 9-week-old supposed to drink over a whole day?",
    "Helper asking me: baby 5 months how many ounces one time?",
    # blood or mucus told absent beside a bout of tummy ache or runny poos
    "constipated on and off for months, poos hard, no bleeding, she's 4, anything gentle "
    "to soften them?",
    "tummy aches on and off after school, no blood in her poo, eats fine, is it worth "
    "seeing the gp",
    "2yo loose poos on and off for 5 days, not bloody, still drinking well, what can i give",
    # a fever asked about with the child eating and drinking as usual
    "囡囡三歲，今晚38度2，照食照飲照跳，使唔使即刻食 panadol？",
    "個仔發燒38度，照飲奶照玩，幾時先好俾 calpol？",
    # a scare told as over and signed off, then a health question
    "Last year he had a fit with a high fever and went in by ambulance. The neurologist "
    "discharged him in the spring. Does he need the flu vaccine because of it?",
    # whether the child's words are late
    "She's 2 and a half and says about eight words and doesn't point. Is that a "
    "speech delay, should she be assessed?",
    # the baby's milk asked in Chinese
    "個女啱啱夠兩個月，一餐大概要飲幾多ml奶粉先啱？",
]


@pytest.mark.parametrize("message", REFERRED)
def test_questions_for_a_doctor_are_referred(triage, message):
    referred(triage, message)


ANSWERED = [
    # a baby's age and an amount of something not fed
    "how many naps should a 7 month old have",
    "how many hours of sleep at 3 months is normal",
    "how much floor time should a 4 month old get each day",
    "how many ounces in a pint? doing a bake sale for the nursery",
    # a scare told as over and signed off, then a parenting question
    "Two years ago our daughter had a febrile seizure and went to hospital by ambulance. "
    "The paediatrician discharged her at the follow up and she's been well. I still hover "
    "over her whenever she naps. How do I let go a bit?",
    "When he was one he was in hospital with bronchiolitis. The clinic signed him off last "
    "year and he is a healthy 4 year old. How can I help him settle at his new school?",
    # a skill asked how to bring on beside the child's few words
    "how do i get my 13mo to talk more? she babbles all day but only says mama",
    "16 month old only says three words but understands heaps, how can i help him talk more",
    # the parents' own rest
    "半夜餵完奶攰到將個奶樽放咗入衣櫃😂 新手父母點樣可以休息多啲？",
    "照顧BB三個禮拜，我哋兩公婆點樣輪流瞓好啲？",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_parenting_questions_sharing_the_words_are_answered(triage, message):
    answered(triage, message)


ESCALATED = [
    # blood or mucus told present beside pains in waves
    "crying in waves every 20 minutes and now there's blood and mucus in his nappy",
    "she keeps drawing her knees up on and off and the poo was red and jelly like",
    # a swallow told, with or without a child eating as usual
    "個仔偷食咗成排 panadol，而家照玩照食，使唔使去醫院？",
    "佢頭先飲咗半樽 calpol，好眼瞓",
    # a scare told as over but a red sign now
    "Last year she had a febrile fit and the paediatrician discharged her. Now she has a "
    "fever of 39 and she's shaking and not answering me.",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_dangers_sharing_the_words_still_escalate(triage, message):
    escalated(triage, message)


def test_signed_off_tells_the_child_clear(triage):
    for told in (
        " the paediatrician has discharged him ",
        " she was signed off by the physio last month ",
        " no more follow ups needed ",
        " 醫生話唔使再覆診 ",
    ):
        words = triage._reader.read(told)
        seen = triage._plain_reader.read_also(words)
        assert triage._clear(told, words.features, seen), told
    # a hospital stay ended tells no finding
    told = " he was discharged from hospital yesterday "
    words = triage._reader.read(told)
    assert not triage._clear(told, words.features, triage._plain_reader.read_also(words))
