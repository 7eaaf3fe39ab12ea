"""Ordinary messages escalated by a danger word read without its frame (issue 18, branch `fa19`).

Not escalated: "again" told negated ("it never happened again", "hasn't happened
again since") is no return (`not_again`); "started/starting" of a step in life (school,
nursery, swimming lessons) is no sign begun (`not_milestone`); an ordinal birthday dates
an event ("around her second birthday"); calling or ringing for "an" ambulance asked
about is no ambulance here; readiness asked before a future occasion ("trying to be
prepared", "so I'd know when", "for the weekend", "next month"); the parent's own act
denied ("I would never kick him"; `not_denied`); a small choke told as a habit that ends in
a cough; a negated fever ("no fever", "without a temperature"); a tooth or a banana gone
grey.

Still escalated: the same words with the danger happening now, a fever named, an act
told, a body part gone blue.
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "two summers ago her dad left her asleep in the car while he paid for petrol, we talked it over and it has never happened again. how do we share the school run fairly?",
        "my childminder let him wander to the lift lobby once last year, it hasn't happened again since, but how do i bring it up at our review without offending her?",
        "she had a febrile convulsion just after her second birthday, the paediatrician said it was the harmless sort and she's been completely fine since. any tips for her first sleepover?",
        "back in march he had bronchiolitis and a stay in hospital, he's fully recovered now and starting swimming lessons, how do i stop hovering at the pool?",
        "Looking after my grandson next weekend. When would I need to ring for an ambulance if he can't breathe properly? Just trying to be prepared.",
        "we fly to Bali next month, how will i know if my kid is drowning in the hotel pool? trying to be ready",
        "at pickup he yelled 'daddy kicks me' because I said no sweets, I would never kick him, he's 4. how do I handle the looks from the other parents?",
        "my 1yo always chokes a tiny bit on the straw cup and then coughs and is fine, what cup should i try?",
        "Baby is 6 weeks, no fever, but she's been spitting up more after feeds. Is a different bottle worth a try?",
        "his baby tooth went grey a while after he bumped it on the table, the dentist will see him, how do i get him to brush it?",
    ],
)
def test_an_ordinary_message_is_not_escalated_by_the_rules(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "she was left in the car once before and was fine but today she's been alone in it for an hour and now she's not waking",
        "he had a febrile fit around his first birthday and now he's fitting again and won't stop, it has been five minutes",
        "he is starting to go blue and he can't breathe, ring for an ambulance?",
        "I hit her so hard she flew across the room and now she has bruises",
        "my 1yo always chokes on the straw cup but this time she can't breathe and is going blue",
        "Baby is 6 weeks and has a fever of 38.4 and won't feed",
        "his lips have gone grey and he's floppy after he bumped his head on the table",
        "he stopped breathing and went blue again tonight, it happened again",
    ],
)
def test_the_same_words_with_a_danger_are_escalated(rules, message):
    escalated(rules, message)
