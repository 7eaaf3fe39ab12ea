"""A seizure medicine named in English is no fit told (issue 18, branch `med33`).

med32 stopped reading 癲癇 as a fit inside a medicine's name (抗癲癇藥). Its English mirror
(`epilepsy_event`, used by the `seizure` rule): "seizure" or "epileptic" before a medicine's
word (meds, medicine, medication, tablets, pills, drugs, syrup) or after "anti" names the
medicine, so a doctor's question about it (a dose after weight gain, a missed or vomited
dose, a side effect, a vaccine or another medicine with it) is referred, not escalated.

A fit told with the same words is still read by its own words (fitting, seizing, jerking,
"having a fit", a second "seizure" that is not a medicine's), and a child who swallowed
another's seizure tablets is still a poisoning.
"""

import pytest

from .decisions import kind


REFERRED = [
    "our boy has been on anti-seizure medicine for a year and gained 4 kilos, should the dose go up?",
    "forgot her seizure meds last night, do i give two today or just carry on",
    "Doctor, my daughter seizure medication make her so sleepy at school, is normal side effect?",
    "can she have ibuprofen for an earache on top of her seizure tablets",
    "the chemist changed the brand of his anti epileptic drugs, is that ok or ask the neuro first",
    "he threw up 10 min after his morning seizure medicine, repeat the dose?",
    "his seizure syrup is 4ml twice daily but he's much heavier since the review, still right?",
    "can the anti-seizure pills slow her growth? she is now the smallest in her year",
]


@pytest.mark.parametrize("message", REFERRED)
def test_a_question_about_a_seizure_medicine_is_referred(triage, message):
    assert kind(triage, message) == "refer", message


ESCALATED = [
    "he's on his seizure meds but has been shaking all over for 6 minutes and won't answer me",
    "anti seizure medicine didnt help, she is fitting again right now",
    "took her seizure tablets this morning and now she's having a fit in the bath",
    "my toddler climbed the counter and ate a handful of his brother's seizure tablets",
    "missed his seizure medicine and now he's convulsing with his eyes rolled back",
    "she is on seizure meds, had a seizure this morning and another has just started",
    "gave the rescue medicine for her seizure 10 minutes ago and she's still twitching",
]


@pytest.mark.parametrize("message", ESCALATED)
def test_a_fit_told_with_a_seizure_medicine_still_escalates(triage, message):
    assert kind(triage, message) == "escalate", message


ANSWERED = [
    "any tips for getting a stubborn 4 year old to take her seizure meds without a battle every morning",
    "my older one is jealous of the fuss around his sister's seizure tablets, how do I handle it?",
    "he's 11 and wants to carry his own seizure meds to sleepovers, how do we build that up?",
]


@pytest.mark.parametrize("message", ANSWERED)
def test_a_seizure_medicine_in_a_parenting_ask_is_not_escalated(triage, message):
    assert kind(triage, message) != "escalate", message
