"""How well the safety triage catches danger in the team's corpus, cross-validated.

    python bench/safety_model.py [--folds 5]

The model is trained on 4 of 5 folds and scores the fifth (variants of one
message share a `group` and stay in one fold); the rules need no training and
read every message. Prints escalation recall (rules, model, both) and false
alarms on the hard negatives and on every non-danger message, for a few
thresholds, then recall by category at the shipped threshold, and writes the
tables to bench/README.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.model_selection import GroupKFold  # noqa: E402

from assistant.safety_model import DANGER_THRESHOLD, fit, folded, load_corpus  # noqa: E402
from assistant.triage import Triage  # noqa: E402
from bench.common import machine, markdown_table, write_section  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)


def out_of_fold(rows: list[dict], folds: int) -> np.ndarray:
    """Each message's danger probability from a model that never saw it."""
    texts = np.array(folded(rows), dtype=object)
    labels = np.array([r["label"] for r in rows])
    groups = [r.get("group") or f"row{i}" for i, r in enumerate(rows)]
    danger = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=folds).split(texts, labels, groups):
        vec, kind, _ = fit(list(texts[train]), [rows[i] for i in train])
        p = kind.predict_proba(vec.transform(list(texts[test])))
        danger[test] = p[:, list(kind.classes_).index("danger")]
    return danger


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = load_corpus()
    triage = Triage(load_knowledge().safety)  # rules only
    by_rules = np.array([triage.decide(r["text"]).kind == "escalate" for r in rows])
    danger = out_of_fold(rows, args.folds)
    is_danger = np.array([r["label"] == "danger" for r in rows])
    hard = np.array([r["category"] == "hard_negative" for r in rows])
    other = ~is_danger
    table = []
    for t in THRESHOLDS:
        model = danger >= t
        both = by_rules | model
        table.append(
            [
                t,
                f"{by_rules[is_danger].mean():.3f}",
                f"{model[is_danger].mean():.3f}",
                f"{both[is_danger].mean():.3f}",
                f"{both[hard].mean():.3f} ({both[hard].sum()}/{hard.sum()})",
                f"{both[other].mean():.3f} ({both[other].sum()}/{other.sum()})",
            ]
        )
    head = [
        "threshold",
        "recall rules",
        "recall model",
        "recall both",
        "false alarms hard neg.",
        "false alarms all non-danger",
    ]
    first = markdown_table(head, table)
    both = by_rules | (danger >= DANGER_THRESHOLD)
    per = []
    for category in sorted({r["category"] for r in rows if r["label"] == "danger"}):
        mask = np.array([r["label"] == "danger" and r["category"] == category for r in rows])
        for lang in ("en", "zh"):
            sub = mask & np.array([r["lang"] == lang for r in rows])
            if sub.any():
                per.append(
                    [
                        category,
                        lang,
                        int(sub.sum()),
                        f"{by_rules[sub].mean():.2f}",
                        f"{both[sub].mean():.2f}",
                    ]
                )
    second = markdown_table(["category", "lang", "messages", "recall rules", "recall both"], per)
    print(first, "\n", second, sep="\n")
    missed = [r["text"] for r, b, d in zip(rows, both, is_danger, strict=True) if d and not b]
    alarms = [r["text"] for r, b, h in zip(rows, both, hard, strict=True) if h and b]
    Path("/tmp/safety-cv-missed.txt").write_text("\n".join(missed))
    Path("/tmp/safety-cv-alarms.txt").write_text("\n".join(alarms))
    write_section(
        "safety-model",
        f"## Safety triage on the corpus, {args.folds}-fold grouped cross-validation\n\n"
        f"`python bench/safety_model.py` on {machine()}; {len(rows)} messages, "
        f"{int(is_danger.sum())} danger, {int(hard.sum())} hard negatives. Shipped threshold "
        f"{DANGER_THRESHOLD}.\n\n{first}\n\nBy category (rules and model together, at the "
        f"shipped threshold):\n\n{second}",
    )


if __name__ == "__main__":
    main()
