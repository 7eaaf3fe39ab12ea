"""Medical referral on new domains: the rules and needs side (issue 18, branch `med32`).

Referred (a question for a doctor):
- contraception after a birth (`contraception`, `zh_contraception`);
- the parent's own medicine asked about (`own_medicine_asked`; the parenting gate does not
  answer it, `Triage._gate_passed`) and the mother's own body after the birth or
  while breastfeeding (`postnatal_body_asked`, `zh_postnatal_body_asked`);
- a dose of a child's regular medicine forgotten or brought up (`dose_missed`);
- travel medicine (`travel_health`, `zh_travel_health`), sun protection for a baby
  (`sun_care_asked`, `zh_sun_care_asked`), water for a young baby asked with "need"
  (`water_need_asked`, and Mandarin's 需要…嗎 in `zh_water_for_age`), asked ahead or not
  (`doctor_prevention`: such a prevention is still a doctor's matter);
- a clinic asked of a child told warm or with a temperature as a figure (`clinic_asked`);
- a child's medicine taken as a course in Chinese (食緊, 服用緊, 正在服用, 除咗食藥:
  `medicine_course_zh`), 食 as a noun's first character (食道), a medicine or a followed
  condition named with 癲癇 (抗癲癇藥, 有癲癇: `epilepsy_event_zh`), 屙過 alone (a stool,
  not urine), and the writer's own intake asked in English (`own_intake_asked`): no
  ingestion, fit or drying out read in them.

Answered: the same words in a parenting ask (telling a child about a parent's medicine, a
couple's row about contraception, a toddler who hates sun cream, a tablet that is a
screen). Escalated still: a child's swallow of a parent's tablets, a bottle or a handful, a
fit now while on epilepsy medicine, no urine for a day with a dry mouth.
"""

import pytest

from .decisions import kind


REFERRED = [
    # contraception after the birth
    "had my little one 7 weeks ago and I'm exclusively breastfeeding, which kind of contraceptive pill won't affect my milk?",
    "how soon after a c section is it ok to have an IUD put in?",
    "Is the mini pill safe for the baby if I'm still nursing him at night?",
    "生完第二胎兩個月，餵緊人奶，食邊種避孕藥好？",
    "順產後幾耐可以放環？",
    # the parent's own medicine
    "My GP suggested sleeping pills because I barely sleep since the separation. I have a 4 year old who wakes at night. Is there something that won't knock me out completely?",
    "im on fluoxetine and we want baby number 2, do i have to come off it before trying?",
    "my psychiatrist wants to start me on quetiapine, is it safe while breastfeeding a 3 month old?",
    # the mother's own body
    "5 weeks after my c-section the scar has gone pink and sore at one end, should I get it checked?",
    "Is it safe to colour my hair while breastfeeding?",
    "剖腹生完六個星期，傷口有啲痕同紅，使唔使返去覆診？",
    # a missed or brought-up dose
    "we totally forgot her evening dose of epilepsy meds last night, should we double up this morning?",
    "he threw up about 15 min after his antibiotic, do I give the dose again?",
    "個女今晚唔記得食抗癲癇藥，聽朝補返得唔得？",
    # travel medicine, sun care, water for a young baby
    "Heading to Peru with our 4yo, lots of high places. How do we avoid altitude sickness?",
    "do toddlers need malaria tablets for a week in rural Laos?",
    "下個月帶五歲個仔去雲南，海拔好高，會唔會有高山症？",
    "our baby is 4 months, what sunscreen is ok or should we just keep him covered?",
    "去海灘玩，九個月大嘅BB使唔使搽防曬？",
    "does an exclusively breastfed 7 week old need extra water when it's this humid?",
    "天气很热，两个月大喝母乳的宝宝需要额外喂水吗？",
    # a clinic asked of a child told warm
    "my 2 yr old is a bit warm since lunch but eating ok and still cheeky, do we need to take her to the clinic?",
    # a child's medicine taken as a course, named, or a stool not passed
    "個女正在服用抗生素，聽日可唔可以打流感針？",
    "仔仔食緊抗癲癇藥，最近成日好眼瞓，係咪副作用？",
    "佢有胃食道逆流，醫生開嘅藥已經食咗兩個月，幾時可以減？",
    "去完日本返嚟個仔五日冇屙過，屙嗰陣好痛，可以食啲咩幫佢？",
    "I'm breastfeeding and have a cold, can I eat the cold and flu tablets?",
]


@pytest.mark.parametrize("message", REFERRED)
def test_doctors_questions_of_the_new_domains_are_referred(triage, message):
    assert kind(triage, message) == "refer", message


ANSWERED = [
    "how do i explain to my 7 year old why mummy takes a tablet every morning for her mood?",
    "My husband and I keep arguing about contraception since he wants another baby. How do we talk about it calmly?",
    "my 3 year old screams whenever I put sun cream on her face, any tricks to make it a game?",
    "she left her tablet at her dad's and has been melting down all evening, how do I handle it?",
    "my sleeping pills leave me groggy and the school run is chaos, any tips for a calmer morning?",
    "we're flying to Osaka next week, how do I keep a 2 year old busy on a 5 hour flight?",
    "個仔見到我日日食藥，成日問我係咪病咗，點答佢好？",
    "老公同我為避孕嘅事嗌交，點樣溝通好？",
    "個女一搽防曬就喊，有咩方法令佢肯搽？",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_the_same_words_in_a_parenting_ask_are_not_referred(triage, message):
    assert kind(triage, message) is None, message


ESCALATED = [
    "my 2 year old got into my bag and swallowed some of my sleeping tablets, he's very drowsy",
    "he ate a handful of my antidepressants while I was in the shower, what do I do",
    "個仔偷食咗婆婆幾粒安眠藥，而家好眼瞓",
    "個仔食緊抗生素，頭先仲偷飲咗成樽止咳水",
    "女兒有癲癇，每日食開藥，今朝佢自己偷食咗好多粒，而家叫唔醒",
    "個女食緊抗癲癇藥，但係而家全身抽搐咗五分鐘都未停",
    "佢有癲癇，啱啱又發作，而家叫極都唔醒",
    "個仔一日冇屙過尿，嘴唇好乾，好眼瞓",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_dangers_sharing_these_words_still_escalate(triage, message):
    assert kind(triage, message) == "escalate", message
