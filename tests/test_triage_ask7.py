"""Referral decided by what the message asks, round 2 (issue 18 item 6, branch `ask7`).

Health told only as the background of a parenting story is answered: a lasting condition
or its aid named as who the child is, with an ask about feelings or friends; an illness
named as over to date what followed; an adult's own illness or treatment; a jab or a check
that went fine; a bare ask ("Ideas?") after a check that found the child well. A symptom
told now, a condition's care, a medicine, a dose or breastfeeding asked keeps the referral.
"""

import pytest

from .decisions import not_referred, referred


@pytest.mark.parametrize(
    "message",
    [
        # a lasting condition named, an ask about feelings or friends
        "He has a nut allergy and has to sit at a separate table at lunch. How do I help "
        "him not feel like the odd one out?",
        "my girl has eczema on her face and she wont go to her friends party cos shes "
        "embarrassed. how can i help her confidence",
        "個仔有濕疹，佢話同學唔肯同佢玩，點樣幫佢交朋友？",
        # an illness named as over, to date what followed
        "Since the stomach bug went round the whole house, our 3 year old refuses to sleep "
        "anywhere but our bed. How do we get her back to her own bed?",
        "佢腸胃炎好返之後就唔肯自己瞓，點樣教佢返自己張床？",
        # an adult's own illness or treatment
        "My dad had a stroke and moved in with us; my 8 year old is rude to him. How do I "
        "teach her to be patient?",
        "爺爺做完手術喺屋企休養，個孫成日嘈，點樣教佢哋體諒爺爺？",
        # a jab that went fine, then a sleep ask
        "Jabs at 8 weeks went fine, no reaction at all. How do I get him into a bedtime "
        "routine?",
    ],
)
def test_health_told_only_as_background_of_a_parenting_ask_is_answered(rules, message):
    not_referred(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # a condition's care or a symptom told now stays medical, whatever the ask
        "His eczema has flared up on his neck and he scratches it raw. Which cream is "
        "best for him?",
        "she has asthma and gets breathless at PE, the other kids tease her. how to help "
        "her confidence?",
        "個仔濕疹又發，成晚抓到流血，點樣幫佢止痕？",
        # an illness told over but a symptom still there
        "since the flu he's been coughing every night and can't sleep, how do I get him to "
        "sleep?",
        "感冒好返之後佢仲係咳，點樣令佢自己瞓？",
        # a body told unwell now beside an illness over or a condition named
        "Since the flu she is so tired and pale and sleeps all afternoon. How do I get her "
        "back into her routine?",
        "He has a peanut allergy and ate a cookie at a party, now his face is puffy and his "
        "friends laughed. How do I explain it to him?",
        # a nursing parent's own medicine asked for breastfeeding
        "my wife is on antibiotics for mastitis, can she keep breastfeeding our daughter?",
        # a check that was fine but a symptom told now, with a bare ask
        "GP said all fine. She's 2 and has had diarrhoea for a week. Ideas?",
    ],
)
def test_a_health_ask_or_a_symptom_told_now_is_still_referred(rules, message):
    referred(rules, message)
