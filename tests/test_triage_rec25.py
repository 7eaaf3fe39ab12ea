"""English dangers the unseen batches missed, read by their general cause (issue 18,
branch `rec25`).

Causes read on the design half of fresh_20..22 and of the independent writers' files:
consciousness told dulled in plain words inside a question about waiting or seriousness
(no answer when shaken or called, only a moan, not properly awake: `dulled`, a red sign
for the model's bar, and `unresponsive/roused_dull`); a child not come round after a fit
told as stopped (`seizure/slow_to_wake`); a plan "to do it", the act named as killing
oneself in another sentence (`suicidal_ideation/plan_told_back`); a child locked in a
room alone for the day, told by a helper (`neglect_missing/locked_in_day`); a colour
change told by its verb when a toy is named in the sentence, or of "my son's gone grey"
(`breathing/colour_turned`); a hot drink's vessel tipped onto the child
(`burns/vessel_over`); a child taken off to a room by an adult, with a pain passing water
(`sexual_abuse/taken_sore`); a lost child told with a long clause between the child and
"was not with the group". Every message is my own; each family has twins that share its
words and are no danger."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message, category",
    [
        # not come round after a fit told as stopped, asked as a routine question
        ("She had a fit with her fever at lunch, it stopped after two minutes but an hour "
         "on she is still not properly awake. Can she go to playgroup tomorrow?", "seizure"),
        ("my boy went stiff and shaky for a bit, it's over, but he's not fully come round "
         "yet, 30 mins. normal?", "seizure"),
        # roused and answering dully, told with an illness
        ("baby 9mo had diarrhoea all day, I tickle her feet she doesnt react at all, "
         "can I wait till the clinic opens", "unresponsive"),
        ("he was sick three times, now when I pinch him he just groans, eyes shut",
         "unresponsive"),
        # a plan to do it, the act named in another sentence
        ("My son of 15 says he wants to kill himself. Tonight he said he has a date to do "
         "it. Could it be for attention?", "suicidal_ideation"),
        ("my wife keeps talking about ending her life. she told me she is ready to do it "
         "when i am at work", "suicidal_ideation"),
        # locked in a room alone for the day, told by a helper
        ("Sir lock the baby in the bedroom alone whole day when he go out, I cannot open "
         "the door", "neglect_missing"),
        ("the family next door shut their little girl in the box room all day by herself "
         "while they work", "neglect_missing"),
        # a colour change told by its verb, a toy named in the sentence
        ("he had a small toy car in his mouth and now his lips went purple and he cant "
         "make a sound", "breathing"),
        ("My daughter's gone a funny grey colour and won't play, she's 2", "breathing"),
        # a hot drink's vessel tipped onto the child
        ("the teapot went over my toddler at dim sum", "burns"),
        ("I spilled my cup of tea onto the baby in the sling", "burns"),
        # taken off to a room by an adult, a pain passing water
        ("my 6yo says a man from the church takes her into the store room and now it "
         "stings when she wees", "sexual_abuse"),
        # a lost child, a long clause between the child and the verb
        ("our son, who is 5 and can't tell anyone his address yet, was not with the class "
         "when they got back on the coach, 20 minutes ago", "neglect_missing"),
    ],
)
def test_a_danger_told_by_its_cause_escalates(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        # after a fit, a teenager's mornings
        "He had one febrile fit at 2 and has been fine since. At 12 he's still not awake "
        "before 9 at weekends, how do I get him up?",
        # called by name, keeps playing; moans about chores
        "When I call his name he doesn't answer, he just keeps playing with his trains. "
        "Is it selective hearing?",
        "My daughter only groans when I say it's time for homework, any tips?",
        # a plan to do it that is no killing
        "my son has a plan to do it after we go to sleep: paint the fence as a surprise",
        "my daughter read a book where someone kills herself, she has a plan to do her "
        "report on it after dinner",
        # locked, shut, kept: not a child left alone
        "We lock the kitchen door all day so the twins can't get to the oven",
        "My teenager shuts himself in his room all day playing games",
        "We shut the toddler in the playroom for 5 minutes while I answer the door",
        # colour words with no change of the child
        "He turned blue from the face paint at the party",
        # vessels with no child
        "the teapot went over the tablecloth at dim sum, what a mess",
        "her toy kettle tipped over her dolls",
        # taken to a room, no pain; a nurse's sample
        "my son's coach takes him to the changing room after training, he loves the team",
        "the nurse took her into the room for a urine test because it hurts when she wees",
    ],
)
def test_a_twin_sharing_the_words_is_no_danger(rules, message):
    not_escalated(rules, message)


def test_a_dulled_reply_is_a_red_sign_for_the_model_bar(triage):
    """A plain description of dulled consciousness makes the model's bar its usual one in
    a medical question (the calm bar no longer holds); a deep sleep after a busy day
    names none."""
    red_sign = triage.model_bar.red_sign
    assert red_sign.search(" she sleeps so deep, i shake her and she only moans a little ")
    assert red_sign.search(" after the fit he is still not properly awake ")
    assert red_sign.search(" eyes half open and she doesnt respond to me ")
    assert not red_sign.search(" he sleeps very deeply after a busy day at the park ")
    assert not red_sign.search(" he only moans about homework ")
    assert not red_sign.search(" my baby sleeps with her eyes half open sometimes ")
