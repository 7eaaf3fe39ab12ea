"""What the confidence is computed from: how much of a question the best entry
covers, and the rarest word it leaves out."""

import pytest


def test_insecure_reads_as_secure(normalizer):
    # "insecure" is about a sense of security, not some other word.
    assert normalizer.terms("is my baby insecure") == normalizer.terms("is my baby secure")
    assert normalizer.terms("securely") == normalizer.terms("security")


def test_a_question_the_entry_covers_leaves_nothing_rare_uncovered(assistant):
    ranking = assistant.rank("why should i keep my promises to my child")
    features = assistant.features(ranking)
    assert features["uncovered"] == 0.0
    assert features["phrasing_coverage"] == pytest.approx(1.0)


def test_the_rarest_word_left_out_is_counted(assistant):
    # "trampoline" is in no entry: the best entry leaves the question's rarest word out.
    ranking = assistant.rank("should i keep my promises about the trampoline")
    features = assistant.features(ranking)
    assert features["uncovered"] == pytest.approx(1.0)
    assert features["phrasing_coverage"] < 1.0
    covered = assistant.features(assistant.rank("should i keep my promises"))
    assert assistant.calibration.confidence(features) < assistant.calibration.confidence(covered)


def test_entries_resting_on_the_same_passage_agree_rather_than_compete(assistant):
    # Both promise entries cite the closing passage: the second does not narrow the
    # lead the confidence counts, only a candidate citing other passages does.
    ranking = assistant.rank("is it ok to break a promise to my toddler")
    features = assistant.features(ranking)
    docs = [c.doc for c in ranking.candidates]
    rival = next(
        c
        for c in ranking.candidates[1:]
        if assistant.doc_passages(docs[0]).isdisjoint(assistant.doc_passages(c.doc))
    )
    assert features["passage_margin"] == pytest.approx(ranking.candidates[0].raw - rival.raw)
    assert features["passage_margin"] >= features["margin"]


def test_one_phrasing_holding_the_question_counts_more_than_words_pooled(assistant):
    ranking = assistant.rank("why should i keep my promises to my child")
    assert assistant.features(ranking)["row_coverage"] == pytest.approx(1.0)
    # One phrasing or sentence never holds more of a question than all of them.
    for question in ("cuddles and promises", "keep promises and routine", "bub wont nap"):
        features = assistant.features(assistant.rank(question))
        assert features["row_coverage"] <= features["phrasing_coverage"] + 1e-9


@pytest.mark.parametrize("age", ["13 month old", "17mo", "3 wk old", "20 month-old"])
def test_an_age_is_a_detail_not_a_word_the_entry_lacks(assistant, age):
    # The age's stage word (baby, toddler) carries its meaning; the age itself, in
    # no entry, is neither an unknown word nor the rarest word left uncovered.
    ranking = assistant.rank(f"my {age} cries when i leave the room, what should i do")
    features = assistant.features(ranking)
    assert features["unknown"] == 0.0
    assert features["uncovered"] < 1.0


def test_a_question_about_someone_the_content_is_not_about_abstains(assistant):
    # A teenager, a boss, a security camera: the words shared with an entry ask something else.
    for question in (
        "how can i get my teenager to trust me again",
        "how do i build trust with my boss",
        "do we need a security camera in the baby's room",
        "what temperature should the nursery be at night",
        "my 14 year old won't talk to me anymore, how do i rebuild trust",
        "how many hours of sleep does a 3 year old need",
        "how do i register for a place at the local kindergarten",
        "when should i start potty training my 2 year old",
        "is a naughty step ok for a toddler who keeps hitting",
        "what time should my 18 month old go to bed",
        "how do i help my 3 year old when she says no to everything",
        "my son is getting bullied at school, how do i help",
    ):
        answer = assistant.ask(question)
        assert answer.kind == "abstain", (question, answer.kind)
    # A teenager in the future, or "manage" (not a manager), is still answered.
    for question in (
        "will cuddling my baby now help her relationships as a teenager",
        "how do i manage my toddler's meltdowns",
    ):
        assert assistant.ask(question).kind == "answer", question


def test_the_gate_is_the_outside_word_the_entry_lacks(assistant, monkeypatch):
    question = "how can i get my teenager to trust me again"
    best = assistant.rank(question).candidates[0].doc
    assert assistant.asks_outside(question, best)
    assert not assistant.asks_outside("how can i get my toddler to trust me again", best)
    # An entry whose own words hold the outside word may answer it.
    monkeypatch.setattr(assistant.index, "found_in", lambda field, doc, terms: [True] * len(terms))
    assert not assistant.asks_outside(question, best)


def test_an_outside_word_spelt_in_parts_does_not_make_its_parts_outside(assistant):
    # "co-worker" is outside, but a daycare worker or co-sleeping is not.
    assert "worker" not in assistant.outside and "co" not in assistant.outside
    assert assistant.ask("the daycare worker says he cries all day after i leave").kind == "answer"
    best = assistant.rank("my co-worker cries when i leave the room").candidates[0].doc
    assert assistant.asks_outside("my co-worker cries when i leave the room", best)


def test_outside_must_be_a_list_of_words():
    from knowledge.datafiles import synonyms_problems

    assert synonyms_problems({"outside": ["teenager", "boss"]}, "synonyms.yaml") == []
    assert synonyms_problems({"outside": "teenager"}, "synonyms.yaml")
    assert synonyms_problems({"zh_outside": ["發燒", "尿片"]}, "synonyms.yaml") == []
    assert synonyms_problems({"zh_outside": "發燒"}, "synonyms.yaml")
    pair = [["divorce"], ["explain", "explaining"]]
    assert synonyms_problems({"outside_together": [pair]}, "synonyms.yaml") == []
    assert synonyms_problems({"outside_together": [["divorce", "explain"]]}, "synonyms.yaml")
    assert synonyms_problems({"outside_together": [[["divorce"]]]}, "synonyms.yaml")
    assert (
        synonyms_problems({"outside_unless": {"twins": ["bond", "trust"]}}, "synonyms.yaml") == []
    )
    assert synonyms_problems({"outside_unless": {"twins": "bond"}}, "synonyms.yaml")


@pytest.mark.parametrize("when", ["in the autumn", "next february", "on tuesdays", "every night"])
def test_when_in_the_year_or_week_is_a_detail_not_an_unknown_topic(assistant, when):
    # A date says when, not what: it is not counted as a word no entry knows.
    plain = assistant.features(
        assistant.rank("my wife is pregnant again, how do we help our toddler")
    )
    dated = assistant.features(
        assistant.rank(f"my wife is pregnant again {when}, how do we help our toddler")
    )
    assert dated["unknown"] == plain["unknown"]
    assert dated["uncovered"] == plain["uncovered"]
