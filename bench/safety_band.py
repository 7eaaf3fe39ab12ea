"""The model's band: danger messages the rules miss that the model scores below a bar.

    python bench/safety_band.py [--below 0.98] [--kept-from 0.945] [--list] [--no-corpus]

A danger message the rules miss is caught only when the model scores it at least
`DANGER_THRESHOLD`; the nearer its score to the threshold, the less a higher
threshold can keep it. This counts, per set, the danger messages the rules miss
with a model score below `--below`, and how many of those score at least the
shipped threshold (the ones a higher threshold would lose). Sets: every
`bench/data/safety_check_*.jsonl`, the released fresh batches 7-11, parent-dev's
`fit` half (its `report` half is never read) and the corpus, scored out of fold
(grouped 5-fold, as bench/safety_model.py; cached under /tmp by the corpus hash).
`--list` prints the messages (terminal only: never copy a fresh or parent-dev
message into rules, corpus or tests). Prints only; writes nothing in the repo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety_model import (  # noqa: E402
    DANGER_THRESHOLD,
    FEATURES_VERSION,
    corpus_hash,
    load_corpus,
    load_shipped_model,
)
from assistant.triage import Triage, sentences  # noqa: E402
from bench.parentdev import DEFAULT as PARENT_DEV  # noqa: E402
from bench.parentdev import half, read_messages  # noqa: E402
from bench.safety_fresh import read_batch  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

FRESH = [ROOT / "bench" / "data" / f"safety_fresh_{n}.jsonl" for n in range(7, 12)]


def dev_sets() -> dict[str, list[tuple[str, str, bool]]]:
    """Set name -> (text, category, may be listed) of its danger messages: a check
    batch's `report` half is counted, never listed."""
    sets = {}
    for path in sorted((ROOT / "bench" / "data").glob("safety_check_*.jsonl")) + FRESH:
        sets[path.stem] = [
            (r["text"], r.get("category", ""), r.get("split") != "report")
            for r in read_batch([path])
            if r["label"] == "danger"
        ]
    if PARENT_DEV.exists():
        sets["parent-dev fit"] = [
            (m["query"], "", True)
            for m in read_messages(PARENT_DEV)
            if m.get("expect") == "escalate" and half(m["id"]) == "fit"
        ]
    return sets


def corpus_scores(rows: list[dict]) -> np.ndarray:
    cache = Path(f"/tmp/safety-band-oof-{corpus_hash()[:16]}-{FEATURES_VERSION}.npy")
    if cache.exists():
        return np.load(cache)
    from bench.safety_model import out_of_fold

    danger, _ = out_of_fold(rows, 5, load_knowledge().safety)
    np.save(cache, danger)
    return danger


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--below", type=float, default=0.98)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--kept-from", type=float, default=DANGER_THRESHOLD)
    args = parser.parse_args()
    rules = Triage(load_knowledge().safety)
    model = load_shipped_model()
    sets = {
        name: [(t, c, model.scores(" ".join(sentences(t))).danger, ok) for t, c, ok in msgs]
        for name, msgs in dev_sets().items()
    }
    if not args.no_corpus:
        rows = load_corpus()
        scores = corpus_scores(rows)
        sets["corpus (out of fold)"] = [
            (r["text"], r["category"], s, True)
            for r, s in zip(rows, scores, strict=True)
            if r["label"] == "danger"
        ]
    total = caught = 0
    print(f"| set | danger | rules miss | band (< {args.below}) | of it >= {args.kept_from} |")
    print("| --- | --- | --- | --- | --- |")
    listed = []
    for name, msgs in sets.items():
        missed = [m for m in msgs if rules.decide(m[0]).kind != "escalate"]
        band = [m for m in missed if m[2] < args.below]
        kept = [m for m in band if m[2] >= args.kept_from]
        total += len(band)
        caught += len(kept)
        print(f"| {name} | {len(msgs)} | {len(missed)} | {len(band)} | {len(kept)} |")
        listed += [(name, *m) for m in band]
    print(f"| all | | | {total} | {caught} |")
    if args.list:
        for name, text, category, score, ok in sorted(listed, key=lambda m: -m[3]):
            if ok:
                print(f"{score:.3f} [{name}] [{category}] {text}")


if __name__ == "__main__":
    main()
