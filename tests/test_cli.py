"""The `parentfaq` command line: ask (single, --json, --jsonl), eval, exit codes."""

import json

import pytest

from .conftest import DATA


def test_ask_prints_the_answer_with_numbered_citations(cli):
    result = cli("ask", "how fast should i respond to my crying baby")
    assert result.exit_code == 0
    assert "Respond promptly" in result.output
    assert "[1]" in result.output and "/sources/sense-of-security#stable-care" in result.output


def test_ask_json_gives_the_answer_object(cli):
    result = cli("ask", "why keep promises to my toddler", "--json")
    data = json.loads(result.output)
    assert data["kind"] == "answer"
    assert data["source_id"] == "faq:keep-promises"
    assert set(data) >= {
        "kind",
        "text",
        "confidence",
        "source_id",
        "citations",
        "related",
        "alternatives",
        "why",
    }


def test_ask_jsonl_answers_every_line_in_order(cli, tmp_path):
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        '{"query": "who wrote the article"}\nis my baby monitor wifi secure\n'
        '{"query": ""}\nmy baby is not breathing\n'
    )
    result = cli("ask", "--jsonl", batch)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line.get("kind") for line in lines] == ["answer", "abstain", None, "escalate"]
    assert lines[2]["error"]["code"] == "empty"


def test_ask_reads_a_batch_from_stdin(cli):
    result = cli("ask", "--jsonl", "-", input="why keep promises\n")
    assert json.loads(result.output)["source_id"] == "faq:keep-promises"


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("    ", "empty"),
        ("x" * 100_000, "longer than"),
        ("\x00\x01binary\x02", "binary"),
    ],
)
def test_bad_questions_exit_1_with_a_message_not_a_traceback(cli, question, message):
    result = cli("ask", question)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_wrong_usage_exits_2(cli):
    assert cli("ask").exit_code == 2
    assert cli("ask", "q", "--jsonl", "-").exit_code == 2


def test_knowledge_option_points_at_another_directory(cli, tmp_path):
    export = tmp_path / "clinic.csv"
    export.write_text("question,answer\nWhen is the clinic open?,Weekdays from 9 to 5.\n")
    cli("import", export, "--into", tmp_path / "kb")
    result = cli(
        "ask", "what are the clinic opening times", "--json", "--knowledge", tmp_path / "kb"
    )
    assert json.loads(result.output)["text"] == "Weekdays from 9 to 5."


def test_eval_prints_the_metrics_and_failures(cli):
    result = cli("eval", DATA / "team_questions.jsonl", "--failures", "3")
    assert result.exit_code == 0
    for name in ("top1", "mrr@10", "recall@3", "abstain_precision", "abstain_recall"):
        assert name in result.output
    assert "failures:" in result.output


def test_eval_rejects_a_malformed_file(cli, tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"query": "no label"}\n')
    result = cli("eval", bad)
    assert result.exit_code == 1
    assert "q.jsonl:1" in result.output


def test_batch_of_1000_questions_gives_1000_answers(cli, tmp_path):
    questions = [
        json.loads(line)["query"]
        for line in (DATA / "team_questions.jsonl").read_text().splitlines()
    ]
    batch = tmp_path / "many.jsonl"
    batch.write_text("\n".join((questions * 4)[:1000]) + "\n")
    result = cli("ask", "--jsonl", batch)
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert len(answers) == 1000
    assert answers[0] == answers[len(questions)]  # same question, same answer, in order


def test_the_engine_commands_run_as_a_module_without_the_web_app():
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "--json", "why keep promises to my toddler"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source_id"] == "faq:keep-promises"
    listed = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ask" in listed and "serve" not in listed
