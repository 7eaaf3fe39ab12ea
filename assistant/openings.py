"""Where in a message each safety rule could start.

The screen (`screen.py`) reads which words can open each rule; this uses that
reading to tell which rules a message's words open and at which words. Most rules
open at a word (`\\b(fever|temperature)\\b`), so a rule needs trying only at the few
offsets where one of its opening words stands: `pattern.match(text, at)` there
instead of `pattern.search(text)`, which tries every character of a long story.
A rule whose opening cannot be read as words (`readable` is False) is searched.
"""

from __future__ import annotations

from collections.abc import Callable

from .needs import PREFIX, Words
from .screen import opening_words, split_group, top_level_branches


class Openings:
    """Built from each rule's first pattern (rules in order); `read` gives a
    pattern's opening words (`openings_of`, or its remembered reading)."""

    def __init__(
        self, patterns: list[str], read: Callable[[str], list | tuple | None] | None = None
    ):
        read = read or openings_of
        self.readable: list[bool] = []
        self.starts: set[str] = set()  # every word start that opens a rule
        # each rule's opening words, first words of pairs, pairs and word starts
        self._keys: list[tuple[frozenset, frozenset, dict, frozenset]] = []
        self._whole: dict[str, list[int]] = {}  # a whole word -> the rules it opens
        self._pairs: dict[str, list[int]] = {}  # two whole words ("how much") -> rules
        self._starts: dict[str, list[int]] = {}  # a word's start ("diagnos") -> rules
        for number, pattern in enumerate(patterns):
            found = read(pattern)
            self.readable.append(found is not None)
            for key, whole in found or ():
                table = self._starts if not whole else self._pairs if " " in key else self._whole
                table.setdefault(key, []).append(number)
            keys = found or ()
            pairs: dict[str, set[str]] = {}  # first word -> second words
            for key, whole in keys:
                if whole and " " in key:
                    first, second = key.split(" ", 1)
                    pairs.setdefault(first, set()).add(second)
            self._keys.append(
                (
                    frozenset(k for k, whole in keys if whole and " " not in k),
                    frozenset(pairs),
                    {first: frozenset(seconds) for first, seconds in pairs.items()},
                    frozenset(PREFIX + k for k, whole in keys if not whole),
                )
            )
        # each rule's opening keys as one set: most rules open at none of a message's
        # words, told by one intersection
        self._opening = [whole | firsts | starts for whole, firsts, _, starts in self._keys]
        # the keys that place a rule at their own word: its whole words and word starts
        self._placing = [whole | starts for whole, _, _, starts in self._keys]
        self.starts = set(self._starts)
        self._pair_firsts = frozenset(key.split(" ")[0] for key in self._pairs)
        self._start_lengths = sorted({len(start) for start in self._starts})
        self._opened: dict[str, tuple[int, ...]] = {}

    def at(self, text: str) -> dict[int, list[int]]:
        """Rule -> the offsets in `text` (words split by single spaces) of the
        words it could open at, in order. The triage uses `among`; this reading of
        every word is the reference the tests hold `among` to."""
        found: dict[int, list[int]] = {}
        words = text.split(" ")
        offset = 0
        for i, word in enumerate(words):
            if word:
                rules = self._opened.get(word)
                if rules is None:
                    rules = self._opened_by(word)
                if word in self._pair_firsts and i + 1 < len(words):
                    rules += tuple(self._pairs.get(f"{word} {words[i + 1]}", ()))
                for rule in rules:
                    found.setdefault(rule, []).append(offset)
            offset += len(word) + 1
        return found

    def among(self, words: Words, rules: list[int]) -> dict[int, list[int]]:
        """`at` for the given readable rules only, from a message read by
        `needs.Reader` (knowing `starts`): the same offsets, found from each rule's
        opening words rather than from every word of the message."""
        if not rules:
            return {}
        present, keys, opening = words.features, self._keys, self._opening
        # (rule, the opening words, word starts and pairs' first words here)
        held = [(rule, hit) for rule in rules if (hit := opening[rule] & present)]
        if not held:
            return {}
        positions = words.positions(set().union(*(hit for _, hit in held)))
        found, every, last, offsets = {}, words.words, len(words.words) - 1, words.offsets
        at: dict[str, list[int]] = {}  # a key -> the offsets of its words
        of, place, placing = positions.__getitem__, offsets.__getitem__, self._placing
        for rule, hit in held:
            _, firsts, seconds_of, _ = keys[rule]
            # each word once (two keys may name one word), by sets (`map`: no loop)
            if firsts:  # a pair's first word opens the rule only before its second
                numbers = set().union(*map(of, hit & placing[rule]))
                for first in hit & firsts:
                    seconds = seconds_of[first]
                    numbers.update([n for n in positions[first] if n < last and every[n + 1] in seconds])
            elif len(hit) == 1:  # one key: its words in order already, placed once
                (key,) = hit
                placed = at.get(key)
                if placed is None:
                    placed = at[key] = list(map(place, positions[key]))
                if placed:
                    found[rule] = placed  # (read only: shared by the rules it opens)
                continue
            else:
                numbers = set().union(*map(of, hit))
            if numbers:  # in order
                found[rule] = list(map(place, sorted(numbers)))
        return found

    def _opened_by(self, word: str) -> tuple[int, ...]:
        rules = tuple(self._whole.get(word, ()))
        for length in self._start_lengths:
            rules += tuple(self._starts.get(word[:length], ()))
        if len(self._opened) < 100_000:
            self._opened[word] = rules
        return rules


def openings_of(pattern: str, depth: int = 0) -> list[tuple[str, bool]] | None:
    """The screen's reading of a pattern's opening words, and also of a choice some
    of whose alternatives open with a choice of their own (`\\b(?:caught fire|(?:house|
    kitchen) fire)`): each alternative read as a pattern of its own, as is each
    branch of a choice at the top (`\\b...|\\b(?:(?:a|b) c|d)`). An optional group
    first opens with its words or with what follows it (`\\b(?:already )?(?:wrote|
    written)`: "already", "wrote", "written"), and a look-behind first opens with
    what follows it (it only narrows where that may match). Every rule read this
    way is tried at its words rather than searched through a whole story."""
    found = opening_words(pattern)
    if found is not None or depth > _DEPTH:
        return found
    branches = top_level_branches(pattern)
    if len(branches) > 1:
        found = []
        for branch in branches:
            inner = openings_of(branch, depth + 1)
            if inner is None:
                return None
            found += inner
        return found
    if not pattern.startswith("\\b(?:"):
        return None
    alternatives, after = split_group(pattern, 5)
    if alternatives is None or after[:1] in ("*", "{"):
        return None  # unbalanced, or a group repeated from nothing: other words may open
    found = []
    if after[:1] == "?":  # an optional group: its words, or what follows it
        after = after[2:] if after[1:2] in ("?", "+") else after[1:]
        inner = openings_of("\\b" + after, depth + 1)
        if inner is None:
            return None
        found += inner
    for alternative in alternatives:
        inner = openings_of("\\b" + _behind_dropped(alternative) + after, depth + 1)
        if inner is None:
            return None
        found += inner
    return found


_DEPTH = 6  # groups inside groups read at most this deep (else: unread, searched)


def _behind_dropped(alternative: str) -> str:
    """The alternative without the look-behinds it opens with (`(?<!throw )fit`)."""
    while alternative.startswith(("(?<!", "(?<=")):
        parts, rest = split_group(alternative, 4)
        if parts is None:
            return alternative
        alternative = rest
    return alternative
