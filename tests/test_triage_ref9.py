"""The learned reader of the ask, round 2 (`assistant/ask_reader.py`): a Chinese
question sentence read from the clause its ask opens, an ask read as surely a parenting
one standing even when it names health, and the reader's numbers kept when saved.
Messages in my own words."""

from __future__ import annotations

import pytest

from assistant.ask_reader import (
    PARENTING_BELOW,
    SURE_BELOW,
    AskReader,
    fit,
    from_sklearn,
    load_shipped_reader,
    questions,
    split,
    training_rows,
)
from assistant.safety_model import load_corpus
from assistant.triage import sentences

from .decisions import answered, escalated, referred


def spelt(triage, text: str) -> str:
    return " ".join(triage._spelt_out(s) for s in sentences(text))


def test_chinese_question_read_from_its_ask(triage):
    """The clauses told before the ask in the same question sentence are the telling,
    not the question: a past chickenpox is no health question."""
    found = questions(triage, "佢上年出過水痘，而家好返晒，點樣教佢同人分享？")
    assert found == [spelt(triage, "點樣教佢同人分享")]


def test_chinese_question_without_ask_words_read_whole(triage):
    found = questions(triage, "BB出疹，好痕？")
    assert found == [spelt(triage, "BB出疹，好痕")]


def test_english_question_still_read_whole(triage):
    message = "She had a cold last week, how do I get her back into her routine?"
    assert questions(triage, message) == [spelt(triage, message.rstrip("?"))]


def test_thresholds_are_strict():
    reader = load_shipped_reader()
    assert reader.threshold == PARENTING_BELOW
    assert reader.sure == SURE_BELOW
    assert 0 < reader.sure < reader.threshold <= 0.1


def test_sure_threshold_saved_and_loaded(tmp_path):
    asks = ["how do i get him to share", "how much paracetamol for a two year old"] * 2
    told = ["he is three", "she has a fever"] * 2
    asked, telling, model = fit(asks, told, [0, 1, 0, 1], [1.0] * 4)
    reader = from_sklearn(asked, telling, model, 0.05, "x", 0.02)
    reader.save(tmp_path / "reader.npz")
    loaded = AskReader.load(tmp_path / "reader.npz")
    assert (loaded.threshold, loaded.sure) == (0.05, 0.02)


def test_held_out_rows_left_out(triage):
    rows = [r for r in load_corpus() if r["label"] in ("medical", "ordinary")][:40]
    every = training_rows(triage)
    fewer = training_rows(triage, leave_out=frozenset(r["text"] for r in rows))
    assert 0 < len(every[0]) - len(fewer[0]) <= 40


def test_reader_reads_chinese_parenting_asks_after_health_told(triage):
    """Chinese parenting asks after an illness told as over read as parenting ones
    (the reader of session 37 put these at 0.06-0.25)."""
    for message in [
        "佢之前發燒抽過筋，醫生話冇事，而家四歲，點樣教佢收拾玩具？",
        "阿女細個有濕疹，醫生話而家好咗，佢好怕醜唔肯同人玩，我應該點鼓勵佢？",
        "女兒上星期手足口病好返，之後成日發脾氣，我應該點處理佢嘅情緒？",
    ]:
        assert triage.ask_reader.doctor(*split(triage, message)) < 0.1


def test_chinese_parenting_ask_after_a_word_of_health_is_answered(triage):
    """The question sentence's telling ("想嘔" of a school lunch) is read by the reader
    as the telling, not as a health question (referred by session 37's triage)."""
    answered(triage, "個仔話幼稚園啲飯餸難食到想嘔，我應該點同老師反映？")


@pytest.mark.parametrize(
    "message",
    [
        # a symptom told as there now, a parenting-shaped ask
        "個女上個月打完針，今日隻手仲係好腫好熱，點樣令佢唔好抓？",
        "佢之前濕疹好咗，呢兩日又出返好多紅點好痕，點樣令佢瞓得好啲？",
        "My son's eczema is flaring again tonight and he's scratching till it bleeds, how do I get him to sleep?",
        "仔仔發緊燒，成日喊，點樣氹佢食藥？",
        "個仔琴晚開始發燒到39度，點樣令佢肯飲水？",
    ],
)
def test_symptom_now_stays_referred(triage, message):
    referred(triage, message)


def test_red_sign_still_escalates(triage):
    message = (
        "He had his jabs this morning and now he's floppy and won't wake for his feed, "
        "how do I keep his sister quiet?"
    )
    escalated(triage, message)
