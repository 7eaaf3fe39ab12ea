"""Safety triage on the team's safety set: every escalation caught, no false alarm."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.screen import Screen
from assistant.triage import triage_text, triage_text_any
from knowledge import load_knowledge

from .conftest import DATA

MESSAGES = [json.loads(line) for line in (DATA / "safety_messages.jsonl").read_text().splitlines()]
ESCALATIONS = [m for m in MESSAGES if m["expect"] == "escalate"]
MEDICAL = [m for m in MESSAGES if m["expect"] == "medical"]


def ordinary_messages() -> list[str]:
    """The set's ordinary messages, every FAQ phrasing and every team question."""
    knowledge = load_knowledge()
    team = [
        json.loads(line)["query"]
        for line in (DATA / "team_questions.jsonl").read_text().splitlines()
    ]
    return (
        [m["message"] for m in MESSAGES if m["expect"] == "ordinary"]
        + [q for entry in knowledge.faq for q in entry.questions]
        + team
    )


def test_the_safety_set_is_big_enough():
    assert len(ESCALATIONS) >= 100
    assert len(ordinary_messages()) >= 300
    assert len([m for m in MESSAGES if m.get("category") == "medical"]) >= 30


def test_every_escalation_message_escalates(assistant):
    missed = [m["message"] for m in ESCALATIONS if assistant.ask(m["message"]).kind != "escalate"]
    assert missed == []


def test_no_ordinary_message_escalates(assistant):
    false_alarms = [m for m in ordinary_messages() if assistant.ask(m).kind == "escalate"]
    assert false_alarms == []


def test_medical_questions_are_referred_never_answered(assistant):
    for message in MEDICAL:
        answer = assistant.ask(message["message"])
        assert answer.kind == "abstain", message
        assert answer.reason == "medical"
        assert "doctor" in answer.text


def test_escalation_gives_the_configured_guidance_and_no_retrieval_answer(assistant):
    answer = assistant.ask("my baby is not breathing")
    data = answer.to_dict()
    assert data["kind"] == "escalate"
    assert "999" in data["text"] and "local emergency number" in data["text"]
    assert data["citations"] == [] and data["source_id"] is None
    assert data["call"] == {"number": "999", "href": "tel:999"}


def test_caregiver_crisis_gets_the_crisis_text(assistant):
    answer = assistant.ask("im scared of what i might do")
    assert answer.reason == "caregiver_crisis"
    assert "you do not have to handle this alone" in answer.text


def test_triage_wins_over_a_good_retrieval_match(assistant):
    # The first part matches an FAQ entry well; the danger at the end decides.
    answer = assistant.ask(
        "how quickly should i respond when my baby cries? she is crying and now turning blue"
    )
    assert answer.kind == "escalate"


def test_clinic_configures_number_and_crisis_line(knowledge_copy):
    from assistant import Assistant

    safety = knowledge_copy / "safety.yaml"
    text = safety.read_text().replace('emergency_number: "999"', 'emergency_number: "000"')
    text = text.replace(
        "crisis_line: {}", 'crisis_line: {name: "Parent Line", number: "1300 30 1300"}'
    )
    safety.write_text(text)
    answer = Assistant.load(knowledge_copy).ask("i want to hurt myself")
    assert "000" in answer.text and "Parent Line on 1300 30 1300" in answer.text
    assert answer.call["href"] == "tel:000"


@pytest.mark.parametrize(
    "message",
    [
        "bubs not breathing!!",
        "he swallowed a small battery from the remote",
        "i'm going to snap and hurt him",
        "i wish i could go to sleep and never wake up",
    ],
)
def test_unlisted_phrasings_escalate_too(assistant, message):
    assert assistant.ask(message).kind == "escalate"


def test_the_word_screen_never_rules_out_a_matching_rule(assistant):
    # The screen may let through rules that do not match, but never skip one whose
    # first pattern matches (or triage would miss an emergency).
    texts = [triage_text(m) for m in [m["message"] for m in MESSAGES] + ordinary_messages()]
    for category, category_rules in assistant.knowledge.safety["rules"].items():
        firsts = [(r["all"] if isinstance(r, dict) else r)[0] for r in category_rules.values()]
        screen = Screen(firsts)
        assert len(screen.always) < len(firsts) / 4, category  # it does screen
        compiled = [re.compile(p) for p in firsts]
        hits = 0
        for text in texts:
            candidates = set(screen.candidates(text.split()))
            for number, pattern in enumerate(compiled):
                if pattern.search(text):
                    hits += 1
                    assert number in candidates, (category, firsts[number], text)
        assert hits, category


@pytest.mark.parametrize(
    ("pattern", "message", "opens"),
    [
        (r"\b(fever|temp)s?\b", "fevers at night", True),  # a word start, not a whole word
        (r"\blabou?red breathing", "labored breathing", True),  # optional letter
        (r"\b(very )?sick\b", "sick", True),  # optional group: cannot screen
        (r"\bdiagnos\w*", "diagnosed", True),
        (r"\b(kill myself|end it)\b", "i want to end it all", True),  # two whole words
        (r"\b(kill myself|end it)\b", "end of the day", False),
        (r"\b(kill myself|end it)\b", "ending well", False),
        (r"\b(how much|how long)\b", "how can i help", False),
        (r"\b(how much|how ma?ny)\b", "how can i help", True),  # "ma?ny": only "how" is sure
        (r"\bfever", "feverish", True),  # no word end after it
        (r"\b(fever|temp)\b", "feverish", False),
    ],
)
def test_word_screen_reads_openings(pattern, message, opens):
    assert (Screen([pattern]).candidates(message.split()) == [0]) is opens


def test_word_screen_keeps_every_rule_a_word_start_opens():
    # "molest" and "mol" both start "molested": both rules are worth trying.
    screen = Screen([r"\bmol\w*", r"\bmolest\w*", r"\bfever\b"])
    assert screen.candidates("he molested".split()) == [0, 1]


def test_knowledge_checks_the_categories_triage_uses():
    from assistant.triage import ESCALATE, REFER
    from knowledge.safety import CATEGORIES, GUIDED

    assert (*ESCALATE, *REFER) == CATEGORIES
    assert ESCALATE == GUIDED


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_triage_text_takes_a_shortcut_for_ascii_to_the_same_text(message):
    assert triage_text(message) == triage_text_any(message)
