"""The rules engine's shared readers (issue 18, branch `over28`): a refactor that changed
no decision, with what it must keep.

- Another family's child's emergency told as over is read in one flow in both languages
  (`Triage._told_of_others`): the story is set aside, unless a later sentence turns it
  to the family now (`_turned_to_us`).
- The words of now shared by `lately`, `told_now` and `aside_now` (`today_told`,
  `lately_told`, `back_returned`, `clear_result`): what each reads as now or back.
- No alternative is written twice in one alternation of `safety.yaml`: a later copy can
  never match what its twin did not, and hides that a word was meant to be another.

Every message here is my own.
"""

import re
from pathlib import Path
from re import _constants as sre_constants
from re import _parser as sre_parser

import pytest
import yaml

from bench.unfoldable import rule_patterns

SAFETY_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "safety.yaml"


@pytest.mark.parametrize(
    "message",
    [
        # (each escalated when `_told_of_others` reads nothing)
        "鄰居個仔食咗電池，送院之後冇事。遙控器點樣收好？",
        "表姐個女飲咗漂白水，出咗院冇大礙。清潔用品應該點放？",
        "My colleague's baby choked on a grape at a party, she recovered completely. How should I cut grapes for my 1 year old?",
    ],
)
def test_another_familys_emergency_told_over_is_set_aside(rules, message):
    assert rules.decide(message).kind != "escalate"


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("表姐個女飲咗漂白水，出咗院冇大礙。頭先我個仔都飲咗啲，而家一直嘔", "poisoning"),
        (
            "My colleague's baby choked on a grape at a party, she recovered completely. "
            "Now my son is choking on one and can't breathe.",
            "breathing",
        ),
    ],
)
def test_a_later_emergency_of_the_family_still_escalates(rules, message, category):
    result = rules.decide(message)
    assert result.kind == "escalate", (message, result)
    assert category in result.categories, (message, result)


@pytest.mark.parametrize(
    ("reader", "sentence", "found"),
    [
        ("lately", "the thoughts are back", True),
        ("lately", "it was back in the spring", False),
        ("lately", "he is back to his usual self", False),
        ("lately", "the scan came back all clear", False),
        ("lately", "she had one again yesterday", True),
        ("told_now", "this afternoon she had a rash", True),
        ("told_now", "she was back in march", False),
        ("told_now", "it never happened again", False),
        ("aside_now", "earlier today i heard it", True),
        ("aside_now", "it started again", True),
        ("aside_now", "we moved away in 2015", False),
    ],
)
def test_the_shared_words_of_now(rules, reader, sentence, found):
    assert (getattr(rules, reader).pattern.search(sentence) is not None) == found


def _alternations(node):
    """Every alternation in a parsed pattern, at any depth, as lists of branches."""
    for op, av in node:
        if op is sre_constants.BRANCH:
            yield av[1]
            for branch in av[1]:
                yield from _alternations(branch)
        elif op is sre_constants.SUBPATTERN:
            yield from _alternations(av[3])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            yield from _alternations(av[2])
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _alternations(av[1])


def test_no_alternative_is_written_twice_in_one_alternation():
    data = yaml.safe_load(SAFETY_FILE.read_text(encoding="utf-8"))
    texts = [*data["concepts"].values(), *(text for _, text in rule_patterns(data))]
    twice = []
    for text in texts:
        # a concept named stands as a word of its own name: parsed, never filled
        parsed = sre_parser.parse(re.sub(r"\{([a-z_]+)\}", r"CONCEPT_\1_", str(text)))
        for branches in _alternations(parsed):
            seen = set()
            for branch in branches:
                key = repr(branch.data)
                if key in seen:
                    twice.append((str(text)[:60], str(branch)[:60]))
                seen.add(key)
    assert not twice, twice
