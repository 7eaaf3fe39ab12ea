"""Referral decided by what the message asks, round 3 (issue 18 item 6, branch `ask8`).

A parenting ask is not sent to a doctor because health is present in it: a health visit
asked about as a place the child fears or must be readied for; health told as the setting
of a behaviour (a cold that sets off a habit, a complaint before a disliked activity or one
that vanishes at play, teething given as someone's explanation, vitamins given as a
routine, tooth brushing, a mild sniffle told aside), an adult's own aches; talking late
asked of a home of several languages; "how long until it passes?" after a parenting ask.
A symptom told now, a medicine or a dose, whether to see a doctor, growth and a delay told
keep the referral.
"""

import pytest

from .decisions import not_referred, referred


@pytest.mark.parametrize(
    "message",
    [
        # a health visit asked about as a feared place, or one to be readied for
        "She sobs the whole way to the dentist. What can I do to make the next visit less "
        "frightening for her?",
        "每次去健康院打針佢都喊到好慘，點樣幫佢準備下次？",
        # a cold as the trigger of a habit
        "Whenever she has a stuffy nose her nana lets her have the tablet in bed, and now "
        "she demands it every night. How do I set limits on screens?",
        "每次佢傷風婆婆就俾佢瞓我哋張床，而家佢日日都唔肯自己瞓，點樣令佢返自己張床？",
        # an adult's own aches
        "My shoulders and neck ache from rocking him for hours. How can I teach him to "
        "fall asleep on his own?",
        "我自己膊頭痛咗成個月，點樣令個女肯俾爸爸哄佢瞓？",
        # teething given as someone else's explanation
        "My mother-in-law blames teething for every tantrum but he is nearly three. How do "
        "I handle the tantrums?",
        "嫲嫲話係出牙所以佢成日扭計，點樣處理佢嘅情緒？",
        # a complaint before a disliked activity, or one that vanishes at play
        "He gets a tummy ache right before piano lessons every week. How do I motivate him "
        "to keep going?",
        "個女一話要去補習就話肚痛，一落街玩就即刻冇事，我應該點應對？",
        # tooth brushing is a routine
        "Teeth brushing is a battle every night with my 2 year old. Any ideas for a "
        "stubborn one?",
        # talking late asked of a home of several languages
        "We speak Cantonese and English at home. Will mixing both make her talk late? How "
        "should we split the languages?",
        # how long a phase lasts, after a parenting ask
        "Since the new baby came home from hospital she wants a bottle again and to be "
        "carried everywhere. Is it a regression? How long until it passes?",
        # a health visit as the place of a behaviour, or the topic of a book
        "How do I keep a 2 year old entertained in the doctor's waiting room? We always "
        "wait an hour.",
        "Any picture books about staying in hospital for a 3 year old?",
        # a parent's own cold, a sibling's illness as the setting
        "I've got the flu and can't play with my 3 year old much this week. What can he "
        "do on his own?",
        "我感冒咗，個仔成日要我陪佢玩，有咩安靜啲嘅遊戲？",
        "His sister has chickenpox so he is home from nursery and bored. Any activity "
        "ideas?",
        # teething told now with a play ask; a fear of jabs told in the clause before
        # a bare "how do I help him?"
        "He's cutting his back teeth and is so whiny. What games can we play indoors?",
        "自從上次打完針，佢一見到醫生就喊到收唔到聲，點幫佢？",
        # a condition or its aid named, an ask to teach, practise or keep it on
        "The optician says he needs glasses now. How do I get a 4 year old to keep them "
        "on all day?",
        "女兒對雞蛋敏感，去朋友屋企玩應該點教佢禮貌咁拒絕？",
        # a child's worry asked about, a hospital in the telling
        "Since we drove past the hospital where grandpa stayed, she keeps drawing "
        "ambulances. Is she worried about something?",
    ],
)
def test_health_as_the_setting_of_a_parenting_ask_is_answered(rules, message):
    not_referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a symptom told now, whatever the fear or the habit around it
        "Whenever he has a cold it goes to his chest, and now he's wheezing at night. "
        "What should we do?",
        "Grandma says it's teething but he's had a fever of 38.8 for two days and is off "
        "his milk. How long can a teething fever last?",
        "奶奶話係出牙，但佢已經屙咗三日水，仲有少少燒，點算？",
        # a medicine or a dose asked, even around a feared visit
        "Before his injections next week, is it ok to give paracetamol so he cries less, "
        "and how much for a 2 year old?",
        # whether to see a doctor, with the child scared of it
        "He's terrified of doctors but his cough has lasted three weeks now. Do we need to "
        "take him to the GP?",
        # a delay told now in a home of several languages
        "We speak three languages at home and at 2 he only says about five words. Should "
        "we get a speech assessment?",
        # a parent's own illness asked with a medicine and breastfeeding; a sibling's
        # illness asked whether it spreads; a fever told with a feared visit
        "I have a headache, can I take ibuprofen while breastfeeding?",
        "His sister has chickenpox. Will he catch it and when can he go back to nursery?",
        "She has a fever of 39 and cried all through the doctor visit. How do I calm her "
        "down tonight?",
        # teething told with a fever, or with a painkiller asked
        "She's teething and has had a temperature of 38.9 since lunch. Is that from the "
        "teeth?",
        "出緊牙好痛喊咗成晚，可唔可以搽啲止痛啫喱？",
        # a condition's care asked, even with a teaching ask
        "He has eczema on his hands. How do I teach him to stop scratching until it "
        "bleeds?",
        # a complaint told with a sign, asked about
        "He says his ear hurts and he's been pulling at it all night. Should he see a GP?",
    ],
)
def test_health_told_now_or_asked_is_still_referred(rules, message):
    referred(rules, message)
