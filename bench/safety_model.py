"""How well the safety triage catches danger in the team's corpus, cross-validated.

    python bench/safety_model.py [--folds 5]

The model is trained on 4 of 5 folds and scores the fifth (variants of one
message share a `group`, and near-duplicates, messages whose character 3-4-grams
are at least 70% alike, are grouped too: a group stays in one fold, so no fold is
scored on a near-copy of what it learnt); the rules need no training and
read every message. Prints escalation recall (rules, model, both) and false
alarms on the hard negatives and on every non-danger message, for a few
thresholds, then recall by category at the shipped threshold, then what the
triage as shipped decides (each fold's model inside `Triage`, so the stricter bar
for messages naming symptoms and the prevention check apply), and writes them to
bench/README.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.model_selection import GroupKFold  # noqa: E402

from assistant.safety_model import (  # noqa: E402
    DANGER_THRESHOLD,
    fit,
    folded,
    from_sklearn,
    load_corpus,
)
from assistant.triage import Triage  # noqa: E402
from bench.common import machine, markdown_table, write_section  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)


def near_duplicate_groups(texts: list[str], rows: list[dict], alike: float = 0.7) -> np.ndarray:
    """One group number a message: its `group`'s, joined with every message at
    least `alike` similar to it (cosine of character 3-4-gram TF-IDF)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)).fit_transform(texts)
    links = (matrix @ matrix.T).tocoo()
    keep = links.data >= alike
    first: dict[str, int] = {}
    members = [  # the given groups: each member linked to the group's first
        (i, first.setdefault(row["group"], i)) for i, row in enumerate(rows) if row.get("group")
    ]
    ends = np.array(members, dtype=np.int64).reshape(-1, 2)
    graph = coo_matrix(
        (
            np.ones(int(keep.sum()) + len(ends)),
            (
                np.concatenate([links.row[keep], ends[:, 0]]),
                np.concatenate([links.col[keep], ends[:, 1]]),
            ),
        ),
        shape=links.shape,
    )
    return connected_components(graph, directed=False)[1]


def fold_triages(rows: list[dict], folds: int, safety):
    """Per grouped fold (near-duplicates kept in one fold): its test indices, the model
    fitted on the rest (vectoriser and kind classifier) and the triage as shipped around
    that model."""
    texts = np.array(folded(rows), dtype=object)
    labels = np.array([r["label"] for r in rows])
    groups = near_duplicate_groups(list(texts), rows)
    for train, test in GroupKFold(n_splits=folds).split(texts, labels, groups):
        vec, kind, category = fit(list(texts[train]), [rows[i] for i in train])
        yield test, vec, kind, Triage(safety, model=from_sklearn(vec, kind, category, "fold"))


def out_of_fold(rows: list[dict], folds: int, safety) -> tuple[np.ndarray, np.ndarray]:
    """Each message's danger probability from a model that never saw it, and
    whether the triage as shipped (the rules, then that model at the shipped
    threshold, with the stricter bar for a message naming symptoms and the
    prevention check) escalates it."""
    texts = folded(rows)
    danger = np.zeros(len(rows))
    shipped = np.zeros(len(rows), dtype=bool)
    for test, vec, kind, triage in fold_triages(rows, folds, safety):
        p = kind.predict_proba(vec.transform([texts[i] for i in test]))
        danger[test] = p[:, list(kind.classes_).index("danger")]
        shipped[test] = [triage.decide(rows[i]["text"]).kind == "escalate" for i in test]
    return danger, shipped


def highest_recall_within(by_rules, danger, hard, rate: float) -> float:
    """The lowest threshold at which rules and model together raise at most `rate`
    false alarms on the hard negatives."""
    best = 1.0
    for t in np.unique(np.round(danger, 3))[::-1]:
        if (by_rules | (danger >= t))[hard].mean() > rate:
            break
        best = float(t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = load_corpus()
    safety = load_knowledge().safety
    triage = Triage(safety)  # rules only
    by_rules = np.array([triage.decide(r["text"]).kind == "escalate" for r in rows])
    danger, shipped = out_of_fold(rows, args.folds, safety)
    is_danger = np.array([r["label"] == "danger" for r in rows])
    hard = np.array([r["category"] == "hard_negative" for r in rows])
    other = ~is_danger
    table = []
    for t in sorted(
        {*THRESHOLDS, DANGER_THRESHOLD, highest_recall_within(by_rules, danger, hard, 0.01)}
    ):
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
    decided = (
        f"The triage as shipped (the rules, then each fold's model at {DANGER_THRESHOLD}, "
        "with the bar for a message naming symptoms at triage.MEDICAL_THRESHOLD and the "
        "prevention check), which the table's `recall both` does not apply: recall "
        f"{shipped[is_danger].mean():.3f} ({int(shipped[is_danger].sum())}/{int(is_danger.sum())}), "
        f"false alarms on the hard negatives {shipped[hard].mean():.3f} "
        f"({int(shipped[hard].sum())}/{int(hard.sum())})."
    )
    print(first, "\n", second, "\n", decided, sep="\n")
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
        f"shipped threshold):\n\n{second}\n\n{decided}",
    )


if __name__ == "__main__":
    main()
