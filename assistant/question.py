"""Reading a question: checked and cleaned, and read with its conversation when it
is a short follow-up ("what about at night?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answer import QuestionError
from .normalize import Normalizer, clean

# A short message opening like this leans on the previous question.
_FOLLOW_UP = re.compile(
    r"^(what about|how about|and|but|also|what if|what else|same|then|so|or|"
    r"is that|does that|will that|would that|even|only|ok and|okay and)\b"
)
# ...or one that points back at it ("does that work for toddlers?") or at someone the
# conversation named ("are they right?", "will he love her more?").
_PRONOUN = re.compile(r"\b(it|that|this|those|these|them|there|one|they|he|she|him|her)\b")
# ...and one that points back at a thing the conversation named ("and if i miss it?",
# "what if that doesn't work?"), not the "it" of "is it ok".
_THING = re.compile(r"\b(it|that|this)\b")
_EXPLETIVE = re.compile(
    r"\b(?:is|was|isnt|wasnt) (?:it|that|this)\b|\b(?:it|that|this) (?:is|was)\b"
)
# Terms that say how, not what: a message (or a follow-up's own words) holding only
# these has no topic of its own.
_NO_TOPIC = frozenset({"not", "cannot"})


# A child's age as the normaliser writes it ("8m", "2y"; `normalize._age`), in months.
_AGE_TOKEN = re.compile(r"(\d+)([wmy])")
_AGE_MONTHS = {"w": 0.25, "m": 1, "y": 12}
# The articles are about infants and toddlers: from school age (six) on, a question
# about the child asks about another stage (homework, lying, friends at school),
# whatever words it shares with them. Not when it also names a younger child: "my 7
# year old is jealous of the new baby" asks about the baby's arrival.
SCHOOL_AGE_MONTHS = 72
_YOUNGER = frozenset({"baby", "toddler", "sibling", "pregnant"})


def asks_about_older_child(words: Sequence[str]) -> bool:
    """Whether the question's (normalised) `words` name only children of school age
    or older: every age it gives is six years or more, and no baby or toddler."""
    ages = [
        int(m.group(1)) * _AGE_MONTHS[m.group(2)]
        for w in words
        if (m := _AGE_TOKEN.fullmatch(w)) is not None
    ]
    return bool(ages) and min(ages) >= SCHOOL_AGE_MONTHS and _YOUNGER.isdisjoint(words)


# Words a message may open with that carry nothing of what it asks ("ok, and", "wait
# so", "what about", and chat's greetings and asides: "hi there", "btw", "one more
# question", "besides that"): a follow-up sent on its own keeps them, and they dilute
# the characters and the fuzzy match of the words that do ask.
_OPENER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|but|also|wait|right|hmm+|well|oh|then|yeah|sorry|"
    r"what about|how about|btw|by the way|actually|plus|u+m+|u+h+|hi(?: there)?|hello|hey|"
    r"one more (?:thing|question)|another question|quick question|just wondering|"
    r"i was wondering|i wonder|(?:apart from|besides|other than) (?:that|this)|"
    # Asking what the content says about a topic: the topic is the question.
    r"what (?:does|do|did) (?:the|this|your) (?:article|articles|clinic|author|writer) "
    r"(?:say|says|said|recommend|suggest|think)(?: about| on| regarding)?|"
    r"(?:does|do) (?:the|this|your) (?:article|articles|author|writer) say anything (?:about|on)|"
    r"according to (?:the|this|your) (?:article|articles|author|writer))\b[\s,.:;!-]*)+",
    re.IGNORECASE,
)


# Triage reads a message whole, however long, before its length is checked; this only
# bounds the work on text far beyond any request body the web app accepts.
TRIAGE_MAX_CHARS = 100_000


def check_question(question, max_chars: int) -> str:
    """The cleaned question, or QuestionError saying what is wrong with it."""
    return check_length(read_text(question), max_chars)


def read_text(question) -> str:
    """The cleaned text of a message of any length up to TRIAGE_MAX_CHARS, or
    QuestionError when it is not text or empty."""
    if isinstance(question, bytes):
        try:
            question = question.decode("utf-8")
        except UnicodeDecodeError:
            raise QuestionError("not_text", "The question is not UTF-8 text.") from None
    if not isinstance(question, str):
        raise QuestionError("not_text", "The question must be text.")
    if "\x00" in question:
        raise QuestionError("not_text", "The question contains binary data, not text.")
    if len(question) > TRIAGE_MAX_CHARS:
        raise _too_long(TRIAGE_MAX_CHARS)
    cleaned = clean(question)
    if not cleaned:
        raise QuestionError("empty", "The question is empty; please type a question.")
    return cleaned


def check_length(text: str, max_chars: int) -> str:
    """`text` itself, or QuestionError when it is longer than `max_chars`."""
    if len(text) > max_chars:
        raise _too_long(max_chars)
    return text


def _too_long(max_chars: int) -> QuestionError:
    return QuestionError(
        "too_long", f"The question is longer than {max_chars} characters; please shorten it."
    )


def without_opener(question: str) -> str:
    """The question without the words it opens with that ask nothing ("ok, and what
    about promises?" -> "promises?"); the question itself when it has none."""
    rest = _OPENER.sub("", question).strip()
    return rest if any(c.isalnum() for c in rest) else question


def with_context(normalizer: Normalizer, question: str, history: Sequence[str]) -> str:
    """The question, joined with the earlier ones it follows up on, if it is a follow-up."""
    parts = [question]
    for earlier in reversed(list(history)[-5:]):
        if not is_follow_up(normalizer, parts[0]):
            break
        parts.insert(0, clean(str(earlier)))
    return " ".join(parts)


def names_no_topic(normalizer: Normalizer, question: str) -> bool:
    """Whether the message's only words of its own are a negation ("i just can't", "i
    can't go on"): it says how the parent is, not what they ask about, and an entry
    that happens to hold "can't" is no answer to it."""
    terms = normalizer.terms(question)
    return bool(terms) and all(t in _NO_TOPIC for t in terms)


def is_follow_up(normalizer: Normalizer, question: str) -> bool:
    """Short and leaning on what came before: it opens like a follow-up ("and for
    toddlers?", "what about dads?") or points back ("does that work at night?").
    A message with no content word ("thanks!", "ok") has nothing to follow up, and
    one without those marks ("help", "why does my baby cry so much") stands alone."""
    words = normalizer.words(question)
    if len(words) > 12:
        return False
    content = normalizer.terms(question)
    if not content or len(content) > 3:
        return False
    lowered = " ".join(words)
    return bool(_FOLLOW_UP.match(lowered) or _PRONOUN.search(lowered))


def leans_on_conversation(normalizer: Normalizer, question: str) -> bool | None:
    """For a bare follow-up ("and if i forget?", "what if she won't?": opening like a
    follow-up, with at most one word of its own), whether its topic is plainly
    elsewhere (True: no topic word, or a thing it points back at) or it may stand on
    its one word (False: answer it alone only when sure); None for any other message."""
    words = normalizer.words(question)
    lowered = " ".join(words)
    if len(words) > 12 or not _FOLLOW_UP.match(lowered):
        return None
    content = [t for t in normalizer.terms(question) if t not in _NO_TOPIC]
    if len(content) > 1:
        return None
    return not content or bool(_THING.search(_EXPLETIVE.sub(" ", lowered)))
