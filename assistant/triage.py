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

from knowledge.safety import CATEGORIES, GUIDED

from .normalize import word_runs
from .screen import Screen

# Checked in this order: the first category that matches decides. The categories
# with guidance texts escalate; the rest refer to a doctor.
ESCALATE = GUIDED
REFER = tuple(c for c in CATEGORIES if c not in GUIDED)
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
    if message.isascii():  # most messages: the normaliser's byte table, not a regex
        return " " + " ".join(word_runs(message.lower().replace("'", ""))) + " "
    return triage_text_any(message)


def triage_text_any(message: str) -> str:
    """`triage_text` for any text (the general path)."""
    text = unicodedata.normalize("NFKC", message).lower()
    text = text.replace("'", "").replace("\u2019", "").replace("\u2018", "")
    return " " + _NON_WORD.sub(" ", text).strip() + " "


class Triage:
    """Compiled safety rules. `known_words` are words never treated as typos."""

    def __init__(self, safety: dict, known_words: frozenset[str] = frozenset()):
        rules = safety.get("rules", {}) or {}
        # Every rule of every category, in the order they are checked.
        self.rules: list[tuple[str, str, list[re.Pattern], list[re.Pattern]]] = []
        lexicon: set[str] = set()
        for category in (*ESCALATE, *REFER):
            for name, rule in (rules.get(category) or {}).items():
                required, unless = (
                    (rule.get("all", []), rule.get("unless", []))
                    if isinstance(rule, dict)
                    else (rule, [])
                )
                self.rules.append(
                    (
                        category,
                        name,
                        [re.compile(p) for p in required],
                        [re.compile(p) for p in unless],
                    )
                )
                for pattern in required:
                    lexicon.update(_LEXICON_WORD.findall(re.sub(r"\\[a-z]", " ", pattern)))
        # The words that can open each rule's first pattern tell which rules are worth
        # trying on a message: for most messages, a handful.
        self._screen = Screen([required[0].pattern for _, _, required, _ in self.rules])
        # A misspelling keeps its first letter: only those rule words are compared.
        self._lexicon: dict[str, list[str]] = {}
        for word in sorted(lexicon):
            self._lexicon.setdefault(word[0], []).append(word)
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
            result = self.decide(message)
            if len(self._recent) >= 4096:
                self._recent.clear()
            self._recent[message] = result
        return result

    def decide(self, message: str) -> TriageResult:
        """`check` without remembering: the rules applied afresh."""
        text = self._corrected(triage_text(message))
        matched: dict[str, str] = {}  # category -> its first matching rule
        for number in self._screen.candidates(text.split()):
            category, name, required, unless = self.rules[number]
            if category in matched or (category in REFER and matched):
                continue  # decided already; an escalation outranks any referral
            if all(p.search(text) for p in required) and not any(p.search(text) for p in unless):
                matched[category] = name
        escalated = [c for c in ESCALATE if c in matched]
        if escalated:
            first = escalated[0]
            return TriageResult("escalate", first, matched[first], tuple(escalated[1:]))
        for category in REFER:
            if category in matched:
                return TriageResult("refer", category, matched[category])
        return SAFE

    def _corrected(self, text: str) -> str:
        words = text.split()
        known = self._corrections  # one look-up per word once a word has been seen
        fixed = [known.get(w) or self._correct(w) for w in words]
        return text if fixed == words else " " + " ".join(fixed) + " "

    def _correct(self, word: str) -> str:
        """The rule word a misspelling stands for ("breating" -> "breathing"), else
        itself; remembered."""
        corrected = word
        if len(word) >= 5 and word not in self._exact and not word.isdigit():
            best = process.extractOne(
                word, self._lexicon.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
            )
            if best:
                corrected = best[0]
        if len(self._corrections) < 100_000:
            self._corrections[word] = corrected
        return corrected
