"""Verb forms a hand-written list in the English safety rules lacks.

    python bench/verb_forms.py [--all] [--fill]

A rule that lists a verb's forms by hand ("bit|bites|bitten|biting") misses the form it
left out ("bite"), and parents write every form (rec25: two held-out dangers missed so;
texting and non-native English use the bare form: "he bite", "yesterday he fall").
Every English pattern of `knowledge/data/safety.yaml` (concepts, danger rules, medical
rules, distress) is parsed; in each alternation, words that are two or more forms of one
verb (lemminflect, a test extra; one of them a past or an -ing form, so "kid|kids" is
no verb list) mark a list of that verb, and the forms of it (base, -s, past, past
participle, -ing) no alternative spells are its gaps.

A gap is OPEN when the list names three or more of the verb's forms as words (the rule
means the act in any tense: tense is read by the past and over readers, not by the list),
in a part a match needs (a danger rule's patterns but its `unless`, a concept those name),
and no reason for the form is in `DELIBERATE`. Short lists ("stops|stopped"), exceptions,
concepts named only by exceptions or by the code, and the medical and distress rules are
left as their authors wrote them. `--all` prints every gap; `--fill` puts each open gap's
forms into its alternation on the rule's own line (after a listed form, no line
reflowed). Exits 1 when a gap is open.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from lemminflect import getAllInflections, getAllLemmas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.chinese import has_chinese  # noqa: E402

SAFETY = ROOT / "knowledge" / "data" / "safety.yaml"
# The Penn tags of a verb's forms; VBP (present, not third person) is the base form.
TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")
# Auxiliaries and modals are read as grammar ("is|was|s|been"), not as an act.
AUXILIARIES = {"be", "have", "do", "can", "will", "shall", "may", "must"}
# Forms lemminflect lists that parents do not write ("waked") or of another verb ("lied").
OLD_FORMS = {"waked", "spitted", "stricken", "shapen", "bade", "lied"}
# A list naming this many of a verb's forms ("held|holds" is two) means the act in any tense.
ANY_TENSE = 3
_QUOTED = re.compile(r"'((?:[^']|'')*)'")  # a YAML single-quoted pattern
_CONCEPT = re.compile(r"\{([a-z_]+)\}")  # a concept named in a pattern
# An alternative that spells words: a word, its last letter optional, or any ending.
_SPELLED = re.compile(r"([a-z]+?)(?:([a-z])\?|(\\w\*|\\w\+|\[a-z\][*+]))?")
# (where, lemma or "*" for every verb of the list, tag) -> why the list leaves that
# form out on purpose. Each was found adding the form: it made a false alarm.
_BASE_IS_AHEAD = (
    "{hit} lists the act told (past, -s, -ing); its bare form is a threat, a joke or a "
    "figure ahead (\"he'll throw them out the window\", \"I almost choke laughing\") "
    "that `who_did` would read as done"
)
DELIBERATE: dict[tuple[str, str, str], str] = {
    ("concept/hit", "*", "VB"): _BASE_IS_AHEAD,
    ("poisoning/swallowed", "take", "VB"): (
        "\"can I take ibuprofen while breastfeeding\", \"takes melatonin\": a dose asked or "
        "a medicine given, not a swallow; took/taken tell the event"
    ),
    ("poisoning/swallowed", "take", "VBZ"): "as its VB",
    ("domestic_violence/kids_pay", "say", "VB"): (
        "\"my girl say she will kill me if I switch off the cartoon\": a child's quote in "
        "non-native English, whose actor the rule cannot read; said/says tell an adult's threat"
    ),
    ("burns/burnt_rev", "burn", "VBG"): (
        "\"scared of burning her\" is a fear ahead; a burning told of oneself is self_harm's"
    ),
    ("sexual_abuse/rubs_against", "press", "VB"): (
        "\"they go white when I press on them\": the glass test of a rash"
    ),
    ("domestic_violence/confined", "lock", "VB"): (
        "\"my father used to lock me in my room\": a childhood told; a partner who locks "
        "the writer in now is read by `control` and `fled`"
    ),
    ("breathing/turning", "go", "VB"): (
        "\"her lips go purple when she cries, then pink\": a habit (a breath-holding "
        "spell); went/gone/going tell the change"
    ),
    ("suicide_plan/pills", "hide", "VB"): (
        "a child who hides his prescribed tablets instead of taking them is a medicine "
        "question; hid/hidden/hiding tell a stock kept"
    ),
    ("suicide_plan/pills", "hide", "VBZ"): "as its VB",
    ("suicide_plan/means_hidden", "hide", "VB"): (
        "\"she hides her asthma tablets rather than taking them\": a child's own medicine "
        "refused, a habit told in the present; hid/hidden/hiding tell a stock kept"
    ),
    ("suicide_plan/means_hidden", "hide", "VBZ"): "as its VB",
    ("dehydration/no_wee", "wee", "VBG"): "wee and pee are nouns here (no wee); \"still weeing\" is well",
    ("dehydration/no_wee", "pee", "VBG"): "as wee",
    ("domestic_violence/things_thrown", "throw", "VB"): (
        "\"the baby throw her bottle every morning\": a child's habit in the bare form; "
        "threw/throws/thrown tell a partner's act"
    ),
    ("suicidal_ideation/want_dead", "want", "VBZ"): (
        "the writer's own wish (I want, wanted); another's (\"she wants to die when she's "
        "100\") is `third_person`'s, with its exceptions for a young child's words"
    ),
    ("poisoning/poisoned", "poison", "VB"): (
        "the bare noun of pretend play and a toddler's new word (\"everything is poison\", "
        "\"poison soup\"); poisoned/poisons tell the act"
    ),
    ("breathing/gasp", "gasp", "VB"): "\"makes grown-ups gasp\": surprise, not a breath",
    ("bleeding/heavy", "bleed", "VBD"): (
        "\"bled all over the board\" told of a cut that stopped; bleeding/bleeds tell it now"
    ),
    ("bleeding/heavy", "bleed", "VBN"): "as its VBD",
}


@dataclass(frozen=True)
class Gap:
    where: str  # category/rule, medical/rule, concept/name or distress/en
    part: str  # "match" (a part a match needs) or "unless"
    lemma: str
    listed: tuple[str, ...]  # the verb's forms the alternation has
    named: int  # how many of the verb's forms the alternation lists
    missing: tuple[str, ...]  # "tag=form" for each form it lacks

    @property
    def open_forms(self) -> tuple[str, ...]:
        """The missing forms the list should have: none in an exception, a short list,
        a medical or distress rule; none a reason in `DELIBERATE` leaves out."""
        if self.part != "match" or self.named < ANY_TENSE:
            return ()
        if self.where.startswith(("medical/", "distress/")):
            return ()
        return tuple(m for m in self.missing if not _deliberate(self.where, self.lemma, m))

    @property
    def open(self) -> bool:
        return bool(self.open_forms)

    def line(self) -> str:
        listed = "|".join(self.listed)
        return f"{self.where} ({self.part}): {self.lemma} has {listed}; lacks {', '.join(self.missing)}"


def _deliberate(where: str, lemma: str, missing: str) -> bool:
    tag = missing.split("=")[0]
    return (where, lemma, tag) in DELIBERATE or (where, "*", tag) in DELIBERATE


def english_patterns(data: dict) -> list[tuple[str, str, str]]:
    """(where, part, pattern) for every English regular expression of the safety rules.
    A concept's part is "match" when a rule's match patterns name it (directly or
    through another concept), else "unless": one named only by exceptions or by the
    code (`settled`, `sibling_actor`) is an exception, and widening it cancels dangers."""
    rules: list[tuple[str, str, str]] = []
    for category, spec in (data.get("categories") or {}).items():
        for rule, body in (spec.get("rules") or {}).items():
            rules.extend((f"{category}/{rule}", part, p) for part, p in _rule_patterns(body))
    for rule, body in (data.get("medical") or {}).items():
        rules.extend((f"medical/{rule}", part, p) for part, p in _rule_patterns(body))
    for pattern in (data.get("distress") or {}).get("en") or []:
        rules.append(("distress/en", "match", pattern))
    concepts = {name: str(p) for name, p in (data.get("concepts") or {}).items()}
    matched = _named_by([p for _, part, p in rules if part == "match"], concepts)
    out = [
        (f"concept/{name}", "match" if name in matched else "unless", p)
        for name, p in concepts.items()
    ] + rules
    return [(where, part, p) for where, part, p in out if not has_chinese(p)]


def _named_by(patterns: list[str], concepts: dict[str, str]) -> set[str]:
    """The concepts the patterns name, and those these name, and so on."""
    named: set[str] = set()
    todo = [m.group(1) for p in patterns for m in _CONCEPT.finditer(p)]
    while todo:
        name = todo.pop()
        if name in named or name not in concepts:
            continue
        named.add(name)
        todo.extend(m.group(1) for m in _CONCEPT.finditer(concepts[name]))
    return named


def _rule_patterns(body) -> list[tuple[str, str]]:
    if isinstance(body, dict):
        return [("match", str(p)) for p in body.get("all") or []] + [
            ("unless", str(p)) for p in body.get("unless") or []
        ]
    return [("match", str(p)) for p in body or []]


def alternations(pattern: str) -> list[list[str]]:
    """The words each alternation's alternatives spell, inner groups first: a literal
    word, one with an optional last letter ("twins?" is twin and twins), or a prefix with
    any ending ("turn\\w*", kept as "turn*"). An alternative of another shape spells
    nothing. Read from the pattern's text, as `fill_pattern` writes it."""
    groups = [*_groups(pattern), (0, len(pattern))]
    found = []
    for start, end in groups:
        parts = _top_level(pattern, start, end)
        if len(parts) > 1:
            found.append([w for a, b in parts for w in _spell_text(pattern[a:b])])
    return found


def covers(listed, form: str) -> bool:
    return any(w == form or (w.endswith("*") and form.startswith(w[:-1])) for w in listed)


def verb_gaps(where: str, part: str, listed: list[str]) -> list[Gap]:
    """Each verb two or more of whose forms the alternation lists, with the forms it lacks."""
    by_lemma: dict[str, set[str]] = {}
    for word in listed:
        if not word.endswith("*"):
            for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
                by_lemma.setdefault(lemma, set()).add(word)
    gaps = []
    for lemma, words in sorted(by_lemma.items()):
        if len(words) < 2 or lemma in AUXILIARIES:
            continue
        forms = getAllInflections(lemma, upos="VERB")
        tags = {tag for tag in TAGS for w in words if w in forms.get(tag, ())}
        if not tags & {"VBD", "VBN", "VBG"}:
            continue  # a noun and its plural ("kid|kids"), not a verb list
        written = {tag: [f for f in forms.get(tag, ()) if f not in OLD_FORMS] for tag in TAGS}
        missing = tuple(
            f"{tag}={written[tag][0]}"
            for tag in TAGS
            if written[tag] and not any(covers(listed, f) for f in forms[tag])
        )
        if missing:
            gaps.append(Gap(where, part, lemma, tuple(sorted(words)), len(words), missing))
    return gaps


def find_gaps(data: dict) -> list[Gap]:
    gaps: dict[Gap, None] = {}
    for where, part, pattern in english_patterns(data):
        for listed in alternations(pattern):
            gaps.update(dict.fromkeys(verb_gaps(where, part, listed)))
    return list(gaps)


def fill_yaml(lines: list[str], gaps: list[Gap]) -> list[str]:
    """The lines of safety.yaml with each gap's forms put into its list on the rule's own
    line, in the patterns before `unless:` (a concept's whole line)."""
    lines = list(lines)
    for gap in gaps:
        index = _line_of(lines, gap.where)
        if index is None:
            continue
        line = lines[index]
        cut = line.find("unless: [")
        head, tail = (line, "") if cut == -1 else (line[:cut], line[cut:])
        lines[index] = _QUOTED.sub(lambda m: "'" + fill_pattern(m.group(1), gap) + "'", head) + tail
    return lines


def _line_of(lines: list[str], where: str) -> int | None:
    kind, name = where.split("/", 1)
    if kind == "concept":
        start = lines.index("concepts:")
        return next((i for i in range(start, len(lines)) if lines[i].startswith(f"  {name}: ")), None)
    if kind in ("medical", "distress"):
        return None
    start = lines.index("categories:")
    head = next(i for i in range(start, len(lines)) if lines[i] == f"  {kind}:")
    return next((i for i in range(head, len(lines)) if lines[i].startswith(f"      {name}: ")), None)


def fill_pattern(pattern: str, gap: Gap) -> str:
    """`pattern` with the forms `gap` lacks put after the first alternative spelling a
    listed form, in each alternation that lists all of `gap.listed`."""
    wanted = list(dict.fromkeys(m.split("=")[1] for m in gap.open_forms))
    inserts: list[tuple[int, str]] = []
    for start, end in _groups(pattern):
        parts = _top_level(pattern, start, end)
        spelled = [set(_spell_text(pattern[a:b])) for a, b in parts]
        words = set().union(*spelled)
        if not set(gap.listed) <= words:
            continue
        after = next(b for (a, b), spells in zip(parts, spelled) if spells & set(gap.listed))
        inserts.append((after, "".join("|" + w for w in wanted if not covers(words, w))))
    for at, text in sorted(inserts, reverse=True):
        pattern = pattern[:at] + text + pattern[at:]
    return pattern


def _groups(text: str) -> list[tuple[int, int]]:
    """The inside of every plain or non-capturing group, from after "(" (and "?:") to its
    ")". A lookaround is left out: it is an exception, and a lookbehind's width is fixed."""
    opened, out = [], []
    for i in range(len(text)):
        if _bracket(text, i) == "(":
            lookaround = text.startswith("?", i + 1) and not text.startswith("?:", i + 1)
            opened.append(None if lookaround else i + 1 + (2 if text.startswith("?:", i + 1) else 0))
        elif _bracket(text, i) == ")" and opened:
            start = opened.pop()
            if start is not None:
                out.append((start, i))
    return out


def _top_level(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the alternatives of the group text[start:end]."""
    parts, depth, last = [], 0, start
    for i in range(start, end):
        depth += {"(": 1, ")": -1}.get(_bracket(text, i), 0)
        if text[i] == "|" and depth == 0 and not _escaped(text, i):
            parts.append((last, i))
            last = i + 1
    return [*parts, (last, end)]


def _bracket(text: str, i: int) -> str:
    """The group bracket at `i`, or "" (an escaped one or one inside a class is none)."""
    if text[i] not in "()" or _escaped(text, i):
        return ""
    opened = text.rfind("[", 0, i)
    inside_class = opened != -1 and not _escaped(text, opened) and text.find("]", opened) > i
    return "" if inside_class else text[i]


def _escaped(text: str, i: int) -> bool:
    return (len(text[:i]) - len(text[:i].rstrip("\\"))) % 2 == 1


def _spell_text(alternative: str) -> list[str]:
    """The words one alternative spells (see `alternations`), none for another shape."""
    spelled = _SPELLED.fullmatch(alternative)
    if spelled is None:
        return []
    word, optional, any_ending = spelled.groups()
    if optional:
        return [word, word + optional]
    return [word + "*"] if any_ending else [word]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="print every gap, not only open ones")
    parser.add_argument("--fill", action="store_true", help="write the open gaps' forms into safety.yaml")
    args = parser.parse_args(argv)
    text = SAFETY.read_text(encoding="utf-8")
    gaps = find_gaps(yaml.safe_load(text))
    open_gaps = [g for g in gaps if g.open]
    if args.fill:
        SAFETY.write_text("\n".join(fill_yaml(text.split("\n"), open_gaps)), encoding="utf-8")
    for gap in gaps if args.all else open_gaps:
        print(gap.line())
    print(f"{len(gaps)} verb lists lack a form; {len(open_gaps)} open")
    return 1 if open_gaps else 0


if __name__ == "__main__":
    sys.exit(main())
