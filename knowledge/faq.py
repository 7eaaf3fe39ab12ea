"""FAQ collection files: a YAML list of entries, each checked field by field."""

from __future__ import annotations

import datetime
from pathlib import Path

from .records import FaqEntry, Problem
from .yamlfile import YamlProblem, line_of, parse_yaml

TEXT_FIELDS = ("id", "question", "answer")
LIST_FIELDS = ("alternates", "sources", "tags")
OPTIONAL_TEXT = ("url", "reviewed_by", "reviewed_on", "language", "translation_of")
LANGUAGES = ("en", "zh-Hant")
KNOWN_FIELDS = set(TEXT_FIELDS) | set(LIST_FIELDS) | set(OPTIONAL_TEXT)

# Beyond this an answer is surely a broken export (a whole page pasted in).
MAX_ANSWER_CHARS = 40_000
MAX_QUESTION_CHARS = 1_000


def load_faq_file(path: Path, label: str) -> tuple[list[FaqEntry], list[Problem]]:
    """Read one FAQ YAML file: the entries that are valid and every problem found."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(label, 1, "the file is not UTF-8 text; save it as UTF-8")]
    try:
        data = parse_yaml(text, label)
    except YamlProblem as exc:
        return [], [exc.problem]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [
            Problem(label, 1, "an FAQ file must be a list of entries, each starting with '- id:'")
        ]
    entries, problems = [], []
    for raw in data:
        entry, entry_problems = parse_entry(raw, label)
        problems += entry_problems
        if entry is not None:
            entries.append(entry)
    return entries, problems


def parse_entry(raw, label: str) -> tuple[FaqEntry | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [
            Problem(
                label, 1, "each FAQ entry must be a mapping of fields (id, question, answer, ...)"
            )
        ]
    problems = []
    values = {}
    for key in TEXT_FIELDS:
        value = raw.get(key)
        if isinstance(value, (int, float)) and key == "id":
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(label, line_of(raw, key), f"entry needs a non-empty '{key}'"))
        else:
            values[key] = value.strip()
    for key in LIST_FIELDS:
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(
                Problem(label, line_of(raw, key), f"'{key}' must be a list of non-empty text")
            )
            value = []
        values[key] = tuple(v.strip() for v in value)
    for key in OPTIONAL_TEXT:
        value = raw.get(key, "")
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if not isinstance(value, str):
            problems.append(Problem(label, line_of(raw, key), f"'{key}' must be text"))
            value = ""
        values[key] = value.strip()
    if values["language"] == "":
        values["language"] = "en"
    elif values["language"] not in LANGUAGES:
        problems.append(
            Problem(
                label, line_of(raw, "language"), f"'language' must be one of {', '.join(LANGUAGES)}"
            )
        )
    problems += _check_lengths(values, raw, label)
    for key in sorted(set(raw.get("__lines__", {})) - KNOWN_FIELDS):
        problems.append(Problem(label, line_of(raw, key), f"unknown field '{key}'"))
    if problems:
        return None, problems
    return FaqEntry(**values, path=label, line=line_of(raw)), []


def _check_lengths(values: dict, raw: dict, label: str) -> list[Problem]:
    problems = []
    if len(values.get("answer", "")) > MAX_ANSWER_CHARS:
        problems.append(
            Problem(
                label,
                line_of(raw, "answer"),
                f"answer is over {MAX_ANSWER_CHARS:,} characters; shorten it",
            )
        )
    for text in (values.get("question", ""), *values.get("alternates", ())):
        if len(text) > MAX_QUESTION_CHARS:
            problems.append(
                Problem(
                    label,
                    line_of(raw, "question"),
                    f"a question is over {MAX_QUESTION_CHARS} characters",
                )
            )
            break
    return problems


def entry_to_yaml_dict(entry: FaqEntry) -> dict:
    """The entry as it is written to an FAQ file (empty fields left out)."""
    out = {"id": entry.id, "question": entry.question}
    keys = ("alternates", "answer", "sources", "tags", "url", "reviewed_by", "reviewed_on")
    for key in (*keys, "language", "translation_of"):
        value = getattr(entry, key)
        if value and (key, value) != ("language", "en"):
            out[key] = list(value) if isinstance(value, tuple) else value
    return out
