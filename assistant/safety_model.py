"""The learned safety net: a linear model over character and word n-grams, trained
with scikit-learn on the labelled corpus (`knowledge/data/safety-corpus/*.jsonl`)
and scored here without scikit-learn, in tens of microseconds.

A logistic regression's score is a sum: each n-gram of the message weighs in with
its TF-IDF value times the class's weight. `SafetyModel.scores` computes exactly
that from the saved vocabulary, idf and weights (a test checks it equals
scikit-learn's `predict_proba`). The weights are saved in `safety-model.npz` with
the hash of the corpus they were trained on; `python -m assistant.safety_model`
retrains and saves them, and a test fails while they are stale.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_FILE = "safety-model.npz"
CORPUS_DIR = "safety-corpus"
CHAR_SIZES = (2, 3, 4)
# part of the corpus hash: new features, new model
FEATURES_VERSION = "chars-2-4+cjk-1+words-1-2:v3-raw-tf"


def features(text: str) -> list[str]:
    """The n-grams of a folded message (see triage.fold): character 2-4-grams
    inside each word padded with spaces (and each Chinese character alone), and
    word 1- and 2-grams."""
    words = text.split()
    grams = [g for word in words for g in features_of_word(word)]
    grams += ["w " + w for w in words]
    grams += [f"b {a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return grams


def features_of_word(word: str) -> list[str]:
    """One word's character n-grams, the word padded with a space each side. A run
    of Chinese is one "word" (no spaces): its characters count alone too ("死",
    "鎖"), since one character carries what an English word does."""
    padded = f" {word} "
    length = len(padded)
    grams = [
        padded[i : i + size]
        for size in CHAR_SIZES
        if size <= length
        for i in range(length - size + 1)
    ]
    if not word.isascii():
        grams += ["c " + char for char in word]
    return grams


@dataclass(frozen=True)
class Scores:
    danger: float  # probability that the message is a danger
    medical: float
    distress: float
    likeliest: Callable[[], str | None]  # the likeliest danger category, if it may be one

    @property
    def danger_category(self) -> str | None:
        """The likeliest danger category, if the message may be a danger (worked out
        when asked: the triage asks only of a message it may escalate)."""
        return self.likeliest()


@dataclass
class Linear:
    """One logistic regression's classes, weights (classes x n-grams) and intercepts."""

    classes: list[str]
    weights: np.ndarray
    intercept: np.ndarray

    def __post_init__(self):
        self.by_column = np.ascontiguousarray(self.weights.T)  # n-gram -> class weights

    def logits(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        return self.intercept + values @ self.by_column[columns]

    def probabilities(
        self, columns: np.ndarray, values: np.ndarray, weights: np.ndarray | None = None
    ) -> np.ndarray:
        """The classes' probabilities; `weights`: `by_column[columns]`, if gathered."""
        if weights is None:
            logits = self.logits(columns, values)
        else:
            logits = self.intercept + values @ weights
        if len(self.classes) == 2:  # binary: one weight row, the second class's
            return np.array([1.0 / (1.0 + math.exp(logits[0])), 1.0 / (1.0 + math.exp(-logits[0]))])
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


class SafetyModel:
    """A trained model's numbers, scored by hand: one TF-IDF vocabulary, a model of
    the message's kind (danger, medical, distress, ordinary) and one of its danger
    category (trained on the danger messages only)."""

    def __init__(self, vocabulary, idf, kind: Linear, category: Linear, threshold, support, digest):
        self.vocabulary = vocabulary  # n-gram -> column
        self.idf = idf
        self.kind = kind
        self.category = category
        self.threshold = float(threshold)
        self.support_threshold = float(support)
        self.digest = digest
        self._index = {name: i for i, name in enumerate(kind.classes)}
        self._words: dict[str, bytes] = {}  # word -> its columns (`_word_columns`)
        # word pairs -> column, keyed by the pair itself: no string built per look-up
        self._pairs = {
            tuple(term[2:].split(" ")): column
            for term, column in vocabulary.items()
            if term.startswith("b ")
        }
        self._rows = idf_rows(self.idf, self.kind.by_column)

    # -- scoring ---------------------------------------------------------
    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The message's TF-IDF vector as (columns, values), as scikit-learn makes it:
        term frequency (the count, not its logarithm) times idf, scaled to unit length."""
        columns, counts = self.counts(text)
        if not len(columns):
            return columns, np.zeros(0)
        values = counts * self.idf[columns]
        values /= math.sqrt(float(values @ values))
        return columns, values

    def counts(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The columns of the message's n-grams (in order, each once) and how often
        each is found."""
        words = text.split()
        # looked up in one pass (`map`); a word not yet seen is read now
        parts = list(map(self._words.get, words))
        if None in parts:
            parts = [
                p if p is not None else self._word_columns(w)
                for w, p in zip(words, parts, strict=True)
            ]
        known = list(map(self._pairs.get, zip(words, words[1:], strict=False)))
        pairs = np.array([c for c in known if c is not None], dtype=np.int64)
        # the words' columns joined as bytes in one call, not ~50 small arrays
        # concatenated (each array a header and a buffer to read apart)
        grams = np.concatenate((np.frombuffer(b"".join(parts), dtype=np.int64), pairs))
        if not len(grams):
            return grams, grams
        grams.sort()  # runs of one column: its count (np.unique's work, less overhead)
        # written into arrays made once (np.diff, np.append and np.flatnonzero cost
        # some microseconds each in checking their arguments on arrays this small)
        first = np.empty(len(grams), dtype=bool)  # where a run starts
        first[0] = True
        np.not_equal(grams[1:], grams[:-1], out=first[1:])
        starts = first.nonzero()[0]
        columns = grams[starts]
        ends = np.empty(len(starts) + 1, dtype=starts.dtype)
        ends[:-1] = starts
        ends[-1] = len(grams)
        return columns, ends[1:] - ends[:-1]

    def _word_columns(self, word: str) -> bytes:
        """The columns of one word's character n-grams and of the word itself, as the
        bytes of int64s (remembered: they do not depend on the message)."""
        found = self._words.get(word)
        if found is None:
            vocabulary = self.vocabulary
            grams = (vocabulary.get(g) for g in (*features_of_word(word), "w " + word))
            found = np.array([c for c in grams if c is not None], dtype=np.int64).tobytes()
            if len(self._words) < 200_000:
                self._words[word] = found
        return found

    def scores(self, text: str) -> Scores:
        columns, counts = self.counts(text)
        if len(columns) and self._rows is not None:
            # each n-gram's idf and kind weights read from one row (`idf_rows`): the
            # same numbers as `vector` and `Linear.logits` give, from half the memory
            # reads (a long story's thousand n-grams are mostly out of the caches)
            rows = self._rows[columns]
            values = counts * rows[:, 0]
            values /= math.sqrt(float(values @ values))
            weights = np.ascontiguousarray(rows[:, 1 : 1 + self.kind.by_column.shape[1]])
            kind = self.kind.probabilities(columns, values, weights)
        else:
            columns, values = self.vector(text)
            kind = self.kind.probabilities(columns, values)
        index = self._index
        danger = float(kind[index["danger"]])

        def likeliest() -> str | None:  # only when the message may be a danger
            if danger < min(self.threshold, self.support_threshold):
                return None
            return self.category.classes[int(self.category.logits(columns, values).argmax())]

        return Scores(
            danger,
            float(kind[index["medical"]]) if "medical" in index else 0.0,
            float(kind[index["distress"]]) if "distress" in index else 0.0,
            likeliest,
        )

    def danger_window(self, sentences: list[str], size: int) -> tuple[Scores, int]:
        """The scores of the run of `size` consecutive sentences (of a message's folded
        `sentences`) the model reads as most of a danger, and where that run starts. A
        long message is one bag of n-grams to the model: one sentence of danger among
        many ordinary ones is diluted (issue 18, branch net26); a short run reads like
        the corpus's messages, most of which are one or two sentences."""
        starts = range(max(1, len(sentences) - size + 1))
        runs = ((self.scores(" ".join(sentences[s : s + size])), s) for s in starts)
        return max(runs, key=lambda run: run[0].danger)

    # -- files -----------------------------------------------------------
    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.get)
        np.savez_compressed(
            path,
            terms=np.array(terms),
            idf=self.idf,
            kind_classes=np.array(self.kind.classes),
            kind_weights=self.kind.weights,
            kind_intercept=self.kind.intercept,
            category_classes=np.array(self.category.classes),
            category_weights=self.category.weights,
            category_intercept=self.category.intercept,
            thresholds=np.array([self.threshold, self.support_threshold]),
            digest=np.array(self.digest),
        )

    @classmethod
    def load(cls, path: Path) -> SafetyModel:
        with np.load(path, allow_pickle=False) as data:
            terms = data["terms"].tolist()
            return cls(
                {t: i for i, t in enumerate(terms)},
                data["idf"],
                Linear(data["kind_classes"].tolist(), data["kind_weights"], data["kind_intercept"]),
                Linear(
                    data["category_classes"].tolist(),
                    data["category_weights"],
                    data["category_intercept"],
                ),
                data["thresholds"][0],
                data["thresholds"][1],
                str(data["digest"]),
            )


def idf_rows(idf: np.ndarray, weights: np.ndarray) -> np.ndarray | None:
    """Each n-gram's idf and its `weights` row side by side, a row to 64 bytes (one
    cache line: eight numbers, the rows' start aligned to 64 bytes), or None when a row
    would not fit in one."""
    columns = 1 + weights.shape[1]
    if columns > 8 or len(idf) != len(weights):
        return None
    buffer = np.zeros(len(idf) * 8 + 8)
    start = (-buffer.ctypes.data % 64) // 8
    rows = buffer[start : start + len(idf) * 8].reshape(len(idf), 8)
    rows[:, 0] = idf
    rows[:, 1:columns] = weights
    return rows


def load_shipped_model() -> SafetyModel | None:
    """The model saved with the shipped knowledge, or None when there is none."""
    path = shipped_data() / MODEL_FILE
    return SafetyModel.load(path) if path.exists() else None


# -- the corpus and training ---------------------------------------------------
def shipped_data() -> Path:
    return Path(str(resources.files("knowledge") / "data"))


def corpus_files(data_dir: Path | None = None) -> list[Path]:
    return sorted((data_dir or shipped_data()).joinpath(CORPUS_DIR).glob("*.jsonl"))


def load_corpus(data_dir: Path | None = None) -> list[dict]:
    rows = []
    for file in corpus_files(data_dir):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def corpus_hash(data_dir: Path | None = None) -> str:
    digest = hashlib.sha256(FEATURES_VERSION.encode())
    for file in corpus_files(data_dir):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def folded(rows: list[dict]) -> list[str]:
    from .triage import sentences  # the rules' folding, so both read alike

    return [" ".join(sentences(r["text"])) for r in rows]


def vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    # Raw counts, not 1 + log(count): on grouped cross-validation of the corpus the
    # triage as shipped misses 36 danger messages instead of 40 at the threshold
    # with at most 1% false alarms on the hard negatives (bench/safety_model.py),
    # and the same at DANGER_THRESHOLD on the check batches.
    return TfidfVectorizer(analyzer=features, sublinear_tf=False, min_df=2)


# A danger message weighs as much in the fit as this many ordinary ones: the
# recall at 1% false alarms on grouped cross-validation rises (bench/safety_model.py)
# while the medical and distress classes keep their weight, so the medical
# probability that refers a message (triage.MEDICAL_REFERRAL) means what it did.
DANGER_WEIGHT = 1.8


def regression(class_weight: dict | None = None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=20, max_iter=3000, class_weight=class_weight)


# Chosen on grouped cross-validation of the corpus and checked on the development
# messages (bench/safety_model.py, bench/safety_band.py): the danger probability at
# which a message escalates, and the one at which it gets the support note. The
# criterion, written before measuring (branch band2): the lowest threshold at which
# the triage as shipped escalates at most 1% of the hard negatives out of fold
# (0.959: 26/2,629), taken only because no danger of the development data that 0.945
# escalated (every check batch, the released fresh batches 7-11, parent-dev) is lost
# there. (0.97 lost 3 of 160 dangers of safety_fresh_11 when it was unseen; the
# first it loses today scores 0.962.)
DANGER_THRESHOLD = 0.959
SUPPORT_THRESHOLD = 0.4


def fit(texts: list[str], rows: list[dict]):
    """The fitted scikit-learn parts: vectorizer, kind model, category model."""
    vec = vectorizer()
    matrix = vec.fit_transform(texts)
    kind = regression({"danger": DANGER_WEIGHT}).fit(matrix, [r["label"] for r in rows])
    danger = [i for i, r in enumerate(rows) if r["label"] == "danger"]
    category = regression().fit(matrix[danger], [rows[i]["category"] for i in danger])
    return vec, kind, category


def from_sklearn(vec, kind, category, digest: str) -> SafetyModel:
    def linear(model) -> Linear:
        return Linear([str(c) for c in model.classes_], model.coef_, model.intercept_)

    return SafetyModel(
        {t: int(i) for t, i in vec.vocabulary_.items()},
        vec.idf_,
        linear(kind),
        linear(category),
        DANGER_THRESHOLD,
        SUPPORT_THRESHOLD,
        digest,
    )


def train(data_dir: Path | None = None) -> SafetyModel:
    rows = load_corpus(data_dir)
    return from_sklearn(*fit(folded(rows), rows), corpus_hash(data_dir))


def main() -> None:
    model = train()
    path = shipped_data() / MODEL_FILE
    model.save(path)
    print(f"saved {path} ({len(model.vocabulary)} n-grams)")


if __name__ == "__main__":
    main()
