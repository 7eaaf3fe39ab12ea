"""A danger told long over, set aside before the parent's own question (issue 18, branch `fa23`).

Not escalated (`Triage._over_aside`): a run of sentences dating a danger long ago (years
ago, before we moved, in K1, at the start of the school year, back when he was a baby, in
the 70s, used to, 以前, 五年前, 產後有一段時間), telling nothing now or lasting, and telling
it over (we left, safe and settled, found him, a one-off, none since, treated, 離婚, 走出來,
安穩), with the question asked in another sentence. Any group: a violent ex, a lost child,
a febrile fit, dark thoughts after a birth, a helper who smacked once.

Still escalated: the same stories with the danger back or told today (last night he found
our flat, the thoughts are back, it's happening now, 頭先又抽筋), the writer's own state
now ("since Tuesday I keep hearing ..."), a danger told in the sentences kept, a date that
is recent (this morning, an hour ago, last night), and no resolution told.
"""

import pytest

from assistant.triage import Triage

from .decisions import escalated, not_escalated


@pytest.mark.parametrize(
    "message",
    [
        "My ex used to beat me before we emigrated. We left him six years ago and we're safe now. My boy is 8 and won't read on his own. Any tips?",
        "back when she was a baby she had a fit with a fever, the doctor said one off, none since. shes 4. how do i get her to stop biting her nails",
        "In P1 my son wandered off at Ocean Park and the staff found him after twenty minutes. He is in P4 now. Why does he still ask me to stay in sight at the park?",
        "After my first son was born I had dark thoughts of not wanting to live. I got treatment and it has been over for years. What is a good bedtime for a 2 year old?",
        "Our old nanny smacked our daughter once when she was two, years ago. We reported her and let her go, and our daughter is happy with the new nanny. How do I teach her to say sorry?",
        "I was hit by my dad growing up, that was decades ago and we're close now. My twins are 5. How do I stop them shouting at each other?",
        "以前前夫會打我，四年前已經離婚，而家我同兩個仔生活好安穩。大仔七歲好內向，點樣幫佢交朋友？",
        "生完大女之後有一段時間好想消失，做完輔導已經走出來。細仔而家一歲半，幾時戒奶樽好？",
    ],
)
def test_danger_told_long_over_before_another_question(rules: Triage, message: str) -> None:
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        # back, or told today
        "My ex used to beat me before we emigrated and we left him six years ago. Last night he turned up at our door shouting. How do I calm my boy?",
        "Back when she was a baby she had a fit with a fever, one off. It's happening right now, she's jerking and won't answer me. What do I do?",
        "After my first son was born I had thoughts of killing myself and got treatment. Now with my second they are back and worse. What is a good bedtime for a 2 year old?",
        "以前前夫會打我，四年前已經離婚。琴晚佢搵到我哋新屋，喺門口話要斬死我。大仔七歲，點樣安撫佢？",
        "個女一歲嗰陣發燒抽過筋，之後好返。頭先佢又抽筋，叫極都唔應，點算？",
        # the writer's own state now, without the danger's own word
        "I had postpartum psychosis with my first in 2018 and recovered. Since the birth of my second I keep hearing the radio tell me the baby is not mine. How do I share night feeds?",
        # a recent date is no long-ago one; no resolution told
        "This morning my toddler swallowed a button battery, he seems fine and is playing. How do I store batteries better?",
        "Two years ago my husband started hitting me when he drinks. How do I help my son sleep through?",
        # a danger told in a sentence that is kept
        "In K1 my son got lost at a mall and a guard found him. Today he swallowed a coin and keeps drooling and gagging. Is that an emergency?",
    ],
)
def test_danger_back_now_or_unresolved_still_escalated(rules: Triage, message: str) -> None:
    escalated(rules, message)


def test_neglect_act_is_no_resolution(rules: Triage) -> None:
    """"I left him asleep at home" is the act told, not leaving an abuser."""
    aside = rules.aside_over.pattern
    act = rules.aside_act.compiled
    assert aside.search(act.sub(" ", "years ago i left him asleep at home for an hour")) is None
    assert aside.search("we left with two suitcases") is not None
    assert aside.search("i finally left him and moved in with my mum") is not None


@pytest.mark.parametrize(
    "message",
    [
        "my 4yo touches his privates when he's tired, is that just comfort?",
        "Our 3 year old keeps touching her private parts in the bath. How do we talk about privacy without shaming her?",
        "My little one rubs her bottom on the sofa when she watches cartoons. Is this a phase?",
    ],
)
def test_a_child_named_by_age_touching_its_own_body(rules: Triage, message: str) -> None:
    not_escalated(rules, message)


@pytest.mark.parametrize(
    "message",
    [
        "my 4yo says the swimming coach touches his privates in the changing room",
        "Our 3 year old told me her uncle touches her private parts when I'm at work.",
        "My 6 year old touches his little sister's private parts and says a big boy showed him how.",
    ],
)
def test_someone_else_touching_a_child_still_escalated(rules: Triage, message: str) -> None:
    escalated(rules, message)
