"""Triage cost, round cost49 (issue 18): the same decisions, less work.

A plainly searched concept (`Plain`, read on a message about to be referred) is found
by the alternatives the message meets, each searched alone, and searched or replaced
whole only where one of them matches: `found` says what the whole pattern's search
says, `search` gives the match `re` gives, `sub` the text `re` makes.
"""

import pytest

from assistant.triage import SEPARATOR, Plain, sentences

# (the writer's own words, several voices: texting, typos, learners' English,
# Cantonese, written Chinese, mixed)
MESSAGES = [
    "our girl has cerebral palsy and uses a walker now. how do we plan a bday party "
    "where she can join every game?",
    "he was born at 29 weeks, spent 2 months in nicu, corrected age is 14 months. "
    "any tricks so he naps in his own cot?",
    "my son have type 1 diabetes since last year. his friends ask about the pump, "
    "how i explain to them?",
    "is it normal that my 3yo with asthma gets cranky after nursery? she is fine otherwise",
    "could my daughter have a condition? she lines up toys and doesnt answer her name",
    "shes autistic and starts a new school in sept, any tips for the first week??",
    "my husbands on chemo and im exhausted, how do i explain hospital to a 4 year old",
    "had his jabs this morning and hes totally fine now, can he go swimming tmrw",
    "she has eczema on her arms and the kids at playgroup stare, how do i help her feel ok",
    "lives with his grandma who has dementia, he gets scared when she forgets him. what do i say",
    "the paediatrician signed her off last month. now she refuses veg, ideas?",
    "個仔有哮喘，成日唔肯戴口罩返學，點算好？",
    "我個女早產，而家兩歲，想問點樣教佢自己食飯",
    "佢有自閉症，下個月轉學校，我好擔心佢適應唔到",
    "bb 有濕疹，晚晚抓到喊，我哋好攰，點樣安撫佢瞓覺",
    "my kid got epilepsy, the meds make him sleepy at school. should i tell teacher?",
    "how do i help my 5 yo share toys with her little brother",
    "we argue in front of the kids sometimes, is that harming them",
    "佢每晚都要人陪先肯瞓，我可以點做？",
    "nana gives him sweets every visit and he won't eat dinner. how to say no nicely",
]


def _plains(triage):
    return [(name, p) for name, p in vars(triage).items() if isinstance(p, Plain)]


def _read(triage, message):
    parts = sentences(message)
    text = " " + SEPARATOR.join(parts) + " "
    words = triage._reader.read(text)
    return text, parts, triage._plain_reader.read_also(words)


def test_a_plain_concept_is_found_exactly_where_its_whole_pattern_matches(rules):
    plains = _plains(rules)
    assert len(plains) > 20
    found = set()
    for message in MESSAGES:
        text, parts, seen = _read(rules, message)
        for name, plain in plains:
            for portion in [text, *parts]:
                whole = plain.compiled.search(portion)
                assert plain.found(portion, seen) == (whole is not None), (name, message)
                if whole is not None:
                    found.add(name)
    # (not vacuous: the concepts of a condition told as background and of a
    # developmental condition are met in these messages)
    assert {"condition_background", "development_named"} <= found


def test_a_plain_concepts_search_and_sub_are_those_of_the_whole_pattern(rules):
    for message in MESSAGES:
        text, parts, seen = _read(rules, message)
        for name, plain in _plains(rules):
            for portion in [text, *parts]:
                whole = plain.compiled.search(portion)
                got = plain.search(portion, seen)
                assert (got is None) == (whole is None), (name, message)
                if whole is not None:
                    assert got.span() == whole.span() and got.group() == whole.group()
                assert plain.sub(" ", portion, seen) == plain.compiled.sub(" ", portion)


def test_a_plain_concept_finds_nothing_in_a_message_meeting_none_of_its_words(rules):
    plain = rules.condition_background
    text, parts, seen = _read(rules, "ok thx")
    assert not plain.found(text, seen)
    assert plain.search(text, seen) is None
    assert plain.sub(" ", text, seen) == text


@pytest.mark.parametrize("message", MESSAGES)
def test_the_condition_told_as_background_reads_as_before(rules, message):
    # `_condition_told` on the plain concepts read by alternatives is the whole
    # patterns' reading
    text, _, seen = _read(rules, message)
    whole = bool(rules.condition_background.compiled.search(text)) and not (
        rules.condition_asked.compiled.search(text)
    )
    assert rules._condition_told(text, seen) == whole
