"""The learned net's bar per danger group (issue 18, branch bar48), on a choosing set.

    python bench/group_bars.py --out /tmp/bars.json [--cv] FILE...

Each message of the FILEs is decided by the shipped triage (rules, shipped model, frame
reader) with no group bar, then with every group at the lowest bar of the grid; a
message decided alike by both is decided alike at every bar between (a lower bar only
lets more through and stands fewer down), the others are decided again for each group
alone at each bar of the grid. With `--cv`, the same on the corpus out of fold (each
fold's model inside the triage as shipped, as bench/safety_model.py). Writes, per group
and bar, dangers gained, ordinary messages escalated added and medical questions
escalated added, per file kind, and the CV's hard-negative false alarms and recall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402

GROUPS = ("caregiver_crisis", "abuse", "domestic_violence", "child_emergency")
GRID = (0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.89, 0.88, 0.87, 0.86, 0.85, 0.84, 0.82, 0.8)


def kind_of(row: dict) -> str:
    if row["label"] == "danger":
        return "danger"
    if row["label"] == "medical":
        return "medical"
    return "hard" if row.get("category") == "hard_negative" else "ordinary"


def read_of(triage, text: str) -> list:
    """The model's danger score of the message, its likeliest category and that
    category's group's share of the category model's probability."""
    from assistant.triage import sentences

    model = triage.model
    columns, values = model.vector(" ".join(sentences(text)))
    danger = model.scores(" ".join(sentences(text))).danger
    p = model.category.probabilities(columns, values)
    best = model.category.classes[int(p.argmax())]
    group = triage.group.get(best)
    share = sum(float(q) for c, q in zip(model.category.classes, p) if triage.group.get(c) == group)
    return [round(danger, 4), best, round(float(p.max()), 4), round(share, 4)]


def decisions(triage, rows: list[dict], source) -> dict:
    """Per (group, bar) and message index, the decision where it differs from none."""
    triage.model_bar.set_group_bars({})
    base = [triage.decide(r["text"]).kind for r in rows]
    triage.model_bar.set_group_bars({g: min(GRID) for g in GROUPS})
    low = [triage.decide(r["text"]).kind for r in rows]
    moved = [i for i, (a, b) in enumerate(zip(base, low, strict=True)) if a != b]
    out = {}
    info = {i: read_of(triage, rows[i]["text"]) for i in moved}
    for group in GROUPS:
        for bar in GRID:
            triage.model_bar.set_group_bars({group: bar})
            for i in moved:
                kind = triage.decide(rows[i]["text"]).kind
                if kind != base[i]:
                    out.setdefault(f"{group} {bar}", []).append(
                        [source(i), kind_of(rows[i]), base[i], kind, rows[i].get("category"), i, *info[i]]
                    )
    triage.model_bar.set_group_bars({})
    counts = {}
    for i, r in enumerate(rows):
        key = f"{source(i)} {kind_of(r)}"
        c = counts.setdefault(key, {"n": 0, "escalate": 0, "refer": 0})
        c["n"] += 1
        if base[i] in ("escalate", "refer"):
            c[base[i]] += 1
    return {"moved": out, "base": counts}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    result = {}
    if args.files:
        rows, names = [], []
        for f in args.files:
            for line in Path(f).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rows.append(json.loads(line))
                    names.append(Path(f).stem)
        triage = Assistant.load().triage
        result["files"] = decisions(triage, rows, lambda i: names[i])
    if args.cv:
        from assistant.safety_model import load_corpus
        from bench.safety_model import fold_triages
        from knowledge import load_knowledge

        rows = load_corpus()
        merged = {"moved": {}, "base": {}}
        for n, (test, _vec, _kind, triage) in enumerate(fold_triages(rows, 5, load_knowledge().safety)):
            sub = [rows[i] for i in test]
            got = decisions(triage, sub, lambda i: "cv")
            for k, v in got["moved"].items():
                merged["moved"].setdefault(k, []).extend(
                    [*m[:5], int(test[m[5]]), *m[6:]] for m in v
                )
            for k, v in got["base"].items():
                c = merged["base"].setdefault(k, {"n": 0, "escalate": 0, "refer": 0})
                for f in c:
                    c[f] += v[f]
            print("fold", n, "done", flush=True)
        result["cv"] = merged
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
