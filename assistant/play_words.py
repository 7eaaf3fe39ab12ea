"""Words a child says in a game, read out of a message before the triage decides again.

A young child's cry in play ("help, he's choking me!" in a hugging game, 'I'm dead,
I want to die' when caught at tag, 「救命呀佢想殺死我呀」 while wrestling, laughing) is
no telling of a danger: the writer tells a game. `Triage.decide` reads such a message
again without the words said when it holds a game of children (concept `child_play`:
a game, play fighting, laughter, no partner or other grown-up named) and would be
escalated; the calmer decision stands. Never for abuse (a child's words of a secret
game are a disclosure), nor when what is told is a secret, nakedness or private parts
(`child_play`). The words stay when they tell a sign of the
body (`figure_sign`: "the baby isn't breathing!" shouted during a game is a report),
and what is left is read as any message is, so a danger told outside the words
("... and now he's not breathing") is still escalated.
"""

from __future__ import annotations

import re

# Words in quotation marks: double, curly, Chinese corner brackets; single quotes only
# when they open after a non-letter and close before one (an apostrophe inside a word,
# "he's", is no quotation mark).
QUOTED = re.compile(
    r"\"[^\"\n]{1,160}\"|“[^”\n]{1,160}”|「[^」\n]{1,160}」|『[^』\n]{1,160}』"
    r"|(?<![A-Za-z])['‘](?:[^'‘’\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){2,160}?['’](?![A-Za-z])"
)
# Words shouted and typed in capitals, with no quotation marks: the capitals after a verb
# of shouting ("one of them yells STOP UR STRANGLING ME every time"). Words after
# "screams" or "says" in lower case are not read out: "when she screams I get urges
# to ..." tells the writer's own thought, and a child who "said" something is more
# often telling what happened.
SPOKEN = re.compile(
    r"(?i:\b(?:yell|yells|yelled|yelling|shout|shouts|shouted|shouting|scream|screams|"
    r"screamed|screaming|goes))[:,]?\s+(?P<words>(?:[A-Z][A-Z']*(?:[\s,!?.]+|$)){2,})"
)


def words_out(message: str, sign: re.Pattern) -> str | None:
    """`message` without the words said in it (quoted, else after a verb of shouting or
    saying), keeping any that tell a sign of the body (`sign`); None when nothing is read
    out."""
    found = [m for m in QUOTED.finditer(message) if not sign.search(_folded(m.group()))]
    if not found:
        found = [
            m
            for m in SPOKEN.finditer(message)
            if not sign.search(_folded(m.group("words")))
        ]
        spans = [m.span("words") for m in found]
    else:
        spans = [m.span() for m in found]
    if not spans:
        return None
    kept, end = [], 0
    for start, finish in spans:
        kept.append(message[end:start])
        end = finish
    kept.append(message[end:])
    return " ".join(kept)


def threats_only(message: str, sign: re.Pattern) -> bool:
    """Whether every word read out of `message` is a child's threat in play, said by the
    speaker to the one played with ("I will cut your head off", 「我要殺死你」): the
    speaker acts, "you" is the one threatened, no "me" is the one hurt and no grown-up is named (a
    child's words of being hurt, "daddy hits me", are a disclosure and stay)."""
    found = [m.group() for m in QUOTED.finditer(message) if not sign.search(_folded(m.group()))]
    if not found:
        found = [
            m.group("words")
            for m in SPOKEN.finditer(message)
            if not sign.search(_folded(m.group("words")))
        ]
    return bool(found) and all(_THREAT.search(_folded(w)) for w in found)


# The speaker first ("i will", "ill", "im gonna", 我要, 我會), "you" after, no "me"
# or "us" (nor a second 我) and no grown-up of the family anywhere in the words.
_THREAT = re.compile(
    r"^(?!.*\b(?:me|myself|us|our|dad|daddy|mum|mummy|mom|mommy|uncle|auntie|teacher|grandpa|grandma)\b)"
    r"(?!.*(?:我.*我|爸|媽|叔|老師|嫲|爺|公公|婆婆)) "
    r"(?:(?:i|ill|im|i m) (?:\w+ )*(?:you|your|ya|u|ur)\b|我(?:要|會|就|而家|今日|依家)?[^我]{0,8}(?:你|妳))"
)


def _folded(words: str) -> str:
    """Words as the sign patterns read them: lower case, letters and digits, one space
    between (Chinese is read as written), a cry for help taken out (救命 is one of
    `figure_sign`'s words, but in a game's words it is the game's)."""
    folded = " " + " ".join(re.findall(r"\w+", words.lower().replace("'", ""))) + " "
    return _HELP.sub(" ", folded)


_HELP = re.compile(r"救命|\bhelp\b")
