"""An acute illness as the setting of a parenting ask (issue 18, branch `sick49`).

Parents of a child poorly at home (a cold, a tummy bug, chickenpox, hand, foot and mouth,
a fever being looked after, teething, getting better after one) ask parenting questions
in that setting: comfort and play, getting a child to take the medicine already
prescribed, siblings, sleep and clinginess, routines, the parent's own tiredness. The
illness named as the child's state is read out of the ask and the telling
(`illness_setting`, `Triage._illness_told`), like a lasting condition named as
background (med48/med49), and the learned reader's looser bar applies.

Hard negatives: a doctor's question about the same illness (contagion and nursery, how
long, whether it is normal or a worry, whether to be seen, which medicine or how much,
eating and drinking, a sign going on for days; `illness_asked`) stays referred.
"""

import pytest

from .decisions import kind

# A parenting ask in the setting of an acute illness: answered.
PARENTING_WHILE_ILL = [
    "My 4 year old has chickenpox and is stuck indoors all week. He is bored out of his mind. Any ideas for quiet games?",
    "Both kids have hand foot and mouth and they fight all day because they're cranky. How do I keep the peace?",
    "Bub's cutting two molars and moans from morning to night, and I'm totally knackered. How do I keep my cool?",
    "The doctor prescribed eye drops for conjunctivitis and my 3yo fights me. Any tricks to get her to cooperate?",
    "how to entertain a 6 year old who is recovering from a fever and must rest at home",
    "She has a runny nose and a cough and she's grumpy at bedtime, how can I make the bedtime routine calmer?",
    "my lad is home with a tummy bug and his big sister says it's not fair he gets the ipad all day. how do i handle it",
    "2 kids down with flu at once and me working from home... how do i keep them occupied without screens all day",
    "our girl is getting over a virus and now wants carrying everywhere, how do i ease her back to walking",
    "兩個仔都患咗手足口病，成日嗌交，我點樣可以公平啲照顧佢哋？",
    "个仔出水痘，要留喺屋企成個禮拜，佢悶到發脾氣，有咩遊戲可以玩？",
    "女兒感冒咗，成日要我攬住，我又要在家工作，點樣可以令佢自己玩一陣？",
]

# A doctor's question about the same illness: referred.
ILLNESS_ASKED = [
    "My 4 year old has chickenpox. How long is she contagious and when can she go back to nursery?",
    "son has a cold and a cough for 10 days now, should he see a doctor?",
    "She has a fever of 38.5 with her cold. How much paracetamol can I give a 3 year old?",
    "My toddler has a tummy bug and keeps vomiting. How much should he drink and when do I worry?",
    "he has hand foot and mouth and the blisters in his mouth hurt, what can I give him for the pain?",
    "Teething baby has a runny poo and a temp of 38. is that from teething or something else?",
    "The GP gave antibiotics for his ear infection, can I mix it into his milk or will it stop working?",
    "My daughter had flu last week and still coughs at night. Is that normal or should we get her checked?",
    "She has chickenpox and is scratching a lot, what cream helps the itch?",
    "my son has a cold, can i give him cough syrup at night? he is 2",
    "she's recovering from a stomach bug but still won't eat much, how much food does a 2 year old need a day?",
    "女兒出水痘，要隔離幾耐先可以返學？",
    "bb感冒咳咗一個禮拜，使唔使睇醫生？",
    "手足口病會唔會傳染俾細佬？要分開幾耐？",
    # which illness it is: a doctor's question
    "she's grumpy and pulling at her ear, could it be teething or an infection? how can we tell",
    "個仔成日揉耳仔，係出緊牙定係中耳炎？",
]


@pytest.mark.parametrize("message", PARENTING_WHILE_ILL)
def test_a_parenting_ask_while_the_child_is_ill_is_answered(triage, message):
    assert kind(triage, message) is None, message


@pytest.mark.parametrize("message", ILLNESS_ASKED)
def test_a_doctors_question_about_the_same_illness_is_referred(triage, message):
    assert kind(triage, message) == "refer", message


def test_the_illness_is_the_setting_only_when_nothing_is_asked_of_it(triage):
    told = " he has chickenpox and is so bored what games can we play "
    asked = " he has chickenpox how long is he contagious "
    for text, setting in ((told, True), (asked, False)):
        seen = triage._plain_reader.read_also(triage._reader.read(text))
        assert triage._illness_told(text, seen) is setting, text
