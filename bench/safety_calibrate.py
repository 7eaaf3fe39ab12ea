"""The model's bars chosen on writers it never read.

    python bench/safety_calibrate.py fit [--dir DIR]     # the fold models (slow: ~10 fits)
    python bench/safety_calibrate.py grid [--dir DIR]    # the triage's decisions per setting

`fit` trains, with `assistant.safety_model`'s fit, and saves in DIR (default
/tmp/safety-calibrate): the 5 grouped folds of `bench/safety_model.py` over the whole
corpus (each message scored by a model that never saw it or a near-copy), one model
per independent writer's file (`indep-*`: trained on the rest of the corpus, the other
writers included; leave one writer out) and the model on the whole corpus (for the
released batches). `grid` then runs the triage, each message with its model, under
every setting of the grid (the model's threshold, `triage.MEDICAL_THRESHOLD` the calm
bar, `model_bar.RED_FLAG_BAR`, `model_bar.NOW_BAR`) and prints, per setting, the
dangers escalated and the non-dangers escalated of: the corpus out of fold (the
team's files and the independent writers' apart, hard negatives apart), each held-out
writer, and the released batches. The triage's decisions fall as its bars rise, so a
message is run under every setting only when the lowest and highest settings
disagree.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.model_selection import GroupKFold  # noqa: E402

import assistant.model_bar as model_bar  # noqa: E402
import assistant.triage as triage_module  # noqa: E402
from assistant.safety_model import (  # noqa: E402
    SafetyModel,
    corpus_files,
    fit,
    folded,
    from_sklearn,
)
from assistant.triage import Triage, sentences  # noqa: E402
from bench.safety_model import near_duplicate_groups  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

DATA = ROOT / "bench" / "data"
# The released batches (listed: the unseen ones are never read).
RELEASED = [
    *(f"safety_fresh_{i}" for i in range(7, 17)),
    *(f"safety_dev_{i}" for i in range(13, 17)),
]
THRESHOLDS = (0.9, 0.92, 0.94, 0.95, 0.959, 0.97, 0.98)
CALM = (0.97, 0.98, 0.99)
RED_FLAG = (0.8, 0.85, 0.9)
NOW = (0.7, 0.8)


def read_rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def corpus() -> list[dict]:
    return [{**r, "file": f.name} for f in corpus_files() for r in read_rows(f)]


def released() -> list[dict]:
    names = RELEASED + sorted(p.stem for p in DATA.glob("safety_check_*.jsonl"))
    names += sorted(p.stem for p in DATA.glob("safety_rule_alarms_*.jsonl"))
    return [{**r, "file": n} for n in names for r in read_rows(DATA / f"{n}.jsonl")]


def fit_all(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = corpus()
    texts = np.array(folded(rows), dtype=object)
    labels = np.array([r["label"] for r in rows])
    groups = near_duplicate_groups(list(texts), rows)
    folds = np.zeros(len(rows), dtype=int)
    splits = GroupKFold(n_splits=5).split(texts, labels, groups)
    jobs = []
    for k, (train, test) in enumerate(splits):
        folds[test] = k
        jobs.append((f"cv{k}", train))
    writers = sorted({r["file"] for r in rows if r["file"].startswith("indep-")})
    for name in writers:
        jobs.append((name, np.array([i for i, r in enumerate(rows) if r["file"] != name])))
    jobs.append(("all", np.arange(len(rows))))
    np.save(out / "folds.npy", folds)
    for name, train in jobs:
        vec, kind, category = fit(list(texts[train]), [rows[i] for i in train])
        from_sklearn(vec, kind, category, f"calibrate {name}").save(out / f"{name}.npz")
        print("fitted", name, flush=True)


def settings():
    return list(itertools.product(THRESHOLDS, CALM, RED_FLAG, NOW))


def decide(triage: Triage, text: str, setting) -> bool:
    threshold, calm, red, now = setting
    triage.model.threshold = threshold
    triage_module.MEDICAL_THRESHOLD = calm
    model_bar.RED_FLAG_BAR = red
    model_bar.NOW_BAR = now
    return triage.decide(text).kind == "escalate"


def grid(out: Path) -> list[dict]:
    """Every message (the corpus out of fold, each writer held out, the released
    batches) with `esc`: the settings under which the triage escalates it."""
    safety = load_knowledge().safety
    rules = Triage(safety)
    rows = corpus()
    folds = np.load(out / "folds.npy")
    for row, k in zip(rows, folds, strict=True):
        row["set"] = "cv"
        row["model"] = f"cv{k}"
    writers = [
        {**r, "set": "writer", "model": r["file"]} for r in rows if r["file"].startswith("indep-")
    ]
    batches = [{**r, "set": "batch", "model": "all"} for r in released()]
    every = rows + writers + batches
    grid_settings = settings()
    lowest, highest = grid_settings[0], grid_settings[-1]
    by_model: dict[str, list[dict]] = {}
    for row in every:
        by_model.setdefault(row["model"], []).append(row)
    for name, members in by_model.items():
        triage = Triage(safety, model=SafetyModel.load(out / f"{name}.npz"))
        for row in members:
            by_rules = rules.decide(row["text"])
            row["rules"] = by_rules.kind == "escalate"
            row["rule"] = by_rules.reason
            scores = triage.model.scores(" ".join(sentences(row["text"])))
            row["danger"], row["medical"] = round(scores.danger, 6), round(scores.medical, 6)
            if row["rules"]:
                row["esc"] = set(range(len(grid_settings)))
                continue
            low, high = decide(triage, row["text"], lowest), decide(triage, row["text"], highest)
            if low == high:
                row["esc"] = set(range(len(grid_settings))) if low else set()
            else:
                row["esc"] = {
                    i for i, s in enumerate(grid_settings) if decide(triage, row["text"], s)
                }
        print("decided", name, len(members), flush=True)
    return every


def summary(every: list[dict], index: int) -> dict[str, str]:
    def cell(rows):
        return f"{sum(index in r['esc'] for r in rows)}/{len(rows)}"

    def part(test):
        return [r for r in every if test(r)]

    team = part(lambda r: r["set"] == "cv" and not r["file"].startswith("indep-"))
    indep_cv = part(lambda r: r["set"] == "cv" and r["file"].startswith("indep-"))
    writer = part(lambda r: r["set"] == "writer")
    batch = part(lambda r: r["set"] == "batch")
    out = {}
    for name, rows in (
        ("team cv", team),
        ("indep cv", indep_cv),
        ("writer", writer),
        ("batches", batch),
    ):
        if not rows:
            continue
        out[f"{name} danger"] = cell([r for r in rows if r["label"] == "danger"])
        out[f"{name} hard"] = cell(
            [r for r in rows if r["label"] != "danger" and r.get("category") == "hard_negative"]
        )
        out[f"{name} other"] = cell(
            [r for r in rows if r["label"] != "danger" and r.get("category") != "hard_negative"]
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=("fit", "grid"))
    parser.add_argument("--dir", type=Path, default=Path("/tmp/safety-calibrate"))
    args = parser.parse_args()
    if args.step == "fit":
        fit_all(args.dir)
        return
    every = grid(args.dir)
    with (args.dir / "grid.jsonl").open("w", encoding="utf-8") as out:
        for row in every:
            out.write(json.dumps({**row, "esc": sorted(row["esc"])}, ensure_ascii=False) + "\n")
    for i, setting in enumerate(settings()):
        print(setting, json.dumps(summary(every, i)))


if __name__ == "__main__":
    main()
