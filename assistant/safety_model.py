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
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_FILE = "safety-model.npz"
CORPUS_DIR = "safety-corpus"
CHAR_SIZES = (2, 3, 4)
FEATURES_VERSION = "chars-2-4+words-1-2:v1"  # part of the hash: new features, new model
# Classes besides the danger categories (hard negatives train as "ordinary").
OTHER_CLASSES = ("medical", "distress", "ordinary")


def features(text: str) -> list[str]:
    """The n-grams of a folded message (see triage.fold): character 2-4-grams
    inside each word padded with spaces, and word 1- and 2-grams."""
    grams = []
    words = text.split()
    for word in words:
        padded = f" {word} "
        length = len(padded)
        for size in CHAR_SIZES:
            if size > length:
                break
            grams += [padded[i : i + size] for i in range(length - size + 1)]
    grams += ["w " + w for w in words]
    grams += [f"b {a} {b}" for a, b in zip(words, words[1:])]
    return grams


@dataclass(frozen=True)
class Scores:
    danger: float  # probability of any danger category
    danger_category: str  # the likeliest danger category
    medical: float
    distress: float


class SafetyModel:
    """A trained model's numbers, scored by hand."""

    def __init__(self, classes, vocabulary, idf, weights, intercept, threshold, support, digest):
        self.classes = list(classes)
        self.vocabulary = vocabulary  # n-gram -> column
        self.idf = idf
        self.weights_t = np.ascontiguousarray(weights.T)  # column -> class weights
        self.intercept = intercept
        self.threshold = float(threshold)
        self.support_threshold = float(support)
        self.digest = digest
        self._danger = np.array([c not in OTHER_CLASSES for c in self.classes])
        self._danger_names = [c for c in self.classes if c not in OTHER_CLASSES]
        self._medical = self.classes.index("medical") if "medical" in self.classes else None
        self._distress = self.classes.index("distress") if "distress" in self.classes else None

    # -- scoring ---------------------------------------------------------
    def probabilities(self, text: str) -> np.ndarray:
        """scikit-learn's predict_proba for one folded message."""
        counts: dict[int, int] = {}
        vocabulary = self.vocabulary
        for gram in features(text):
            column = vocabulary.get(gram)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        logits = self.intercept.copy()
        if counts:
            columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
            values = np.fromiter(
                (1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts)
            )
            values *= self.idf[columns]
            values /= math.sqrt(float(values @ values))
            logits += values @ self.weights_t[columns]
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()

    def scores(self, text: str) -> Scores:
        p = self.probabilities(text)
        danger = p[self._danger]
        return Scores(
            float(danger.sum()),
            self._danger_names[int(danger.argmax())],
            float(p[self._medical]) if self._medical is not None else 0.0,
            float(p[self._distress]) if self._distress is not None else 0.0,
        )

    # -- files -----------------------------------------------------------
    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.get)
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            terms=np.array(terms),
            idf=self.idf,
            weights=self.weights_t.T,
            intercept=self.intercept,
            thresholds=np.array([self.threshold, self.support_threshold]),
            digest=np.array(self.digest),
        )

    @classmethod
    def load(cls, path: Path) -> SafetyModel:
        with np.load(path, allow_pickle=False) as data:
            terms = data["terms"].tolist()
            return cls(
                data["classes"].tolist(),
                {t: i for i, t in enumerate(terms)},
                data["idf"],
                data["weights"],
                data["intercept"],
                data["thresholds"][0],
                data["thresholds"][1],
                str(data["digest"]),
            )


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


def target(row: dict) -> str:
    """The class a corpus row trains: its danger category, or its label."""
    return row["category"] if row["label"] == "danger" else row["label"]


def folded(rows: list[dict]) -> list[str]:
    from .triage import sentences  # the rules' folding, so both read alike

    return [" ".join(sentences(r["text"])) for r in rows]


def pipeline():
    """The scikit-learn model the weights come from."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2),
        LogisticRegression(C=20, class_weight="balanced", max_iter=3000),
    )


def from_pipeline(fitted, threshold: float, support: float, digest: str) -> SafetyModel:
    vectorizer, regression = fitted[0], fitted[-1]
    return SafetyModel(
        [str(c) for c in regression.classes_],
        {t: int(i) for t, i in vectorizer.vocabulary_.items()},
        vectorizer.idf_,
        regression.coef_,
        regression.intercept_,
        threshold,
        support,
        digest,
    )


# Chosen on grouped cross-validation (bench/safety_model.py): the danger
# probability above which a message escalates, and the one above which it gets the
# support note.
DANGER_THRESHOLD = 0.25
SUPPORT_THRESHOLD = 0.12


def train(data_dir: Path | None = None) -> SafetyModel:
    rows = load_corpus(data_dir)
    fitted = pipeline().fit(folded(rows), [target(r) for r in rows])
    return from_pipeline(fitted, DANGER_THRESHOLD, SUPPORT_THRESHOLD, corpus_hash(data_dir))


def main() -> None:
    model = train()
    path = shipped_data() / MODEL_FILE
    model.save(path)
    print(f"saved {path} ({len(model.vocabulary)} n-grams, {len(model.classes)} classes)")


if __name__ == "__main__":
    main()
