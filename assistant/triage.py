"""Safety triage: runs before retrieval on every message and wins over any answer.

The rules and texts are data (`knowledge/.../safety.yaml`), reviewed by a
counsellor; this module only matches them. Matching is deliberately generous:
typos are corrected towards the rules' own words, and a message is escalated if
any part of it matches, however ordinary the rest.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Checked in this order: the first category that matches decides.
ESCALATE = ("child_emergency", "caregiver_crisis")
REFER = ("medical",)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_LEXICON_WORD = re.compile(r"[a-z]{5,}")
TYPO_CUTOFF = 85


@dataclass(frozen=True)
class TriageResult:
    """What the safety check decided: `kind` is "escalate", "refer" or None (go on)."""

    kind: str | None
    category: str | None = None
    rule: str | None = None
    also: tuple[str, ...] = ()


SAFE = TriageResult(None)


def triage_text(message: str) -> str:
    """Lowercase words separated by single spaces, apostrophes dropped (can't -> cant)."""
    text = unicodedata.normalize("NFKC", message).lower()
    text = text.replace("'", "").replace("\u2019", "").replace("\u2018", "")
    return " " + _NON_WORD.sub(" ", text).strip() + " "


class Triage:
    """Compiled safety rules. `known_words` are words never treated as typos."""

    def __init__(self, safety: dict, known_words: frozenset[str] = frozenset()):
        rules = safety.get("rules", {}) or {}
        self.rules: dict[str, list[tuple[str, list[re.Pattern], list[re.Pattern]]]] = {}
        lexicon: set[str] = set()
        self._screen: dict[str, re.Pattern | None] = {}
        for category in (*ESCALATE, *REFER):
            compiled = []
            for name, rule in (rules.get(category) or {}).items():
                required, unless = (
                    (rule.get("all", []), rule.get("unless", []))
                    if isinstance(rule, dict)
                    else (rule, [])
                )
                compiled.append(
                    (name, [re.compile(p) for p in required], [re.compile(p) for p in unless])
                )
                for pattern in required:
                    lexicon.update(_LEXICON_WORD.findall(re.sub(r"\\[a-z]", " ", pattern)))
            self.rules[category] = compiled
            # Every rule needs its first pattern: one combined search rules a category
            # out for most messages, in one pass instead of one per rule.
            firsts = [
                f"(?:{(r.get('all') if isinstance(r, dict) else r)[0]})"
                for r in (rules.get(category) or {}).values()
            ]
            self._screen[category] = re.compile("|".join(firsts)) if firsts else None
        self.lexicon = sorted(lexicon)
        self._exact = (
            frozenset(lexicon)
            | known_words
            | frozenset(w for phrase in safety.get("not_typos", []) for w in phrase.split())
        )
        self._corrections: dict[str, str] = {}
        self._recent: dict[str, TriageResult] = {}

    def check(self, message: str) -> TriageResult:
        """Triage one message. Cost: a few regular expressions, no retrieval.

        Remembered for recent messages: the web layer asks once to exempt an
        emergency from rate limits and the engine again to answer it."""
        result = self._recent.get(message)
        if result is None:
            result = self._check(message)
            if len(self._recent) >= 4096:
                self._recent.clear()
            self._recent[message] = result
        return result

    def _check(self, message: str) -> TriageResult:
        text = self._corrected(triage_text(message))
        matched = [(c, r) for c in ESCALATE if (r := self._match(c, text))]
        if matched:
            category, rule = matched[0]
            return TriageResult("escalate", category, rule, tuple(c for c, _ in matched[1:]))
        for category in REFER:
            if rule := self._match(category, text):
                return TriageResult("refer", category, rule)
        return SAFE

    def _match(self, category: str, text: str) -> str | None:
        screen = self._screen.get(category)
        if screen is None or not screen.search(text):
            return None
        for name, required, unless in self.rules.get(category, ()):
            if all(p.search(text) for p in required) and not any(p.search(text) for p in unless):
                return name
        return None

    def _corrected(self, text: str) -> str:
        words = text.split()
        fixed = [self._correct(w) for w in words]
        return text if fixed == words else " " + " ".join(fixed) + " "

    def _correct(self, word: str) -> str:
        """The rule word a misspelling stands for ("breating" -> "breathing"), else itself."""
        if len(word) < 5 or word in self._exact or word.isdigit():
            return word
        cached = self._corrections.get(word)
        if cached is None:
            best = process.extractOne(
                word, self.lexicon, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            # Same first letter: a real word one letter away ("frowning") is not a typo.
            cached = best[0] if best and best[0][0] == word[0] else word
            if len(self._corrections) < 100_000:
                self._corrections[word] = cached
        return cached
