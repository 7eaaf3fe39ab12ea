"""Triage cost, round cost45 (issue 18): the same decisions, less work.

- The concepts of who is harmed and who acts (`_leading`, `_model_lead`), the baby not
  born yet (`not_yet_born`) and the writer's pictured fear (`fear_pictured`) are
  screened: each alternative searched only where the message holds its words. Found
  exactly where the whole pattern is found.
- Where an ask opens (`_ask_split`) is the earliest first match of `ask_opening`'s
  alternatives the message holds the words of (`Screened.start`): where the whole
  pattern's first match starts.
- `_over_aside` sets nothing aside when no sentence is dated long ago.
"""

import pytest

from assistant.triage import SEPARATOR, Screened, sentences

SCREENED_NOW = (
    "self_mind", "me_harmed", "child_quote", "adult_act", "collapse", "harms_self",
    "threat_to_self", "harm_meant_on_self", "harm_to_self_told", "harm_to_self_meant",
    "own_plan", "not_yet_born", "fear_pictured",
)

# (the writer's own words: a spread of what the concepts read, and what none reads)
MESSAGES = [
    "my partner shoved me into the wall last night and locked the kids in their room",
    "she went floppy and grey after the fall and now she is hard to wake",
    "my 15 year old swallowed a handful of my tablets after a row and says she wanted "
    "it all to stop",
    "i have kept the pills ready in my drawer and i know when i will take them",
    "we are 34 weeks pregnant, if the baby stops breathing what do we do",
    "our son keeps saying stop hitting me to his teddy when he plays",
    "老公昨晚推我撞牆，仲鎖咗兩個仔喺房",
    "how do i get my four year old to brush his teeth without a fight",
]


def _read(triage, message):
    parts = sentences(message)
    text = " " + SEPARATOR.join(parts) + " "
    return text, parts, triage._reader.read(text)


@pytest.mark.parametrize("name", SCREENED_NOW)
def test_a_screened_concept_is_found_where_its_whole_pattern_is(rules, name):
    concept = getattr(rules, name)
    assert isinstance(concept, Screened)
    for message in MESSAGES:
        text, parts, words = _read(rules, message)
        whole = concept.pattern.search(text) is not None
        assert concept.found(text, words.features) == whole, (name, message)
        for part in parts:  # (a sentence read with its whole message's words)
            whole = concept.pattern.search(part) is not None
            assert concept.found(part, words.features) == whole, (name, part)


@pytest.mark.parametrize(
    "message",
    [
        "she had a cough last week and it cleared up, how can i help her sleep in her "
        "own bed",
        "he is fine now. what should i pack for the hospital visit? and is it normal "
        "to feel nervous",
        "no question here, just telling you he slept well",
        "佢上個月發燒好返晒，點樣教佢自己食飯？",
    ],
)
def test_an_ask_opens_where_the_whole_pattern_first_matches(rules, message):
    text, parts, words = _read(rules, message)
    whole = rules.ask_opening.pattern.compiled
    for part in parts:
        found = whole.search(part)
        expected = None if found is None else found.start()
        assert rules.ask_opening.start(part, words.features) == expected, part
        assert rules._ask_start(part, words.features) == expected, part
        assert rules._ask_start(part, None) == expected, part


def test_the_models_lead_reads_the_same_with_the_words_given_or_read(rules):
    for message in MESSAGES:
        text, _, words = _read(rules, message)
        for category in ("physical_abuse", "domestic_violence", "poisoning", "harm_urges"):
            given = rules._model_lead(category, text, words.features)
            assert given == rules._model_lead(category, text), (message, category)


def test_nothing_is_set_aside_without_a_sentence_dated_long_ago(rules):
    message = "he banged his head and was sick twice. he is fine now. how do i stop him climbing"
    text, parts, words = _read(rules, message)
    assert rules._over_aside(parts, sentences(message), words.features) is None


def test_a_story_dated_long_ago_is_still_set_aside(rules):
    message = (
        "years ago my ex was violent to me. we left and we have been safe ever since. "
        "how do i help my daughter make friends at her new school"
    )
    text, parts, words = _read(rules, message)
    kept = rules._over_aside(parts, sentences(message), words.features)
    assert kept is not None
    assert kept[0] == parts[-1:]
