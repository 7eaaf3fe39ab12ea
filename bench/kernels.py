"""What the C accelerator buys: the engine on its C kernels and on the NumPy path.

    python bench/kernels.py [--sizes 1000 10000] [--queries 500] [--repeats 3]

The shipped knowledge with the team's questions, then synthetic collections
(bench/synthetic.py) with noisy queries: per-question latency of the full `ask`
(p50, p99) on each path, each run in a fresh process (PARENTFAQ_PURE_PYTHON=1 forces
the NumPy path), the paths taking turns `--repeats` times (medians reported), and
top-1, which must not move between paths (the rankings are the same). Prints one
table and writes it to bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, markdown_table, write_section  # noqa: E402

PATHS = {"C": {}, "NumPy": {"PARENTFAQ_PURE_PYTHON": "1"}}


def one(size: int, count: int) -> dict:
    """Latencies on this process's path; size 0 is the shipped knowledge."""
    from assistant import kernels

    if size == 0:
        from assistant import Assistant
        from assistant.evaluate import read_labelled
        from bench.speed import latencies

        assistant = Assistant.load()
        rows = read_labelled(ROOT / "tests/data/team_questions.jsonl")
        pairs = [(r["query"], r.get("relevant", [None])[0]) for r in rows][:count]
        times, _ = latencies(assistant.ask, pairs)
        top1 = float("nan")
    else:
        from bench.speed import run_parentfaq
        from bench.synthetic import collection, queries

        entries = collection(size)
        with tempfile.TemporaryDirectory() as scratch:
            result = run_parentfaq(entries, queries(entries, count), Path(scratch))
        times, top1 = result["times"], result["top1"]
    return {
        "path": kernels.NAME,
        "p50": float(np.percentile(times, 50)),
        "p99": float(np.percentile(times, 99)),
        "top1": top1,
    }


def measure(path: str, size: int, count: int) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--one", str(size), str(count)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=os.environ | PATHS[path],
    )
    result = json.loads(output.stdout.strip().splitlines()[-1])
    if result["path"] != path:
        raise SystemExit(f"asked for the {path} path, ran on {result['path']} (not built?)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--one", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(*args.one)))
        return
    rows = []
    for size in [0, *args.sizes]:
        runs: dict[str, list[dict]] = {path: [] for path in PATHS}
        for _ in range(args.repeats):
            for path in PATHS:  # in turns: a drift of the machine falls on both
                runs[path].append(measure(path, size, args.queries))
                print(f"{size} {path}: {runs[path][-1]}", file=sys.stderr)
        median = {
            p: {k: float(np.median([r[k] for r in rs])) for k in ("p50", "p99")}
            for p, rs in runs.items()
        }
        for path, rs in runs.items():
            top1 = rs[0]["top1"]
            rows.append(
                [
                    "shipped (team questions)" if size == 0 else f"{size:,} synthetic",
                    path,
                    f"{median[path]['p50']:.2f}",
                    f"{median[path]['p99']:.2f}",
                    f"{median[path]['p50'] / median['C']['p50']:.1f}",
                    "-" if np.isnan(top1) else f"{top1:.3f}",
                ]
            )
    table = markdown_table(["collection", "kernels", "p50 ms", "p99 ms", "p50 / C", "top-1"], rows)
    body = (
        f"`python bench/kernels.py --queries {args.queries} --repeats {args.repeats}` on "
        f"{machine()}: the full `ask`, one question at a time, on the C extension and on "
        "the NumPy path (an install without a compiler), each run in a fresh process, the "
        "paths taking turns; medians of the runs.\n\n" + table
    )
    print(body)
    write_section("kernels", "## The C accelerator and the NumPy path\n\n" + body)


if __name__ == "__main__":
    main()
