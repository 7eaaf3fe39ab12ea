"""Small talk gets the clinic's short replies from clinic.yaml; questions do not."""

import pytest

from assistant.smalltalk import small_talk
from knowledge import load_knowledge

SMALL_TALK = [
    ("hi", "greeting"),
    ("Hello there!", "greeting"),
    ("good morning :)", "greeting"),
    ("thanks!", "thanks"),
    ("thank you so much, that was really helpful", "thanks"),
    ("ok thx bye", "thanks"),
    ("bye", "goodbye"),
    ("who are you?", "who_are_you"),
    ("hey, what can you do", "who_are_you"),
    ("are you a bot?", "are_you_a_person"),
    ("am I talking to a real person", "are_you_a_person"),
    ("how do I book a counsellor?", "book_counsellor"),
    ("can i make an appointment with a psychologist", "book_counsellor"),
    ("can I talk to someone please", "talk_to_someone"),
    ("what are your opening hours", "opening_hours"),
    ("what time does the clinic open on saturdays", "opening_hours"),
    ("how much does a session cost?", "fees"),
    ("what are your fees for an assessment", "fees"),
    ("輔導收費幾多錢？", "fees"),
    ("hello, I have a quick question about my toddler", "greeting"),
    ("who made you", "who_are_you"),
    ("你好", "greeting"),
    ("唔該晒！", "thanks"),
    ("你係咪真人？", "are_you_a_person"),
]

QUESTIONS = [
    "hi my baby won't stop crying",
    "thanks, and what about toddlers?",
    "who are you going to call when your toddler screams",
    "what time does my baby need to nap",
    "how do I say goodbye at daycare drop off",
    "bye bye is hard for my son every morning at nursery, what can I do",
    "are you sure cuddles do not spoil babies",
    "你好，我個仔成日喊，點算好？",
    "can i ask something about sleep training",
    "good morning, my toddler screams at drop off",
    "how much does my baby need to sleep",
    "does the cost of daycare matter for my child",
]


@pytest.mark.parametrize(("message", "kind"), SMALL_TALK)
def test_whole_short_messages_are_small_talk(message, kind):
    assert small_talk(message)[0] == kind


@pytest.mark.parametrize("message", QUESTIONS)
def test_questions_are_not_small_talk(message):
    assert small_talk(message) is None


def test_small_talk_gets_the_clinic_reply_not_an_abstention(assistant):
    clinic = load_knowledge().clinic
    answer = assistant.ask("hi!")
    assert answer.kind == "abstain" and answer.reason == "small_talk"
    assert answer.text == " ".join(clinic["small_talk"]["greeting"]["en"].split())
    assert answer.text != assistant.ask("what vaccines does my baby need").text
    assert answer.citations == ()


def test_chinese_small_talk_is_answered_in_chinese(assistant):
    clinic = load_knowledge().clinic
    assert assistant.ask("多謝").text == clinic["small_talk"]["thanks"]["zh-Hant"].strip()


def test_the_emergency_number_is_filled_in(assistant):
    text = assistant.ask("can I talk to someone").text
    assert "{" not in text and assistant.composer.escalate_call()["number"] in text


def test_thanks_after_a_question_does_not_repeat_the_answer(assistant):
    first = assistant.ask("how quickly should i respond when my baby cries")
    thanks = assistant.ask("thanks!", history=["how quickly should i respond when my baby cries"])
    assert first.kind == "answer"
    assert thanks.reason == "small_talk" and thanks.text != first.text


def test_a_question_after_a_greeting_word_is_still_answered(assistant):
    answer = assistant.ask("hi, how do I say goodbye at daycare drop off?")
    assert answer.kind == "answer"
    assert answer.source_id == "faq:daycare-goodbye"


def test_danger_is_never_small_talk(assistant):
    assert assistant.ask("hi my baby is not breathing").kind == "escalate"
