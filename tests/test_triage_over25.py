"""One reader of "this danger is over" before the parent's question (issue 18, branch `over25`).

A scare told long over (a fever fit years ago, a choke cleared by back blows, a fall checked
at A&E, a scald that healed, a stay in the neonatal unit) and then a question about the
parent's fear, the child's behaviour or a habit now is set aside (`Triage._over_aside`)
for escalation and for referral alike: dated by an age then or the birth (when she was
born, aged 3, 出世嗰陣), told over by the child's age or health now (he is 4 now, a healthy
toddler now, 之後一直都好, 冇再抽過), with the parent's lasting fear or protective habit
(`aftermath_now`: I still hover, I won't drink anything hot near her, enjoy the pool again)
no return of the danger, nor "step back" / "look back" a return (`event_back`).

Never set aside: the same scare back or told now (tonight, just now, again, 頭先又), and a
referral whose remaining ask is a doctor's (a check-up, the next jabs, a risk).
"""

import pytest

from assistant.triage import Triage

from .decisions import answered, escalated, not_escalated, referred


@pytest.mark.parametrize(
    "message",
    [
        "When he was two he had a fit with a high temperature and spent a night on the ward. He has been perfectly well since and is 6 now. I still sleep on his floor whenever he has a cold. How do I step back?",
        "my daughter choked on a piece of sausage at 15 months, my mum did back blows n it came out, no harm done. shes 4 now. the thing is i still cut everything up tiny. how do i step back from that",
        "Our son rolled off the bed when he was born, well a few weeks after, and the hospital checked him and said he was fine. He is three now and a climber. I don't let him near the bunk beds at his cousins'. Is that over the top?",
        "She scalded her hand on the rice cooker steam when she was one. It healed with no mark and she's 5 now. I still won't cook with her anywhere near the kitchen. How can I teach her to help safely?",
        "When our twins were born they spent three weeks in the special care unit. That was four years ago and they are healthy, noisy preschoolers now. I have been very protective ever since. How do I let them take small risks at the playground?",
        "Aged 2 she wandered off at the market and a stall owner found her quickly. She is 7 now and scared of crowds. How can I help her enjoy outings again?",
        "個女BB嗰陣食米糊哽親，拍背即刻吐返出嚟，之後一直都好。而家佢四歲，我仍然唔敢俾佢食粒粒嘢，點樣慢慢放手？",
        "大仔一歲半嗰陣發燒抽過筋，入院觀察一晚，到而家都冇再抽過。我仲係好驚佢發燒，成晚睇實佢，點樣先可以放鬆啲？",
    ],
)
def test_scare_long_over_before_a_question_about_now_is_not_escalated(
    triage: Triage, message: str
) -> None:
    not_escalated(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        "When he was two he had a fit with a high temperature and was well after. Tonight he's fitting again and has been for five minutes, he won't respond.",
        "she choked on sausage at 15 months and it came out. right now shes choking on a sweet and cant cough or talk, face going purple",
        "Our son rolled off the bed as a newborn and was checked. This evening he fell off the bunk bed onto his head and since then he keeps vomiting and is very sleepy.",
        "She scalded her hand on steam when she was one and it healed. Just now she pulled the kettle over her chest and the skin is peeling off, she can't stop screaming.",
        "When our twins were born they spent three weeks in special care. Now at five weeks old one is breathing very fast with grunting and her lips look blue.",
        "個女BB嗰陣哽過米糊，好返。頭先佢食提子又哽住，出唔到聲，塊面開始紫。",
        "大仔一歲半嗰陣發燒抽過筋，之後冇再抽過。但頭先佢又抽筋，到而家都未醒，叫極都唔應。",
        "I had postnatal psychosis years ago and recovered. Since the birth last month I keep hearing a voice that says the baby has to go. How do I get some sleep?",
        # a fear told beside what the writer hears is her own state, not the aftermath
        "Years ago I was unwell after a birth and got treatment. These days I'm frightened of the whispering I hear telling me the baby isn't mine. What time should she nap?",
    ],
)
def test_the_same_scare_back_or_told_now_is_still_escalated(
    triage: Triage, message: str
) -> None:
    escalated(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        "When she was born she had a week under lights for jaundice in the neonatal unit. That was three years ago and she's a healthy, bouncy girl now. I have never let anyone else put her to bed. How do I start letting go?",
        "He was born at 31 weeks and spent a month in special care. He is 3 now and thriving. I still jump up every time he coughs at night. How do I get less anxious?",
    ],
)
def test_referral_resting_on_an_old_stay_before_a_parenting_ask_stands_down(
    triage: Triage, message: str
) -> None:
    answered(triage, message)


@pytest.mark.parametrize(
    "message",
    [
        "He was born at 31 weeks and spent a month in special care. He is 3 now and thriving. Should he have a hearing test and an eye check-up before school?",
        "He was born at 31 weeks and spent a month in special care. He is 3 now and thriving. Is he at higher risk of asthma?",
        "When she was 2 months old she had a high fever after her jabs and was admitted, all fine since. She's 2 now. Is it safe for her to have the next vaccines?",
    ],
)
def test_referral_stands_when_what_is_left_asks_a_doctor(triage: Triage, message: str) -> None:
    referred(triage, message)


def test_stepping_back_is_no_return(rules: Triage) -> None:
    back = rules.event_back.pattern
    for sentence in (
        "how do i step back from the bedtime routine",
        "when i look back on that night i shudder",
        "i have been trying to hold back and let her climb",
    ):
        assert back.search(sentence) is None, sentence
    for sentence in ("the fits are back", "and now he wont wake up", "its back again tonight"):
        assert back.search(sentence) is not None, sentence
    # a routine refused now is no sign of the danger back
    assert back.search("and now he wont fall asleep unless i lie beside him") is None


def test_chinese_none_again_is_over(rules: Triage) -> None:
    over = rules.aside_over.pattern
    assert over.search("到而家都冇再抽過") is not None
    assert over.search("之後一直都好") is not None
    # none again of a sign of being unwell is no resolution
    assert over.search("跌完之後佢冇再郁過") is None


def test_the_writers_aftermath_is_not_her_own_state_now(rules: Triage) -> None:
    def writer_now(sentence: str) -> bool:
        return rules._writer_now(sentence, rules._reader.read(f" {sentence} ").features)

    assert not writer_now("i still hover over him when he sleeps")
    assert not writer_now("i still wont drink anything hot near her")
    assert writer_now("since tuesday i keep hearing the radio talk to me")
    assert writer_now("these days i am scared of the voices i keep hearing")
