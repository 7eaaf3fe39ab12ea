"""Symptom words that are not about a body, and knocks whose question is a doctor's
(issue 18 item 6, branch `ref5`).

Not referred: a symptom word used of an idea, a chore, a gadget, a hobby or a person
("allergic to the thought of", "a real fever for trains", "a bad case of lego fever",
"bath time is a total headache", 對早起過敏, 最頭痛嘅事, 好似毒藥咁), an ache told as a
way out of a task (其實係唔想練), and a symptom only nearly brought on, or brought on once,
by laughing, tickling or rough play (笑到差啲嘔).

Still referred: a real allergy asked about (foods, a washing powder, chlorine), a
headache that comes back, a cough or vomiting brought on by laughing every time or for
weeks; and newly referred: a limb knocked and limping, swollen or not used, "should it be
looked at", and what to watch for after a knock that left a mark or hit the head, in
English and Chinese (not a trip or a first day somewhere, not a child who knocked another
child over, not a limp copied in play).
"""

import pytest

from .decisions import answered, referred


@pytest.mark.parametrize(
    "message",
    [
        "honestly my partner is allergic to anything that involves planning ahead, how do we agree a toddler bedtime",
        "kids seem allergic to putting shoes on when we are late. how do i speed up mornings",
        "my wife is allergic to the mess after crafts so we never paint, is messy play important at 3?",
        "our little one has a total fever for trains and talks about nothing else. does he need more variety?",
        "he's got a bad case of lego fever and wants every set. how do i teach him to save?",
        "bedtime is the biggest headache in our house, 3 kids one bathroom. what order works?",
        "bath time is a total headache with our twins, they fight over the taps. separate baths?",
        "the grandparents are a headache, they say yes to everything. what do i say?",
        "my husband is headache for me because he give sweets after i say no, how we agree rules",
        "grandpa tickled him until he nearly threw up from laughing, now he wants it every night. how do i say no nicely",
        "my boys wrestle and giggle till one of them coughs, then they start again. let them or stop it before bed?",
        "做家務呢件事喺我哋屋企係最頭痛嘅問題，點樣令細路幫手？",
        "個仔對早起過敏，朝朝叫極唔起身，點算好？",
        "佢一聽到練琴就話肚痛，其實係唔想練，點樣處理？",
        "老公陪個仔玩騎膊馬，個仔笑到差啲嘔，瞓覺前咁玩得唔得？",
        "兩姊妹玩枕頭戰笑到咳，我應該幾點叫停？",
        "讀書對佢嚟講好似毒藥咁，一見到書就走，點樣培養閱讀興趣？",
        "a clip of my son singing went viral in the class chat and now he won't go to school, what do i say",
        "she is feverish with excitement about her party and won't settle at night, any tips?",
        "湊兩個女真係好頭痛，佢哋日日爭玩具，點算？",
    ],
)
def test_a_symptom_word_not_about_a_body_is_not_referred(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "could my daughter be allergic to the new washing powder? red itchy patches on her tummy",
        "since starting swimming lessons she gets itchy red eyes afterwards. is she allergic to chlorine?",
        "my daughter is allergic to dairy, is goat milk yoghurt ok at 18 months?",
        "my 6yo has a headache every morning before school and sometimes feels sick, should i get her seen",
        "he laughs and then vomits, it has happened three times this week after dinner. reflux?",
        "she laughs so hard she coughs every time and then wheezes, could it be asthma",
        "個仔對牛奶過敏，有咩奶可以代替？",
        "阿仔笑完就咳，咳到嘔，已經一個月，係咪氣管敏感？",
        "個仔成日頭痛兼想嘔，要唔要睇醫生？",
        "my daughter keeps catching tummy bugs at playgroup, four this winter, is that a lot?",
    ],
)
def test_the_same_words_about_a_body_are_still_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my 3yo fell off the trampoline, her wrist is puffy and she won't use that hand. should it be looked at?",
        "he came off his bike on sunday and has been limping on that leg since, does he need an x-ray?",
        "knocked her knee on the slide yesterday, now she limps a bit when she gets up from her nap",
        "my 6yo smacked her head on the pool edge, small bump, she's playing. how long should i watch her for?",
        "仔仔喺學校撞親頭，老師話起咗個包，今晚我要點樣觀察佢？",
        "孩子撞到後腦勺，起了一個包，現在沒有不舒服，需要觀察哪些症狀？",
        "bb撞到張櫈，額頭起咗粒包，佢仲笑緊，要留意啲乜？",
        "阿女跌親膝頭，損咗少少皮，有咩要注意？",
        "she banged her head on the door and theres a red lump, not sure what to look out for",
    ],
)
def test_a_knock_with_a_doctor_question_is_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my son limps dramatically whenever he wants to be carried, it's clearly an act. how do i stop rewarding it?",
        "帶BB去日本旅行要注意啲咩？",
        "個仔撞跌咗細佬，細佬冇事，我應該點教佢道歉？",
        "第一次畀個女自己搭校巴，要留意啲乜？",
        "帶個仔去露營有冇咩要特別留意？",
        "my son fell asleep in the car, what to look for in a new car seat",
        "my daughter fell in love with ballet, what should we look for in a first class?",
        "lil bruise on his shin from the coffee table, he bruises like a peach lol. how do i toddler proof the lounge",
    ],
)
def test_a_trip_a_game_or_a_bruise_alone_is_not_referred(rules, message):
    answered(rules, message)
