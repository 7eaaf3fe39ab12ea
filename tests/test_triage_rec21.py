"""A red flag of the taxonomy told as a medical question (issue 18, branch `rec21`;
`assistant/model_bar.py`, the `red_flag` concepts): an infant under three months with 38
or more, a named dangerous swallow, fresh or heavy bleeding, a fit told as just now, harm
to the baby intended. With one named, a message a medical rule matched is held to
`RED_FLAG_BAR`, not the calm check's bar: the medical path does not take it. The twins
without a red flag (a 2-year-old's 38.3 in a well child, a small swallow, a nosebleed that
stops) keep the calm bar, and a fit asked about ahead or of an adult names no flag.

The model is made to score a fixed danger for every message, so these tests read the
bar itself, whatever the shipped model scores. All messages are my own."""

import re

import pytest

from assistant.model_bar import RED_FLAG_BAR
from assistant.triage import Triage
from knowledge import load_knowledge

from .decisions import escalated, not_escalated
from .fixed_danger import scoring_between


@pytest.fixture(scope="module")
def near_a_danger(shipped_model) -> Triage:
    """Between `RED_FLAG_BAR` and the model's usual bar."""
    return scoring_between(shipped_model, RED_FLAG_BAR, shipped_model.threshold)


@pytest.mark.parametrize(
    "message",
    [
        "How dangerous is it if a toddler chews a laundry pod? some of the gel got in her mouth",
        "my 4yo had his tonsils out last week and is spitting out bright red blood, "
        "is that normal healing?",
        # red signs named in everyday words (rec22)
        # ("he was knocked out for a moment after the fall, is calpol ok for the headache?"
        # is read by the rules since rec33, `head_injury/consciousness_lost`:
        # tests/test_triage_rec33.py)
        # ("the cut on his hand is pumping out blood, should i use antiseptic cream?" is
        # read by the rules since rec32, `bleeding/spurting_out`: tests/test_triage_rec32.py)
        "孩子肚瀉咗兩日，而家搖佢都只係哼一聲，要唔要食藥？",
        "BB發燒，叫極都唔起，要唔要食退燒藥？",
        "個仔咳嗽，之後呼吸一直有雜音，要唔要食咳藥水？",
    ],
)
def test_a_red_flag_in_a_medical_question_is_held_to_the_lower_bar(near_a_danger, message):
    escalated(near_a_danger, message)
    # (the same message at the calm check's bar is referred or answered)
    held = Triage(load_knowledge().safety, model=near_a_danger.model)
    held.model_bar.red_flag = re.compile("(?!)")
    not_escalated(held, message)


@pytest.mark.parametrize(
    "message",
    [
        "My 2 year old has 38.3 but is playing and drinking well. Does she need a doctor?",
        "My toddler swallowed a small piece of crayon, he seems completely fine. GP?",
        "Girl 5 year nose bleeding little bit this morning, stop after 5 minutes. See doctor?",
        "how would I know if my baby was having a febrile seizure? none so far",
        "my wife has been having seizures and the kids saw one, how do I explain it",
        "個女兩歲半，發燒38.4度，但係仲玩得食得，使唔使睇醫生？",
        "she has a runny nose and a bit of a cough when lying down, should i see the gp?",
        "how much calpol can a 2 year old have in one day? the bottle says 5ml",
        "he had 5 ml of calpol at six, when can he have the next dose?",
        "個仔食緊花生，食完先講嘢，要唔要睇醫生？",
    ],
)
def test_a_medical_twin_names_no_red_flag(near_a_danger, message):
    not_escalated(near_a_danger, message)


@pytest.mark.parametrize(
    "message",
    [
        "寶寶一個月大，發燒38.2度，明天帶去診所可以嗎？",
        "個仔頭先吞咗粒鈕扣電池，使唔使睇醫生？",
    ],
)
def test_a_red_flag_in_chinese(near_a_danger, message):
    escalated(near_a_danger, message)


def test_the_bar_is_lowered_only_on_the_medical_path(near_a_danger):
    bar = near_a_danger.model_bar
    text = " my baby is 5 weeks old and has 38 4 should we see the gp "
    usual = 0.959
    assert bar.bar(0.93, text, usual, 0.99, False, medical=True)[0] == RED_FLAG_BAR
    assert bar.bar(0.93, text, usual, 0.99, False)[0] == 0.99
    assert bar.bar(0.85, text, usual, 0.99, False, medical=True)[0] == 0.99
