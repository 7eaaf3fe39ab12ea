"""A regular expression compiled the first time it is used, not when it is made.

The safety triage holds about 1,200 patterns (its rules with their concepts filled
in, 190,000 characters), and compiling them all took 0.4 s of CPU at each start of
every process, though a message reaches only the handful of rules whose words it
holds (`needs.py`, `openings.py`). Each is compiled by Python's `re` on its first
search instead, once per process; a pattern no message reaches costs nothing.
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
        return re.compile(self.pattern)

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        return self.compiled.match(text, pos)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
