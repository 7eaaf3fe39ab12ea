"""Which safety rules could match a message, told from its words alone.

Most rules open with a word (or a choice of words) at a word boundary:
`\\b(fever|temperature)\\b`, `\\bdropped (him|her)`, `\\b(how much|how long)\\b`.
A message that holds none of those opening words (or pairs of words, where an
opening has two whole words) cannot match the rule, so triage tries only the
rules some word or pair of the message opens. A set look-up per word costs far
less than running dozens of regular expressions over every message. A rule whose
opening cannot be read as words is always tried: the screen may let a message
through that no rule matches, never rule out one that a rule does.
"""

from __future__ import annotations

import re

_LITERAL = re.compile(r"[a-z0-9 ]")
_QUANTIFIER = "?*+{"
_WORD_END = ("\\b", " ")  # after a whole alternative: its last word ends there


class Screen:
    """Built from each rule's first pattern (rules in order); `candidates` gives the
    rules worth trying on a message's words."""

    def __init__(self, patterns: list[str]):
        whole: dict[str, list[int]] = {}  # opening word -> rules
        starts: dict[str, list[int]] = {}  # opening word start ("diagnos") -> rules
        self.always: list[int] = []
        for number, pattern in enumerate(patterns):
            openings = opening_words(pattern)
            if openings is None:
                self.always.append(number)
                continue
            for word, is_whole in openings:
                (whole if is_whole else starts).setdefault(word, []).append(number)
        self.whole = {word: tuple(rules) for word, rules in whole.items()}
        self._pair_firsts = frozenset(word.split(" ")[0] for word in whole if " " in word)
        self.starts = {word: tuple(rules) for word, rules in starts.items()}
        self._start_lengths = sorted({len(start) for start in starts})
        self._opened: dict[str, tuple[int, ...]] = {}  # word -> the rules it opens

    def candidates(self, words: list[str]) -> list[int]:
        """Rules (by number, in order) that could match a message made of `words`."""
        found = list(self.always)
        opened = self._opened
        for word in words:
            rules = opened.get(word)
            if rules is None:
                rules = self._opened_by(word)
            found += rules
        firsts = self._pair_firsts
        for i in range(len(words) - 1):
            if words[i] in firsts:
                found += self.whole.get(f"{words[i]} {words[i + 1]}", ())
        return sorted(set(found))

    def _opened_by(self, word: str) -> tuple[int, ...]:
        """The rules `word` opens, as a whole word or by its start; remembered."""
        rules = self.whole.get(word, ())
        for length in self._start_lengths:
            rules += self.starts.get(word[:length], ())
        if len(self._opened) < 100_000:
            self._opened[word] = rules
        return rules


def opening_words(pattern: str) -> list[tuple[str, bool]] | None:
    """The words a match of `pattern` must start with, each with whether it is a
    whole word (else a word start, as "diagnos" in `diagnos\\w*`); None when the
    pattern's opening cannot be read as words. A pattern that is a choice at its
    top level ("\\bone\\b|\\btwo\\b") opens with the words of every branch."""
    branches = top_level_branches(pattern)
    if len(branches) > 1:
        openings = []
        for branch in branches:
            found = opening_words(branch)
            if found is None:
                return None
            openings += found
        return openings
    if not pattern.startswith("\\b"):
        return None
    if pattern.startswith(("\\b(?:", "\\b(")):
        start = 5 if pattern.startswith("\\b(?:") else 3
        if pattern[start] == "?":
            return None  # a lookaround or flags: not a plain choice of words
        alternatives, after = split_group(pattern, start)
        if alternatives is None or after[:1] in ("?", "*", "{"):
            return None  # unbalanced, or an optional group: other words may open
    else:
        alternatives, after = [pattern[2:]], ""
    openings = []
    for alternative in alternatives:
        opening = _opening(alternative, after)
        if opening is None:
            return None
        openings.append(opening)
    return openings


def split_group(pattern: str, start: int) -> tuple[list[str] | None, str]:
    """The top-level alternatives of the group opening at `start`, and what follows it."""
    depth, begin, parts = 0, start, []
    i = start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")" and depth > 0:
            depth -= 1
        elif char == ")":
            parts.append(pattern[begin:i])
            return parts, pattern[i + 1 :]
        elif char == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    return None, ""


def _opening(alternative: str, after: str) -> tuple[str, bool] | None:
    """The opening of one alternative: its first two words when both are whole
    ("how much"), else its first word, as (key, whole); None if it has no word."""
    literal = ""
    for i, char in enumerate(alternative):
        following = alternative[i + 1] if i + 1 < len(alternative) else ""
        if not _LITERAL.fullmatch(char) or (following and following in _QUANTIFIER):
            break
        literal += char
    else:  # the whole alternative is literal: its last word is whole if a word ends after it
        if after.startswith(_WORD_END):
            literal += " "
    words = literal.split(" ")  # a word followed by a space is whole
    if len(words) >= 3 and words[0] and words[1]:
        return f"{words[0]} {words[1]}", True
    if len(words) >= 2 and words[0]:
        return words[0], True
    return (literal, False) if literal else None


def top_level_branches(pattern: str) -> list[str]:
    """`pattern` split at the bars outside any group and character class."""
    depth, begin, parts, i, in_class = 0, 0, [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return parts


