"""Referral decided by what the message asks (issue 18 item 6, branch `ask6`).

A referral stands only when the ask (the question sentence or request) concerns health,
or a symptom of the child is told as there now. A parenting ask (behaviour, feelings,
sleep, school, siblings, play, books) with medical words only in the telling is answered:
a hospital stay or an illness told as over, a check-up that found nothing, a nurse or a
doctor met in passing, a jab that left a fear, a complaint told as a habit of school days.
A symptom told now, a lasting condition (asthma, an allergy), a course going on since, or
an ask about a medicine, a dose, a check, going back to school after an illness or a
baby's room warmth keeps the referral.
"""

import pytest

from .decisions import not_referred, referred


@pytest.mark.parametrize(
    "message",
    [
        # an illness or a stay in hospital told as over, then a parenting ask
        "When he was 10 months he had pneumonia and was in hospital for a week, fully recovered. "
        "Now he's 3 and hits his cousin at every visit. How do I stop him hitting?",
        "she had croup in november, all cleared. how do i get her to sleep in her own bed again",
        "Our daughter had her tonsils out last spring and healed quickly. She is 5 and very shy "
        "at her new school. How can we build her confidence?",
        # a check that found nothing, a nurse met in passing
        "The GP examined him and found nothing wrong. He just wants me at 2am. How do I teach "
        "him to settle himself?",
        "At the 2 year review the health visitor said his weight was on track and all good. "
        "He throws his toys when he's cross though, how should I react?",
        "My 4 year old told the doctor at her check up that she wants to be a vet. What books "
        "about animals would suit her?",
        # a habit of school days, a child's own words about it
        "every monday his tummy aches before school but the paediatrician found nothing. "
        "how do i help him with the monday nerves?",
        "At his hearing test the audiologist said everything was normal. He ignores me when I "
        "call him for dinner though, how do I get him to listen?",
        # an ask naming nothing asks about the clause leading into it
        "The nurse weighed him at the clinic and said he's a healthy weight. He won't share "
        "his trains with his cousin, what do I do?",
        # Chinese: a jab or an illness over, a check that found nothing
        "上個月打完預防針之後佢好驚醫生，而家見到白袍都喊，點樣令佢唔咁驚？",
        "佢舊年入院做過手術，醫生話已經完全康復，而家好黐身，點樣鼓勵佢自己玩？",
        "細個試過發高燒，醫生檢查過冇事，而家四歲。想問點樣教佢同細佬分享玩具？",
        "孩子上个月做体检医生说一切正常，但他很怕生，怎样帮他交朋友？",
    ],
)
def test_a_parenting_ask_with_medical_words_only_in_the_telling_is_answered(rules, message):
    not_referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a symptom told now, whatever the ask
        "He has a rash on his legs since this morning. Can he still go to his football class?",
        "she's had a runny nose and a cough for 4 days, how do i get her to nap",
        "my son has a fever and wont settle tonight, how do i comfort him",
        "He threw up three times today. How do I get him to drink something?",
        "Her eczema is flaring on her arms and she scratches at night. Any tips for bedtime?",
        # an illness told as over, but back or still there
        "He had chickenpox last month and he's still very itchy. How do I stop him scratching at nursery?",
        # a lasting condition told with a past date is not over
        "She was diagnosed with asthma last winter. How do I keep her from running too much at "
        "the playground?",
        # an ask about health after a parenting telling
        "He's clingy and won't sleep alone since his cold last week. Should I take him to the GP?",
        "Bedtime is a battle every night. Is it okay to give him melatonin?",
        # an ask whether the told thing is normal asks about it, not the clause before
        "The nurse checked her last week. Now she breathes noisily when she sleeps, is that normal?",
        # Chinese: a symptom told now, an ask about going back to school after an illness
        "個仔今日肚瀉咗四次，點樣令佢肯飲水？",
        "個仔發緊燒，今晚點樣令佢瞓得好啲？",
        "上個禮拜佢出水痘，而家好返，幾時可以返幼稚園？",
    ],
)
def test_a_symptom_told_now_or_a_health_ask_is_still_referred(rules, message):
    referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # "dose" typed for "does": no dose asked
        "how many naps dose a 1 year old need? hers fights every nap and i'm not sure whats normal",
    ],
)
def test_dose_typed_for_does_is_no_health_ask(assistant, message):
    not_referred(assistant.triage, message)


def test_the_ask_is_found_in_each_language(rules):
    """The ask runs from its question words to its sentence's end; in Chinese from the
    start of the clause holding them; with none, a message ending in "?" asks its last
    sentence."""
    parts = ["she had croup last year", "how do i help her sleep alone"]
    asks, told, _ = rules._ask_split("she had croup last year. how do i help her sleep alone", parts)
    assert asks == ["how do i help her sleep alone"] and told == ["she had croup last year"]
    parts = ["佢上年入過院 而家好健康 想問點樣教佢刷牙"]
    asks, told, leads = rules._ask_split("佢上年入過院，而家好健康，想問點樣教佢刷牙？", parts)
    assert asks == ["想問點樣教佢刷牙"] and told == leads == ["佢上年入過院 而家好健康"]
    asks, told, _ = rules._ask_split("too much before bed?", ["too much before bed"])
    assert asks == ["too much before bed"] and told == []
