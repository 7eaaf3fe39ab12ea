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


def _folded(words: str) -> str:
    """Words as the sign patterns read them: lower case, letters and digits, one space
    between (Chinese is read as written), a cry for help taken out (救命 is one of
    `figure_sign`'s words, but in a game's words it is the game's)."""
    folded = " " + " ".join(re.findall(r"\w+", words.lower().replace("'", ""))) + " "
    return _HELP.sub(" ", folded)


_HELP = re.compile(r"救命|\bhelp\b")
