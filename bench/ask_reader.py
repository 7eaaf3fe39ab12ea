"""How the learned reader of the ask (`assistant/ask_reader.py`) reads the messages the
triage is about to refer, by language, and the choice of its two thresholds.

    python bench/ask_reader.py [--list] [batch.jsonl ...]   # the reader's readings
    python bench/ask_reader.py --choose                      # the thresholds' rule
    python bench/ask_reader.py --halves                      # independent corpora, held out
    python bench/ask_reader.py --lowo [held-out.jsonl ...]   # leave one writer out

Default batches: the released fresh 7-19 and dev 13-16 (listed by name, never a
pattern over the measurement batches). Prints only; writes nothing.

- readings: for every ordinary and medical message that the rules and the model would
  send to a doctor before the parenting gate (`Triage._parenting_asked`): how many have
  an ask the reader reads as the gate's parenting words (the ask names no health word
  and no question sentence does), and how many of those fall under each candidate
  threshold; then the share of the reader's training rows that are Chinese.
- --choose: each candidate threshold (the parenting one, `PARENTING_BELOW`, and the
  sure one, `SURE_BELOW`) against the reader switched off, on every medical message of
  the development batches and every `safety_check_*` and `medical_check_*`: how many,
  per language, would lose their referral. The shipped ones are the highest at which
  none does; the parenting one is read per language (`PARENTING_BELOW` for English,
  `PARENTING_BELOW_ZH` for Chinese: each the highest at which none of its language's
  medical messages does, ref10).
- --halves: the independent writers' files (`knowledge/data/writers/`) split by
  alternate lines; a reader trained without one half (and otherwise as shipped) decides that half, against the shipped rules with the reader switched off
  and with the shipped reader (which saw both halves).
- --lowo: leave one writer out. For each independent writer's file
  (`knowledge/data/writers/*.jsonl`), a reader trained without that whole file (and
  otherwise as shipped, at the shipped thresholds) decides it, against the reader off
  and the shipped reader. Then each batch named (a held-out file such as
  `bench/data/writers_trainw4.jsonl`, scored as totals only) is decided by the reader
  off, the shipped reader, and each reader trained without one writer. Totals only.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant import ask_reader as reader_module  # noqa: E402
from assistant.ask_reader import asked_text, training_rows  # noqa: E402
from assistant.triage import language  # noqa: E402

DATA = ROOT / "bench" / "data"
DEV = [
    *(f"safety_fresh_{n}.jsonl" for n in range(7, 20)),
    *(f"safety_dev_{n}.jsonl" for n in range(13, 17)),
]
INDEPENDENT = [f"indep-trainw{n}.jsonl" for n in (1, 2, 3, 5, 6)]
WRITERS = ROOT / "knowledge" / "data" / "writers"
THRESHOLDS = (0.02, 0.03, 0.05, 0.06, 0.07, 0.08, 0.1, 0.12, 0.15, 0.2)
SURE = (0.002, 0.005, 0.01, 0.02, 0.03, 0.05)


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def checks() -> list[Path]:
    return sorted(DATA.glob("safety_check_*.jsonl")) + sorted(DATA.glob("medical_check_*.jsonl"))


def lang_of(row: dict) -> str:
    return row.get("lang") or language(row["text"])


def gate_reading(triage, message: str):
    """(referred, probability, readable): whether the triage refers `message` with the
    parenting gate off, the reader's probability of a doctor's ask (None with no ask),
    and whether the gate lets the reader stand for its parenting words (the ask names
    no health word and no question sentence does)."""
    gate = triage._parenting_asked
    seen = {}

    def probe(message, parts, text, features, chinese, ruled, words, **options):
        plain = triage._plain_reader.read_also(words)
        asks, tellings, leads = triage._ask_split(message, parts)
        if asks:
            seen["p"] = triage.ask_reader.doctor(
                asked_text(asks, tellings, leads), " ".join(tellings)
            )
            seen["readable"] = not any(
                triage._health_words(a, features, plain) for a in asks
            ) and triage._plainly_asked(
                message, parts, text, features, plain, chinese, asks, leads
            )
        return False

    triage._parenting_asked = probe
    try:
        referred = triage.decide(message).kind == "refer"
    finally:
        triage._parenting_asked = gate
    return referred, seen.get("p"), seen.get("readable", False)


def readings(triage, paths: list[Path], listing: bool) -> None:
    asks, told = training_rows(triage)[:2]
    zh = sum(language(a + " " + t) == "zh" for a, t in zip(asks, told, strict=True))
    print(f"training rows: {len(asks)}, Chinese {zh} ({zh / len(asks):.0%})")
    print(
        "batch | lang | label | referred before gate | readable | "
        + " | ".join(f"<{t}" for t in THRESHOLDS)
    )
    for path in paths:
        counts = defaultdict(lambda: [0, 0, [0] * len(THRESHOLDS)])
        for row in rows_of(path):
            if row["label"] not in ("ordinary", "medical"):
                continue
            referred, p, readable = gate_reading(triage, row["text"])
            if not referred:
                continue
            key = (lang_of(row), row["label"])
            counts[key][0] += 1
            if readable:
                counts[key][1] += 1
                for n, t in enumerate(THRESHOLDS):
                    counts[key][2][n] += p < t
            if listing:
                final = triage.decide(row["text"]).kind or "answer"
                shown = "-" if p is None else f"{p:.3f}{'' if readable else '!'}"
                print(f"  {path.stem} {key[0]} {key[1]:8} {final:8} {shown:7} {row['text']}")
        for (lang, label), (n, readable, under) in sorted(counts.items()):
            print(
                f"{path.stem} | {lang} | {label} | {n} | {readable} | "
                + " | ".join(map(str, under))
            )


def decisions(triage, reader, rows: list[dict]) -> list[str | None]:
    triage.ask_reader = reader
    return [triage.decide(row["text"]).kind for row in rows]


def with_thresholds(reader, threshold: float, sure: float):
    changed = copy.copy(reader)
    changed.threshold = changed.threshold_zh = threshold
    changed.sure = sure
    return changed


def choose(triage, paths: list[Path], sure_only: bool = False) -> None:
    shipped = triage.ask_reader
    medical = [r for p in paths + checks() for r in rows_of(p) if r["label"] == "medical"]
    base = decisions(triage, with_thresholds(shipped, 0.0, 0.0), medical)
    print(f"{len(medical)} medical messages, {base.count('refer')} referred with the reader off")

    def lost(reader) -> dict:
        now = decisions(triage, reader, medical)
        return dict(
            Counter(
                lang_of(r) for r, b, n in zip(medical, base, now, strict=True) if b == "refer" != n
            )
        )

    for t in () if sure_only else THRESHOLDS:
        print(f"parenting below {t} (sure off): lost {lost(with_thresholds(shipped, t, 0.0))}")
    for s in SURE:
        changed = with_thresholds(shipped, shipped.threshold, s)
        changed.threshold_zh = shipped.threshold_zh
        print(
            f"sure below {s} (parenting {shipped.threshold}, Chinese {shipped.threshold_zh}): "
            f"lost {lost(changed)}"
        )
    triage.ask_reader = shipped


def outcome(counts: Counter) -> str:
    out = []
    for label in ("ordinary", "medical"):
        for lang in ("en", "zh"):
            n = sum(v for (lab, g, _), v in counts.items() if (lab, g) == (label, lang))
            if n:
                out.append(
                    f"{label} {lang}: referred {counts[(label, lang, 'refer')]}/{n}, "
                    f"escalated {counts[(label, lang, 'escalate')]}"
                )
    return "; ".join(out)


def halves(triage) -> None:
    shipped = triage.ask_reader
    rows = [(n, r) for name in INDEPENDENT for n, r in enumerate(rows_of(WRITERS / name))]
    rows = [(n % 2, r) for n, r in rows if r["label"] in ("ordinary", "medical")]
    off, held, seen = Counter(), Counter(), Counter()
    for half in (0, 1):
        part = [r for k, r in rows if k == half]
        leave = frozenset(r["text"] for r in part)
        fitted = reader_module.fit(*training_rows(triage, leave_out=leave))
        reader = reader_module.from_sklearn(
            *fitted, shipped.threshold, "held out", shipped.sure, shipped.threshold_zh
        )
        keys = [(r["label"], lang_of(r)) for r in part]
        for counter, used in (
            (off, with_thresholds(shipped, 0.0, 0.0)),
            (held, reader),
            (seen, shipped),
        ):
            counter.update(
                (*k, d) for k, d in zip(keys, decisions(triage, used, part), strict=True)
            )
    triage.ask_reader = shipped
    print("reader off:", outcome(off))
    print("reader trained without the half (held out):", outcome(held))
    print("shipped reader (saw both halves):", outcome(seen))


def _held_reader(triage, shipped, leave: frozenset):
    fitted = reader_module.fit(*training_rows(triage, leave_out=leave))
    return reader_module.from_sklearn(
        *fitted, shipped.threshold, "held out", shipped.sure, shipped.threshold_zh
    )


def _totals(triage, reader, rows: list[dict]) -> str:
    counts = Counter()
    keys = [
        (r["label"] + ("/hard" if r.get("category") == "hard_negative" else ""), lang_of(r))
        for r in rows
    ]
    counts.update((*k, d) for k, d in zip(keys, decisions(triage, reader, rows), strict=True))
    out = []
    for label in sorted({k[0] for k in keys}):
        for lang in ("en", "zh"):
            n = sum(v for (lab, g, _), v in counts.items() if (lab, g) == (label, lang))
            if n:
                out.append(f"{label} {lang} {counts[(label, lang, 'refer')]}/{n}")
    return "; ".join(out)


def lowo(triage, held_out: list[Path]) -> None:
    """Leave one writer out (see the module's docstring)."""
    shipped = triage.ask_reader
    off = with_thresholds(shipped, 0.0, 0.0)
    files = sorted(WRITERS.glob("*.jsonl"))
    readers = {}
    for path in files:
        rows = [r for r in rows_of(path) if r["label"] in ("ordinary", "medical")]
        reader = _held_reader(triage, shipped, frozenset(r["text"] for r in rows))
        readers[path.stem] = reader
        print(f"{path.stem} (referred): off {_totals(triage, off, rows)}")
        print(f"    without it {_totals(triage, reader, rows)}")
        print(f"    shipped    {_totals(triage, shipped, rows)}")
    for path in held_out:
        rows = [r for r in rows_of(path) if r["label"] in ("ordinary", "medical")]
        print(f"{path.stem} (referred, held out): off {_totals(triage, off, rows)}")
        print(f"    shipped {_totals(triage, shipped, rows)}")
        for name, reader in readers.items():
            print(f"    without {name} {_totals(triage, reader, rows)}")
    triage.ask_reader = shipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print each read message")
    parser.add_argument("--choose", action="store_true", help="the thresholds' rule")
    parser.add_argument("--halves", action="store_true", help="independent corpora held out")
    parser.add_argument("--sure-only", action="store_true", help="with --choose: the sure one")
    parser.add_argument("--lowo", action="store_true", help="leave one writer out")
    args = parser.parse_args()
    triage = Assistant.load().triage
    paths = args.batches or [DATA / name for name in DEV]
    if args.choose:
        choose(triage, paths, args.sure_only)
    elif args.halves:
        halves(triage)
    elif args.lowo:
        lowo(triage, args.batches)
    else:
        readings(triage, paths, args.list)


if __name__ == "__main__":
    main()
