"""Triage's folding is written for speed (`triage.sentences`, `_SENTENCE_END`,
`_non_word`): it must read every message as the plain regular expressions do."""

import random
import re

from assistant.triage import _SENTENCE_END, _fragments_joined, fold, sentences

HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
PLAIN_END = re.compile(rf"(?:[.!?;]+(?=\s|$|[{HAN}])|(?<=[{HAN}])[.!?;]+|[\n\r]+|[。！？；]+)")
PLAIN_NON_WORD = re.compile(r"[^a-z0-9\u3400-\u9fff\uf900-\ufaff]+")
PLAIN_DIGIT_WORD = re.compile(r"(?<=[0-9])(?=[a-z])")


def random_messages(count: int) -> list[str]:
    rng = random.Random(18)
    letters = "aB3 7.!?;'\n\r\t\x0b,-。！我你们发\u00a0\u2019Ａ１x\u2f00\U00020759e\u0301Σ"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def test_sentence_ends_are_where_the_plain_pattern_puts_them():
    for message in random_messages(20_000):
        assert _SENTENCE_END.split(message) == PLAIN_END.split(message), repr(message)


def test_a_message_folds_as_each_of_its_sentences_does():
    for message in random_messages(20_000):
        # A fragment of one or two Latin words is read with the sentence before it.
        parts = [fold(p) for p in _fragments_joined(PLAIN_END.split(message))]
        assert sentences(message) == [p for p in parts if p], repr(message)


def test_fold_spaces_runs_of_other_characters_as_the_plain_pattern_does():
    for message in random_messages(20_000):
        text = message.lower().replace("'", "")
        if text.isascii():
            plain = PLAIN_DIGIT_WORD.sub(" ", PLAIN_NON_WORD.sub(" ", text)).strip()
            assert fold(message) == plain, repr(message)
