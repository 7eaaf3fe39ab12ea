"""Import a clinic's FAQ export (CSV or JSONL) into a knowledge directory.

Nothing is written unless the whole import succeeds: the new file is validated
together with the directory's existing knowledge, written under a temporary
name and renamed into place.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .faq import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, entry_to_yaml_dict
from .loader import load_knowledge
from .records import FaqEntry, KnowledgeError

_SLUG = re.compile(r"[^a-z0-9]+")


class FaqImportError(Exception):
    """The export cannot be imported; the message says why and what to do."""


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    written: Path | None = None

    def lines(self) -> list[str]:
        out = [f"imported {self.imported} entries into {self.written}"]
        out.append(f"skipped {len(self.skipped)} rows")
        out += [f"  line {line}: {reason}" for line, reason in self.skipped]
        return out


def import_faq(source: Path, into: Path, *, force: bool = False) -> ImportReport:
    """Read `source` (.csv or .jsonl) and write `into/faq/<name>.yaml`."""
    source, into = Path(source), Path(into)
    target = into / "faq" / f"{_slug(source.stem) or 'imported'}.yaml"
    if target.exists() and not force:
        raise FaqImportError(f"{target} already exists; use --force to replace it")
    raw = _read_bytes(source)
    rows = _jsonl_rows(raw) if source.suffix.lower() in (".jsonl", ".json") else _csv_rows(raw)
    report = ImportReport()
    entries = _entries(rows, report, _slug(source.stem) or "faq")
    if not entries:
        raise FaqImportError(f"{source}: no row could be imported ({len(report.skipped)} skipped)")
    _write_checked(entries, target, into)
    report.imported, report.written = len(entries), target
    return report


def _read_bytes(source: Path) -> str:
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FaqImportError(f"{source}: cannot read the file ({exc.strerror})") from None
    if b"\x00" in data[:4096]:
        raise FaqImportError(f"{source}: this is a binary file, not a CSV or JSONL export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FaqImportError(
            f"{source}: not UTF-8 text (byte {exc.start}); export it as UTF-8 and try again"
        ) from None


def _csv_rows(text: str):
    """(row number, fields) for every CSV row; row 1 is the header."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "question" not in header or "answer" not in header:
        raise FaqImportError("the CSV needs a header row with 'question' and 'answer' columns")
    reader.fieldnames = header
    try:
        for row in reader:
            if None in row:
                yield reader.line_num, {"__error__": "more cells than header columns"}
                continue
            if not any((v or "").strip() for v in row.values()):
                continue  # blank row
            alternates = [a.strip() for a in re.split(r"[|\n]", row.get("alternates") or "")]
            tags = [t.strip() for t in re.split(r"[,;|]", row.get("tags") or "")]
            yield (
                reader.line_num,
                {
                    "question": row.get("question"),
                    "answer": row.get("answer"),
                    "alternates": [a for a in alternates if a],
                    "url": row.get("url") or "",
                    "tags": [t for t in tags if t],
                    "id": row.get("id") or "",
                },
            )
    except csv.Error as exc:
        raise FaqImportError(f"malformed CSV at line {reader.line_num}: {exc}") from None


def _jsonl_rows(text: str):
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, {"__error__": f"not valid JSON ({exc.msg})"}
            continue
        yield number, row if isinstance(row, dict) else {"__error__": "not a JSON object"}


def _entries(rows, report: ImportReport, prefix: str) -> list[FaqEntry]:
    entries: list[FaqEntry] = []
    seen_ids: set[str] = set()
    seen_pairs: set[tuple[str, str]] = set()
    for number, row in rows:
        reason, entry = _entry(row, prefix, number)
        if entry is not None:
            pair = (" ".join(entry.question.lower().split()), " ".join(entry.answer.split()))
            if entry.id in seen_ids:
                reason, entry = f"duplicate id '{entry.id}'", None
            elif pair in seen_pairs:
                reason, entry = "duplicate of an earlier row (same question and answer)", None
            else:
                seen_ids.add(entry.id)
                seen_pairs.add(pair)
                entries.append(entry)
        if entry is None:
            report.skipped.append((number, reason))
    return entries


def _entry(row: dict, prefix: str, number: int) -> tuple[str, FaqEntry | None]:
    if "__error__" in row:
        return row["__error__"], None
    question, answer = _text(row.get("question")), _text(row.get("answer"), keep_lines=True)
    if not question:
        return "empty question", None
    if not answer:
        return "empty answer", None
    if len(answer) > MAX_ANSWER_CHARS or len(question) > MAX_QUESTION_CHARS:
        return "question or answer too long", None
    alternates = tuple(a for a in (_text(x) for x in _list(row.get("alternates"))) if a)
    tags = tuple(t for t in (_text(x) for x in _list(row.get("tags"))) if t)
    entry_id = _text(row.get("id")) or f"{prefix}-{number}"
    return "", FaqEntry(
        id=entry_id,
        question=question,
        answer=answer,
        alternates=alternates,
        tags=tags,
        url=_text(row.get("url")),
    )


def _text(value, *, keep_lines: bool = False) -> str:
    """Text of a cell: numbers as text, whitespace tidied (line breaks kept in answers)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    if keep_lines:
        return "\n".join(line.rstrip() for line in value.strip().splitlines())
    return " ".join(value.split())


def _list(value) -> list:
    if isinstance(value, str):
        return [value]
    return value if isinstance(value, list) else []


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:60]


def _write_checked(entries: list[FaqEntry], target: Path, into: Path) -> None:
    """Write the YAML under a temporary name, load the directory with it, then rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(
        [entry_to_yaml_dict(e) for e in entries], allow_unicode=True, sort_keys=False, width=100
    )
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        _check_with(into, target, Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _check_with(into: Path, target: Path, temporary: Path) -> None:
    """Load the knowledge as it will be once `temporary` replaces `target`."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for sub in ("articles", "faq"):
            (scratch / sub).mkdir()
            for path in (into / sub).glob("*"):
                if path.is_file() and path != target and not path.name.startswith("."):
                    os.symlink(path.resolve(), scratch / sub / path.name)
        for name in ("synonyms.yaml", "safety.yaml", "clinic.yaml"):
            if (into / name).exists():
                os.symlink((into / name).resolve(), scratch / name)
        os.symlink(temporary.resolve(), scratch / "faq" / target.name)
        try:
            load_knowledge(scratch)
        except KnowledgeError as exc:
            raise FaqImportError(
                f"the imported entries clash with the knowledge already in {into}:\n{exc}"
            ) from None
