"""Verb forms in the English rules (issue 18 point 2, branch `morph25`).

A rule that lists a verb's forms by hand lacked one somewhere ("bit|bites|bitten|biting"
without "bite", "made|makes|make" without "making"), and parents write every form: the
bare verb in non-native and texting English ("he bite", "yesterday he fall"), after a
perception or a causative verb ("saw him kick", "made her touch"). `bench/verb_forms.py`
lemmatises every alternation of the English rules (lemminflect) and lists each verb whose
list lacks a form; a list naming three or more forms means the act in any tense and is
kept whole. Every message is my own; each added form is tried in a danger and in a
harmless twin that shares the words."""

import pytest

from .decisions import escalated, not_escalated

verb_forms = pytest.importorskip("bench.verb_forms")  # lemminflect is a test extra


def test_every_any_tense_verb_list_has_all_its_forms():
    import yaml

    data = yaml.safe_load(verb_forms.SAFETY.read_text(encoding="utf-8"))
    open_gaps = [gap.line() for gap in verb_forms.find_gaps(data) if gap.open]
    assert open_gaps == [], "add the forms, or give the reason in DELIBERATE"


def test_an_alternation_spells_its_plain_words():
    spelled = verb_forms.alternations(r"\b(?:twins?|turn\w*|sat (?:down|up)|go)\b")
    assert spelled == [["down", "up"], ["twin", "twins", "turn*", "go"]]


def test_a_verb_list_lacking_its_base_form_is_a_gap():
    (gap,) = verb_forms.verb_gaps("x/y", "match", ["bit", "bites", "bitten", "biting"])
    assert (gap.lemma, gap.missing, gap.open) == ("bite", ("VB=bite",), True)


def test_a_noun_and_its_plural_is_no_verb_list():
    assert verb_forms.verb_gaps("x/y", "match", ["kid", "kids", "twin", "twins"]) == []


def test_a_short_list_or_an_exception_is_left_as_written():
    (two,) = verb_forms.verb_gaps("x/y", "match", ["stops", "stopped"])
    (exception,) = verb_forms.verb_gaps("x/y", "unless", ["bit", "bites", "biting"])
    assert not two.open and not exception.open


def test_a_fill_goes_into_its_own_alternation_and_never_into_a_lookbehind():
    (gap,) = verb_forms.verb_gaps("x/y", "match", ["made", "makes", "make"])
    pattern = r"(?<!made )\b(?:made|makes|make) (?:her|him)\b|\b(?:made|did)\b"
    assert verb_forms.fill_pattern(pattern, gap) == (
        r"(?<!made )\b(?:made|making|makes|make) (?:her|him)\b|\b(?:made|did)\b"
    )


@pytest.mark.parametrize(
    "message, category",
    [
        # the bare base form after a perception verb or in non-native English
        ("i saw the nanny bite my girl on the hand, there are tooth marks", "physical_abuse"),
        ("his stepdad kick him in the back when he spill the milk, now he limps",
         "physical_abuse"),
        ("when he drink my husband grab my throat against the door, the kids saw it",
         "domestic_violence"),
        ("She faint in the bath and now jerking and not waking up", "unresponsive"),
        # -ing where the list had the other forms
        ("our 5 year old says the swim coach keeps making her touch him in the shower",
         "sexual_abuse"),
    ],
)
def test_an_added_form_is_read_as_the_act(rules, message, category):
    assert category in escalated(rules, message).categories


@pytest.mark.parametrize(
    "message",
    [
        "i saw my girl bite her nails again at the dentist, how do I stop the habit",
        "his stepdad kick the ball with him every evening, any football club for a 6yo?",
        "when he drink my husband grab my phone to take silly photos of the kids",
        "She pretends to faint when I say bath time, it's so dramatic",
        "the swim coach keeps making her laugh, she loves lessons now",
    ],
)
def test_a_twin_with_the_same_form_is_no_danger(rules, message):
    not_escalated(rules, message)
