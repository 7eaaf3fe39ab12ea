"""What a safety pattern cannot match without, told from the message's words.

`\\bi\\b(?: \\w+){0,2} (?:shook|threw|slapped)\\b` cannot match a message that holds
none of the words "shook", "threw", "slapped", however many "i"s it has; a Chinese
pattern `(?:冇反應|唔識郁)` cannot match one without the characters "冇反" or "唔識".
`needs` reads such requirements from a pattern: a list of clauses, each a set of
features of which the message must hold at least one. A message's features
(`Words`) are its words, the starts and ends of its words that some pattern names
(`\\bdiagnos\\w*`, `[0-9]+ ?ml\\b`), and for a message with Chinese its characters
and pairs of characters. Triage skips a pattern whose clause no feature meets: a
screen that may let through a message the pattern does not match, never one that
it does. `alternatives` splits a long choice into patterns screened one by one.

The reading is conservative: a construct it does not know (a flag, a
back-reference, an escape other than \\b \\w \\W \\s \\S \\d \\D and escaped
punctuation) makes the whole pattern need nothing, so it is always tried.
Folded text (`triage.fold`) is words of [a-z0-9] and Chinese split by single
spaces, with "." between sentences, so a word bounded by \\b or a space in the
pattern is a whole word of the message.
"""

from __future__ import annotations

import math
import re
from functools import cache
from itertools import accumulate, chain
from operator import add

_SPECIAL = set(".^$*+?{}[]\\|()")
_CLASS_ESCAPES = set("wWsSdD")
_ZERO_WIDTH_ESCAPES = set("bBAZ")
_BRACES = re.compile(r"\{([0-9]*)(?:,[0-9]*)?\}")
# A run of plain characters: read as one node (most of a pattern is words), for speed.
_LITERALS = re.compile(r"[^.^$*+?{}\[\]\\|()]+")
_QUANTIFIERS = "?*+{"


class Unreadable(ValueError):
    """A construct the reading does not know: the pattern needs nothing."""


# -- parsing: a small subset of Python's regular-expression syntax ---------------
# Nodes: ("lit", characters) for a run of literal characters, ("bound",) for \b, ("zero",) for other zero-width
# assertions, ("any",) for one character of a class, ("rep", node, least), and
# ("group", [branch, ...], [(start, end) of each branch], (start, end) of the whole,
# atomic) with each branch a list of nodes.


def parse(pattern: str) -> list:
    nodes, end, spans = _branches(pattern, 0)
    if end != len(pattern):
        raise Unreadable(pattern)
    return [("group", nodes, spans, (0, end), False)] if len(nodes) > 1 else nodes[0]


def _branches(pattern: str, i: int) -> tuple[list[list], int, list[tuple[int, int]]]:
    branches, current, spans, begin = [], [], [], i
    while i < len(pattern) and pattern[i] != ")":
        if pattern[i] == "|":
            branches.append(current)
            spans.append((begin, i))
            current, begin = [], i + 1
            i += 1
            continue
        literals = _LITERALS.match(pattern, i)
        if literals is not None:
            end = literals.end()
            if end < len(pattern) and pattern[end] in _QUANTIFIERS:
                end -= 1  # the last character is quantified: an atom of its own
            if end > i:
                current.append(("lit", pattern[i:end]))
                i = end
                continue
        node, i = _atom(pattern, i)
        node, i = _quantified(pattern, i, node)
        current.append(node)
    branches.append(current)
    spans.append((begin, i))
    return branches, i, spans


def _atom(pattern: str, i: int) -> tuple[tuple, int]:
    char = pattern[i]
    if char == "(":
        return _group(pattern, i)
    if char == "[":
        return ("any",), _class_end(pattern, i)
    if char == ".":
        return ("any",), i + 1
    if char in "^$":
        return ("zero",), i + 1
    if char == "\\":
        if i + 1 >= len(pattern):
            raise Unreadable(pattern)
        escaped = pattern[i + 1]
        if escaped == "b":
            return ("bound",), i + 2
        if escaped in _ZERO_WIDTH_ESCAPES:
            return ("zero",), i + 2
        if escaped in _CLASS_ESCAPES:
            return ("any",), i + 2
        if escaped.isalnum() or escaped == "_":
            raise Unreadable(pattern)  # \n, \1, \u...: not read
        return ("lit", escaped), i + 2
    if char in _SPECIAL:
        raise Unreadable(pattern)  # a quantifier with nothing before it, "{", "]"...
    return ("lit", char), i + 1


def _group(pattern: str, i: int) -> tuple[tuple, int]:
    start = i + 1
    lookaround = atomic = False
    if pattern.startswith("?", start):
        if pattern.startswith(("?:", "?>"), start):
            atomic = pattern.startswith("?>", start)
            start += 2
        elif pattern.startswith(("?=", "?!"), start):
            start, lookaround = start + 2, True
        elif pattern.startswith(("?<=", "?<!"), start):
            start, lookaround = start + 3, True
        elif pattern.startswith("?P<", start):
            close = pattern.find(">", start)
            if close < 0:
                raise Unreadable(pattern)
            start = close + 1
        else:
            raise Unreadable(pattern)  # flags, conditionals, back-references
    branches, end, spans = _branches(pattern, start)
    if end >= len(pattern) or pattern[end] != ")":
        raise Unreadable(pattern)
    if lookaround:
        return ("zero",), end + 1
    return ("group", branches, spans, (i, end + 1), atomic), end + 1


def _class_end(pattern: str, i: int) -> int:
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a "]" first is a literal
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[":
            raise Unreadable(pattern)  # nested sets: not read
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise Unreadable(pattern)


def _quantified(pattern: str, i: int, node: tuple) -> tuple[tuple, int]:
    if i >= len(pattern) or pattern[i] not in "?*+{":
        return node, i
    char = pattern[i]
    if char == "{":
        braces = _BRACES.match(pattern, i)
        if braces is None:
            raise Unreadable(pattern)  # "{" as a literal: not read
        least, i = int(braces.group(1) or 0), braces.end()
    else:
        least, i = (1 if char == "+" else 0), i + 1
    if i < len(pattern) and pattern[i] in "?+":
        i += 1  # lazy or possessive: the same characters are needed
    if node[0] in ("zero", "bound"):
        return ("zero",), i
    return ("rep", node, least), i


# -- what a parsed pattern needs ------------------------------------------------
# A clause is a frozenset of features; a message meets it when it holds one.


def needs(pattern: str, commonness=None) -> list[frozenset]:
    """The clauses a match of `pattern` meets (none: it may match anything).
    `commonness(feature)`: how often a message holds it (by default, guessed from
    its length); of a group's branches, the clause least often met stands for each."""
    try:
        clauses, _ = _sequence(parse(pattern), False, False, _coster(commonness))
    except (Unreadable, RecursionError):
        return []
    return list(dict.fromkeys(clauses))


def _coster(commonness):
    # fsum: a clause is a set, iterated in the process's hash order; a plain sum's
    # rounding then differs by process, and so would the pick between equal clauses
    # (a readings file written by one process would not match another's).
    if commonness is None:
        return lambda clause: math.fsum(1.0 + 4.0 / max(len(f), 1) for f in clause)
    return lambda clause: math.fsum(commonness(f) for f in clause)


def _sequence(nodes: list, left: bool, right: bool, cost) -> tuple[list[frozenset], bool]:
    """Clauses of a sequence, and whether it ends where a word character after it
    starts a word. `left`/`right`: a word character just before/after the
    sequence's own characters would end/start a word there (a \\b or a space)."""
    clauses: list[frozenset] = []
    run, run_left = "", left
    for k, node in enumerate(nodes):
        kind = node[0]
        if kind == "lit":
            run += node[1]
            continue
        after = nodes[k + 1] if k + 1 < len(nodes) else None
        if kind == "bound":
            clauses += _run_clauses(run, run_left, True)
            run, run_left = "", True
        elif kind == "zero":
            clauses += _run_clauses(run, run_left, False)
            run, run_left = "", False
        elif kind == "any":
            clauses += _run_clauses(run, run_left, False)
            run, run_left = "", False
        else:
            before = run_left if not run else run.endswith(" ")
            clauses += _run_clauses(run, run_left, False)
            right_of = _bounds_left(after) if after is not None else right
            if kind == "group":
                found, ends = _choice(node[1], before, right_of, cost)
                clauses += found
                run, run_left = "", ends
            else:  # a repeat: each repetition's context is unsure
                inner, least = node[1], node[2]
                ends = _ends_bounded(inner)
                if least >= 1:
                    found, _ = _choice(_branches_of(inner), before and ends, False, cost)
                    clauses += found
                    run, run_left = "", ends
                else:
                    run, run_left = "", before and ends
    clauses += _run_clauses(run, run_left, right)
    ends = run.endswith(" ") if run else run_left
    return clauses, ends


def _branches_of(node: tuple) -> list[list]:
    return node[1] if node[0] == "group" else [[node]]


def _choice(branches: list[list], left: bool, right: bool, cost) -> tuple[list[frozenset], bool]:
    """A group: one clause joining each branch's most telling one (when every
    branch has one), and whether every branch ends at a word's start."""
    picked, ends = [], True
    for branch in branches:
        found, branch_ends = _sequence(branch, left, right, cost)
        if len(branches) == 1:
            return found, branch_ends
        ends = ends and branch_ends
        picked.append(min(found, key=cost) if found else None)
    if any(p is None for p in picked):
        return [], ends
    return [frozenset().union(*picked)], ends


def _bounds_left(node: tuple) -> bool:
    """Whether a word character just before `node` must end a word there."""
    if node[0] == "bound":
        return True
    if node[0] == "lit":
        return node[1].startswith(" ")
    return False


def _ends_bounded(node: tuple) -> bool:
    """Whether a word character right after `node` must start a word."""
    if node[0] == "lit":
        return node[1].endswith(" ")
    if node[0] == "bound":
        return True
    if node[0] == "group":
        return all(branch and _ends_bounded(branch[-1]) for branch in node[1])
    return False


def _run_clauses(run: str, left: bool, right: bool) -> list[frozenset]:
    """A literal run's features, each a clause of its own: its words (a whole word
    where the run bounds it both sides, a word start or end where it bounds one,
    else letters inside a word), and the first two characters of any Chinese."""
    clauses = []
    pieces = run.split(" ")
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        starts = i > 0 or left
        ends = i < len(pieces) - 1 or right
        if not piece.isascii():
            clauses.append(frozenset([piece[:2]]))
        elif starts and ends:
            clauses.append(frozenset([piece]))
        elif starts:
            clauses.append(frozenset([PREFIX + piece]))
        elif ends:
            clauses.append(frozenset([SUFFIX + piece]))
        else:
            clauses.append(frozenset([INSIDE + piece]))
    return clauses


PREFIX = "^"  # marks a word start, as a feature: "^diagnos"
SUFFIX = "$"  # marks a word end: "$ml" (in `[0-9]+ ?ml\\b`)
INSIDE = "~"  # marks letters anywhere in a word: "~pills" (in `.{0,5}pills`)
_MARKS = (PREFIX, SUFFIX, INSIDE)


def leads(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (a rule of Chinese words,
    which opens at no Latin word, is then tried only where one stands); None when
    they cannot be read (a character class first, or a match that may be empty)."""
    try:
        found = _leads(parse(pattern))
    except (Unreadable, RecursionError):
        return None
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def _leads(nodes: list) -> tuple[set[str], bool] | None:
    """A sequence's first characters, and whether it may match nothing."""
    chars: set[str] = set()
    for node in nodes:
        found = _lead(node)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _lead(node: tuple) -> tuple[set[str], bool] | None:
    kind = node[0]
    if kind == "lit":
        return {node[1][0]}, False
    if kind in ("bound", "zero"):  # zero-width: the next node starts the match
        return set(), True
    if kind == "rep":
        found = _lead(node[1])
        return None if found is None else (found[0], found[1] or node[2] == 0)
    if kind == "group":
        chars, empty = set(), False
        for branch in node[1]:
            found = _leads(branch)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    return None  # a character class or any character: not read


def alternatives(pattern: str) -> list[str]:
    """Patterns one of which matches wherever `pattern` does, and only there: its
    top-level branches, each with its largest choice of words spelt out
    (`\\b(?:a|b c)\\b` -> `\\b(?:a)\\b`, `\\b(?:b c)\\b`). Each needs more than the
    whole, so fewer are searched. A choice inside a repeat or an atomic group is
    kept whole (there, one branch matching is not the same as the group matching);
    an unreadable pattern is kept as it is."""
    try:
        top = parse(pattern)
    except (Unreadable, RecursionError):
        return [pattern]
    if (
        len(top) == 1
        and top[0][0] == "group"
        and len(top[0][1]) > 1
        and top[0][3] == (0, len(pattern))
    ):
        pieces = [pattern[start:end] for start, end in top[0][2]]
    else:
        pieces = [pattern]
    spelt = []
    for piece in pieces:
        try:
            nodes = parse(piece)
        except (Unreadable, RecursionError):
            spelt.append(piece)
            continue
        groups = [_choice_in(n) for n in nodes]
        groups = [n for n in groups if n[0] == "group" and len(n[1]) > 1 and not n[4]]
        if not groups:
            spelt.append(piece)
            continue
        group = max(groups, key=lambda n: len(n[1]))
        (start, end), before, after = group[3], "", ""
        before, after = piece[:start], piece[end:]
        spelt += _spelt(piece, group, before, after)
    return spelt


def _choice_in(node: tuple) -> tuple:
    """The choice a group of one branch holding only that choice wraps (a concept
    filled into a group, `(?:(?:a|b))`), else the node."""
    while node[0] == "group" and len(node[1]) == 1 and len(node[1][0]) == 1 and not node[4]:
        node = node[1][0][0]
    return node


def _spelt(piece: str, group: tuple, before: str, after: str) -> list[str]:
    """Each branch of `group` (a choice of `piece`) between `before` and `after`; a
    branch that is itself only a choice (a concept inside a concept: `(?:a|(?:b|c))`)
    gives its own branches, which need more than it: searching a choice of some
    thirty phrases where one of its words stands costs as much as all of them."""
    spelt = []
    for (a, b), branch in zip(group[2], group[1], strict=True):
        inner = _choice_in(branch[0]) if len(branch) == 1 else None
        if inner is not None and inner[0] == "group" and len(inner[1]) > 1 and not inner[4]:
            spelt += _spelt(piece, inner, before, after)
        else:
            spelt.append(f"{before}(?:{piece[a:b]}){after}")
    return spelt


class Reader:
    """Reads folded messages into `Words`, knowing which word starts and ends matter
    (those the clauses name, and `starts`: the word starts that open rules)."""

    def __init__(self, clauses: list[frozenset], starts: set[str] = frozenset()):
        features = {f for clause in clauses for f in clause}
        named = {f[len(PREFIX) :] for f in features if f.startswith(PREFIX)}
        self._starts = frozenset(named | set(starts))
        self._start_lengths = sorted({len(s) for s in self._starts})
        self._ends = frozenset(f[len(SUFFIX) :] for f in features if f.startswith(SUFFIX))
        self._end_lengths = sorted({len(s) for s in self._ends})
        self._insides = sorted({f[len(INSIDE) :] for f in features if f.startswith(INSIDE)})
        self._parts: dict[str, tuple[str, ...]] = {}  # word -> its parts that matter

    def read(self, text: str) -> Words:
        return Words(text, self._parts, self._parts_of)

    def read_also(self, words: Words) -> set[str]:
        """The features this reader would read in the text `words` was read from (by
        another reader), found from `words` rather than by reading the text again:
        `words.features` (the words and, for Chinese, the characters and their pairs,
        as this reader reads them) with the starts, ends and insides of its words that
        this reader's clauses name. The word parts only the other reader knows name
        none of this reader's clauses, so they change no look-up of its clauses."""
        known, parts_of = self._parts, self._parts_of
        distinct = words.distinct
        found = list(map(known.get, distinct))
        if None in found:
            found = [p if p is not None else parts_of(w) for w, p in zip(distinct, found, strict=True)]
        # Most messages hold no word part this reader knows: then `words.features`
        # itself (read only; no copy of a long story's hundred features).
        if not any(found) or words.features.issuperset(chain.from_iterable(found)):
            return words.features
        features = set(words.features)
        features.update(*found)
        return features

    def _parts_of(self, word: str) -> tuple[str, ...]:
        """Those of the word's starts ("^diagnos"), ends ("$ml") and insides ("~pills")
        that matter; remembered."""
        length = len(word)
        keys = tuple(
            PREFIX + word[:n]
            for n in self._start_lengths
            if n <= length and word[:n] in self._starts
        )
        keys += tuple(
            SUFFIX + word[-n:] for n in self._end_lengths if n <= length and word[-n:] in self._ends
        )
        keys += tuple(INSIDE + part for part in self._insides if part in word)
        if len(self._parts) < 100_000:
            self._parts[word] = keys
        return keys


class Words:
    """A folded message's words (split at single spaces), where each stands, and
    its features: the words, the word starts and ends that matter ("^diagnos",
    "$ml") and, for a message with Chinese, its characters and their pairs."""

    def __init__(self, text: str, known: dict[str, tuple[str, ...]], parts_of):
        self.words = text.split(" ")
        self._positions: dict[str, list[int]] = {}
        self._offsets: list[int] | None = None
        present = set(self.words)
        present.discard("")
        # word -> its parts that matter (maybe none), looked up in one pass (`map`, not
        # a loop: a long story has some sixty words); a word not yet read is read now
        distinct = self.distinct = list(present)
        found = list(map(known.get, distinct))
        if None in found:
            found = [
                p if p is not None else parts_of(w) for w, p in zip(distinct, found, strict=True)
            ]
        self._parts = dict(zip(distinct, found, strict=True))
        features = present
        features.update(*found)
        if not text.isascii():
            features.update(text)
            features.update(map(add, text, text[1:]))  # each pair of characters
        self.features = features

    def positions(self, keys: set[str]) -> dict[str, list[int]]:
        """Each of `keys` (words, or parts of words that matter) -> the numbers of
        the words it is or is in, in order (remembered for the next rules placed)."""
        found = self._positions
        new = {key: [] for key in keys if key not in found}
        if new:
            parts = self._parts
            # a word's parts read only when a part is asked for (a word is never marked)
            if not any(key[:1] in _MARKS for key in new):
                parts = {}
            for number, word in enumerate(self.words):
                if word in new:
                    new[word].append(number)
                if word in parts:
                    for part in parts[word]:
                        if part in new:
                            new[part].append(number)
            found.update(new)
        return found

    @property
    def offsets(self) -> list[int]:
        """Where each word starts in the text."""
        if self._offsets is None:
            # word i starts after the i words before it and their i spaces (`map`: no
            # Python call per word)
            lengths = accumulate(map(len, self.words), initial=0)
            self._offsets = list(map(add, lengths, range(len(self.words) + 1)))
        return self._offsets


def met(clauses: list[frozenset], features: set[str]) -> bool:
    """Whether the message meets every clause (the pattern may match)."""
    for clause in clauses:  # a loop, not all(): no generator per call
        if clause.isdisjoint(features):
            return False
    return True


class Index:
    """Which of many requirements (one list of clauses each: a rule's) a message
    meets, found from its features: each is filed under the features of its most
    telling clause, and its other clauses checked only when one of those stands."""

    def __init__(self, requirements: list[list[frozenset]], commonness=None):
        cost = _coster(commonness)
        self._always: list[int] = []
        self._filed: dict[str, list[int]] = {}
        self._others: list[list[frozenset]] = []
        for number, clauses in enumerate(requirements):
            if not clauses:
                self._always.append(number)
                self._others.append([])
                continue
            # least often met first (a stable sort: the first such clause, as `min`
            # picks), each clause's cost worked out once: filed under that clause, the
            # others checked in that order (most requirements fail at the first)
            key, *others = sorted(clauses, key=cost)
            for feature in key:
                self._filed.setdefault(feature, []).append(number)
            self._others.append(others)
        self._keys = frozenset(self._filed)
        # The last message's features and what they meet: a concept is looked up in
        # several sentences of one message (its features, the same set object, held
        # here so its identity cannot pass to another message's set).
        self._last: tuple[set[str] | None, tuple[int, ...]] = (None, ())

    def met(self, features: set[str]) -> tuple[int, ...]:
        """The requirements (by number, in order) whose every clause `features` meets
        (`features` must not change once looked up: a message's `Words.features`)."""
        last = self._last
        if last[0] is features:
            return last[1]
        # The features filed that the message holds, read in one pass (most messages
        # hold none: two thirds of the concepts' look-ups; a hit was read twice, by
        # `isdisjoint` and then `&`).
        held = self._keys & features
        if not held and not self._always:
            self._last = (features, ())
            return ()
        found = set(self._always)
        found.update(*map(self._filed.__getitem__, held))  # no loop
        others, kept = self._others, []
        for number in found:
            for clause in others[number]:
                if clause.isdisjoint(features):
                    break
            else:
                kept.append(number)
        kept.sort()
        self._last = (features, tuple(kept))
        return self._last[1]


def commonness_of(model):
    """How often a message of the model's corpus holds a feature of `needs` (a word,
    a word start, Chinese characters), from the model's idf; None without a model.
    It only chooses what a rule is filed under: any choice screens soundly."""
    if model is None:
        return None
    vocabulary, idf = model.vocabulary, model.idf
    rarest = math.exp(1.0 - float(idf.max()))

    @cache
    def often(feature: str) -> float:
        if feature.startswith(PREFIX):
            term = " " + feature[len(PREFIX) :][:3]  # the word starts with these
        elif feature.startswith(SUFFIX):
            term = feature[len(SUFFIX) :][-3:] + " "  # ends with these
        elif feature.startswith(INSIDE):
            term = feature[len(INSIDE) :][:4]  # holds these (one letter: every message)
            if len(term) < 2:
                return 1.0
        elif feature.isascii():
            term = "w " + feature
        else:
            term = "c " + feature if len(feature) == 1 else feature[:2]
        column = vocabulary.get(term)
        return rarest if column is None else math.exp(1.0 - float(idf[column]))

    return often
