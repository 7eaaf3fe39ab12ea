"""Articles: Markdown with YAML front matter, split into citable passages.

A passage is a paragraph or a list item. Its id is either written by the editor
at the end of the passage (`{#respond-to-crying}`) or derived from the passage's
own text, so editing one paragraph never renumbers the others.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from .records import Article, Passage, Problem
from .yamlfile import YamlProblem, line_of, parse_yaml

REQUIRED_FIELDS = ("id", "title", "author")
LANGUAGES = ("en", "zh-Hant")
# A translated article repeats the original's title, author and credentials in the
# original language (`title_en`, ...), so both appear wherever it is cited.
ORIGINAL_FIELDS = ("title_en", "author_en", "credentials_en")
TRANSLATION_FIELDS = ("language", "translation_of", "translation_note", *ORIGINAL_FIELDS)
TEXT_FIELDS = ("credentials", "organisation", "url", *TRANSLATION_FIELDS)
OPTIONAL_FIELDS = ("credentials", "organisation", "references", "url", *TRANSLATION_FIELDS)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_EXPLICIT_ID = re.compile(r"\s*\{#([A-Za-z0-9_-]+)\}\s*$")


def load_article(path: Path, label: str) -> tuple[Article | None, list[Problem]]:
    """Read one article file; return the article (or None) and every problem found."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(label, 1, "the file is not UTF-8 text; save it as UTF-8")]
    meta, body_start, problems = _front_matter(text, label)
    if meta is None:
        return None, problems
    body_lines = text.splitlines()[body_start:]
    passages, passage_problems = _passages(body_lines, body_start, meta.get("id", ""), label)
    language = meta.get("language", "en")
    passages = [replace(p, language=language) for p in passages]
    problems += passage_problems
    if not passages:
        problems.append(Problem(label, body_start + 1, "the article has no paragraphs"))
    if problems:
        return None, problems
    article = Article(
        id=meta["id"],
        title=meta["title"],
        author=meta["author"],
        credentials=meta.get("credentials", ""),
        organisation=meta.get("organisation", ""),
        references=tuple(meta.get("references") or ()),
        passages=tuple(passages),
        path=label,
        language=language,
        translation_of=meta.get("translation_of", ""),
        original={k[: -len("_en")]: meta[k] for k in ORIGINAL_FIELDS if meta.get(k)},
    )
    return article, []


def _front_matter(text: str, label: str) -> tuple[dict | None, int, list[Problem]]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return (
            None,
            0,
            [Problem(label, 1, "missing front matter: start the file with a '---' line")],
        )
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return None, 0, [Problem(label, 1, "front matter is not closed: add a '---' line after it")]
    try:
        meta = parse_yaml("\n".join(lines[1:end]), label, first_line=2)
    except YamlProblem as exc:
        return None, 0, [exc.problem]
    if not isinstance(meta, dict):
        return None, 0, [Problem(label, 2, "front matter must be 'key: value' lines")]
    problems = _check_meta(meta, label)
    return (None if problems else meta), end + 1, problems


def _check_meta(meta: dict, label: str) -> list[Problem]:
    problems = []
    for key in REQUIRED_FIELDS:
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(label, line_of(meta, key), f"front matter needs a '{key}'"))
    for key in TEXT_FIELDS:
        if key in meta and not isinstance(meta[key], str):
            problems.append(Problem(label, line_of(meta, key), f"'{key}' must be text"))
    if meta.get("language", "en") not in LANGUAGES:
        problems.append(
            Problem(
                label,
                line_of(meta, "language"),
                f"'language' must be one of {', '.join(LANGUAGES)}",
            )
        )
    refs = meta.get("references")
    if refs is not None and not (isinstance(refs, list) and all(isinstance(r, str) for r in refs)):
        problems.append(
            Problem(label, line_of(meta, "references"), "'references' must be a list of text")
        )
    if isinstance(meta.get("id"), str) and not ID_PATTERN.match(meta["id"]):
        problems.append(
            Problem(
                label,
                line_of(meta, "id"),
                "'id' may use only lowercase letters, digits, '-' and '_'",
            )
        )
    unknown = set(meta.get("__lines__", {})) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
    for key in sorted(unknown):
        problems.append(Problem(label, line_of(meta, key), f"unknown front matter field '{key}'"))
    return problems


def _passages(lines: list[str], offset: int, article_id: str, label: str):
    """Group body lines into passages, remembering each one's heading and line."""
    passages: list[Passage] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    section = ""
    block: list[str] = []
    block_line = 0

    def flush():
        nonlocal block
        if block:
            _add_passage(
                " ".join(block), block_line, section, article_id, label, passages, problems, seen
            )
        block = []

    for number, raw in enumerate(lines, start=offset + 1):
        line = raw.strip()
        heading = _HEADING.match(line)
        item = _LIST_ITEM.match(raw)
        if not line:
            flush()
        elif heading:
            flush()
            section = heading.group(2)
        elif item:
            flush()
            block, block_line = [item.group(1).strip()], number
        else:
            if not block:
                block_line = number
            block.append(line)
    flush()
    return passages, problems


def _add_passage(text, line, section, article_id, label, passages, problems, seen):
    explicit = _EXPLICIT_ID.search(text)
    if explicit:
        text = text[: explicit.start()].strip()
        passage_id = explicit.group(1)
    else:
        passage_id = text_id(text)
    if not text:
        problems.append(Problem(label, line, "a passage id marker stands alone without text"))
        return
    if passage_id in seen:
        problems.append(
            Problem(
                label,
                line,
                f"passage id '{passage_id}' is used twice (first at line {seen[passage_id]})",
            )
        )
        return
    seen[passage_id] = line
    passages.append(Passage(passage_id, article_id, section, text, line))


def text_id(text: str) -> str:
    """A stable id from a passage's own words (whitespace and case do not matter)."""
    canonical = " ".join(text.lower().split())
    return "p-" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:10]
