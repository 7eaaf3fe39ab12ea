"""Letters in the safety patterns that no folded text holds, so whatever needs them never matches.

    python bench/unfoldable.py

The rules read text as `triage.fold` leaves it: lower case, no punctuation but the
" . " between sentences, a space between a digit and a letter after it ("1st" ->
"1 st", "1990s" -> "1990 s") and between Latin and Chinese ("bb時" -> "bb 時",
"ok唔ok" -> "ok 唔 ok"). A pattern's literal run that breaks one of these (an upper-case
or punctuation letter, or two such neighbours) cannot match, nor the alternative that
needs it. Prints each concept or rule pattern with the runs it holds (concepts filled
in, so a concept named in another is listed under both); a place to look, not a verdict:
making one match is a change of behaviour.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from re import _constants as sre_constants
from re import _parser as sre_parser

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.safety import expand_concepts  # noqa: E402

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ebef]")
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _script(char: str) -> str:
    if _HAN.match(char):
        return "han"
    if char.isascii() and char.isalpha():
        return "latin"
    return "digit" if char.isdigit() else "other"


def _never_alone(char: str) -> bool:
    """Whether folded text never holds `char` (upper case, punctuation but the stop)."""
    return char.isupper() or (_script(char) == "other" and char not in " .")


def _never_after(before: str, char: str) -> bool:
    """Whether folded text never holds `char` right after `before`."""
    pair = {_script(before), _script(char)}
    return pair in ({"han", "latin"}, {"han", "digit"}) or (
        _script(before) == "digit" and _script(char) == "latin"
    )


def unfoldable_runs(parsed) -> list[str]:
    """The literal runs (a letter, or two neighbours) of a parsed pattern that folding
    never leaves, in lookarounds too."""
    found, before = [], None
    for op, av in parsed:
        if op is sre_constants.LITERAL:
            char = chr(av)
            if _never_alone(char):
                found.append(char)
            elif before is not None and _never_after(before, char):
                found.append(before + char)
            before = char
            continue
        before = None
        if op is sre_constants.BRANCH:
            for branch in av[1]:
                found += unfoldable_runs(branch)
        elif op is sre_constants.SUBPATTERN:
            found += unfoldable_runs(av[3])
        elif op in _REPEATS:
            found += unfoldable_runs(av[2])
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found += unfoldable_runs(av[1])
    return found


def rule_patterns(data: dict) -> list[tuple[str, str]]:
    """Every pattern of the rules, the medical rules and distress in a parsed safety
    file, with where it stands; not the concept names of a frame or a group (words)."""
    return [
        (where, text)
        for key in ("categories", "medical", "distress")
        for where, text in _strings(data.get(key), key)
        if not re.fullmatch(r"[a-z_]+", text)
    ]


def _strings(node, path: str):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from _strings(item, f"{path}.{key}")


def main() -> None:
    data = yaml.safe_load((ROOT / "knowledge" / "data" / "safety.yaml").read_text(encoding="utf-8"))
    concepts = expand_concepts(data["concepts"])
    places = [(f"concept {name}", text) for name, text in concepts.items()]
    places += rule_patterns(data)
    runs = defaultdict(list)
    for where, pattern in places:
        filled = re.sub(r"\{([a-z_]+)\}", lambda m: concepts.get(m.group(1), m.group(0)), pattern)
        runs[where] += unfoldable_runs(sre_parser.parse(filled))
    for where, found in runs.items():
        if found:
            print(f"{where}: {' '.join(sorted(set(found)))}")
    print(f"{sum(1 for f in runs.values() if f)} of {len(places)} patterns")


if __name__ == "__main__":
    main()
