"""Whether the learned safety net should read a long message per run of sentences.

    python bench/safety_windows.py corpus [--bars 0.97 0.98 0.99] [--dump FILE]
    python bench/safety_windows.py batches FILE ... [--bars ...] [--design-only GLOB ...]
        [--held-only GLOB ...]
    (either: --size N, sentences a run; --sentences N, the fewest a message read in runs)

The model reads a message as one bag of n-grams: one sentence of danger in a long
ordinary story is diluted by the rest. `Triage.reading_runs(RunReading(bar))` reads a
message of at least `RunReading.sentences` sentences again per run of `size` sentences
(`SafetyModel.danger_window`) and takes a run scoring `bar` or more as the message's
danger (the readers of a past, another's child, a figure or prevention still apply).
Shipped off (`Triage.runs` is None); this measures each bar in `--bars`.

`corpus`: `bench/safety_model.py`'s five grouped folds. Each fold's model, inside the
triage as shipped, reads (1) the fold's own messages and (2) long messages made of the
fold's messages: three ordinary messages of the fold (not hard negatives) with a danger
or a hard negative of the fold as the third of four sentences (seeded), the dilution the
windows are meant to undo, and the false alarms they risk on a long story around a
look-alike. Prints recall and hard-negative false alarms of each as
`bench/safety_model.py` does, per bar. The bar is chosen here, on the corpus, not on the
batches: the long hard negatives already escalate 1.4% without runs (the model's own 1%
cannot be met), so the lowest bar at which runs add at most 2 of them (net26: one
sentence 0.993, two sentences 0.995; the batches are then a gate, bench/README.md).

`batches`: the shipped model reads labelled batches (`bench/safety_fresh.py`'s format):
per bar, the dangers the full assistant does not escalate that the runs escalate, and
the non-dangers they escalate (new false alarms), per file: counts only. `--design-only
GLOB`: of files matching GLOB, only messages whose sha1's first hex digit is 0-7 are read;
`--held-only GLOB`: only the others (a held-out half, its totals). Prints only; `corpus
--dump FILE` writes each message's readings.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.safety_model import load_corpus  # noqa: E402
from assistant.triage import RunReading, Triage, sentences  # noqa: E402
from bench.common import markdown_table  # noqa: E402
from bench.safety_fresh import outcome, read_batch  # noqa: E402
from bench.safety_model import fold_triages  # noqa: E402
from knowledge import load_knowledge  # noqa: E402

FILLERS = 3  # ordinary messages around the one read, which stands third


def escalates(triage: Triage, text: str, runs: RunReading | None) -> bool:
    """Whether `triage` escalates `text` read per run as `runs` says (None: as shipped)."""
    return triage.reading_runs(runs).decide(text).kind == "escalate"


def long_messages(rows: list[dict], test: np.ndarray, rng: random.Random) -> list[tuple[str, str]]:
    """(label, text) of the fold's dangers and hard negatives, each told as the third of
    four messages among `FILLERS` ordinary ones of the same fold."""
    fillers = [
        rows[i]["text"].strip()
        for i in test
        if rows[i]["label"] == "ordinary" and rows[i]["category"] != "hard_negative"
    ]
    made = []
    for i in test:
        row = rows[i]
        kind = "danger" if row["label"] == "danger" else row["category"]
        if kind not in ("danger", "hard_negative"):
            continue
        around = rng.sample(fillers, FILLERS)
        parts = [*around[:2], row["text"].strip(), around[2]]
        # each ends a sentence, so the triage reads four at least
        made.append((kind, " ".join(p if p[-1] in ".?!。？！" else p + "." for p in parts)))
    return made


def reading(triage: Triage, text: str, runs: RunReading) -> dict:
    """Whether the triage escalates `text` as shipped (`base`) and with every run read
    (`runs`: a run scoring at least the message's own bar taken), the model's danger of
    the whole message (`whole`) and of its likeliest run (`run`). A bar b escalates the
    message when `base`, or `runs` and `run` >= b: the run read does not depend on the bar."""
    folded = sentences(text)
    whole = triage.model.scores(" ".join(folded)).danger
    long_enough = len(folded) >= runs.sentences
    run = triage.model.danger_window(folded, runs.size)[0].danger
    base = escalates(triage, text, None)
    any_run = base or (long_enough and escalates(triage, text, replace(runs, bar=0.0)))
    return {"base": base, "runs": any_run, "whole": whole, "run": run if long_enough else 0.0}


def corpus(bars: list[float | None], dump: Path | None, runs: RunReading) -> None:
    rows = load_corpus()
    safety = load_knowledge().safety
    rng = random.Random(26)
    read: list[dict] = []
    for test, _, _, triage in fold_triages(rows, 5, safety):
        for i in test:
            what = "danger" if rows[i]["label"] == "danger" else rows[i]["category"]
            if what in ("danger", "hard_negative"):
                read.append({"set": "own", "kind": what, **reading(triage, rows[i]["text"], runs)})
        for what, text in long_messages(rows, test, rng):
            read.append({"set": "long", "kind": what, **reading(triage, text, runs)})
    if dump is not None:
        dump.write_text(json.dumps(read))
    table = []
    for bar in bars:
        line = [str(bar)]
        for made in ("own", "long"):
            for what in ("danger", "hard_negative"):
                sub = [r for r in read if r["set"] == made and r["kind"] == what]
                hits = sum(
                    r["base"] or (bar is not None and r["runs"] and r["run"] >= bar) for r in sub
                )
                line.append(f"{hits / len(sub):.3f} ({hits}/{len(sub)})")
        table.append(line)
    head = [
        "run bar",
        "corpus recall",
        "corpus hard neg. escalated",
        "long (4 sentences) recall",
        "long hard neg. escalated",
    ]
    print(markdown_table(head, table))


def design_half(text: str) -> bool:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[0] in "01234567"


def batches(
    paths: list[Path],
    bars: list[float | None],
    design_only: list[str],
    held_only: list[str],
    runs: RunReading,
) -> None:
    assistant = Assistant.load()
    triage = assistant.triage
    table = []
    for path in paths:
        rows = read_batch([path])
        if any(fnmatch.fnmatch(str(path), g) for g in design_only):
            rows = [r for r in rows if design_half(r["text"])]
        elif any(fnmatch.fnmatch(str(path), g) for g in held_only):
            rows = [r for r in rows if not design_half(r["text"])]
        long = [r for r in rows if len(sentences(r["text"])) >= runs.sentences]
        for row in long:
            row["full"] = outcome(assistant.ask(row["text"]))
        line = [path.stem, f"{len(long)}/{len(rows)}"]
        for bar in bars:
            if bar is None:
                continue
            gained = Counter()
            for row in long:
                if row["full"] != "escalate" and escalates(
                    triage, row["text"], replace(runs, bar=bar)
                ):
                    gained[row["label"]] += 1
            line.append(f"+{gained['danger']} / +{gained['ordinary']} / +{gained['medical']}")
        table.append(line)
    head = ["batch", "long messages"] + [
        f"at {b}: danger / ordinary / medical escalated" for b in bars if b is not None
    ]
    print(markdown_table(head, table))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("corpus", "batches"))
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--bars", nargs="*", type=float, default=[0.96, 0.97, 0.98, 0.99])
    parser.add_argument("--design-only", nargs="*", default=[])
    parser.add_argument("--held-only", nargs="*", default=[])
    parser.add_argument("--dump", type=Path, help="corpus: each message's readings, JSON")
    parser.add_argument("--size", type=int, default=RunReading.size)
    parser.add_argument("--sentences", type=int, default=RunReading.sentences)
    args = parser.parse_args()
    # the runs read; each bar measured replaces `bar`
    runs = RunReading(bar=0.0, size=args.size, sentences=args.sentences)
    bars: list[float | None] = [None, *args.bars]
    if args.what == "corpus":
        corpus(bars, args.dump, runs)
    else:
        batches(args.files, bars, args.design_only, args.held_only, runs)


if __name__ == "__main__":
    main()
