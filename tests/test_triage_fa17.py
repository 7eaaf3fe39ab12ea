"""English look-alikes read by their cause (issue 18, branch `fa17`).

Not escalated: a young child's words of dying copied from a show or said when told no
(`copied_words`); a child shouting at someone to go away forever; out of breath from
laughing in a tickle game (`breath_laugh`); empty medicine bottles lined up as toys
(`medicine_toys`); a teething toddler's bite marks on the parent; an old blue-lips scare
told as over ("she was fine", "it turned out to be phlegm"); a choking first-aid question
asked before anything happened; a window grille asked about after it is described
("... is that safe?"). Not referred: a dose of praise or hugs; a comfort thing the child
calls her medicine.

Still escalated: the same words with withdrawal, a plan or cuts; a blue or floppy child
after the tickling, a face held in a pillow; a bottle drunk from, the child drowsy; an
adult's bite; a scare told over and then back now; choking told as happening.
"""

import pytest

from .decisions import answered, escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "my 3 yo has started saying i wanna die whenever the tablet goes off, he heard it in a cartoon. best way to respond?",
        "Our daughter (5) screams 'I'm going to die!' if I say no more biscuits. She learnt it from her cousin.",
        "my son yells i hate you go away forever every night at teeth brushing. how do i stay calm?",
        "Grandpa chases her round the garden until she can't catch her breath from giggling. Is that too wild before bed?",
        "we tickle him till he's gasping with laughter, he begs for more. how much is too much?",
        "my 2yo sorts the empty vitamin bottles into rows like trains for ages. is this a normal toddler game?",
        "she bit my shoulder so hard she left marks, she's 16 months and teething, how do we teach gentle?",
        "When he was a newborn his lips looked a bit blue once and we panicked, turned out to be milk in his throat. He is 2 now. How do I stop checking on him all night?",
        "Last spring she went slightly blue round the mouth in a coughing fit. She was fine. She's 3 now and I'd like her to sleep in her own room.",
        "We start weaning soon. What do I do if she chokes? I want to learn the steps before it ever happens.",
        "Our balcony has railings with horizontal bars. Is that safe for a 2 year old who climbs everything?",
    ],
)
def test_a_look_alike_is_not_escalated_by_the_rules(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "is a big dose of praise for every drawing making my son need approval all the time?",
        "Is a daily dose of hugs too much for a 5 year old who wants them all day?",
        "he calls his teddy his medicine and hugs it when he's sad. when should he give it up?",
        "Our new flat has window grilles with gaps of about 11cm. Is that safe for a toddler who climbs?",
        "My 4 year old keeps saying 'I want to die' when he can't have sweets. He picked it up from a show. How should I respond?",
    ],
)
def test_a_look_alike_is_not_referred_by_the_rules(rules, message):
    answered(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my 11 yo keeps saying she wants to die and has stopped eating, she gave her toys away",
        "my 5 year old keeps saying i want to die and i found cuts on his arm today, he picked it up from a video",
        "I want to go away forever, I can't do this anymore, the kids would be better off",
        "we were tickling him and now he isn't breathing properly and his lips are going blue",
        "my partner holds her face in the pillow until she can't breathe and laughs about it",
        "he was playing with the empty calpol bottles but one still had some in and he drank it, he's very sleepy",
        "my husband bit our baby's arm and left marks",
        "When she was 2 she went blue round the lips and was fine. Tonight she's blue again and not breathing.",
        "my baby is choking on a piece of apple right now and can't breathe",
        "my toddler squeezed through the window grille and is standing on the ledge outside",
    ],
)
def test_a_danger_in_the_same_words_is_escalated(rules, message):
    escalated(rules, message)
