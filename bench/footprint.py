"""Footprint: what an index costs to build, to keep on disk and to serve, beside bm25s.

    python bench/footprint.py [--sizes 1000 10000 100000] [--repeats 3] [--asks 1000]
                              [--methods parentfaq bm25s] [--code DIR] [--no-write]

For each synthetic collection size (bench/synthetic.py) and each method, `--repeats`
times with the methods taking turns, each step in a fresh process:

- build: the index made from the entries in memory (parentfaq: `Assistant(...,
  saved_index=False)`, as `parentfaq index` does; bm25s: tokenize and index, as its
  documentation shows), then saved; wall and CPU seconds, the process's peak RSS
  while it builds (the entries already in memory: high-water mark reset before the
  build), the saved file's size;
- serve: a new process holding the entries (parentfaq: its `Knowledge`; bm25s: their
  ids only) and its code imported loads the saved index (parentfaq: the index's own
  share, `load_index`, and the whole `Assistant`, wall and CPU seconds: what a
  server does before it can answer, its safety triage's start-up and answer
  composer included, built at each start whatever the index), then answers `--asks` noisy
  questions one at a time (parentfaq: the full `ask`; bm25s: `retrieve(tokenize(q),
  k=1)`). Peak RSS is the process's high-water mark from just before the load to the
  end of the asks (reset through /proc/self/clear_refs once the entries are in
  memory), with its anonymous and file-backed parts at the end: a memory-mapped
  index counts the pages the questions read, which the processes serving one index
  share.

Medians of the runs are reported, with the ratios to bm25s's. `--code DIR` runs
another checkout of the engine (its `assistant` and `knowledge` packages) to compare
before and after. Prints one table and writes it to bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if os.environ.get("FOOTPRINT_CODE"):  # a step on another checkout of the engine
    sys.path.insert(0, os.environ["FOOTPRINT_CODE"])

from bench.common import machine, markdown_table, steadiness, write_section  # noqa: E402
from bench.synthetic import collection, queries  # noqa: E402

METHODS = ("parentfaq", "bm25s")
KEYS = (
    "build",
    "build_cpu",
    "build_peak_mb",
    "file_mb",
    "load",
    "load_cpu",
    "triage_cpu",
    "index_load",
    "index_load_cpu",
    "peak_mb",
    "anon_mb",
    "file_backed_mb",
)


def status_mb(key: str) -> float:
    """A line of /proc/self/status (VmHWM, VmRSS, RssAnon, RssFile) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(key)


def reset_peak() -> None:
    """Start the high-water mark of resident memory again from the current RSS."""
    Path("/proc/self/clear_refs").write_text("5")


def knowledge_of(entries: list[dict]):
    from knowledge import FaqEntry, Knowledge, load_knowledge

    shipped = load_knowledge()
    faq = tuple(
        FaqEntry(
            id=e["id"],
            question=e["question"],
            answer=e["answer"],
            alternates=tuple(e["alternates"]),
        )
        for e in entries
    )
    return Knowledge(
        root=Path(os.environ["FOOTPRINT_DIR"]),
        articles=(),
        faq=faq,
        synonyms=shipped.synonyms,
        safety=shipped.safety,
        clinic=shipped.clinic,
    )


def tree_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def build(method: str, size: int, scratch: Path) -> dict:
    entries = collection(size)
    if method == "parentfaq":
        from assistant import Assistant
        from assistant.persist import INDEX_FILE

        knowledge = knowledge_of(entries)
        del entries
        gc.collect()
        reset_peak()
        wall, cpu = time.perf_counter(), time.process_time()
        assistant = Assistant(knowledge, saved_index=False)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        peak = status_mb("VmHWM")
        assistant.save_index()
        return {
            "build": wall,
            "build_cpu": cpu,
            "build_peak_mb": peak,
            "file_mb": tree_mb(scratch / INDEX_FILE),
        }
    import bm25s

    corpus = [" ".join([e["question"], *e["alternates"], e["answer"]]) for e in entries]
    del entries
    gc.collect()
    reset_peak()
    wall, cpu = time.perf_counter(), time.process_time()
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = status_mb("VmHWM")
    retriever.save(scratch / "bm25s")
    return {
        "build": wall,
        "build_cpu": cpu,
        "build_peak_mb": peak,
        "file_mb": tree_mb(scratch / "bm25s"),
    }


def serve(method: str, size: int, asks: int, scratch: Path) -> dict:
    entries = collection(size)
    pairs = queries(entries, asks)
    if method == "parentfaq":
        held = knowledge_of(entries)
    else:
        held = [e["id"] for e in entries]
    del entries
    # The code is imported before the clock starts.
    parts: dict[str, float] = {}
    if method == "parentfaq":
        from assistant import Assistant

        time_parts(parts)
    else:
        import bm25s
    gc.collect()
    reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    if method == "parentfaq":
        assistant = Assistant(held, saved_index=True)  # loads the file the build saved
        load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
        for query, _ in pairs:
            assistant.ask(query)
    else:
        retriever = bm25s.BM25.load(scratch / "bm25s")
        load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
        parts.update(index_load=load, index_load_cpu=load_cpu, triage_cpu=0.0)
        for query, _ in pairs:
            tokens = bm25s.tokenize(query, stopwords="en", show_progress=False)
            retriever.retrieve(tokens, k=1, show_progress=False)
    return {
        "load": load,
        "load_cpu": load_cpu,
        "triage_cpu": parts["triage_cpu"] + parts.get("model_cpu", 0.0),
        "index_load": parts["index_load"],
        "index_load_cpu": parts["index_load_cpu"],
        "peak_mb": status_mb("VmHWM"),
        "anon_mb": status_mb("RssAnon"),
        "file_backed_mb": status_mb("RssFile"),
    }


def time_parts(parts: dict[str, float]) -> None:
    """Have each `Assistant` load put into `parts` the wall and CPU seconds of the
    index's own share (`index_load`, `index_load_cpu`) and of its safety triage's
    start-up (`triage`, `triage_cpu`: the rules and their screens, the model read)."""
    from assistant import Assistant, engine

    def timing(name: str, function):
        def timed(*args, **kwargs):
            start, cpu = time.perf_counter(), time.process_time()
            result = function(*args, **kwargs)
            parts[name] = time.perf_counter() - start
            parts[name + "_cpu"] = time.process_time() - cpu
            return result

        return timed

    Assistant._index = timing("index_load", Assistant._index)
    engine.Triage = timing("triage", engine.Triage)
    engine.load_shipped_model = timing("model", engine.load_shipped_model)


def step(args: list[str], code: Path, scratch: Path) -> dict:
    """One build or serve in a fresh interpreter, on the engine at `code`."""
    environment = {**os.environ, "FOOTPRINT_DIR": str(scratch), "FOOTPRINT_CODE": str(code)}
    output = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
    )
    if output.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def run(method: str, size: int, asks: int, code: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="footprint-") as scratch:
        built = step(["--build", method, str(size)], code, Path(scratch))
        served = step(["--serve", method, str(size), str(asks)], code, Path(scratch))
    return built | served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each method, in turns")
    parser.add_argument("--asks", type=int, default=1000, help="questions the server answers")
    parser.add_argument("--methods", nargs="+", choices=METHODS, default=list(METHODS))
    parser.add_argument("--code", type=Path, default=ROOT, help="the engine's checkout")
    parser.add_argument("--no-write", action="store_true", help="print, leave the README")
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--serve", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build or args.serve:
        scratch = Path(os.environ["FOOTPRINT_DIR"])
        if args.build:
            print(json.dumps(build(args.build[0], int(args.build[1]), scratch)))
        else:
            method, size, asks = args.serve
            print(json.dumps(serve(method, int(size), int(asks), scratch)))
        return
    steady_before, load_before = steadiness(), os.getloadavg()[0]
    rows = []
    for size in args.sizes:
        runs: dict[str, list[dict]] = {method: [] for method in args.methods}
        for _ in range(args.repeats):
            for method in args.methods:
                runs[method].append(run(method, size, args.asks, args.code.resolve()))
                print(f"{size} {method}: {runs[method][-1]}", file=sys.stderr, flush=True)
        medians = {
            m: {k: float(np.median([r[k] for r in rs])) for k in KEYS} for m, rs in runs.items()
        }
        peer = medians.get("bm25s")
        for method, r in medians.items():

            def ratio(key: str, r=r, method=method, peer=peer) -> str:
                return "" if method == "bm25s" or not peer else f" ({r[key] / peer[key]:.1f}x)"

            rows.append(
                [
                    f"{size:,}",
                    method,
                    f"{r['build']:.2f}{ratio('build')}",
                    f"{r['build_cpu']:.2f}",
                    f"{r['build_peak_mb']:.0f}{ratio('build_peak_mb')}",
                    f"{r['peak_mb']:.0f}{ratio('peak_mb')}",
                    f"{r['anon_mb']:.0f} / {r['file_backed_mb']:.0f}",
                    f"{r['file_mb']:.1f}{ratio('file_mb')}",
                    f"{r['index_load']:.3f}{ratio('index_load')}",
                    f"{r['index_load_cpu']:.3f}",
                    f"{r['load']:.3f}",
                    f"{r['load_cpu']:.3f}",
                    f"{r['triage_cpu']:.3f}" if method != "bm25s" else "",
                    " / ".join(f"{x['build']:.1f}" for x in runs[method]),
                ]
            )
    table = markdown_table(
        [
            "entries",
            "method",
            "build s (/ bm25s)",
            "build CPU s",
            "build peak RSS MB (/ bm25s)",
            "peak RSS MB serving (/ bm25s)",
            "RSS MB at the end: anonymous / file-backed",
            "index file MB (/ bm25s)",
            "index load s (/ bm25s)",
            "index load CPU s",
            "whole load s",
            "whole load CPU s",
            "triage start-up CPU s",
            "build s of each run",
        ],
        rows,
    )
    commit = subprocess.run(
        ["git", "-C", str(args.code), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    body = (
        f"`python bench/footprint.py --repeats {args.repeats} --asks {args.asks}` on "
        f"{datetime.date.today().isoformat()}, engine at {commit or args.code}, on {machine()}. "
        f"Each step ran in a fresh process, the methods taking turns, {args.repeats} "
        "times; the numbers are the medians (in brackets, as a multiple of bm25s's). "
        f"Serving: load, then {args.asks} noisy questions one at a time. Load average "
        f"{load_before:.1f} before the runs, {os.getloadavg()[0]:.1f} after; before them "
        f"{steady_before}.\n\n" + table
    )
    print(body)
    if not args.no_write:
        write_section("footprint", "## Footprint: build, file, load and memory\n\n" + body)


if __name__ == "__main__":
    main()
