"""How the learned reader of an escalation's frame (`assistant/frame_reader.py`) would
withdraw escalations, out of fold.

    python bench/frame_veto.py              # per writer (left out) and per batch, at each bar
    python bench/frame_veto.py --groups     # every group's escalations, abuse's too (veto48)
    python bench/frame_veto.py --list       # the escalations withdrawn at the shipped bar
    python bench/frame_veto.py --select     # the concepts an L1 fit on the writers keeps

The reader is trained on the independent writers' messages (`knowledge/data/writers/`).
Out of fold means: each writer's escalations read by a reader trained without that
writer's file (leave one writer out); every released batch and check
(`bench/data/safety_fresh_6..40`, `safety_dev_13..16`, `safety_check_*`) read by the
reader trained on all writers (they are never trained on), and the safety corpus read by
the triage around each grouped fold's safety model (`bench/safety_model.py`'s folds: the
shipped model has learnt the corpus, so its danger there is in-sample). The unseen
batches are never read here (fresh_41 and later: not in the list).
Counted per source: the false escalations withdrawn (an escalated
message labelled other than danger, every category of it in
`frame_reader.WITHDRAWABLE_GROUPS`) and the dangers withdrawn. The rule of the shipped
`WITHDRAW_BELOW` (`chosen_bar`): the highest bar of `BARS` at which no danger of any
source is withdrawn, nor at the next bar up. (veto48) The same rule read per group on
the escalations of that group alone (`group_tables`) gives each group's bar,
`frame_reader.GROUP_BARS`.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import frame_reader as fr  # noqa: E402
from assistant.safety_model import load_corpus  # noqa: E402
from assistant.triage import Screened  # noqa: E402

BARS = (0.001, 0.002, 0.003, 0.005, 0.007, 0.01, 0.02)
# The released batches this study may read (never an unseen one: fresh_41-43 are
# released only by halves; fresh_32-34, veto44's blind test, are released since)
RELEASED_FRESH = range(6, 41)


def released_batches() -> list[Path]:
    data = ROOT / "bench" / "data"
    fresh = [data / f"safety_fresh_{n}.jsonl" for n in RELEASED_FRESH]
    dev = [data / f"safety_dev_{n}.jsonl" for n in range(13, 17)]
    return fresh + dev + sorted(data.glob("safety_check_*.jsonl"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# (veto48) Which escalations are scored: those the shipped reader may withdraw
# (`fr.WITHDRAWABLE_GROUPS`), or with `--groups` every escalation, each with its groups.
SCORED_GROUPS = fr.WITHDRAWABLE_GROUPS


def withdrawable(triage, row: dict) -> bool:
    if row["kind"] != "escalate":
        return False
    row["groups"] = tuple(sorted({triage.group[c] for c in row["categories"]}))
    return all(g in SCORED_GROUPS for g in row["groups"])


def read_rows(triage, rows: list[dict], concepts) -> np.ndarray:
    """Each row's features (`concepts` found, the model's danger, who escalated), with
    the triage's kind and categories added to the row."""
    features = []
    for row in rows:
        result = triage.decide(row["text"])
        found, danger = triage.frame_readings(row["text"], concepts)
        features.append(fr.feature_row(found, danger, result.rule == "classifier"))
        row["kind"], row["categories"] = result.kind, result.categories
        row["reason"] = result.reason
    return np.array(features)


def out_of_fold(triage, concepts, corpus_folds: int = 5) -> tuple[list[dict], list[float]]:
    """Every escalation that may be withdrawn, with the reader's danger out of fold (the
    corpus's when `corpus_folds`: `corpus_out_of_fold`)."""
    writers = fr.load_writers()
    features = read_rows(triage, writers, concepts)
    labels = np.array(fr.labels_of(writers))
    # (the writers the reader never learns from, `fr.MEASURE_WRITERS`, read by each fold)
    trained = np.array([fr.trained_on(r) for r in writers])
    scored, dangers = [], []
    for name in sorted({r["writer"] for r in writers}):
        held = np.array([r["writer"] == name for r in writers])
        model = fr.fit(features[trained & ~held], labels[trained & ~held])
        for i in np.flatnonzero(held):
            if withdrawable(triage, writers[i]):
                writers[i]["source"] = name
                scored.append(writers[i])
                dangers.append(model.predict_proba(features[i : i + 1])[0, 1])
    model = fr.fit(features[trained], labels[trained])
    rows = [
        {**row, "source": path.stem} for path in released_batches() for row in read_jsonl(path)
    ]
    features = read_rows(triage, rows, concepts)
    for row, p in zip(rows, model.predict_proba(features)[:, 1], strict=True):
        if withdrawable(triage, row):
            scored.append(row)
            dangers.append(p)
    if corpus_folds:
        for row, p in corpus_out_of_fold(model, concepts, corpus_folds):
            scored.append(row)
            dangers.append(p)
    return scored, dangers


def corpus_out_of_fold(model, concepts, folds: int):
    """The safety corpus's messages read by the triage around a safety model that never
    saw them (`bench/safety_model.py`'s grouped folds): the shipped model has learnt the
    corpus, its danger there is no measure. Yields (row, the reader's danger) for each
    escalation that may be withdrawn."""
    from bench.safety_model import fold_triages
    from knowledge import load_knowledge

    rows = load_corpus()
    for test, _, _, triage in fold_triages(rows, folds, load_knowledge().safety):
        triage.frame_reader = None
        held = [{**rows[i], "source": "corpus"} for i in test]
        features = read_rows(triage, held, concepts)
        for row, p in zip(held, model.predict_proba(features)[:, 1], strict=True):
            if withdrawable(triage, row):
                yield row, p


def table(scored, dangers) -> str:
    lines = []
    for bar in BARS:
        false = collections.Counter()
        lost = collections.Counter()
        for row, p in zip(scored, dangers, strict=True):
            if p < bar:
                (lost if row["label"] == "danger" else false)[row["source"]] += 1
        total_false = sum(r["label"] != "danger" for r in scored)
        lines.append(
            f"bar {bar}: false escalations withdrawn {sum(false.values())}/{total_false}, "
            f"dangers withdrawn {sum(lost.values())}"
        )
        lines.append(f"    withdrawn: {dict(sorted(false.items()))}")
        if lost:
            lines.append(f"    DANGERS: {dict(sorted(lost.items()))}")
    return "\n".join(lines)


def group_tables(scored, dangers) -> str:
    """(veto48) `table` and `chosen_bar` per group: the escalations whose groups include
    it (a message escalated in two groups counts in both)."""
    lines = []
    for group in sorted({g for row in scored for g in row["groups"]}):
        pairs = [(r, p) for r, p in zip(scored, dangers, strict=True) if group in r["groups"]]
        rows, ps = [r for r, _ in pairs], [p for _, p in pairs]
        n_danger = sum(r["label"] == "danger" for r in rows)
        lines.append(f"== {group}: {len(rows) - n_danger} false escalations, {n_danger} dangers")
        lines.append(table(rows, ps))
        lowest = sorted((round(p, 4), r["source"]) for r, p in pairs if r["label"] == "danger")
        lines.append(f"lowest dangers: {lowest[:6]}")
        lines.append(f"chosen bar: {chosen_bar(rows, ps) if n_danger else None}")
    return "\n".join(lines)


def chosen_bar(scored, dangers) -> float | None:
    """The highest bar of `BARS` at which no danger is withdrawn, nor at the next bar up
    (a step of margin for dangers not yet written)."""
    lowest = min(p for row, p in zip(scored, dangers, strict=True) if row["label"] == "danger")
    allowed = [low for low, high in zip(BARS, BARS[1:], strict=False) if high <= lowest]
    return max(allowed) if allowed else None


def listing(scored, dangers, bar: float) -> str:
    rows = sorted(zip(dangers, scored, strict=True), key=lambda x: x[0])
    lowest = [(round(p, 4), r["source"]) for p, r in rows if r["label"] == "danger"][:6]
    lines = [f"lowest dangers: {lowest}"]
    for p, row in rows:
        # (the writers' messages are training data: listed only as counts)
        if p < bar and not row["source"].startswith("indep-"):
            said = f"{row['source']} {row['label']} {row['reason']}"
            lines.append(f"{p:.4f} {said} | {row['text'][:200]}")
    return "\n".join(lines)


def select(triage) -> list[str]:
    """The concepts an L1-penalised fit on the writers' messages keeps (of all the
    triage's `Screened` concepts)."""
    from sklearn.linear_model import LogisticRegression

    every = sorted(k for k, v in vars(triage).items() if isinstance(v, Screened))
    writers = [r for r in fr.load_writers() if fr.trained_on(r)]
    features = read_rows(triage, writers, every)
    model = LogisticRegression(C=0.1, l1_ratio=1, solver="liblinear", class_weight="balanced")
    model.fit(features, fr.labels_of(writers))
    return [c for c, w in zip(every, model.coef_[0], strict=False) if w != 0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--select", action="store_true")
    parser.add_argument("--corpus-folds", type=int, default=5, help="0: no corpus CV")
    parser.add_argument("--groups", action="store_true", help="every group's escalations")
    parser.add_argument("--dump", help="write every scored escalation (jsonl)")
    args = parser.parse_args()
    global SCORED_GROUPS
    if args.groups:
        SCORED_GROUPS = frozenset({"child_emergency", "caregiver_crisis", "abuse", "domestic_violence"})
    triage = fr.training_triage()
    if args.select:
        print(",".join(select(triage)))
        return
    scored, dangers = out_of_fold(triage, fr.FRAME_CONCEPTS, args.corpus_folds)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for row, p in zip(scored, dangers, strict=True):
                keep = {k: row.get(k) for k in ("text", "label", "source", "groups", "reason")}
                out.write(json.dumps({**keep, "p": float(p)}, ensure_ascii=False) + "\n")
    print(group_tables(scored, dangers))
    print(f"shipped bars: {fr.GROUP_BARS}")
    print("== every group scored, one bar for all:")
    print(table(scored, dangers))
    bar = chosen_bar(scored, dangers)
    print(f"chosen bar (highest with no danger withdrawn there nor one bar up): {bar}")
    if args.list:
        print(listing(scored, dangers, fr.WITHDRAW_BELOW))


if __name__ == "__main__":
    main()
