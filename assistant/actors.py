"""Who does the act a rule matched: a young child or a grown-up (`Triage._rule_matches`);
and who it falls on, for the guidance that leads (`grown_victim`, `Triage._on_grown_up`).

A danger of violence between grown-ups or of a carer's urge to harm is no danger when
the one acting is a small child: "my grandson is 3 ... he hits me", "toddler grabs my
throat", 個女三歲 ... 佢就話要打死我. The actor is the person word that opens the match or
stands just before it (a few words such as "just", "keeps", 就 between); a pronoun (he,
she, 佢, 他, 她) stands for the person of its gender named nearest before it in the
message. Read on folded, spelt-out text (the sentences joined by triage's separator), only for the
rules whose match opens with the one acting or follows it (`grown_ups_act`).

Kept to readings that cannot hide a danger between grown-ups: never when a teenager is
named in the message, nor when a grown-up is named before the act in its sentence or the
sentence tells what only a grown-up does (drinks, work, marriage), nor, for a pronoun,
when a grown-up it could stand for is named anywhere before it, nor for an act on the
actor's own self ("says he wants to kill himself"), nor when the writer shares it ("...
and honestly so do i").
"""

from __future__ import annotations

import re

from .chinese import has_chinese

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
_PRONOUN = {"he": "he", "she": "she", "佢": "zh", "他": "he", "她": "she"}
# What may stand between the actor and the act ("he just", "she keeps", "he is"; 佢就,
# with no clause's break: "我好嬲個bb，好想..." is the writer's).
_BETWEEN = re.compile(
    r"(?: (?:just|always|often|sometimes|then|also|still|even|suddenly|again|really|only"
    r"|now|keeps|kept|keep|has|had|have|started|starts|is|was|will|would|constantly"
    r"|usually))* ?"
)
_BETWEEN_ZH = re.compile(r"(?:就|都|又|成日|經常|常常|會|仲|亦|也|便|總係|一|好)*")
# A Chinese person word after one of these is its object ("把他扔出去", 搖佢).
_OBJECT_BEFORE = re.compile(r"[把將俾畀被同和跟對向幫替叫搖打掟抱揼焗]$")
_OWN_SELF = re.compile(r"\b(?:himself|herself|themselves|myself)\b|自己")
_OWN = re.compile(r"\b(?:his|her|their|my) own\b")
# A pronoun as the one an act falls on ("hit her", "beating him"): it stands for a
# person of its sex, never for one whose sex is not told (a helper, a tutor, a partner
# is as often the one acting).
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b")
# Person words for several: "her" or "him" never stands for one of them.
_MANY = re.compile(r"kids|children|babies|twins|boys|girls|sons|daughters|grandkids")
# A child named by kinship, not by age: a son or a daughter may be grown (`_grown`).
_CHILD_BY_KIN = re.compile(r"(?:daughter|son)s?|個女|女兒|个女|女儿|個仔|兒子|个仔|儿子")
_OBJECT_STANDS_FOR = {
    "him": ("young_any", "young_male", "grown_male"),
    "her": ("young_any", "young_female", "grown_female"),
}


# (fa30) The writer as the subject of a state just before a sign's words ("by nine i'm
# totally unresponsive", "i feel like i'm drowning", 我感覺自己窒息): told of her own body
# or mood, not of the child (`Actors.writer_state`).
_WRITER_STATE = re.compile(
    r"(?:\b(?:im|i am|i was|ive been|i have been|i feel|i felt|i get|i got|i look|i looked)"
    r"(?: (?:so|just|basically|totally|completely|literally|like|really|almost|nearly"
    r"|kind of|a bit|actually|feeling|getting))* $"
    r"|我(?:覺得|感覺|感到)(?:自己)?(?:好|有啲|有點)? ?$)"
)


# (fa35) A grown-up's word that names the writer's own role ("i'm the helper for a family
# with a 2 year old", "i work as a nanny", 我係佢哋嘅姐姐): the writer, never the one a
# child's act could be told of (`Actors.young_actor`).
_WRITER_ROLE = re.compile(
    r"(?:\b(?:im|i am|i was|i work as|i worked as|i have been|ive been)"
    r"(?: (?:a|an|the|their|his|her|your|this|that|its))?(?: \w+)? $"
    r"|我(?:係|是|做)(?:佢哋|他們|呢家人|這家人)?(?:嘅|的)?$)"
)


class Actors:
    """The person words of `concepts` (`KINDS`, English and `_zh`), compiled."""

    def __init__(self, concepts: dict[str, str], separator: str):
        self._separator = separator  # between the sentences of the text read (triage's)
        groups = []
        for kind in KINDS:
            words = [concepts[n] for n in (f"actor_{kind}", f"actor_{kind}_zh") if n in concepts]
            if words:
                groups.append(f"(?P<{kind}>" + "|".join(words) + ")")
        pronouns = r"(?P<pronoun>\b(?:he|she)\b|佢(?!哋|地|們)|他(?!們)|她(?!們))"
        writer = r"(?P<writer>\b(?:i|we)\b|我(?:哋|們)?)"
        self._mention = re.compile(
            rf"{pronouns}|{writer}|(?<![a-z])(?:{'|'.join(groups)})(?![a-z])"
        )
        # The same, a person word folded with its owner's "s" too ("my mums new husband"
        # names the mum): for who is harmed (`grown_victim`).
        self._owner = re.compile(
            rf"{pronouns}|{writer}|(?<![a-z])(?:{'|'.join(groups)})s?(?![a-z])"
        )
        self._older = re.compile(r"\b(?:" + concepts.get("older_child", "(?!)") + r")\b")
        signs = [concepts[n] for n in ("actor_grown_sign", "actor_grown_sign_zh") if n in concepts]
        self._grown_sign = re.compile("|".join(signs) or "(?!)")
        shared = [concepts[n] for n in ("actor_shared", "actor_shared_zh") if n in concepts]
        self._shared = re.compile("|".join(shared) or "(?!)")
        # (guide28) The writer's son or daughter named with a partner or children of her
        # own: a grown-up, whatever the word (`grown_victim`).
        signs = [concepts[n] for n in ("grown_child_sign", "grown_child_sign_zh") if n in concepts]
        self._grown_child_sign = re.compile("|".join(signs) or "(?!)")

    def young_actor(self, text: str, start: int, end: int) -> bool:
        """Whether the act a rule matched at `start`..`end` of `text` is done by a
        young child."""
        if self._older.search(text) or self._shared.search(text):
            return False  # a teenager; the writer sharing it ("... and so do i")
        if _OWN_SELF.search(text, start, end):
            return False  # an act on the child's own self ("says he wants to kill himself")
        begin = text.rfind(self._separator, 0, start)
        begin = begin + len(self._separator) if begin >= 0 else 0
        finish = text.find(self._separator, end)
        if self._grown_sign.search(text, begin, finish if finish >= 0 else len(text)):
            return False  # "he hits me when he drinks": a grown-up's act
        actor = self._actor(text, begin, start)
        if actor is None:
            return False
        before = self._without_writer_role(list(self._mention.finditer(text, 0, actor.start())), text)
        if any(m.lastgroup.startswith("grown") for m in before if m.start() >= begin):
            return False  # a grown-up named before the act in its sentence
        if actor.lastgroup.startswith("young"):
            return True
        if actor.lastgroup != "pronoun":
            return False
        fits = [m.lastgroup for m in before if m.lastgroup in _STANDS_FOR[_PRONOUN[actor.group()]]]
        # the nearest it could stand for is a child, and no grown-up it could stand for
        return bool(fits) and not any(k.startswith("grown") for k in fits)

    @staticmethod
    def _without_writer_role(mentions: list[re.Match], text: str) -> list[re.Match]:
        """`mentions` without the grown-up words that name the writer's own role
        (`_WRITER_ROLE`: "i'm the nanny"), when a child is named among them by age or as a
        small child: a son or a daughter named by kinship alone may be grown ("madam's son
        is 25"), and then the writer's role stays as a grown-up he could stand beside."""
        small = any(
            m.lastgroup.startswith("young") and not _CHILD_BY_KIN.fullmatch(m.group())
            for m in mentions
        )
        if not small:
            return mentions
        return [m for m in mentions if not _WRITER_ROLE.search(text, max(0, m.start() - 40), m.start())]

    def grown_victim(self, text: str, start: int, end: int) -> bool:
        """Whether the one the act matched at `start`..`end` falls on, the last person
        word of the match, is a grown-up: named as one (madam, wife, daughter in law),
        or a pronoun ("beating her") whose nearest person of its sex named before it,
        the one acting left out, is one. Never the writer, a child named, an act on
        the actor's own self, or a pronoun with none to stand for."""
        if _OWN_SELF.search(text, start, end) or _OWN.search(text, start, end):
            return False  # an act on the actor's own self ("hitting her own head")
        last = None
        for last in self._owner.finditer(text, start, end):
            pass
        pronoun = None
        for pronoun in _OBJECT_PRONOUN.finditer(text, start, end):
            pass
        if pronoun is not None and (last is None or pronoun.start() > last.start()):
            before = list(self._owner.finditer(text, 0, pronoun.start()))
            if before and before[-1].start() >= start:
                before.pop()  # the one acting ("the sitter slapped her"), not the one harmed
            kinds = _OBJECT_STANDS_FOR[pronoun.group()]
            named = [m for m in before if m.lastgroup in kinds and not _MANY.fullmatch(m.group())]
            return bool(named) and self._grown(named[-1], text)
        return last is not None and self._grown(last, text)

    def _grown(self, person: re.Match, text: str) -> bool:
        """Whether a person word names a grown-up: a grown-up's word, or a son or a
        daughter the message tells has a partner or children (`grown_child_sign`: "my
        son in law is beating my daughter", 女婿打我個女)."""
        if person.lastgroup.startswith("grown"):
            return True
        return bool(_CHILD_BY_KIN.fullmatch(person.group())) and bool(
            self._grown_child_sign.search(text)
        )

    def writer_state(self, text: str, start: int) -> bool:
        """Whether the words a rule matched at `start` of `text` follow the writer as the
        subject of a state in their sentence (`_WRITER_STATE`): her own state."""
        begin = text.rfind(self._separator, 0, start)
        begin = begin + len(self._separator) if begin >= 0 else 0
        return _WRITER_STATE.search(text, max(begin, start - 40), start) is not None

    def _actor(self, text: str, begin: int, start: int) -> re.Match | None:
        """The person word opening the match at `start` or just before it in its
        sentence (from `begin`), None if it is the writer or there is none."""
        actor = self._mention.match(text, start)
        if actor is None:
            last = None
            for last in self._mention.finditer(text, begin, start):
                pass
            between = _BETWEEN_ZH if has_chinese(text[start : start + 1]) else _BETWEEN
            if last is None or not between.fullmatch(text, last.end(), start):
                return None
            actor = last
        if actor.lastgroup == "writer" or _OBJECT_BEFORE.search(text, begin, actor.start()):
            return None
        return actor
