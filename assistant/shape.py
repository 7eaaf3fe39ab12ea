"""The shape a message is told in, read off before the model reads it for a danger.

Parents often wrap what is happening in a question whether it is normal, a minimiser
or an apology ("is it normal that his lips are blue?", "probably nothing but she
won't wake", 可能我諗多咗，BB叫極都唔醒). The learned model met such words mostly in
questions asked ahead and everyday worries, and reads them as calm: "he swallowed a
button battery" scores 0.83 danger, "is it normal that he swallowed a button battery?"
0.14. The rules read every word as before; for the model's escalation only, the
message is read again without its frame (concept `shape_frame`), and the higher
danger stands. A question asked ahead or about prevention is still read by the
triage's own checks (`ahead`, `_prevented`), which see the whole message.
"""

from __future__ import annotations

import re

from .safety_model import SafetyModel, Scores

# The model's danger below which a message is not read again: a frame lowered the
# danger of the dangers measured at most about sevenfold ("BB嘴唇紫咗，係咪正常？" 0.16,
# then 0.99 read off), and most everyday messages score below it (a read costs 14 us).
SHAPE_FLOOR = 0.05


class Shape:
    """The frames of concept `shape_frame` (`pattern`: English whole words or Chinese)."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)

    def read_off(self, folded: list[str]) -> list[str] | None:
        """The sentences with their frames taken out (one for each, empty if it held
        nothing else), or None if none holds one or nothing but frames is left."""
        plain = [" ".join(self.pattern.sub(" ", f).split()) for f in folded]
        if plain == folded or not any(plain):
            return None
        return plain

    def danger(
        self, model: SafetyModel, folded: list[str], scores: Scores, plain: list[str] | None = None
    ) -> tuple[Scores, list[str]]:
        """The model's scores for its danger reading and the sentences they were read
        from: the message's own, or those of the message without its frame if that
        reads as more of a danger (`plain`: `read_off(folded)`, if already read)."""
        if plain is None:
            plain = self.read_off(folded)
        if plain is None:
            return scores, folded
        unframed = model.scores(" ".join(p for p in plain if p))
        if unframed.danger > scores.danger:
            return unframed, plain
        return scores, folded


# A question whether a partner's act is normal, told with the impersonal "you" ("is
# it normal for a husband to lock you in and take your phone?", "is it ok for your
# partner to hit you when he's drunk?"): the act is the writer's own story, and the
# rules read it as "me" after the partner is named. Asked about a child or
# anyone else, nothing is read again.
_GENERIC_YOU = re.compile(
    r"\b(?:is|isnt|is it not) it (?:\w+ )?(?:normal|ok|okay|alright|acceptable|right|fine|common"
    r"|usual|abuse|abusive|bad|wrong|legal|allowed) (?:for|when|if|that) (?:a |an |the |your |ones )?"
    r"(?:partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|spouse|fiance|fiancee|man|guy"
    r"|in laws?|mother in law|father in law)s? "
)
# Only the person is read again: a partner taking "your" things in that question is
# read by a rule of its own (`generic_you`, which reads "your").
_YOU = re.compile(r"\b(?:you|yourself|u)\b")
_AS_WRITER = {"you": "me", "u": "me", "yourself": "myself"}


def as_writer(sentence: str) -> str:
    """`sentence` (folded) with the impersonal "you" after a partner named in a
    question whether the act is normal read as the writer ("me")."""
    if "you" not in sentence and " u" not in sentence:
        return sentence
    if "is it " not in sentence and "isnt it " not in sentence:  # (every match holds one)
        return sentence
    found = _GENERIC_YOU.search(sentence)
    if found is None:
        return sentence
    rest = _YOU.sub(lambda m: _AS_WRITER[m.group()], sentence[found.end() :])
    return sentence[: found.end()] + rest
