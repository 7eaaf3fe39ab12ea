r"""A regular expression compiled the first time it is used, not when it is made.

The safety triage holds about 1,200 patterns (its rules with their concepts filled
in, 190,000 characters), and compiling them all took 0.4 s of CPU at each start of
every process, though a message reaches only the handful of rules whose words it
holds (`needs.py`, `openings.py`). Each is compiled by Python's `re` on its first
search instead, once per process; a pattern no message reaches costs nothing.

What is compiled is the pattern with each top-level branch's `^` that follows the
branch's opening lookarounds put before them (`anchored_first`): the same matches, since
all of them are zero-width at one place, but `re` then tries the lookarounds only at the
start of the text. A branch `(?=.*\b(?:jealous\w*|sibling)\b)^(?!.*\bseriously\b).*`
otherwise reads its lookahead on to the end of the text from every character before
failing at `^`: 350-670 us on a sentence of a hundred characters, 2 us anchored first.
"""

from __future__ import annotations

import re
from functools import cached_property


class LazyPattern:
    """`re.compile(pattern)`'s `search`, `match` and `finditer`, compiled on first use.
    An invalid pattern raises `re.error` there (`knowledge.safety` checks the rules
    before they load)."""

    def __init__(self, pattern: str):
        self.pattern = pattern

    @cached_property
    def compiled(self) -> re.Pattern:
        return re.compile(anchored_first(self.pattern))

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        return self.compiled.match(text, pos)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def anchored_first(pattern: str) -> str:
    """`pattern` with each top-level branch that opens with lookarounds followed by `^`
    opening with the `^` instead (`(?=A)(?!B)^C` -> `^(?=A)(?!B)C`): zero-width
    assertions at one place hold in any order, so the matches are the same."""
    if ")^" not in pattern:  # (every such branch holds one)
        return pattern
    branches = _top_level_branches(pattern)
    if branches is None:
        return pattern
    return "|".join(map(_anchored_branch, branches))


def _anchored_branch(branch: str) -> str:
    at = 0
    while branch.startswith(_LOOKAROUNDS, at):
        at = _past_group(branch, at)
        if at < 0:
            return branch
    if at and branch.startswith("^", at):
        return "^" + branch[:at] + branch[at + 1 :]
    return branch


def _past_group(pattern: str, start: int) -> int:
    """Where the group opening at `start` ends (just past its ")"), -1 if it does not."""
    depth = 0
    for i, char in _structure(pattern, start):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _structure(pattern: str, start: int = 0):
    """(index, character) of `pattern`'s characters from `start` that can open, close or
    split a group: escapes and character classes are stepped over."""
    i = start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
        elif char == "[":
            i = _past_class(pattern, i)
        else:
            yield i, char
            i += 1


def _past_class(pattern: str, start: int) -> int:
    """Just past the character class opening at `start` (a "]" first in it, or first
    after its "^", is a literal)."""
    i = start + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    return len(pattern)


def _top_level_branches(pattern: str) -> list[str] | None:
    """`pattern` split at its top-level "|"; None if its groups do not balance."""
    branches, depth, begin = [], 0, 0
    for i, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(pattern[begin:i])
            begin = i + 1
    if depth:
        return None
    branches.append(pattern[begin:])
    return branches
