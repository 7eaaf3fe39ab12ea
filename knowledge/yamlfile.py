"""YAML reading that remembers line numbers, so every problem can say where it is."""

from __future__ import annotations

import yaml

from .records import Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

LINE = "__line__"
LINES = "__lines__"


class _LineLoader(_Base):
    """SafeLoader (never constructs arbitrary objects) that tags mappings with lines."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=True)
        mapping[LINE] = node.start_mark.line + 1
        mapping[LINES] = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
        return mapping


def parse_yaml(text: str, file: str, first_line: int = 1):
    """Parse YAML text; raise a `Problem`-carrying ValueError on malformed input.

    `first_line` shifts reported lines when the YAML is embedded (front matter).
    """
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = (mark.line + first_line) if mark else first_line
        reason = getattr(exc, "problem", None) or str(exc)
        raise YamlProblem(Problem(file, line, f"malformed YAML: {reason}")) from exc


class YamlProblem(ValueError):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def line_of(mapping: dict, key: str | None = None) -> int:
    """The line of `key` in a parsed mapping (or of the mapping itself)."""
    if key is not None and key in mapping.get(LINES, {}):
        return mapping[LINES][key]
    return mapping.get(LINE, 0)


def entries(mapping: dict):
    """A parsed mapping's (key, value) pairs, without the line bookkeeping."""
    return ((k, v) for k, v in mapping.items() if k not in (LINE, LINES))


def strip_lines(value):
    """A parsed value without the line bookkeeping, for saving or comparing."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k not in (LINE, LINES)}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
