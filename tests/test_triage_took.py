""""Took" read as a swallow only when what was taken is a substance, not a person taken
somewhere (issue 18, a false alarm named in sessions 39-40): "we took the twins to the
park, is calpol ok" is a dose question, while a child who took tablets escalates however
the sentence goes on. Every message here is my own."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "we took the twins to the park, is calpol ok for a 3 year old",
        "we took the kids to the beach, is calpol ok for teething",
        "took my son to nursery, how much calpol for a 2 year old",
    ],
)
def test_a_child_taken_somewhere_is_no_swallow(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my toddler took two of the dishwasher pods out and bit one",
        "he took 3 of my sleeping tablets from the drawer",
        "took him to the park and when we got home he swallowed a battery",
        "i was taking the kids to school and found she had taken half a bottle of calpol",
    ],
)
def test_a_substance_taken_still_escalates(rules, message):
    result = escalated(rules, message)
    assert "poisoning" in result.categories
