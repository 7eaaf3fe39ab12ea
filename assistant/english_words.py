"""English words the safety triage never corrects, stored compactly.

pyspellchecker's English list (160,000 words) held as its Python dict costs a
process about 40-60 MB and 0.2 s of CPU at every start. The triage only asks
whether words are in it, so the list is kept here as a sorted array of 64-bit
hashes (1.3 MB, read at start), made once from pyspellchecker's public API by
`python -m assistant.english_words` and shipped (a test checks it is current).
With 160,000 words, two different words share a hash with odds of about 1 in
10^14 per look-up.
"""

from __future__ import annotations

import hashlib
import string
from functools import lru_cache
from pathlib import Path

import numpy as np

WORDS_FILE = Path(__file__).parent / "data" / "english-words.npz"


def word_hashes(words: list[str]) -> np.ndarray:
    """A 64-bit hash of each of `words`, the same in every process (unlike `hash`)."""
    digests = b"".join(hashlib.blake2b(w.encode(), digest_size=8).digest() for w in words)
    return np.frombuffer(digests, "<u8").astype(np.uint64)


class EnglishWords:
    """`known` and `edit_distance_1` as pyspellchecker's `SpellChecker(distance=1)`
    answers them (lowercase, case-insensitive), over the hashes of its words."""

    def __init__(self, hashes: np.ndarray, letters: str, longest: int):
        self.hashes = hashes  # sorted, unique
        self.letters = letters
        self.longest = longest

    @classmethod
    def load(cls, path: Path = WORDS_FILE) -> EnglishWords:
        with np.load(path) as saved:
            return cls(saved["hashes"], str(saved["letters"]), int(saved["longest"]))

    def known(self, words) -> set[str]:
        """The words of `words` (lowercased) that are English words."""
        candidates = [w.lower() for w in words]
        candidates = [w for w in candidates if self._checked(w)]
        if not candidates:
            return set()
        wanted = word_hashes(candidates)
        at = np.minimum(np.searchsorted(self.hashes, wanted), len(self.hashes) - 1)
        found = self.hashes[at] == wanted
        return {w for w, hit in zip(candidates, found.tolist(), strict=True) if hit}

    def edit_distance_1(self, word: str) -> set[str]:
        """Every string one edit from `word` over the list's letters (Norvig's)."""
        word = word.lower()
        if not self._checked(word):
            return {word}
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        deletes = [a + b[1:] for a, b in splits if b]
        transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        replaces = [a + c + b[1:] for a, b in splits if b for c in self.letters]
        inserts = [a + c + b for a, b in splits for c in self.letters]
        return set(deletes + transposes + replaces + inserts)

    def _checked(self, word: str) -> bool:
        """pyspellchecker's own test of what is worth looking up: no lone punctuation,
        nothing much longer than its longest word, no number."""
        if len(word) > self.longest + 3:
            return False
        if word.isalpha():  # the common case, decided without float()'s exception
            return True
        if len(word) == 1 and word in string.punctuation:
            return False
        if word in ("nan", "inf", "infinity"):
            return True
        try:
            float(word)
        except ValueError:
            return True
        return False


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    return EnglishWords.load()


def from_pyspellchecker() -> tuple[np.ndarray, str, int]:
    """The hashes, letters and longest word's length of pyspellchecker's English list."""
    from spellchecker import SpellChecker

    frequency = SpellChecker(distance=1).word_frequency
    hashes = np.unique(word_hashes(list(frequency.keys())))
    return hashes, "".join(sorted(frequency.letters)), frequency.longest_word_length


def main() -> None:
    hashes, letters, longest = from_pyspellchecker()
    WORDS_FILE.parent.mkdir(exist_ok=True)
    np.savez(WORDS_FILE, hashes=hashes, letters=np.array(letters), longest=np.array(longest))
    print(f"{WORDS_FILE}: {len(hashes)} words")


if __name__ == "__main__":
    main()
