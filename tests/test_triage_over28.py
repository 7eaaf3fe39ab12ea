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

import pytest
import yaml

from .decisions import escalated, not_escalated

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
    not_escalated(rules, message)


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
    result = escalated(rules, message)
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


# A pattern's pieces as written: an escape, a class, a group's opening or close, a bar,
# or a run of anything else; enough to split alternations without parsing them.
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?(?:P?<[a-z_]+>|<?[=!]|[:>]))?|\)|\||[^\\\[()|]+")


def _alternations(pattern: str) -> list[list[str]]:
    """Every alternation of `pattern`, at any depth, as its branches' texts."""
    done, open_groups = [], [("", [""])]
    for piece in _PIECE.findall(pattern):
        if piece.startswith("("):
            open_groups.append((piece, [""]))
        elif piece == ")":
            opening, branches = open_groups.pop()
            done.append(branches)
            open_groups[-1][1][-1] += opening + "|".join(branches) + ")"
        elif piece == "|":
            open_groups[-1][1].append("")
        else:
            open_groups[-1][1][-1] += piece
    return [*done, open_groups[0][1]]


def _patterns(node):
    """Every pattern text in a parsed part of the safety file."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, (list, dict)):
        for item in node.values() if isinstance(node, dict) else node:
            yield from _patterns(item)


def test_no_alternative_is_written_twice_in_one_alternation():
    data = yaml.safe_load(SAFETY_FILE.read_text(encoding="utf-8"))
    texts = [*map(str, data["concepts"].values())]
    texts += [text for key in ("categories", "medical", "distress") for text in _patterns(data.get(key))]
    twice = [
        (text[:60], branch[:60])
        for text in texts
        for branches in _alternations(text)
        for i, branch in enumerate(branches)
        if branch in branches[:i]
    ]
    assert not twice, twice
