"""Triage cost, round cost44 (issue 18): the same decisions, less work.

- The danger rules stop trying a category once one of its rules matched: the lead, its
  guidance and the other categories named (`also`) are read from each category's first
  match, so what `_matches` gives is the first match of each category of what trying
  every rule gives.
"""

import pytest

from assistant.triage import SEPARATOR, sentences


def _every_match(rules, text, parts, words) -> list[tuple[str, str]]:
    """(category, rule) of every danger rule that matches, each tried: the reference."""
    found = []
    for rule in rules.danger:
        if rule.chinese and not any("\u4e00" <= c <= "\u9fff" for c in text):
            continue
        if rules._rule_matches(rule, text, parts, None, words.features):
            found.append((rule.category, rule.name))
    return found


def _first_of_each_category(matches: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen, first = set(), []
    for category, rule in matches:
        if category not in seen:
            seen.add(category)
            first.append((category, rule))
    return first


def _read(rules, message):
    parts = sentences(message)
    text = " " + SEPARATOR.join(parts) + " "
    return text, parts, rules._reader.read(text)


@pytest.mark.parametrize(
    "message",
    [
        # several breathing signs at once
        "our baby is grunting with every breath, her ribs suck in and she is breathing "
        "really fast, now her lips look blue",
        # a head knock with several red signs, a limp child and vomiting read as losing fluids
        "he tumbled down the stairs and banged his head, threw up over and over, keeps "
        "dozing off and now he is limp",
        # a swallow read by two poisoning rules
        "my toddler swallowed a button battery ten minutes ago",
        # Chinese: several signs of one emergency
        "個仔由梳化碌落地撞親頭，跟住吐咗幾次，依家成日瞓極都叫唔醒",
    ],
)
def test_each_category_is_matched_by_its_first_rule(rules, message):
    text, parts, words = _read(rules, message)
    chinese = any("\u4e00" <= c <= "\u9fff" for c in message)
    matched = rules._matches(rules.danger, text, parts, chinese, False, words)
    every = _every_match(rules, text, parts, words)
    assert matched, message
    assert matched == _first_of_each_category(every), (message, every)


def test_a_message_meeting_several_rules_of_a_category_names_the_others_once(rules):
    message = (
        "she is gasping, breathing so fast and her chest caves in under the ribs. "
        "she also swallowed some of my tablets an hour ago"
    )
    decision = rules.decide(message)
    assert decision.kind == "escalate", decision
    assert len(set(decision.also)) == len(decision.also)
    assert decision.category not in decision.also
    assert {decision.category, *decision.also} >= {"breathing", "poisoning"}, decision
