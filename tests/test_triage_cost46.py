"""Triage cost, round cost46 (issue 18): the same decisions, less work.

- `Index.met` reads the features filed that a message holds in one pass (`&`), not
  twice (`isdisjoint`, then `&`): the requirements met are still exactly those whose
  every clause the features meet.
- The safety model keeps each word's n-gram columns as bytes and joins a message's in
  one call: the columns and counts are those of the message's n-grams.
- `_by_who` reads the child's own act only when a caregiver crisis matched: with none,
  the first match leads either way.
"""

import random

import numpy as np
import pytest

from assistant.needs import Index, met
from assistant.safety_model import features_of_word
from assistant.triage import SEPARATOR, sentences

# (the writer's own words, several voices)
MESSAGES = [
    "my 2 yr old got into the cupboard and swallowed some of the dishwasher tablets, "
    "hes coughing and drooling",
    "i feel like i cant go on anymore, ive been thinking about ending it while the baby naps",
    "boiling water from the kettle tipped onto my sons arm when he yanked the lead, its bubbling up",
    "she knocked over my tablets and ate a couple, and honestly i have thought about "
    "taking the rest myself",
    "how do i get my four year old to brush his teeth without a fight every night",
    "bb 10個月 成日夜晚喊，點樣可以令佢瞓耐啲？",
    "個仔頭先食咗兩粒我嘅血壓藥，而家好眼瞓",
    "my son is 7 and keeps saying hes stupid after maths homework, how do we help",
]


def _read(triage, message):
    parts = sentences(message)
    text = " " + SEPARATOR.join(parts) + " "
    return text, parts, triage._reader.read(text)


def test_an_index_meets_exactly_the_requirements_whose_every_clause_is_met():
    words = [f"w{n}" for n in range(40)]
    rng = random.Random(46)
    requirements = [
        [frozenset(rng.sample(words, rng.randint(1, 4))) for _ in range(rng.randint(0, 3))]
        for _ in range(300)
    ]
    index = Index(requirements)
    for size in (0, 1, 3, 8, 20, 40):
        for _ in range(20):
            features = set(rng.sample(words, size))
            expected = tuple(n for n, clauses in enumerate(requirements) if met(clauses, features))
            assert index.met(features) == expected
            assert index.met(features) == expected  # (again: remembered for this set)


def test_an_index_of_requirements_needing_nothing_meets_them_on_any_message():
    index = Index([[], [frozenset({"fever"})], []])
    assert index.met(set()) == (0, 2)
    assert index.met({"fever", "rash"}) == (0, 1, 2)


def _reference_counts(model, text):
    """The message's n-gram columns and counts read afresh, word by word."""
    words = text.split()
    grams = [
        model.vocabulary.get(g)
        for word in words
        for g in (*features_of_word(word), "w " + word)
    ]
    grams += [model.vocabulary.get(f"b {a} {b}") for a, b in zip(words, words[1:])]
    found = np.array([g for g in grams if g is not None], dtype=np.int64)
    columns, counts = np.unique(found, return_counts=True)
    return columns, counts


@pytest.mark.parametrize("message", [*MESSAGES, "", "ok", "ok ok ok"])
def test_the_model_counts_a_message_s_n_grams_as_read_afresh(shipped_model, message):
    text = " ".join(sentences(message))
    for _ in range(2):  # (the second time from the words remembered)
        columns, counts = shipped_model.counts(text)
        expected_columns, expected_counts = _reference_counts(shipped_model, text)
        assert columns.tolist() == expected_columns.tolist()
        assert counts.tolist() == expected_counts.tolist()


def test_the_model_scores_a_message_the_same_from_remembered_words(shipped_model):
    text = " ".join(sentences(MESSAGES[0]))
    first = shipped_model.scores(text)
    again = shipped_model.scores(text)
    assert (first.danger, first.medical, first.distress) == (
        again.danger,
        again.medical,
        again.distress,
    )


def _categories(triage, group):
    return [c for c, g in triage.group.items() if g == group]


@pytest.mark.parametrize("message", MESSAGES)
def test_with_no_crisis_matched_a_child_emergency_leads_first(rules, message):
    text, _, words = _read(rules, message)
    emergencies = _categories(rules, "child_emergency")
    matched = [(emergencies[0], "a"), (emergencies[1], "b")]
    lead = rules._by_who(matched, text, words.features)
    # (only the readings that name another lead for a child's emergency may move it:
    # a self-harm, a plan or a belief; never the child's own act alone)
    assert lead == matched[0] or lead[0] in ("self_harm", "suicide_plan", "postpartum_psychosis")


def test_a_child_s_own_act_keeps_a_caregiver_crisis_from_leading(rules):
    crisis = _categories(rules, "caregiver_crisis")[0]
    emergency = _categories(rules, "child_emergency")[0]
    matched = [(emergency, "a"), (crisis, "b")]
    # the child took the tablets itself: its emergency leads
    text, _, words = _read(rules, "my son swallowed two of my pills while i was asleep")
    assert rules.child_act.found(text, words.features)
    assert rules._by_who(matched, text, words.features) == matched[0]
