"""The answer object carries the engine's whole top ten: what a clinic's `ask --jsonl`
(and MRR@10 on a public FAQ set measured through it) reads of the ranking."""

import pytest

from assistant import Assistant


def ranked_ids(assistant: Assistant, question: str) -> list[str]:
    ranking, _ = assistant.best_reading(assistant.check_question(question))
    return [assistant.index.docs_[c.doc].source_id for c in ranking.candidates]


def answer_ids(answer: dict) -> list[str]:
    first = [answer["source_id"]] if answer.get("source_id") else []
    return first + [a["source_id"] for a in answer["alternatives"]]


@pytest.mark.parametrize(
    "question",
    ["how do I build trust with my baby", "is amoxicillin safe for toddlers", "bedtime routine"],
)
def test_answers_and_abstentions_list_the_top_ten_in_order(assistant, question):
    answer = assistant.ask(question).to_dict()
    ranked = ranked_ids(assistant, question)
    assert len(ranked) == 10
    assert answer_ids(answer) == ranked


def test_a_medical_referral_keeps_the_ranking_for_counsellors(assistant):
    question = "how much paracetamol can I give my 2 year old"
    answer = assistant.ask(question).to_dict()
    assert (answer["kind"], answer["reason"]) == ("abstain", "medical")
    assert answer["source_id"] is None and not answer["citations"]
    assert answer_ids(answer) == ranked_ids(assistant, question)
