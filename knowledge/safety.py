"""Check `safety.yaml` before anything runs on it: a rule that cannot work must stop
the knowledge from loading with its line, not fail on a parent's message."""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Problem
from .yamlfile import entries, line_of

# The guidance groups: each kind of danger gets its own text and helplines.
DANGER_GROUPS = ("child_emergency", "caregiver_crisis", "abuse", "domestic_violence")
# Groups where "how do I prevent..." or "what do I do if..." is not an emergency.
PREVENTABLE_GROUPS = ("child_emergency", "abuse")
# Groups where asking what to do beside a danger told as happening ("how do I stop the
# bleeding, she cut her hand") is first aid asked now, not prevention talk. Asked about
# abuse ("how do I handle it when...", "how do I know if...") it stays as it was:
# a question about a worry, which the abuse rules read with their own contexts.
FIRST_AID_GROUPS = ("child_emergency",)
# The danger taxonomy (shared with the training corpus) and the group of each.
CATEGORIES = {
    **dict.fromkeys(
        (
            "breathing choking unresponsive fever_infant seizure allergy poisoning burns "
            "drowning bleeding strangulation intussusception head_injury dehydration"
        ).split(),
        "child_emergency",
    ),
    **dict.fromkeys(
        "suicidal_ideation suicide_plan self_harm postpartum_psychosis harm_urges".split(),
        "caregiver_crisis",
    ),
    **dict.fromkeys("physical_abuse sexual_abuse neglect_missing".split(), "abuse"),
    "domestic_violence": "domestic_violence",
}
LANGUAGES = ("en", "zh")
MESSAGE_FIELDS = {"emergency_number": "", "emergency_region": ""}
REASON_LENGTH = 32  # `category/rule` is stored as the reason (web/storage.py: String(32))
_CONCEPT = re.compile(r"\{([a-z_]+)\}")
# The rules read a message as `assistant.triage.fold` leaves it: lower case, letters,
# digits, Chinese and spaces only, a space between Chinese and a Latin letter or digit
# ("bb仔" -> "bb 仔") and after a number before a letter ("1st" -> "1 st"). A literal
# in a pattern outside that ("A&E", "b仔", "ok唔ok") never matches, and nothing says so.
_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
# A pattern's structure: an escape, a class, a group's opening, a quantifier, a concept
# named, a metacharacter. Each is put out of the way (NUL), ending a run of literals.
_STRUCTURE = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?(?:P?<[a-z_]+>|<?[=!]|[:>])|\{\d*,?\d*\}|\{[a-z_]+\}"
    r"|[()|?*+.^$]"
)
# In the literals left: a character folding never leaves, or two neighbours it always
# parts (group 1, found by looking ahead so that runs may overlap).
_NEVER_FOLDED = re.compile(
    f"[^a-z0-9 \x00{_HAN}]|(?=([a-z0-9][{_HAN}]|[{_HAN}][a-z0-9]|[0-9][a-z]))"
)


def expand_concepts(concepts: dict) -> dict[str, str]:
    """Each concept with the concepts it names filled in ({kid} inside {child})."""
    done: dict[str, str] = {}

    def fill(name: str, seen: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in seen or name not in concepts:
            raise KeyError(name)
        text = _CONCEPT.sub(lambda m: fill(m.group(1), (*seen, name)), str(concepts[name]))
        done[name] = text
        return text

    for name in concepts:
        fill(name, ())
    return done


def safety_problems(data: dict, file: str) -> list[Problem]:
    """Every problem with a parsed safety file (still carrying its line numbers)."""
    problems: list[Problem] = []
    concepts = data.get("concepts") or {}
    try:
        expanded = expand_concepts(concepts)
    except KeyError as exc:
        return [Problem(file, line_of(data, "concepts"), f"concept {exc} is unknown or circular")]
    problems += [
        Problem(file, line_of(concepts, name), f"concept '{name}': {_never_read(runs)}")
        for name, text in entries(concepts)
        if (runs := unfoldable(str(text)))
    ]
    categories = data.get("categories") or {}
    if not isinstance(categories, dict):
        return [Problem(file, line_of(data, "categories"), "'categories' must map names")]
    for category, spec in entries(categories):
        where = line_of(categories, category)
        if category not in CATEGORIES:
            problems.append(
                Problem(
                    file,
                    where,
                    f"unknown category '{category}' (expected one of "
                    + ", ".join(CATEGORIES)
                    + ")",
                )
            )
            continue
        if not isinstance(spec, dict) or spec.get("group") not in DANGER_GROUPS:
            problems.append(
                Problem(
                    file, where, f"'{category}' needs a group, one of " + ", ".join(DANGER_GROUPS)
                )
            )
            continue
        problems += _rules_problems(spec.get("rules"), category, file, where, expanded)
        frames = spec.get("frames") or []
        if not isinstance(frames, list) or not all(
            isinstance(group, list) and group and all(name in concepts for name in group)
            for group in frames
        ):
            problems.append(
                Problem(file, where, f"'{category}': frames must be lists of concept names")
            )
    if "medical" in data:
        problems += _rules_problems(
            data.get("medical"), "medical", file, line_of(data, "medical"), expanded
        )
    problems += _texts_problems(data, file)
    return problems


def _rules_problems(rules, category: str, file: str, where: int, concepts) -> list[Problem]:
    if not isinstance(rules, dict) or not rules:
        return [Problem(file, where, f"'{category}' must map rule names to patterns")]
    problems = []
    for name, rule in entries(rules):
        line = line_of(rules, name)
        if len(f"{category}/{name}") > REASON_LENGTH:
            problems.append(
                Problem(
                    file,
                    line,
                    f"rule '{category}.{name}': the name is too long "
                    f"('{category}/{name}' must fit in {REASON_LENGTH} characters)",
                )
            )
        problems += _rule_problems(rule, f"{category}.{name}", file, line, concepts)
    return problems


def _rule_problems(rule, name: str, file: str, line: int, concepts) -> list[Problem]:
    if isinstance(rule, dict):
        required, unless = rule.get("all"), rule.get("unless", [])
    else:
        required, unless = rule, []
    if not isinstance(required, list) or not required or not isinstance(unless, list):
        return [
            Problem(
                file,
                line,
                f"rule '{name}' needs a list of patterns, or "
                "{all: [patterns], unless: [patterns]}",
            )
        ]
    problems = []
    for pattern in required + unless:
        if not isinstance(pattern, str) or not pattern.strip():
            problems.append(Problem(file, line, f"rule '{name}': a pattern is empty or not text"))
            continue
        unknown = [c for c in _CONCEPT.findall(pattern) if c not in concepts]
        if unknown:
            problems.append(Problem(file, line, f"rule '{name}': unknown concept {{{unknown[0]}}}"))
            continue
        error = _pattern_error(_CONCEPT.sub(lambda m: concepts[m.group(1)], pattern))
        if error is not None:
            problems.append(
                Problem(
                    file,
                    line,
                    f"rule '{name}': pattern '{pattern}' is not a valid regular expression ({error})",
                )
            )
        elif runs := unfoldable(pattern):
            problems.append(Problem(file, line, f"rule '{name}': {_never_read(runs)}"))
    return problems


@lru_cache(maxsize=8192)
def unfoldable(pattern: str) -> tuple[str, ...]:
    """The literals of `pattern` (a character, or two neighbours) that no folded message
    holds, so the alternatives that need them never match. Remembered, as
    `_pattern_error` is: the knowledge is checked at each load."""
    literals = _STRUCTURE.sub("\x00", pattern)
    return tuple(m.group(1) or m.group(0) for m in _NEVER_FOLDED.finditer(literals))


def _never_read(runs: list[str]) -> str:
    return (
        "no message holds " + ", ".join(f"'{run}'" for run in dict.fromkeys(runs))
        + " as the rules read it (lower case; letters, digits, Chinese and spaces only; "
        "a space between Chinese and Latin or digits and after a number: 'bb 仔', 'a e', '1 st')"
    )


@lru_cache(maxsize=4096)
def _pattern_error(pattern: str) -> str | None:
    """Why `pattern` is not a regular expression (None: it is). Remembered: compiling
    the shipped rules takes 0.4 s, and a process checks them at each load (a server
    at each edit of the knowledge, the tests many times)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def _texts_problems(data: dict, file: str) -> list[Problem]:
    """Every group's guidance and the support note: both languages, known fields,
    known helplines."""
    problems = []
    helplines = data.get("helplines") or {}
    for key, line in entries(helplines):
        if not isinstance(line, dict) or not str(line.get("number", "")).strip():
            problems.append(
                Problem(file, line_of(helplines, key), f"helplines.{key}: a number is needed")
            )
    guidance = data.get("guidance") or {}
    texts = [
        (
            f"guidance.{g}",
            guidance.get(g),
            line_of(guidance, g) if g in guidance else line_of(data, "guidance"),
        )
        for g in DANGER_GROUPS
    ]
    texts.append(("support", data.get("support"), line_of(data, "support")))
    for name, spec, where in texts:
        if not isinstance(spec, dict):
            problems.append(Problem(file, where, f"{name}: the guidance text is missing"))
            continue
        for lang in LANGUAGES:
            text = spec.get(lang)
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(file, where, f"{name}.{lang}: the text is missing"))
                continue
            try:
                text.format(**MESSAGE_FIELDS)
            except (KeyError, IndexError, ValueError) as exc:
                problems.append(
                    Problem(
                        file,
                        where,
                        f"{name}.{lang}: cannot fill in {exc} (the fields are {{"
                        + "}, {".join(MESSAGE_FIELDS)
                        + "})",
                    )
                )
        for key in spec.get("helplines") or []:
            if key not in helplines:
                problems.append(Problem(file, where, f"{name}: unknown helpline '{key}'"))
    return problems
