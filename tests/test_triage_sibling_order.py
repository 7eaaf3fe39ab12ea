"""A sibling named by birth order is a child acting, not an adult (issue 18, lead,
session 35): "my eldest", "the older one", "our middle boy" hitting or pinching a
brother, sister or baby is sibling rivalry. An adult's hit on a child's body part still
escalates."""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "my older one pinches the babys cheeks way too hard when she thinks im not looking",
        "our middle boy slapped his sister's arm over the remote, how do i get them to stop?",
        "the eldest kicked our youngest's legs under the table again, they are 6 and 4",
    ],
)
def test_a_sibling_named_by_birth_order_is_not_an_adult(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "the childminder slapped our son's legs so hard they are red, he told me tonight",
        "my boyfriend pinches my daughter's arms when she cries, she has marks",
    ],
)
def test_an_adult_hitting_a_childs_body_part_escalates(rules, message):
    escalated(rules, message)
