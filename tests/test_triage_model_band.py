"""Dangers the rules used to leave to the learned model, which scored them just over
its threshold: caught by the rules now, so the threshold can sit where the model's
false alarms on the hard negatives stay within 1% (bench/safety_model.py) without
losing them. Each concept beside harmless messages in the same words.

Verb forms the rules missed ("picturing", "disappearing", "tossing", "feels like");
letters to the family put away "just in case" (C-SSRS preparation); the family
better off with another mother or father (EPDS: thoughts of not being needed); in
Chinese, how to jump thought over or the place already chosen, and a child found
holding a cleaner or medicine with its smell or froth on the mouth (the model's
stricter bar for messages naming a symptom had left one of these to refer). A baby thing ("the
baby monitor") is not the child."""

import pytest

from .decisions import escalated_as, not_escalated


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("my mind keeps picturing pushing her under the bathwater, i'm so scared", "harm_urges"),
        ("i keep picturing dropping him over the stair rail", "harm_urges"),
        ("he told me he feels like chucking the baby out of the window when she screams", "harm_urges"),
        ("sometimes i think about vanishing permanently", "suicidal_ideation"),
        ("been thinking about disappearing for good, they'd cope", "suicidal_ideation"),
        ("my girls would probably be better off with a different mum", "suicidal_ideation"),
        ("the baby would be happier with a proper mother, not me", "suicidal_ideation"),
        ("left letters for my husband and kids in the wardrobe just in case", "suicide_plan"),
        ("我諗咗好多晚點樣跳落去", "suicide_plan"),
        ("已經揀好咗位置，到時跳樓", "suicide_plan"),
        ("我喺廚房煮緊飯 出返嚟見到個女拎住樽漂白水 把口有陣味", "poisoning"),
    ],
)
def test_the_danger_escalates_by_the_rules(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "i keep picturing him slipping in the bath, what mat should i buy",
        "i felt like throwing the baby monitor out the window at 3am lol",
        "he feels like tossing the baby gym in the bin, she never uses it",
        "my son loves disappearing under the duvet, is hide and seek good for security",
        "i think about disappearing to a hotel for a weekend, is that selfish",
        "would my daughter be happier with a different nanny",
        "the kids would be happier with a new puppy",
        "i wrote notes for the helper on the fridge just in case she needs the numbers",
        "wrote notes to my kids for their lunchboxes just in case they miss me",
        "我揀好咗日子帶個仔去海洋公園",
        "我諗咗好耐點樣同個女講要搬屋",
        "個女成日拎住支消毒藥水扮醫生 點樣收好佢",
    ],
)
def test_the_same_words_told_harmlessly_do_not_escalate(rules, message):
    not_escalated(rules, message)
