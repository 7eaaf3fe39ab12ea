"""Check the shape of the optional data files (`synonyms.yaml`, `clinic.yaml`,
`safety.yaml`) so that a wrong shape stops loading with its line instead of
failing on a parent's question."""

from __future__ import annotations

from .clinic import FIELDS as CLINIC_FIELDS
from .clinic import field_problems
from .records import Problem
from .safety import safety_problems
from .yamlfile import entries, line_of

CLINIC_TEXTS = ("name", "counsellor_contact", "disclaimer", "other_language_note")
# `translations: {zh-Hant: {...}}` gives the same texts in another language.
CLINIC_LANGUAGES = ("zh-Hant",)
CLINIC_MESSAGES = ("abstain", "medical", "empty", "clarify", "options")
# The replies to small talk (assistant/smalltalk.py decides which messages are which).
SMALL_TALK = (
    "greeting",
    "thanks",
    "goodbye",
    "who_are_you",
    "are_you_a_person",
    "book_counsellor",
    "talk_to_someone",
    "opening_hours",
    "fees",
)
SMALL_TALK_LANGUAGES = ("en", "zh-Hant")


def data_problems(name: str, data: dict, file: str) -> list[Problem]:
    """Every problem with one parsed data file (still carrying its line numbers)."""
    check = {
        "safety.yaml": safety_problems,
        "synonyms.yaml": synonyms_problems,
        "clinic.yaml": clinic_problems,
    }.get(name)
    return check(data, file) if check else []


def synonyms_problems(data: dict, file: str) -> list[Problem]:
    # `groups` are English words; `zh_groups` Chinese ones (assistant/chinese.py).
    problems = _groups_problems(data, "groups", file) + _groups_problems(data, "zh_groups", file)
    # `outside`: words naming who or what the content is not about (assistant/engine.py);
    # `zh_outside` the same in Chinese (assistant/chinese.py).
    for key in ("outside", "zh_outside"):
        outside = data.get(key)
        if outside is not None and not _is_word_list(outside):
            problems.append(Problem(file, line_of(data, key), f"'{key}' must be a list of words"))
    # `outside_together`: pairs of word lists, outside when a question names one of each;
    # `outside_unless`: an `outside` word -> the concepts that let it through (engine).
    pairs = data.get("outside_together")
    if pairs is not None and not (
        isinstance(pairs, list) and all(_is_pair_of_word_lists(p) for p in pairs)
    ):
        where = line_of(data, "outside_together")
        problems.append(Problem(file, where, "'outside_together' must be pairs of word lists"))
    unless = data.get("outside_unless")
    if unless is not None and not (
        isinstance(unless, dict) and all(_is_word_list(v) for _, v in entries(unless))
    ):
        where = line_of(data, "outside_unless")
        problems.append(Problem(file, where, "'outside_unless' must map a word to a list of words"))
    return problems


def _is_word_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


def _is_pair_of_word_lists(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_is_word_list(s) for s in value)


def _groups_problems(data: dict, key: str, file: str) -> list[Problem]:
    groups = data.get(key) or {}
    if not isinstance(groups, dict):
        return [Problem(file, line_of(data, key), f"'{key}' must map a word to its variants")]
    problems = []
    for word, variants in entries(groups):
        valid = isinstance(variants, list) and all(
            isinstance(v, str) and v.strip() for v in variants
        )
        if not valid:
            problems.append(
                Problem(file, line_of(groups, word), f"'{word}' needs a list of words or phrases")
            )
    return problems


def clinic_problems(data: dict, file: str, translated: bool = False) -> list[Problem]:
    problems = []
    for key, value in entries(data):
        where = line_of(data, key)
        if key == "translations" and not translated:
            problems += _translations_problems(value, file, where)
        elif key == "messages":
            if not isinstance(value, dict):
                problems.append(Problem(file, where, "'messages' must map a name to a text"))
                continue
            for name, text in entries(value):
                if name not in CLINIC_MESSAGES:
                    problems.append(_unknown(file, line_of(value, name), name, CLINIC_MESSAGES))
                elif not isinstance(text, str):
                    problems.append(
                        Problem(file, line_of(value, name), f"messages.{name} must be text")
                    )
        elif key == "small_talk":
            problems += small_talk_problems(value, where, file)
        elif key in CLINIC_FIELDS:
            problems += field_problems(key, value, where, file)
        elif key not in CLINIC_TEXTS:
            known = (*CLINIC_TEXTS, "messages", "small_talk", "translations", *CLINIC_FIELDS)
            problems.append(_unknown(file, where, key, known))
        elif not isinstance(value, str):
            problems.append(Problem(file, where, f"'{key}' must be text"))
    return problems


def _translations_problems(value, file: str, where: int) -> list[Problem]:
    if not isinstance(value, dict):
        return [Problem(file, where, "'translations' must map a language to its texts")]
    problems = []
    for language, texts in entries(value):
        if language not in CLINIC_LANGUAGES:
            problems.append(_unknown(file, line_of(value, language), language, CLINIC_LANGUAGES))
        elif not isinstance(texts, dict):
            problems.append(Problem(file, line_of(value, language), f"'{language}' must map texts"))
        else:
            problems += clinic_problems(texts, file, translated=True)
    return problems


def small_talk_problems(value, where: int, file: str) -> list[Problem]:
    """`small_talk` maps each known kind to its texts: `en` required, `zh-Hant` too."""
    if not isinstance(value, dict):
        return [Problem(file, where, "'small_talk' must map a kind of message to its replies")]
    problems = []
    for kind, texts in entries(value):
        line = line_of(value, kind)
        if kind not in SMALL_TALK:
            problems.append(_unknown(file, line, kind, SMALL_TALK))
            continue
        if not isinstance(texts, dict):
            problems.append(
                Problem(
                    file, line, f"small_talk.{kind} must map a language (en, zh-Hant) to a text"
                )
            )
            continue
        for language in SMALL_TALK_LANGUAGES:
            text = texts.get(language)
            if not isinstance(text, str) or not text.strip():
                problems.append(
                    Problem(file, line, f"small_talk.{kind} needs a non-empty '{language}' text")
                )
        for language, _ in entries(texts):
            if language not in SMALL_TALK_LANGUAGES:
                problems.append(
                    _unknown(file, line_of(texts, language), language, SMALL_TALK_LANGUAGES)
                )
    return problems


def _unknown(file: str, line: int, key: str, known: tuple[str, ...]) -> Problem:
    return Problem(file, line, f"unknown field '{key}' (known: {', '.join(known)})", warning=True)
