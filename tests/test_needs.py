"""The triage's screen of what a pattern needs (assistant/needs.py): it may let a
message through that a pattern does not match, never skip one that it does."""

import random
import re

import pytest

from assistant.needs import INSIDE, PREFIX, SUFFIX, Reader, alternatives, met, needs
from assistant.safety_model import load_corpus
from assistant.triage import SEPARATOR, Branches, Triage, sentences
from knowledge import load_knowledge

from .decisions import escalated, not_escalated


def folded(triage, message: str) -> str:
    return " " + SEPARATOR.join(triage._spelt_out(s) for s in sentences(message)) + " "


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        # whole words where \b or a space bounds them, the likeliest of each choice
        (r"\bi\b(?: \w+){0,2} (?:shook|threw)\b", [{"i"}, {"shook", "threw"}]),
        (r"\b(?:not|hasnt had a)\b (?:wet )?(?:nappy|wee)\b", [{"not", "hasnt"}, {"nappy", "wee"}]),
        (r"\bdiagnos\w*", [{PREFIX + "diagnos"}]),  # a word start
        (r"[0-9]+ ?(?:ml|mg)\b", [{SUFFIX + "ml", SUFFIX + "mg"}]),  # word ends
        (r"(?:fever|temp)", [{INSIDE + "fever", INSIDE + "temp"}]),  # letters in a word
        (r"\b(?:already )?(?:written|wrote) the\b", [{"written", "wrote"}, {"the"}]),
        (r"(?:唔識郁|冇反應)", [{"唔識", "冇反"}]),  # Chinese: two characters of each
        (r"\bfever|\btemp\b", [{PREFIX + "fever", "temp"}]),
    ],
)
def test_needs_reads_words_a_match_must_hold(pattern, needed):
    assert [set(c) for c in needs(pattern)] == needed


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(\w+) \1 blue\b",  # a back-reference: not read at all
        r"(?i)\bblue\b",  # flags: not read at all
        r"\bblue\b|\w+",  # a branch that needs nothing
        r"\b(?:blue)?\w*",  # nothing but an optional word
    ],
)
def test_needs_claims_nothing_it_cannot_read(pattern):
    assert needs(pattern) == []


def random_patterns(rng: random.Random, count: int):
    """(pattern, compiled, messages): patterns of every construct the reader knows
    (and some it does not), with messages made of the same words."""
    words = ["a", "i", "he", "baby", "blue", "not", "breath", "breathing", "ab", "x1", "12"]
    words += ["我", "唔識郁", "冇反應", "郁", "bb"]
    others = [r"\w", r"\w+", r"[0-9]", r"[a-z]+", ".", r"\s", r"\d", r"\b", "^", "$", "(?!b)"]

    def sequence(depth):
        out = []
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if depth > 2 or roll < 0.4:
                part = rng.choice(words)
            elif roll < 0.6:
                part = rng.choice(others)
            else:
                part = "(?:" + "|".join(sequence(depth + 1) for _ in range(rng.randint(1, 3))) + ")"
            if rng.random() < 0.3:
                part += rng.choice(["?", "*", "+", "{0,2}", "{1,3}", "++"])
            out.append(part + (" " if rng.random() < 0.4 else ""))
        return "".join(out)

    for _ in range(count):
        pattern = sequence(0) + (f"|{sequence(0)}" if rng.random() < 0.3 else "")
        try:
            compiled = re.compile(pattern)
        except re.error:
            continue
        texts = [
            " " + " ".join(rng.choice([*words, "."]) for _ in range(rng.randint(1, 8))) + " "
            for _ in range(20)
        ]
        yield pattern, compiled, texts


def test_random_patterns_never_skip_a_message_they_match():
    # Whenever a pattern matches, its needs are met.
    skipped = 0
    for pattern, compiled, texts in random_patterns(random.Random(18), 1500):
        clauses = needs(pattern)
        reader = Reader(clauses)
        for text in texts:
            if not met(clauses, reader.read(text).features):
                skipped += 1
                assert not compiled.search(text), (pattern, text, clauses)
    assert skipped > 5000  # it does screen


def test_alternatives_match_where_the_pattern_does():
    assert alternatives(r"\b(?:a|b c)\b|x") == [r"\b(?:a)\b", r"\b(?:b c)\b", "x"]
    assert alternatives(r"(?>a|b)c") == [r"(?>a|b)c"]  # atomic: kept whole
    assert alternatives(r"(?:a|b)+c") == [r"(?:a|b)+c"]  # repeated: kept whole
    for pattern, compiled, texts in random_patterns(random.Random(19), 1500):
        parts = [re.compile(p) for p in alternatives(pattern)]
        for text in texts:
            assert bool(compiled.search(text)) == any(p.search(text) for p in parts), pattern


def test_shipped_patterns_never_skip_a_corpus_message_they_match(assistant):
    triage = assistant.triage
    patterns = [p for r in triage.danger + triage.medical for p in (*r.required, *r.unless)]
    screened = [*triage.distress, triage.hypothetical, triage.happening, triage.urgent]
    patterns += [s.pattern for s in [*screened, triage.frame, triage.settled]]
    patterns = list({p.pattern: p for p in patterns}.values())
    reading = [(p, needs(p.pattern)) for p in patterns]
    reader = Reader([c for _, clauses in reading for c in clauses])
    for row in load_corpus()[::9]:
        text = folded(triage, row["text"])
        features = reader.read(text).features
        for pattern, clauses in reading:
            if pattern.search(text):
                assert met(clauses, features), (pattern.pattern, text)
        # and the rules the triage itself screens in (each pattern's clauses chosen
        # by the model's word counts), read by its own reader
        features = triage._reader.read(text).features
        for rules in (triage.danger, triage.medical):
            possible = triage._needs[id(rules)].met(features)
            for number, rule in enumerate(rules):
                if all(p.search(text) for p in rule.required):
                    assert number in possible, (rule.name, text)
        for part in [*screened, triage.frame, triage.settled]:
            for sentence in [text, *text.split(SEPARATOR)]:
                assert part.found(sentence, features) == bool(part.pattern.search(sentence))


def test_the_reader_knows_every_word_part_a_clause_names(assistant):
    # A clause naming a word start, end or inside the reader does not look for
    # would never be met: the rule it screens would never be tried.
    triage = assistant.triage
    reader = triage._reader
    known = {PREFIX + s for s in reader._starts} | {SUFFIX + e for e in reader._ends}
    known |= {INSIDE + i for i in reader._insides}
    for clause in triage._clauses:
        for feature in clause:
            if feature[:1] in (PREFIX, SUFFIX, INSIDE) and len(feature) > 1:
                assert feature in known, feature


def test_rules_are_tried_at_the_same_words_as_before(assistant):
    # `Openings.among` finds, for the rules it is given, the offsets `at` finds.
    triage = assistant.triage
    for row in load_corpus()[1::9]:
        text = folded(triage, row["text"])
        words = triage._reader.read(text)
        for rules in (triage.danger, triage.medical):
            openings = triage._openings[id(rules)]
            readable = [n for n in range(len(rules)) if openings.readable[n]]
            expected = {n: sorted(set(o)) for n, o in openings.at(text).items()}
            found = {n: sorted(set(o)) for n, o in openings.among(words, readable).items()}
            assert found == expected, text


def test_a_searched_rule_tried_as_the_branches_met_finds_what_a_search_finds(assistant):
    # A rule that opens at no word is searched as the branches of its first pattern
    # whose needs the message meets (`Branches`): the same matches, in the same order.
    triage = assistant.triage
    assert len(triage._branches) > 20  # the Chinese rules and the long English ones
    split = 0
    for row in load_corpus()[2::5]:
        text = folded(triage, row["text"])
        features = triage._reader.read(text).features
        for first, branches in triage._branches.items():
            split += branches.met(features) not in (None, first)
            found = [m.span() for m in triage._searched(first, text, features)]
            assert found == [m.span() for m in first.finditer(text)], (first.pattern, text)
    assert split > 100  # it does split


def test_branches_are_kept_whole_where_one_alone_would_read_otherwise():
    assert Branches.of(r"\bfit\b|\bseizure") == [r"\bfit\b", r"\bseizure"]
    assert Branches.of(r"\bfit\b") is None  # one branch
    assert Branches.of(r"(\w+) \1|blue") is None  # a back-reference
    assert Branches.of(r"(?i)fit|blue") is None  # a flag
    assert Branches.of(r"\b(?:fit|seizure)\b") is None  # a choice inside a group


def test_a_rule_the_screen_cannot_read_is_always_tried():
    safety = load_knowledge().safety
    categories = {
        "breathing": {"group": "child_emergency", "rules": {"echo": [r"\b(\w+) \1 blue\b"]}}
    }
    triage = Triage({**safety, "categories": categories})
    escalated(triage, "she went very very blue")
    not_escalated(triage, "she went very blue")
