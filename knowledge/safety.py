"""Check `safety.yaml` before anything runs on it: a rule that cannot work must stop
the knowledge from loading with its line, not fail on a parent's message."""

from __future__ import annotations

import re

from .records import Problem
from .yamlfile import entries, line_of

# The categories triage checks (assistant/triage.py), in its order.
CATEGORIES = ("child_emergency", "caregiver_crisis", "medical")
# Categories that escalate need guidance text; these fields may appear in it.
GUIDED = ("child_emergency", "caregiver_crisis")
MESSAGE_FIELDS = {"emergency_number": "", "emergency_region": "", "crisis_line_text": ""}


def safety_problems(data: dict, file: str) -> list[Problem]:
    """Every problem with a parsed safety file (still carrying its line numbers)."""
    problems: list[Problem] = []
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        return [Problem(file, line_of(data, "rules"), "'rules' must map categories to rules")]
    for category, category_rules in entries(rules):
        where = line_of(rules, category)
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
        if not isinstance(category_rules, dict):
            problems.append(Problem(file, where, f"'{category}' must map rule names to patterns"))
            continue
        for name, rule in entries(category_rules):
            where = line_of(category_rules, name)
            problems += _rule_problems(rule, f"{category}.{name}", file, where)
    messages = data.get("messages") or {}
    for category in GUIDED:
        text = messages.get(category) if isinstance(messages, dict) else None
        where = line_of(messages, category) if isinstance(messages, dict) else line_of(data)
        if not isinstance(text, str) or not text.strip():
            problems.append(
                Problem(file, where, f"messages.{category}: the guidance text is missing")
            )
            continue
        try:
            text.format(**MESSAGE_FIELDS)
        except (KeyError, IndexError, ValueError) as exc:
            problems.append(
                Problem(
                    file,
                    where,
                    f"messages.{category}: cannot fill in {exc} (the fields "
                    "are {" + "}, {".join(MESSAGE_FIELDS) + "})",
                )
            )
    return problems


def _rule_problems(rule, name: str, file: str, line: int) -> list[Problem]:
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
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(
                Problem(
                    file,
                    line,
                    f"rule '{name}': pattern '{pattern}' is not a valid regular expression ({exc})",
                )
            )
    return problems
