"""The rules alone (no learned model) on red flags told the way parents tell them:
in or under water and a sign after, an infant's fever told as "burning hot" or a
reading, spots that stay when pressed, a child who cannot be woken or brought round,
a partner's threats and confinement, wishes not to be here, preparations, breathing
effort, a swallowed substance named first. Each with ordinary messages that share
its words; and no category may define a rule twice (YAML keeps only the last)."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from .decisions import escalated_as, not_escalated

SAFETY_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "safety.yaml"


@pytest.mark.parametrize(
    "message, category",
    [
        ("found him at the bottom of the bath and hes coughing and very sleepy now", "drowning"),
        ("she was under for a bit after the wave, now shes breathing fast and tired", "drowning"),
        ("baby slipped in the bath and his head was under, he is breathing funny", "drowning"),
        ("hes breathing but was under the water for i dont know how long", "drowning"),
        ("7 wk old bub is burning hot and hardly feeding", "fever_infant"),
        ("my 5 week old temperature is 38.6, is it normal", "fever_infant"),
        ("he has a temp and little spots that stay when i push on them", "fever_infant"),
        ("fever and her neck hurts when she looks down, the light hurts her eyes", "fever_infant"),
        ("my toddler keeps nodding off and i cant keep him awake", "unresponsive"),
        ("baby wont open her eyes even when i shake her gently", "unresponsive"),
        ("he keeled over at the park and wont come round", "unresponsive"),
        ("when i lift her arm it just drops", "unresponsive"),
        ("my partner has a knife and says he will use it on me", "domestic_violence"),
        (
            "he said if i try to leave he will make sure i never see my kids again",
            "domestic_violence",
        ),
        ("he locked us out on the balcony and kept the baby", "domestic_violence"),
        ("he had his hands round my neck again last night", "domestic_violence"),
        ("everyone would be fine if i just wasnt around anymore", "suicidal_ideation"),
        ("it would be simpler for all of them if i was gone for good", "suicidal_ideation"),
        ("i keep wishing i could go to sleep and not have to wake up", "suicidal_ideation"),
        ("i think about steering the car into a wall on the way to work", "suicidal_ideation"),
        ("tonight is the night i finish it, everything is ready", "suicide_plan"),
        ("i looked up how high a building has to be", "suicide_plan"),
        ("his nostrils are flaring and his head is bobbing", "breathing"),
        ("her inhaler isnt helping and she can only say two words", "breathing"),
        ("toddler got the cap off the mouthwash and gulped loads, acting drunk", "poisoning"),
        ("the cord of the blinds was wrapped round his neck", "strangulation"),
        ("went stiff and then started twitching", "seizure"),
        ("the tutor was kissing my son on the lips under the table", "sexual_abuse"),
        ("she says he touched her wee wee", "sexual_abuse"),
        ("my daughter has a deep cut on her knee and i can see inside it", "bleeding"),
    ],
)
def test_a_red_flag_told_plainly_escalates(rules, message, category):
    escalated_as(rules, message, category)


@pytest.mark.parametrize(
    "message",
    [
        "he dunked his head under the water at swimming and came up laughing",
        "what should the room temperature be for a newborn at night",
        "he pushed me on the swing way too high and i screamed, kids loved it",
        "my son keeps saying i am going to kill you when he plays superheroes",
        "im so tired i could just sleep forever, the baby was up 5 times",
        "i want to disappear for a weekend away with my husband",
        "my daughter had a febrile seizure last year, what should I do if it happens again",
        "i used to self harm as a teen, how do i talk to my own kids about it one day",
        "my son says the tv is talking to him when he watches his favourite show, so cute",
        "my baby breathes really fast when shes asleep then slows down, shes happy",
        "how hot should bath water be so my toddler doesnt get scalded",
        "toddler smashed my phone screen throwing it, lesson learned",
        "she cried until she was blue in the face over a broken banana, shes fine now",
        "we locked ourselves out with the baby in the car seat in the hall",
    ],
)
def test_the_same_words_used_harmlessly_do_not_escalate(rules, message):
    not_escalated(rules, message)


def test_no_category_defines_a_rule_twice():
    # yaml keeps the last of two equal keys, so the first rule would never run
    root = yaml.compose(SAFETY_FILE.read_text(encoding="utf-8"))
    top = {key.value: value for key, value in root.value}
    for category, spec in top["categories"].value:
        for key, value in spec.value:
            if key.value == "rules":
                names = Counter(name.value for name, _ in value.value)
                assert [n for n, c in names.items() if c > 1] == [], category.value
