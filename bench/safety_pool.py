"""Does the learned safety net read a NEW writer better when trained on many writers?

    python bench/safety_pool.py [--held NAME ...] [--out FILE]

Leave one batch out (issue 18, branch net24). The pool: the released batches by
independent writers (`bench/data/safety_fresh_6..19.jsonl`, `safety_dev_13..16.jsonl`)
and the writers' training files (`knowledge/data/writers/indep-trainw1,2,3,5,6.jsonl`).
For each held-out batch X (default: fresh_16-19, dev_16, trainw1-3) the model is
trained on the team's corpus and every pool file but X, and X is read by the full
assistant (rules, model, bars, readers, retrieval) with that model, and with the
shipped model, side by side.

The pooled model's threshold is chosen by the shipped rule (`safety_model.py`,
DANGER_THRESHOLD): the lowest at which the triage as shipped escalates at most 1% of
the corpus's hard negatives out of fold, on `bench/safety_model.py`'s five grouped
corpus folds, each fold's model trained on the other corpus folds and the pool WITHOUT
any of the held-out batches (so no held-out batch weighs in its own threshold; one
threshold for all of them). The kind model (danger, medical, distress, ordinary)
reads the pool; the category model reads the corpus's dangers only, as shipped (the
pool names its categories otherwise, and the triage maps the corpus's names).

Never read here: `safety_fresh_20..22` (unseen) and `writers_trainw4` (held out).
Prints a table; `--out` writes the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.model_selection import GroupKFold  # noqa: E402

from assistant import Assistant  # noqa: E402
from assistant.safety_model import (  # noqa: E402
    DANGER_THRESHOLD,
    DANGER_WEIGHT,
    folded,
    from_sklearn,
    load_corpus,
    load_shipped_model,
    regression,
    vectorizer,
)
from assistant.triage import Triage  # noqa: E402
from bench.common import markdown_table  # noqa: E402
from bench.safety_model import near_duplicate_groups  # noqa: E402
from bench.safety_writers import read_rows, with_model  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

DATA = ROOT / "bench" / "data"
WRITERS = ROOT / "knowledge" / "data" / "writers"
POOL = {
    **{f"fresh_{i}": DATA / f"safety_fresh_{i}.jsonl" for i in range(6, 20)},
    **{f"dev_{i}": DATA / f"safety_dev_{i}.jsonl" for i in range(13, 17)},
    **{f"trainw{i}": WRITERS / f"indep-trainw{i}.jsonl" for i in (1, 2, 3, 5, 6)},
}
HELD = ["fresh_16", "fresh_17", "fresh_18", "fresh_19", "dev_16", "trainw1", "trainw2", "trainw3"]
NEVER = ("safety_fresh_20", "safety_fresh_21", "safety_fresh_22", "writers_trainw4")
assert not any(n in str(p) for p in POOL.values() for n in NEVER)


def pool_rows(names) -> list[dict]:
    return [r for n in names for r in read_rows(POOL[n])]


def fit_pooled(corpus: list[dict], extra: list[dict]):
    """The shipped fit on `corpus` + `extra`: one vocabulary and kind model over both;
    the category model on the corpus's dangers only."""
    rows = corpus + extra
    vec = vectorizer()
    matrix = vec.fit_transform(folded(rows))
    kind = regression({"danger": DANGER_WEIGHT}).fit(matrix, [r["label"] for r in rows])
    danger = [i for i, r in enumerate(corpus) if r["label"] == "danger"]
    category = regression().fit(matrix[danger], [corpus[i]["category"] for i in danger])
    return vec, kind, category


def calibrate(corpus: list[dict], extra: list[dict], safety, folds: int = 5) -> dict:
    """The lowest threshold at which the triage as shipped escalates at most 1% of the
    corpus's hard negatives out of fold (each fold trained on the other folds + `extra`),
    with the out-of-fold recall there."""
    texts = folded(corpus)
    labels = [r["label"] for r in corpus]
    groups = near_duplicate_groups(texts, corpus)
    hard = [i for i, r in enumerate(corpus) if r["category"] == "hard_negative"]
    dangers = [i for i, r in enumerate(corpus) if r["label"] == "danger"]
    models = {}
    fold_of = np.zeros(len(corpus), dtype=int)
    for k, (train, test) in enumerate(GroupKFold(n_splits=folds).split(texts, labels, groups)):
        t0 = time.time()
        model = from_sklearn(*fit_pooled([corpus[i] for i in train], extra), f"fold {k}")
        models[k] = Triage(safety, model=model)
        fold_of[test] = k
        print(f"  fold {k}: {time.time() - t0:.0f}s", flush=True)

    def escalated(indices, t) -> int:
        n = 0
        for i in indices:
            triage = models[fold_of[i]]
            triage.model.threshold = t
            n += triage.decide(corpus[i]["text"]).kind == "escalate"
        return n

    # only messages the model scores near a bar can change with the threshold
    score = {
        i: models[fold_of[i]].model.scores(" ".join(folded([corpus[i]]))).danger
        for i in hard + dangers
    }
    grid = [round(t, 3) for t in np.arange(0.995, 0.85, -0.001)]
    low = [i for i in hard if score[i] < 0.5]
    fixed = escalated(low, grid[0])
    assert fixed == escalated(low, grid[-1]), "a hard negative under 0.5 moved with the bar"
    chosen = grid[0]
    limit = 0.01 * len(hard)
    for t in grid:
        n = fixed + escalated([i for i in hard if score[i] >= 0.5], t)
        if n > limit:
            break
        chosen, at = float(t), n
    recall = escalated(dangers, chosen)
    for triage in models.values():
        triage.model.threshold = DANGER_THRESHOLD
    shipped_bar = fixed + escalated([i for i in hard if score[i] >= 0.5], DANGER_THRESHOLD)
    return {
        "threshold": chosen,
        "hard_escalated": at,
        "hard": len(hard),
        "recall": recall,
        "dangers": len(dangers),
        "hard_escalated_at_shipped": shipped_bar,
    }


def outcomes(rows: list[dict], assistant: Assistant) -> list[str]:
    out = []
    for row in rows:
        answer = assistant.ask(row["text"])
        out.append(
            "refer" if answer.kind == "abstain" and answer.reason == "medical" else answer.kind
        )
    return out


def summary(rows: list[dict], out: list[str]) -> dict:
    def n(label_test, kind):
        return sum(1 for r, o in zip(rows, out, strict=True) if label_test(r["label"]) and o == kind)

    def total(label_test):
        return sum(1 for r in rows if label_test(r["label"]))

    def is_danger(label):
        return label == "danger"

    def is_medical(label):
        return label == "medical"

    def is_ordinary(label):
        return label not in ("danger", "medical")

    return {
        "danger": [n(is_danger, "escalate"), total(is_danger)],
        "ordinary_esc": [n(is_ordinary, "escalate"), total(is_ordinary)],
        "ordinary_ref": [n(is_ordinary, "refer"), total(is_ordinary)],
        "medical_ref": [n(is_medical, "refer"), total(is_medical)],
        "medical_esc": [n(is_medical, "escalate"), total(is_medical)],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held", nargs="*", default=HELD)
    parser.add_argument("--threshold", type=float, help="skip the calibration")
    parser.add_argument("--out", type=Path, default=Path("/tmp/safety_pool.json"))
    args = parser.parse_args()
    corpus = load_corpus()
    safety = load_knowledge().safety
    result = json.loads(args.out.read_text()) if args.out.exists() else {}
    if args.threshold is None and "calibration" not in result:
        print("calibrating on the corpus folds + the pool without", ", ".join(HELD), flush=True)
        result["calibration"] = calibrate(
            corpus, pool_rows(n for n in POOL if n not in HELD), safety
        )
        args.out.write_text(json.dumps(result, indent=1))
    threshold = args.threshold or result["calibration"]["threshold"]
    print("calibration:", result.get("calibration"), flush=True)
    assistant = Assistant.load()
    shipped = load_shipped_model()
    for name in args.held:
        key = f"{name}@{threshold}"
        if key in result:
            continue
        rows = read_rows(POOL[name])
        t0 = time.time()
        before = summary(rows, outcomes(rows, with_model(assistant, shipped)))
        model = from_sklearn(
            *fit_pooled(corpus, pool_rows(n for n in POOL if n != name)), f"pool without {name}"
        )
        model.threshold = threshold
        after = summary(rows, outcomes(rows, with_model(assistant, model)))
        model.threshold = DANGER_THRESHOLD
        at_shipped = summary(rows, outcomes(rows, with_model(assistant, model)))
        result[key] = {"shipped": before, "pooled": after, "pooled_at_0.959": at_shipped}
        args.out.write_text(json.dumps(result, indent=1))
        print(f"{name}: {time.time() - t0:.0f}s {result[key]}", flush=True)
    print(table(result, args.held, threshold))


def table(result: dict, held: list[str], threshold: float) -> str:
    def cell(counts):
        return f"{counts[0]}/{counts[1]}"

    lines = []
    sums = {}
    for name in held:
        entry = result.get(f"{name}@{threshold}")
        if not entry:
            continue
        for which in ("shipped", "pooled", "pooled_at_0.959"):
            s = entry[which]
            for k, v in s.items():
                acc = sums.setdefault(which, {}).setdefault(k, [0, 0])
                acc[0] += v[0]
                acc[1] += v[1]
        lines.append(
            [name]
            + [
                f"{cell(entry['shipped'][k])} -> {cell(entry['pooled'][k])}"
                f" ({entry['pooled_at_0.959'][k][0]})"
                for k in ("danger", "ordinary_esc", "ordinary_ref", "medical_ref", "medical_esc")
            ]
        )
    if sums:
        lines.append(
            ["sum"]
            + [
                f"{cell(sums['shipped'][k])} -> {cell(sums['pooled'][k])}"
                f" ({sums['pooled_at_0.959'][k][0]})"
                for k in ("danger", "ordinary_esc", "ordinary_ref", "medical_ref", "medical_esc")
            ]
        )
    head = [
        "held out",
        "danger escalated",
        "ordinary escalated",
        "ordinary referred",
        "medical referred",
        "medical escalated",
    ]
    return markdown_table(head, lines)


if __name__ == "__main__":
    main()
