"""Choose the Chinese retriever's fusion weights and threshold on the dev half.

    python bench/zh_tune.py [--questions tests/data/zh_questions.jsonl] [--report]

Searches `ChineseParams` (assistant/chinese.py) on the `dev` split of the team's
Chinese questions: the grid point whose lowest of top-1, abstain precision and
abstain recall is highest (ties: more answered right). Prints a table of the
chosen point on `dev` and on `test` (each batch of the set on its own too); `test`
is reported, never used to choose; then the Chinese path's cost: building its
index, and answering each question. `--report` prints the table for the shipped
parameters without searching.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import Assistant  # noqa: E402
from assistant.chinese import ChineseParams  # noqa: E402
from assistant.evaluate import evaluate, read_labelled, source_ids  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def floors(summary: dict) -> tuple[float, float]:
    low = min(summary["top1"], summary["abstain_precision"], summary["abstain_recall"])
    return low, summary["answered_right"]


def outcome(assistant: Assistant, row: dict) -> tuple[bool, float, bool, bool]:
    """(expected to abstain, best score, triage decided, the best is relevant)."""
    answer, ranking = assistant.respond(row["query"])
    if ranking is None:
        return row.get("expect") == "abstain", 0.0, True, False
    relevant = source_ids(row.get("relevant", []))
    ranked = assistant.ranked_sources(ranking)
    score = ranking.candidates[0].score if ranking.candidates else 0.0
    return row.get("expect") == "abstain", score, False, bool(ranked) and ranked[0] in relevant


def summarise(outcomes, threshold: float) -> dict:
    answerable = [o for o in outcomes if not o[0]]
    abstained = [o[2] or o[1] < threshold for o in outcomes]
    right_abstain = sum(a for a, o in zip(abstained, outcomes, strict=True) if o[0])
    return {
        "top1": sum(o[3] for o in answerable) / max(1, len(answerable)),
        "answered_right": sum(
            o[3] and not a for a, o in zip(abstained, outcomes, strict=True) if not o[0]
        )
        / max(1, len(answerable)),
        "abstain_precision": right_abstain / max(1, sum(abstained)),
        "abstain_recall": right_abstain / max(1, len(outcomes) - len(answerable)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", default=ROOT / "tests/data/zh_questions.jsonl")
    parser.add_argument("--report", action="store_true", help="score the shipped parameters")
    args = parser.parse_args()
    rows = read_labelled(args.questions)
    dev = [r for r in rows if r.get("split") == "dev"]
    assistant = Assistant.load()
    if args.report:
        table(assistant, rows)
        return
    best = None
    weights = itertools.product(
        (0.4, 0.5, 0.6, 0.7),  # phrasing
        (0.0, 0.15, 0.3),  # whole
        (0.0, 0.15, 0.25, 0.4),  # coverage
    )
    for phrasing, whole, coverage in weights:
        # Rank once per weighting; every threshold is then read off the best scores.
        assistant.chinese.params = ChineseParams(phrasing, whole, coverage, threshold=0.0)
        outcomes = [outcome(assistant, row) for row in dev]
        for threshold in [t / 100 for t in range(10, 80)]:
            key = floors(summarise(outcomes, threshold))
            if best is None or key > best[0]:
                best = (key, ChineseParams(phrasing, whole, coverage, threshold))
    chosen = best[1]
    print(f"chosen on dev: {chosen}")
    assistant.chinese.params = chosen
    table(assistant, rows)
    assistant.chinese.params = chosen
    speed(assistant, rows)


def table(assistant: Assistant, rows: list[dict]) -> None:
    """Top-1, answered right and abstention per split, overall and per batch."""
    parts = [("dev", "all"), ("test", "all"), ("all", "all")]
    parts += [
        (split, b) for b in sorted({r.get("batch", 1) for r in rows}) for split in ("dev", "test")
    ]
    print(f"{'split':<6} {'batch':>5} {'n':>4} {'top1':>6} {'right':>6} {'abs P':>6} {'abs R':>6}")
    for split, number in parts:
        part = [
            r
            for r in rows
            if split in ("all", r.get("split")) and number in ("all", r.get("batch", 1))
        ]
        s = evaluate(assistant, part).summary()
        print(
            f"{split:<6} {number:>5} {len(part):>4} {s['top1']:>6.3f} {s['answered_right']:>6.3f} "
            f"{s['abstain_precision']:>6.3f} {s['abstain_recall']:>6.3f}"
        )


def speed(assistant: Assistant, rows: list[dict]) -> None:
    """Build time of the Chinese index and per-question latency (median and p95 of
    three rounds over the set), through `Assistant.ask`."""
    retriever = assistant.chinese
    builds = []
    for _ in range(3):
        start = time.perf_counter()
        type(retriever)(retriever.docs, retriever.folder, retriever.params)
        builds.append(time.perf_counter() - start)
    latencies = []
    for _ in range(3):
        for row in rows:
            start = time.perf_counter()
            assistant.ask(row["query"])
            latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    print(f"{'docs':>5} {'build s':>8} {'ask ms p50':>11} {'ask ms p95':>11}")
    print(
        f"{len(retriever.docs):>5} {statistics.median(builds):>8.2f} "
        f"{statistics.median(latencies):>11.2f} {latencies[int(len(latencies) * 0.95)]:>11.2f}"
    )


if __name__ == "__main__":
    main()
