"""Safety triage: runs before retrieval on every message and wins over any answer.

The rules and texts are data (`knowledge/.../safety.yaml`), reviewed by a
counsellor; this module matches them and asks the learned model
(`safety_model.py`) about whatever no rule names. Matching is generous: texting
spellings are spelt out, typos corrected towards the rules' own words, and a
message escalates if any sentence of it matches, however ordinary the rest.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.safety import DANGER_GROUPS, PREVENTABLE_GROUPS, expand_concepts

from .chinese import to_traditional
from .english_words import english_words
from .openings import Openings
from .safety_model import SafetyModel

_LEXICON_WORD = re.compile(r"[a-z]{5,}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Sentences end at . ! ? ; and new lines (not inside "38.5"), and at Chinese stops.
_SENTENCE_END = re.compile(r"(?:[.!?;]+(?=\s|$)|[\n\r]+|[。！？；]+)")
_NON_WORD = re.compile(r"[^a-z0-9\u3400-\u9fff\uf900-\ufaff]+")
_SCRIPT_GAP = re.compile(r"(?<=[a-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[a-z0-9])")
_DIGIT_WORD = re.compile(r"(?<=[0-9])(?=[a-z])")
TYPO_CUTOFF = 85
# The model's danger probability that escalates a message a medical rule matched
# (at 0.98 "my baby vomited after his feed" of the team's set escalates).
MEDICAL_THRESHOLD = 0.99
# The model's medical probability that refers a message no rule names (chosen on
# half of the development messages: none of their answerable questions reach it).
MEDICAL_REFERRAL = 0.3
_WORD_RUN = re.compile(r"\\w\+(?=[ )]|\\b)")
SEPARATOR = " . "  # between sentences: no `\b...( \w+)` pattern reaches across it


@dataclass(frozen=True)
class TriageResult:
    """What the safety check decided: `kind` is "escalate", "refer" or None (go on);
    `support` asks for the gentle support note; `lang` is "en" or "zh"."""

    kind: str | None
    category: str | None = None
    rule: str | None = None
    also: tuple[str, ...] = ()
    group: str | None = None
    support: bool = False
    lang: str = "en"

    @property
    def reason(self) -> str | None:
        """What counsellors see: "category/rule" ("breathing/indrawing", "burns/classifier")."""
        return f"{self.category}/{self.rule}" if self.category else None


SAFE = TriageResult(None)


def fold(text: str) -> str:
    """One sentence as the rules read it: lowercase, full-width to half-width,
    Simplified to Traditional, apostrophes dropped, other punctuation as spaces,
    Latin and Chinese runs apart ("bb唔識" -> "bb 唔識")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if _CJK.search(text):
            text = to_traditional().convert(text)  # made on the first one
        text = text.replace("\u2019", "").replace("\u2018", "")
    text = text.lower().replace("'", "")
    text = _NON_WORD.sub(" ", text)
    if not text.isascii():
        text = _SCRIPT_GAP.sub(" ", text)
    return _DIGIT_WORD.sub(" ", text).strip()  # "2wk" -> "2 wk", "38c" -> "38 c"


def sentences(message: str) -> list[str]:
    """The message's sentences, folded (empty ones dropped)."""
    return [s for s in (fold(part) for part in _SENTENCE_END.split(message)) if s]


def language(message: str) -> str:
    return "zh" if _CJK.search(message) else "en"


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    required: tuple[re.Pattern, ...]
    unless: tuple[re.Pattern, ...]
    chinese: bool  # has Chinese text: worth trying only on a message with some


class Triage:
    """Compiled safety rules and the learned model. `known_words` are words never
    treated as typos (the dictionary's are never, either)."""

    def __init__(
        self,
        safety: dict,
        known_words: frozenset[str] = frozenset(),
        model: SafetyModel | None = None,
    ):
        concepts = expand_concepts(safety.get("concepts") or {})
        self.model = model
        self.texting = {k: str(v) for k, v in (safety.get("texting") or {}).items()}
        self.group = {c: spec["group"] for c, spec in (safety.get("categories") or {}).items()}
        self.danger = _compile(
            [(c, spec.get("rules") or {}) for c, spec in safety.get("categories", {}).items()],
            concepts,
        )
        self.medical = _compile([("medical", safety.get("medical") or {})], concepts)
        # The words that can open each rule's first pattern tell which rules are
        # worth trying on a message (for most messages, a handful) and at which of
        # its words: a rule is tried there only, not at every character.
        self._openings = {
            id(rules): Openings([r.required[0].pattern for r in rules])
            for rules in (self.danger, self.medical)
        }
        distress = safety.get("distress") or {}
        self.distress = [re.compile(p) for ps in distress.values() for p in ps]
        self.hypothetical = _either(concepts, "hypothetical")
        self.happening = _either(concepts, "happening")
        self.urgent = _either(concepts, "urgent")
        self.frame = _either(concepts, "parenting_frame")
        self.settled = _either(concepts, "settled")
        self.settles = {
            c for c, spec in (safety.get("categories") or {}).items() if spec.get("settles")
        }
        lexicon: set[str] = set()
        for rule in self.danger + self.medical:
            for pattern in rule.required:
                lexicon.update(_LEXICON_WORD.findall(re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)))
        self._lexicon: dict[str, list[str]] = {}
        for word in sorted(lexicon):
            self._lexicon.setdefault(word[0], []).append(word)
        self._known = (
            known_words
            | frozenset(self.texting)
            | frozenset(w for phrase in safety.get("not_typos", []) for w in phrase.split())
        )
        self._corrections: dict[str, str] = {}
        self._recent: dict[str, TriageResult] = {}
        # Loaded now, not on a parent's first message. The Simplified-to-Traditional
        # converter (43 MB) waits for the first Chinese text: a server whose knowledge
        # holds Chinese builds it at start (web.serving), an English one may never.
        _dictionary()

    # -- deciding --------------------------------------------------------
    def check(self, message: str) -> TriageResult:
        """Triage one message, remembered for recent messages: the web layer asks once
        to exempt an emergency from rate limits and the engine again to answer it."""
        result = self._recent.get(message)
        if result is None:
            result = self.decide(message)
            if len(self._recent) >= 4096:
                self._recent.clear()
            self._recent[message] = result
        return result

    def decide(self, message: str) -> TriageResult:
        """`check` without remembering: the rules and the model applied afresh."""
        lang = language(message)
        folded = sentences(message)
        parts = [self._spelt_out(s) for s in folded]
        text = " " + SEPARATOR.join(parts) + " "
        chinese = lang == "zh"
        matched = self._matches(self.danger, text, parts, chinese, first_only=False)
        support = any(p.search(text) for p in self.distress)
        if matched:
            (category, rule), *others = matched
            also = tuple(dict.fromkeys(c for c, _ in others if c != category))
            return TriageResult(
                "escalate", category, rule, also, self.group[category], support, lang
            )
        medical = self._matches(self.medical, text, parts, chinese, first_only=True)
        scores = self.model.scores(" ".join(folded)) if self.model else None
        if scores is not None:
            category = scores.danger_category
            # A question naming symptoms is a medical one unless the model is sure;
            # one that says it is happening now ("already") or asks about A&E is not.
            calm = medical and not self.happening.search(text) and not self.urgent.search(text)
            threshold = MEDICAL_THRESHOLD if calm else self.model.threshold
            if scores.danger >= threshold and not self._prevented(self.group[category], text):
                return TriageResult(
                    "escalate", category, "classifier", (), self.group[category], support, lang
                )
            support = support or scores.distress >= self.model.support_threshold
            support = support or scores.danger >= self.model.support_threshold
        # The model reads medical words; a question about feelings, play or routine
        # around them ("she is scared of the doctor") is not referred on its say.
        if (
            not medical
            and scores is not None
            and scores.medical >= MEDICAL_REFERRAL
            and not self.frame.search(text)
        ):
            medical = [("medical", "classifier")]
        if medical:
            return TriageResult("refer", "medical", medical[0][1], support=support, lang=lang)
        return TriageResult(None, support=support, lang=lang) if support else SAFE

    def _matches(self, rules, text, parts, chinese, first_only):
        """(category, rule) of every rule that matches, in order."""
        found = []
        openings = self._openings[id(rules)]
        where = openings.at(text)  # the rules the message's words open, and where
        for number in sorted([*where, *openings.unreadable]):
            rule = rules[number]
            if rule.chinese and not chinese:
                continue
            offsets = where.get(number) if openings.readable[number] else None
            if self._rule_matches(rule, text, parts, offsets):
                found.append((rule.category, rule.name))
                if first_only:
                    break
        return found

    def _rule_matches(self, rule: Rule, text: str, parts: list[str], offsets=None) -> bool:
        """All of the rule's patterns match the message, and some sentence where the
        first one does is free of its `unless` patterns and of prevention talk.
        `offsets`: where the first pattern can start (None: anywhere)."""
        first, *rest = rule.required
        if offsets is None:
            matches = first.finditer(text)
        else:
            matches = filter(None, (first.match(text, at) for at in offsets))
        opening = next(matches, None)
        if opening is None or not all(p.search(text) for p in rest):
            return False
        group = self.group.get(rule.category)
        for found in (opening, *matches):
            sentence = _sentence_at(text, found.start(), found.end())
            if any(p.search(sentence) for p in rule.unless):
                continue
            if self._prevented(group, sentence):
                continue
            if rule.category in self.settles and self._settled(sentence):
                continue
            return True
        return False

    def _prevented(self, group: str | None, sentence: str) -> bool:
        """A question about preventing or handling a danger, not one happening."""
        return (
            group in PREVENTABLE_GROUPS
            and self.hypothetical.search(sentence) is not None
            and self.happening.search(sentence) is None
        )

    def _settled(self, sentence: str) -> bool:
        """A danger told as over, or as a game: "but she's fine now", "last year"."""
        return self.settled.search(sentence) is not None and self.happening.search(sentence) is None

    # -- spelling --------------------------------------------------------
    def _spelt_out(self, sentence: str) -> str:
        words = sentence.split()
        fixed = [self._word(w) for w in words]
        return sentence if fixed == words else " ".join(fixed)

    def _word(self, word: str) -> str:
        known = self._corrections.get(word)
        if known is None:
            known = self.texting.get(word) or self._correct(word)
            if len(self._corrections) < 100_000:
                self._corrections[word] = known
        return known

    def _correct(self, word: str) -> str:
        """The rule word a misspelling stands for ("breating" -> "breathing"), else
        itself. A dictionary word is never changed ("dose", "shot"), nor a misspelling
        that one edit makes into another word ("securty" -> "security")."""
        if len(word) < 5 or not word.isascii() or word.isdigit() or word in self._known:
            return word
        if _dictionary().known([word]):
            return word
        best = process.extractOne(
            word, self._lexicon.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if not best:
            return word
        if OSA.distance(word, best[0]) <= 1 and _dictionary().known([best[0]]):
            return best[0]  # the rule word is itself one edit away: the nearest word
        nearby = _dictionary().known(_dictionary().edit_distance_1(word))
        return best[0] if not nearby or best[0] in nearby else word


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` (sentences joined by SEPARATOR) around a match."""
    begin = text.rfind(SEPARATOR, 0, start)
    finish = text.find(SEPARATOR, end)
    return text[begin + 1 if begin >= 0 else 0 : finish if finish >= 0 else len(text)]


def _dictionary():
    """English words (pyspellchecker's frequency list, stored compactly): never corrected."""
    return english_words()


def _compile(categories: list[tuple[str, dict]], concepts: dict[str, str]) -> list[Rule]:
    rules = []
    for category, named in categories:
        for name, rule in named.items():
            required, unless = (
                (rule.get("all", []), rule.get("unless", []))
                if isinstance(rule, dict)
                else (rule, [])
            )
            required = [_fill(p, concepts) for p in required]
            rules.append(
                Rule(
                    category,
                    name,
                    tuple(re.compile(p) for p in required),
                    tuple(re.compile(_fill(p, concepts)) for p in unless),
                    any(not p.isascii() for p in required),
                )
            )
    return rules


def _either(concepts: dict[str, str], name: str) -> re.Pattern:
    """A concept's English words (whole words) or its Chinese ones (`name_zh`)."""
    parts = []
    if name in concepts:
        parts.append(r"\b" + concepts[name] + r"\b")
    if f"{name}_zh" in concepts:
        parts.append(concepts[f"{name}_zh"])
    return re.compile("|".join(parts) or "(?!)")


def _fill(pattern: str, concepts: dict[str, str]) -> str:
    """The pattern with its concepts filled in, and each word run that must end at
    a space, a group's end or a word boundary made possessive (`\\w++`): it never
    gives back letters, which saves backtracking and changes no match."""
    pattern = re.sub(r"\{([a-z_]+)\}", lambda m: concepts.get(m.group(1), m.group(0)), pattern)
    return _WORD_RUN.sub(r"\\w++", pattern)


__all__ = ["DANGER_GROUPS", "SAFE", "Triage", "TriageResult", "fold", "language", "sentences"]
