"""A learned reader of the frame of an escalation: whether a message the rules or the
safety model escalate tells a danger now, or only frames one (a scare told as over, a
what-if or first-aid question, another family's story, a figure of speech, a child's
game, a fear the parent knows is only a fear).

The triage asks it only of a message it escalates as a child emergency, a caregiver
crisis or violence at home (`Triage._frame_withdrawn`); the message is then decided again
without escalating (referred, answered, with the support note) when the reader's
probability of a danger is under its group's bar (`GROUP_BARS`). Abuse of a child is
never withdrawn.

Its features are readings the triage already has for the message, not a second n-gram
pass: whether each of the triage's frame concepts (`FRAME_CONCEPTS`, the `Screened`
concepts of `safety.yaml`: a question asked, a story dated long ago, an event over, a
hypothetical, a sign told back or now ...) is found in the message as the triage reads
it, the safety model's danger probability (as a scaled logit), and whether the
classifier rather than a rule escalated. A logistic regression (scikit-learn) over
them, trained on the independent writers' messages (`knowledge/data/writers/`, but those
of `MEASURE_WRITERS`: danger against everything else, read by the shipped triage without
this reader), which the safety model never reads: their danger probabilities are the
model's out-of-sample ones, as on a parent's message.

Saved without pickle in `knowledge/data/frame-model.npz` with the hash of what it was
trained on; rebuilt by `python -m assistant.frame_reader`; a test fails while it is
stale. The bar and the concepts were chosen by `bench/frame_veto.py` (leave one writer
out, and every released batch and check read as held out).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from .safety_model import shipped_data

FRAME_MODEL_FILE = "frame-model.npz"
WRITERS_DIR = "writers"
# The triage's concepts read as features (chosen by an L1 fit on the writers' messages,
# `bench/frame_veto.py --select`, from all 69 of its `Screened` concepts: reading all of
# them costs 250 us an escalated message). (learn47: the child told as well now,
# `told_well`, and the writer's own fear, `fear_pictured`, each lower the danger read, but
# with them the corpus's lowest danger out of fold reads 0.0042: the bar stays 0.002, where
# they withdraw fewer false escalations than without them.)
FRAME_CONCEPTS = (
    "ahead",
    "aside_dated",
    "aside_now",
    "ask_health",
    "ask_opening",
    "asking",
    "child",
    "emergency_now",
    "event_back",
    "event_over",
    "event_past",
    "frame",
    "happening",
    "health_asked",
    "here_and_now",
    "hypothetical",
    "lately",
    "parenting_ask",
    "safety_told",
    "settled",
    "sign_asked",
    "told_event",
    "told_past",
    "young_infant",
)
# The groups whose escalations the reader may withdraw, each with its own bar (veto48):
# the danger probability under which an escalation of that group is withdrawn, chosen by
# `bench/frame_veto.py --groups` with `WITHDRAW_BELOW`'s rule read on that group's
# escalations alone (the highest bar of its `BARS` at which no danger escalated in the
# group is withdrawn out of fold on any source, nor at the next bar up). A message
# escalated in two groups is read against the lower bar. Child emergencies and caregiver
# crises: 0.002 (their lowest dangers out of fold read 0.0048 and 0.0033). Violence at
# home: 0.003 (its lowest dangers read 0.0051 and 0.0054, a new assault told after an
# old one and a question of how to leave: the step of margin is thin, and it withdraws
# 2 of 23 false escalations out of fold, a check's and a writer's). Abuse of a child is
# never withdrawn: its lowest dangers read 0.0017 and 0.0023 (disclosures told with a
# question: how to report, how to say sorry), under every bar; a reader
# fitted on the abuse and violence escalations alone lifts them, but then reads a
# held-out writer's disclosure as low and withdraws at most 5 of 118 false escalations.
GROUP_BARS = {
    "child_emergency": 0.002,
    "caregiver_crisis": 0.002,
    "domestic_violence": 0.003,
}
WITHDRAWABLE_GROUPS = frozenset(GROUP_BARS)
# The regression's inverse regularisation (bench/frame_veto.py: 0.3 and 1 alike out of fold).
REGULARISATION = 0.3
# The danger probability under which an escalation is withdrawn (bench/frame_veto.py's
# rule): the highest of 0.001, 0.002, 0.003, 0.005, 0.007, 0.01, 0.02 at which no danger is
# withdrawn out of fold (each writer left out, every released batch and check, the
# corpus's grouped folds), nor at the next bar up: a step of margin. Trained on trainw1-10
# the lowest danger out of fold reads 0.0034 (a corpus message of passive suicidal
# thoughts before a question about naps; 0.0061 on trainw1-8, when the bar was 0.003):
# the two new writers' dangers wrapped around an everyday question pull such messages
# down, so 0.003 keeps no step below it. (learn47: trained on trainw15-16 too and with
# `told_well` and `fear_pictured` read, the lowest reads 0.0069 and 0.003 is chosen, but
# there it withdraws no more than this reader at 0.002, and not four that this one does.)
WITHDRAW_BELOW = 0.002
# The writers the reader is measured on and never trained on (learn47). trainw15's child
# emergencies asked as a doctor's question and trainw16's caregiver dangers wrapped around
# an everyday ask raise the danger read in a question's frame: trained with them, the
# reader withdraws fewer false escalations out of fold (and four the reader trained
# without them withdraws). Held out, they test the bar on the border they were written
# for (bench/frame_veto.py reads them as it reads a writer left out).
MEASURE_WRITERS = frozenset({"indep-trainw15", "indep-trainw16"})
# The safety model's danger logit is divided by this: on the flags' 0-1 scale.
LOGIT_SCALE = 5.0


def danger_logit(probability: float) -> float:
    """The safety model's danger probability as a scaled logit (clipped: a probability of
    0 or 1 reads as a large logit, not an infinite one)."""
    p = min(max(probability, 1e-6), 1.0 - 1e-6)
    return math.log(p / (1.0 - p)) / LOGIT_SCALE


def feature_row(found: Sequence[bool], danger: float, by_classifier: bool) -> np.ndarray:
    """The reader's features: each concept found, the model's danger, who escalated."""
    return np.array([*map(float, found), danger_logit(danger), float(by_classifier)])


class FrameReader:
    """The reader's numbers: the concepts it reads, one weight per feature, the intercept,
    the bar under which an escalation is withdrawn (`threshold`; `bars`: each withdrawable
    group's own) and the hash of its training."""

    def __init__(self, concepts, weights, intercept, threshold, digest, bars=None):
        self.concepts = tuple(str(c) for c in concepts)
        self.weights = np.asarray(weights, dtype=float)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self.digest = str(digest)
        # (a reader saved or built without bars of its own: its one bar, for the groups
        # it withdrew before veto48)
        if bars is None:
            bars = dict.fromkeys(("child_emergency", "caregiver_crisis"), threshold)
        self.bars = {str(g): float(b) for g, b in bars.items()}
        # (for `withdraws`: the concepts heaviest first, and the logit of the bar)
        concept_weights = self.weights[: len(self.concepts)].tolist()
        self._heaviest_first = sorted(
            zip(self.concepts, concept_weights, strict=True), key=lambda cw: -abs(cw[1])
        )
        self._bar_logit = math.log(self.threshold / (1.0 - self.threshold))

    def danger(self, found: Sequence[bool], danger: float, by_classifier: bool) -> float:
        """The probability that an escalated message tells a danger now (`found`: each
        concept of `concepts` found or not)."""
        logit = self.intercept + float(feature_row(found, danger, by_classifier) @ self.weights)
        return 1.0 / (1.0 + math.exp(-logit))

    def bar_of(self, groups) -> float | None:
        """The bar of an escalation in `groups`: the lowest of theirs; None when one of
        them is never withdrawn (no bar of its own)."""
        bars = [self.bars.get(g) for g in groups]
        return None if not bars or None in bars else min(bars)

    def withdraws(
        self,
        found: Callable[[str], bool],
        danger: float,
        by_classifier: bool,
        bar: float | None = None,
    ) -> bool:
        """Whether `danger` is under the bar (`bar`, else `threshold`), each concept read
        with `found` (a search of the message: up to 60 us on a long story) only while
        the concepts not yet read
        could still carry the sum across the bar, the heaviest first: most escalations
        are decided by the model's danger alone, the others by a few concepts."""
        logit = (
            self.intercept
            + danger_logit(danger) * self.weights[-2]
            + by_classifier * self.weights[-1]
        )
        bar_logit = self._bar_logit if bar is None else math.log(bar / (1.0 - bar))
        rise = sum(w for _, w in self._heaviest_first if w > 0)
        fall = sum(w for _, w in self._heaviest_first if w < 0)
        for concept, weight in self._heaviest_first:
            if logit + fall >= bar_logit:
                return False
            if logit + rise < bar_logit:
                return True
            if weight > 0:
                rise -= weight
            else:
                fall -= weight
            if found(concept):
                logit += weight
        return logit < bar_logit

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            concepts=np.array(self.concepts),
            weights=self.weights,
            intercept=np.array(self.intercept),
            threshold=np.array(self.threshold),
            digest=np.array(self.digest),
            bar_groups=np.array(sorted(self.bars)),
            bar_values=np.array([self.bars[g] for g in sorted(self.bars)], dtype=float),
        )

    @classmethod
    def load(cls, path: Path) -> FrameReader:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                data["concepts"].tolist(),
                data["weights"],
                float(data["intercept"]),
                float(data["threshold"]),
                str(data["digest"]),
                dict(zip(data["bar_groups"].tolist(), data["bar_values"].tolist(), strict=True))
                if "bar_groups" in data
                else None,
            )


def load_shipped_frame_reader() -> FrameReader | None:
    path = shipped_data() / FRAME_MODEL_FILE
    return FrameReader.load(path) if path.exists() else None


# -- training ------------------------------------------------------------------
def writer_files(data_dir: Path | None = None) -> list[Path]:
    """Every independent writer's file (the ask reader learns from some of them)."""
    return sorted((data_dir or shipped_data()).joinpath(WRITERS_DIR).glob("*.jsonl"))


def load_writers(data_dir: Path | None = None, leave_out: str | None = None) -> list[dict]:
    """The independent writers' messages, each with its file's name as `writer`; those of
    the file named `leave_out` left out."""
    rows = []
    for file in writer_files(data_dir):
        if file.stem == leave_out:
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "writer": file.stem})
    return rows


def trained_on(row: dict) -> bool:
    """Whether the reader learns from a writer's message (`MEASURE_WRITERS`: it does not)."""
    return row["writer"] not in MEASURE_WRITERS


def training_hash(data_dir: Path | None = None) -> str:
    """The writers' files, the safety model the features read (its own digest) and the
    reader's settings. (Not `safety.yaml`: a concept's edit moves a few messages' features,
    as an edit of the rules moves what the writers' messages escalate; retrain after a
    change of the concepts named here.)"""
    from .safety_model import load_shipped_model

    model = load_shipped_model()
    digest = hashlib.sha256((model.digest if model else "").encode())
    digest.update(
        f"concepts={','.join(FRAME_CONCEPTS)};C={REGULARISATION};"
        f"below={WITHDRAW_BELOW};scale={LOGIT_SCALE};"
        f"bars={','.join(f'{g}:{b}' for g, b in sorted(GROUP_BARS.items()))};"
        f"measured={','.join(sorted(MEASURE_WRITERS))}".encode()
    )
    for file in writer_files(data_dir):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def training_triage():
    """The assistant's triage (its known words, the shipped model) without a frame reader:
    what the reader is trained to read."""
    from .engine import Assistant

    triage = Assistant.load().triage
    triage.frame_reader = None
    return triage


def readings(triage, rows: list[dict]) -> tuple[np.ndarray, list[dict]]:
    """Each row's features as `triage` reads it (without a frame reader), and the row
    with the triage's `kind` and `group` added."""
    features = []
    for row in rows:
        result = triage.decide(row["text"])
        found, danger = triage.frame_readings(row["text"], FRAME_CONCEPTS)
        features.append(feature_row(found, danger, result.rule == "classifier"))
        row["kind"], row["group"] = result.kind, result.group
    return np.array(features), rows


def fit(features: np.ndarray, labels: Sequence[int]):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=REGULARISATION, max_iter=5000, class_weight="balanced")
    return model.fit(features, labels)


def labels_of(rows: list[dict]) -> list[int]:
    return [int(row["label"] == "danger") for row in rows]


def train(data_dir: Path | None = None) -> FrameReader:
    rows = [row for row in load_writers(data_dir) if trained_on(row)]
    features, rows = readings(training_triage(), rows)
    model = fit(features, labels_of(rows))
    return FrameReader(
        FRAME_CONCEPTS,
        model.coef_[0],
        model.intercept_[0],
        WITHDRAW_BELOW,
        training_hash(data_dir),
        GROUP_BARS,
    )


def main() -> None:
    reader = train()
    path = shipped_data() / FRAME_MODEL_FILE
    reader.save(path)
    print(f"saved {path} ({len(reader.concepts)} concepts)")


if __name__ == "__main__":
    main()
