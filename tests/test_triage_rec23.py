"""English dangers the triage missed, read by their general cause (issue 18, branch `rec23`).

Causes read on the released fresh_16/fresh_18 misses and the fit half of the independent
training corpora: the self told better off dead; letters to "both" children; self-harm
told by a witness ("saw my wife cutting herself") or as "what I do to myself"; a child's
own words of a finger "in my bottom"; a drawing with the clothes off; porn shown with the
child named in between; a baby minded only by another child while the carers are away
(ages told without "old"); a child left asleep while the carers are out; a lost child
searched for by the minutes; a carer "so drunk he passed out" or high; locked out told by
the clock; too breathless to talk; blood "just" brought up after a dated operation; a
hedged "can't really wake her" with a red sign; nicotine in the mouth; cleaners by their
brand; a new mother's belief that someone is a spy; children hidden so they do not see
what a partner does. Every message here is my own; each family has twins that share its
words and are no danger. A second round came from my own probes of neglect (the
concern's weakest category) and of the other English categories."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # the self better off dead, in any person of the verb
        ("some nights i think id be better off dead", "suicidal_ideation"),
        ("Im better off gone, the baby would have a calmer life", "suicidal_ideation"),
        ("I feel I would be better off not alive. My son is only 2.", "suicidal_ideation"),
        # letters to both children, hidden
        ("i wrote notes to both kids and tucked them in the drawer, im so tired",
         "suicide_plan"),
        # how much easier an ending would be
        ("stood by the window tonight thinking how much easier it would be to just let go",
         "suicide_plan"),
        # self-harm seen by a witness, or told as what I do to myself
        ("I caught my wife cutting herself in the shower this morning, the twins were "
         "in the next room", "self_harm"),
        ("nobody knows what I do to myself at night, I keep my sleeves down at work",
         "self_harm"),
        # a child's own words of a finger in her bottom; a drawing with the clothes off
        ("my 4yo said 'uncle puts his finger in my bottom' while I was drying her hair",
         "sexual_abuse"),
        ("She drew a man with his trousers down and said that's what her cousin does "
         "at bedtime", "sexual_abuse"),
        # porn shown with the child named in between
        ("the tutor show my daughter of 8 year the porn on his laptop", "sexual_abuse"),
        # a baby minded only by another child while the carers are away
        ("the lady downstairs flew home for a week and left her baby 7 month with the "
         "10 year old brother only", "neglect_missing"),
        # a young child left asleep while the carers are out
        ("we left our 9 month old asleep in the room and went to the restaurant, we're "
         "there now", "neglect_missing"),
        ("I popped out to the shops and left the baby sleeping in her cot, been half an hour",
         "neglect_missing"),
        # a lost child searched for by the minutes
        ("lost my son near the ferry, 5 yrs old, been looking 20 mins", "neglect_missing"),
        # a carer too drunk or high
        ("my ex got so drunk she passed out and our 2 year old was alone in the lounge",
         "neglect_missing"),
        ("his dad is high again and the toddler is unsupervised in the kitchen",
         "neglect_missing"),
        # locked out, told by the clock
        ("the boy next door is locked out on the landing again, its 11pm", "neglect_missing"),
        # too breathless to talk
        ("hes wheezing and cant talk, inhaler isnt working", "breathing"),
        ("my daughter is too breathless to finish a sentence", "breathing"),
        # blood just brought up after a dated operation
        ("he had his tonsils out a week ago and has just coughed up a lot of fresh blood",
         "bleeding"),
        # cleaners by their brand
        ("my toddler drank from the bottle of Clorox under the sink", "poisoning"),
        ("the baby lick the Harpic and is crying", "poisoning"),
        # a new mother's belief that someone near her is a spy
        ("my wife had the baby two weeks ago and is convinced the helper is a spy",
         "postpartum_psychosis"),
        # children hidden so they do not see what a partner does
        ("when he comes home drunk I lock the kids in their room so they dont see what "
         "he does to me", "domestic_violence"),
        # a harm pictured by its pronoun, harder
        ("I put him down hard and then had an image of doing it harder", "harm_urges"),
        # round 2, from my own probes of neglect and the rest: forgotten in the bath; a
        # window open and the child gone from bed; a carer's drinking as a habit or asleep
        # drunk; a child minding babies overnight; crying next door, nobody in or out; no
        # future seen; a bath shared behind a locked door
        ("my nan forgot him in the bath, she gets confused", "neglect_missing"),
        ("our 3yo isnt in his bed and the lounge window is open", "neglect_missing"),
        ("her dad drinks all day and the kids are hungry most nights", "neglect_missing"),
        ("the babysitter fell asleep drunk on the sofa with my toddler", "neglect_missing"),
        ("the 8 year old downstairs minds her baby sister overnight, nobody else is there",
         "neglect_missing"),
        ("the toddler next door has cried for hours and nobody is coming in or out",
         "neglect_missing"),
        ("honestly i dont see a future for me anymore", "suicidal_ideation"),
        ("the coach takes showers with my son and locks the changing room door",
         "sexual_abuse"),
        # asked as a question, told done in another sentence
        ("can we leave our 8 month old napping in the suite while we have lunch? we're "
         "already at the beach bar, its a 10 min walk", "neglect_missing"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        "the toddler would be better off in a big bed now, wouldnt he?",
        "we'd be better off leaving for the airport early with two kids",
        "I write letters to both kids each birthday and keep them in a box for when they're 18",
        "I saw my husband cutting himself a massive slice of cake at midnight",
        "what I do to myself with these 5am starts! how do I get him to sleep later?",
        "Grandpa puts cream on her bottom at nappy changes, is that too often?",
        "my son drew the whole family at the beach with no shoes on",
        "My son's friend showed him a scary video and now he wont sleep",
        "I let my 11 year old mind her baby brother for ten minutes while I hang the washing",
        "we left the baby asleep with my mum and went out for dinner, our first date night",
        "is it ok to leave a sleeping baby in the hotel room while we eat downstairs? "
        "asking before our trip",
        "I left him napping in his cot while I had a shower, the monitor was on",
        "we lost our daughter three years ago and her brother keeps asking about her",
        "I lost my son's teddy at the market and we searched for 20 minutes",
        "My husband was drunk at the wedding and the kids were with my mum all night",
        "I got locked out on the balcony at 10pm while the kids slept, so embarrassing",
        "my 18 month old cant talk yet and wheezes a bit with colds",
        "I'm so out of breath after the stairs I can't talk, any lighter prams?",
        "she had her tonsils out two weeks ago and has just started eating toast again",
        "I can't really wake him for the dream feed, should I drop it at 7 months?",
        "Is Dettol spray safe on the high chair?",
        "my 5 year old thinks our helper is a spy because of her sunglasses lol",
        "I hide the presents in the car so they dont see what Santa brings",
        "I pictured doing it properly next time, a calm bedtime with stories",
        "grandma forgot the bath toys in the tub again",
        "he wasnt in his bed and the window was open, but he was under our duvet",
        "my husband drinks too much at weekends, how do I explain hangovers?",
        "my 9 year old loves to look after her baby cousin all weekend",
        "I don't see a future for me in this job after maternity leave",
        "my husband takes baths with our 3 year old, until what age is that ok?",
        "the baby next door cries every evening and wakes my son",
        "We left the baby napping with her nanny. We're at the beach bar now, so relaxing!",
        "we're already at the restaurant and the baby is asleep in the pram beside us",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_a_hedge_is_read_plainly_only_beside_a_red_sign(rules):
    escalated(rules, "I can't really wake her, she just flops back")
    assert rules.decide("I can't really wake her for the bottle, she's sleeping well").kind != (
        "escalate"
    )
