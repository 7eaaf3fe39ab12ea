"""bench/safety_sweep.py: answerable questions the triage escalated or referred, per set."""

import json

from bench.safety_sweep import answerable, sweep


def write_set(path, rows) -> None:
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")


def test_only_answerable_questions_are_swept_and_alarms_are_counted(tmp_path, assistant):
    answer_set = tmp_path / "answers_own.jsonl"
    write_set(
        answer_set,
        [
            {"query": "how do I settle my toddler at daycare drop-off?", "relevant": ["x"]},
            {"query": "my 5 week old is 38.6 and very floppy", "relevant": ["y"]},
            {"query": "how much paracetamol for a 2 year old?", "relevant": ["z"]},
            {"query": "what is the capital of France", "relevant": []},
        ],
    )
    assert len(answerable(answer_set)) == 3  # the uncovered question is not swept
    table, alarms = sweep([answer_set], assistant)
    assert table[0] == ["answers_own", 3, 1, 1]  # one escalated, one referred
    assert table[-1] == ["all", 3, 1, 1]
    assert len(alarms) == 2 and all("answers_own" in line for line in alarms)
