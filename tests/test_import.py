"""`parentfaq import`: a clinic's CSV or JSONL export into a knowledge directory."""

import json

import yaml

CSV_EXPORT = (
    "\ufeffquestion,answer,alternates,tags\r\n"
    '"How do I settle my baby, at night?","Keep a calm routine.\r\nThen respond gently.",'
    '"settling at night|night settling",sleep\r\n'
    "\r\n"
    ",An answer without a question,,\r\n"
    "Why routines?,,,\r\n"
    '"How do I settle my baby, at night?","Keep a calm routine.\r\nThen respond gently.",,\r\n'
    'Why play together?,"Play builds ""trust"".",,play\r\n'
)


def test_csv_with_bom_quotes_blank_rows_and_duplicates(cli, tmp_path):
    export = tmp_path / "clinic-export.csv"
    export.write_bytes(CSV_EXPORT.encode("utf-8"))
    target = tmp_path / "kb"
    result = cli("import", export, "--into", target)
    assert result.exit_code == 0, result.output
    assert "imported 2 entries" in result.output
    assert "skipped 3 rows" in result.output
    assert "line 5: empty question" in result.output
    assert "line 6: empty answer" in result.output
    assert "line 8: duplicate of an earlier row" in result.output
    entries = yaml.safe_load((target / "faq" / "clinic-export.yaml").read_text())
    first = entries[0]
    assert first["question"] == "How do I settle my baby, at night?"
    assert first["answer"] == "Keep a calm routine.\nThen respond gently."
    assert first["alternates"] == ["settling at night", "night settling"]
    assert first["tags"] == ["sleep"]
    assert entries[1]["answer"] == 'Play builds "trust".'
    assert cli("check", target).exit_code == 0


def test_jsonl_export_imports_with_ids_and_reports_bad_lines(cli, tmp_path):
    export = tmp_path / "faq.jsonl"
    rows = [
        {"id": "a1", "question": "Q one?", "answer": "A one.", "url": "https://x/1"},
        {"id": "a1", "question": "Q two?", "answer": "A two."},
    ]
    export.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n")
    result = cli("import", export, "--into", tmp_path / "kb")
    assert result.exit_code == 0, result.output
    assert "imported 1 entries" in result.output
    assert "line 2: duplicate id 'a1'" in result.output
    assert "line 3: not valid JSON" in result.output


def test_existing_file_is_kept_without_force(cli, tmp_path):
    export = tmp_path / "faq.csv"
    export.write_text("question,answer\nWhy?,Because.\n")
    assert cli("import", export, "--into", tmp_path / "kb").exit_code == 0
    written = tmp_path / "kb" / "faq" / "faq.yaml"
    before = written.read_text()
    export.write_text("question,answer\nWhat?,Something else.\n")
    result = cli("import", export, "--into", tmp_path / "kb")
    assert result.exit_code == 1
    assert "use --force" in result.output
    assert written.read_text() == before
    assert cli("import", export, "--into", tmp_path / "kb", "--force").exit_code == 0
    assert "Something else." in written.read_text()


def test_failed_import_leaves_the_directory_as_it_was(cli, knowledge_copy):
    before = {p: p.read_bytes() for p in knowledge_copy.rglob("*") if p.is_file()}
    clash = knowledge_copy.parent / "clash.jsonl"
    # An id the shipped FAQ already uses: the combined knowledge would not load.
    clash.write_text(json.dumps({"id": "respond-to-crying", "question": "Q?", "answer": "A."}))
    result = cli("import", clash, "--into", knowledge_copy)
    assert result.exit_code == 1
    assert "used twice" in result.output
    after = {p: p.read_bytes() for p in knowledge_copy.rglob("*") if p.is_file()}
    assert after == before


def test_undecodable_and_binary_exports_are_refused(cli, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("question,answer\nCaf\xe9?,Oui.\n".encode("latin-1"))
    result = cli("import", latin, "--into", tmp_path / "kb")
    assert result.exit_code == 1 and "not UTF-8" in result.output
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    result = cli("import", binary, "--into", tmp_path / "kb")
    assert result.exit_code == 1 and "binary" in result.output
    assert not (tmp_path / "kb").exists() or not list((tmp_path / "kb").rglob("*.yaml"))


def test_csv_without_question_column_is_refused(cli, tmp_path):
    export = tmp_path / "wrong.csv"
    export.write_text("title,body\nA,B\n")
    result = cli("import", export, "--into", tmp_path / "kb")
    assert result.exit_code == 1
    assert "'question' and 'answer' columns" in result.output
