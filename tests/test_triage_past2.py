"""Old scares told as a false alarm or in learner's English, then a question about now
(issue 18).

A parent may tell that an old scare came to nothing ("turned out she hadn't eaten any",
"it was a false alarm"), date it without "was" ("when he 2 year") or say the child is
"very healthy" now. Each reads as over (`event_over`, `event_past`); a danger told now
after it still escalates, and "not very healthy" is no sign that anything is over.
"""

import pytest

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "Last summer my 2yo got into the dishwasher tablets, we rang the poisons line and "
        "went to A&E, turned out she hadn't eaten any. how do i get her to brush her teeth?",
        "back in march he grabbed nana's heart pills and we panicked n went to hospital, "
        "turned out he didnt swallow anything. now how do I stop him climbing the shelves",
        "a few months ago she put a button battery in her mouth, we rushed to a and e but it "
        "turned out to be a false alarm. what toys are good for 18 month olds?",
        "My son when he 2 year he swallow coin, hospital x-ray, it pass. Now he 6 year, very "
        "healthy. He not listen to me, how to do?",
        "my girl when she 8 month she had fever and fitting, stay hospital 2 night. now she 3 "
        "year and very healthy. how to make her sleep own bed?",
    ],
)
def test_an_old_scare_told_as_over_is_not_escalated(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "Last summer my 2yo got into the dishwasher tablets, turned out she hadn't eaten any. "
        "Now she has drunk the bleach and is vomiting",
        "when she 9 month she have fever and fitting, now she very healthy but tonight she "
        "fitting again and not waking",
        "My son when he 2 year he choke on coin. now he 6 year, he choke on sweet right now "
        "and cant breathe",
        "turned out he hadn't swallowed any of the pills but now he's very sleepy and we "
        "can't wake him",
        "my baby is not very healthy, she went floppy and blue after a feed just now",
    ],
)
def test_a_danger_told_after_a_false_alarm_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "A year ago my daughter went under at the beach and spluttered, she was fine "
        "afterwards. She's 5 now and wants swimming lessons at the pool, what age is best?",
        "when he was 3 he slipped under in the bath and coughed, the GP said he was fine. now "
        "he cries at bath time every night, how do i make it fun",
    ],
)
def test_the_scene_named_again_after_a_scare_told_as_over_is_not_escalated(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "A year ago she went under in the bath and was fine after. She has just gone under "
        "the bath water and is coughing and blue",
        "when he was 3 he fell in the pond and was fine after. we just pulled him out of the "
        "pool, he is coughing and drowsy",
        "Last year she swallowed a magnet and it passed fine. She has swallowed two magnets "
        "off the fridge",
    ],
)
def test_the_scene_told_happening_after_a_scare_told_as_over_still_escalates(rules, message):
    escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "我後生嗰陣𠝹過手，見過輔導員，已經十幾年冇事。個仔問我隻手點解有疤，點解釋好？",
        "之前有過傷害自己嘅念頭，見咗醫生，已經好幾年都穩定。點樣同個女講媽咪以前病過？",
    ],
)
def test_a_caregivers_old_crisis_well_for_years_is_not_escalated(rules, message):
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "以前𠝹過手，已經好多年冇事，但係最近又想𠝹手",
        "我細個自殘過，已經幾年冇事，今晚又好想傷害自己",
        "以前𠝹過手，已經幾年冇事。而家又忍唔住想𠝹自己",
    ],
)
def test_a_caregivers_crisis_back_after_years_still_escalates(rules, message):
    escalated(rules, message)
