"""Who does the act a rule matched: a young child or a grown-up (`Triage._rule_matches`).

A danger of violence between grown-ups or of a carer's urge to harm is no danger when
the one acting is a small child: "my grandson is 3 ... he hits me", "toddler grabs my
throat", 個女三歲 ... 佢就話要打死我. The actor is the person named last before the act
in its sentence (or opening it); a pronoun (he, she, 佢, 他, 她) stands for the person of
its gender named nearest before it in the message. Read on folded, spelt-out text (the
sentences joined by " . ").

Kept to readings that cannot hide a danger between grown-ups: never when a teenager is
named in the message, nor when a grown-up is named before the act in its sentence, nor,
for a pronoun, when a grown-up it could stand for is named anywhere before it.
"""

from __future__ import annotations

import re

# The person words by kind, each a concept of `knowledge/data/safety.yaml`: a grown-up
# of either sex, a man, a woman; a child of either sex, a boy, a girl (grown-ups first:
# "son in law" is no son).
KINDS = (
    "grown_any", "grown_male", "grown_female", "young_any", "young_male", "young_female",
)
# Which kinds a pronoun can stand for.
_STANDS_FOR = {
    "he": ("young_any", "young_male", "grown_any", "grown_male"),
    "she": ("young_any", "young_female", "grown_any", "grown_female"),
    "zh": KINDS,  # 佢 is either
}
_PRONOUN_KIND = {"he": "he", "hes": "he", "she": "she", "shes": "she", "佢": "zh", "他": "he", "她": "she"}
_WRITER = {"i", "im", "we", "我", "我哋", "我們"}


class Actors:
    """The person words of `concepts` (`KINDS`, English and `_zh`), compiled."""

    def __init__(self, concepts: dict[str, str]):
        groups = []
        for kind in KINDS:
            words = [concepts[n] for n in (f"actor_{kind}", f"actor_{kind}_zh") if n in concepts]
            if words:
                groups.append(f"(?P<{kind}>" + "|".join(words) + ")")
        pronouns = r"(?P<pronoun>\b(?:he|hes|she|shes)\b|佢(?!哋|地|們)|他(?!們)|她(?!們))"
        writer = r"(?P<writer>\b(?:i|im|we)\b|我(?:哋|們)?)"
        english = "|".join(g for g in groups)
        self._mention = re.compile(
            rf"{pronouns}|{writer}|(?<![a-z])(?:{english})(?![a-z])"
        )
        self._older = re.compile(concepts.get("older_child", "(?!)"))

    def _mentions(self, text: str, end: int) -> list[tuple[str, str]]:
        """(kind, word) of each person named in `text` before `end`, in order: a kind
        of `KINDS`, "pronoun" or "writer"."""
        return [(m.lastgroup, m.group()) for m in self._mention.finditer(text, 0, end)]

    def young_actor(self, text: str, start: int) -> bool:
        """Whether the act a rule matched at `start` of `text` is done by a young child."""
        if self._older.search(text):
            return False
        begin = text.rfind(" . ", 0, start)
        begin = begin + 3 if begin >= 0 else 0
        # the person opening the match is its actor ("he hits me"); else the last before
        opening = self._mention.match(text, start)
        upto = opening.end() if opening else start
        before = self._mentions(text, upto)
        in_sentence = [m for m in self._mentions(text[begin:upto], upto - begin)]
        if not in_sentence:
            return False
        kind, word = in_sentence[-1]
        if any(k.startswith("grown") for k, _ in in_sentence):
            return False  # a grown-up named before the act in its sentence
        if kind.startswith("young"):
            return True
        if kind != "pronoun":
            return False
        return self._stands_for_child(before[:-1], _PRONOUN_KIND[word])

    @staticmethod
    def _stands_for_child(before: list[tuple[str, str]], pronoun: str) -> bool:
        """Whether a pronoun (`pronoun`: "he", "she", "zh") after the people `before`
        stands for a child: the nearest it could stand for is one, and no grown-up it
        could stand for is named before it."""
        fits = [k for k, _ in before if k in _STANDS_FOR[pronoun]]
        if not fits or any(k.startswith("grown") for k in fits):
            return False
        return True
