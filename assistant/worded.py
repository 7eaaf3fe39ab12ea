"""A pattern searched as its alternatives, each screened by the message's words alone.

`triage.Screened` screens each alternative of a long pattern by what it needs, read
by a reader that knows every word start, end and inside its clauses name. A pattern
searched only on a few messages (who is harmed and who acts, read when several kinds
of rule matched) should add nothing to the reader of every message, and a second
reader costs a read of the message. `Worded` screens by what needs no reader: whole
words, and for a message with Chinese its characters and their pairs (a message's
features hold every one of those). A clause naming a word's start, end or inside
counts as met. A message meeting no alternative so screened holds no match, so the
search finds what `re.search` of the whole pattern finds (one of the alternatives
matches wherever the pattern does, `needs.alternatives`), but searches only the
alternatives whose words stand in the message: a search of the whole pattern walks
a program of some thousands of characters, most of it out of the processor's cache
on a busy server.
"""

from __future__ import annotations

from .lazy_pattern import LazyPattern
from .needs import INSIDE, PREFIX, SUFFIX, Index
from .readings import Readings

_MARKS = (PREFIX, SUFFIX, INSIDE)


def _worded(clause: frozenset) -> bool:
    """Whether a clause names only whole words and Chinese characters."""
    return not any(f[:1] in _MARKS for f in clause)


class Worded:
    """`pattern`'s alternatives, each searched only where the message's words meet
    its clauses of whole words and Chinese characters."""

    def __init__(self, pattern: str, readings: Readings):
        self.pattern = pattern
        parts = readings.alternatives(pattern)
        self.parts = [LazyPattern(p) for p in parts]
        needs = [[c for c in readings.needs(p) if _worded(c)] for p in parts]
        self._index = Index(needs, readings.commonness)

    def found(self, text: str, features: set[str]) -> bool:
        """Whether `pattern` matches `text` (a folded message whose features, as
        `needs.Words` reads them, are `features`)."""
        parts = self.parts
        for n in self._index.met(features):
            if parts[n].compiled.search(text):
                return True
        return False
