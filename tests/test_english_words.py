"""The triage's compact English word list answers as pyspellchecker does."""

import numpy as np
import pytest

from assistant.english_words import english_words, from_pyspellchecker

spellchecker = pytest.importorskip("spellchecker")


@pytest.fixture(scope="module")
def reference():
    return spellchecker.SpellChecker(distance=1)


def test_the_stored_list_is_pyspellcheckers_current_one():
    hashes, letters, longest = from_pyspellchecker()
    stored = english_words()
    assert np.array_equal(stored.hashes, hashes)
    assert (stored.letters, stored.longest) == (letters, longest)


@pytest.mark.parametrize(
    "word", ["breating", "securty", "feverr", "chokking", "vomitting", "seizure", "dose", "x"]
)
def test_known_and_edits_match_pyspellchecker(reference, word):
    ours = english_words()
    assert ours.known([word, word.upper(), "3.5", "nan", "?"]) == reference.known(
        [word, word.upper(), "3.5", "nan", "?"]
    )
    assert ours.edit_distance_1(word) == reference.edit_distance_1(word)
    assert ours.known(ours.edit_distance_1(word)) == reference.known(
        reference.edit_distance_1(word)
    )


def test_a_sample_of_the_list_and_of_non_words(reference):
    words = list(reference.word_frequency.keys())[::97]
    non_words = [w + "qx" for w in words[:500]]
    assert english_words().known(words) == set(words)
    assert english_words().known(non_words) == reference.known(non_words)
