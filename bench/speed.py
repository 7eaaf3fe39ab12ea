"""Speed and scale: the engine beside bm25s and plain scikit-learn TF-IDF.

    python bench/speed.py [--sizes 1000 10000 100000] [--queries 1000] [--repeats 3] [--no-http]

For each synthetic collection size (bench/synthetic.py) and each method, each run
in a fresh subprocess (so peak memory is its own), `--repeats` times with the
methods taking turns (medians are reported: this machine's speed drifts): index
build time, index save and load time, per-question p50/p99 latency, top-1 on
noisy queries whose right entry is known, and peak RSS. The engine is timed on
the full `ask` (triage, retrieval, answer composition); bm25s on the query call its
documentation shows (`retrieve`), and, as a stricter peer, on its scoring call
alone. Then HTTP
(bench/http_load.py): `parentfaq serve --workers 2` under wrk, requests per
second at saturation on `/api/v1/ask` as a share of `/api/v1/health`, in 3 rounds.
Prints one table and writes it to bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import machine, markdown_table, steadiness, write_section  # noqa: E402
from bench.synthetic import collection, queries  # noqa: E402

METHODS = ("parentfaq", "bm25s", "bm25s scores only", "sklearn-tfidf")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def latencies(answer, pairs, best=None) -> tuple[np.ndarray, np.ndarray, float]:
    """Per-question milliseconds of `answer`, on the wall clock and on this thread's
    CPU clock (the time the question had a core: on a loaded machine the wall clock
    adds the waits for one), and top-1 of `best` (default: `answer`)."""
    for query, _ in pairs[:20]:  # warm caches and lazy structures
        answer(query)
    times, cpu, right = [], [], 0
    for query, expected in pairs:
        start, start_cpu = time.perf_counter(), time.thread_time()
        got = answer(query)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        times.append((time.perf_counter() - start) * 1000)
        right += (got if best is None else best(query)) == expected
    return np.array(times), np.array(cpu), right / len(pairs)


def run_parentfaq(entries, pairs, scratch: Path) -> dict:
    from assistant import Assistant
    from knowledge import FaqEntry, Knowledge, load_knowledge

    shipped = load_knowledge()
    knowledge = Knowledge(
        root=scratch,
        articles=(),
        faq=tuple(
            FaqEntry(
                id=e["id"],
                question=e["question"],
                answer=e["answer"],
                alternates=tuple(e["alternates"]),
            )
            for e in entries
        ),
        synonyms=shipped.synonyms,
        safety=shipped.safety,
        clinic=shipped.clinic,
    )
    start = time.perf_counter()
    built = Assistant(knowledge, saved_index=False)
    build = time.perf_counter() - start
    start = time.perf_counter()
    built.save_index()
    save = time.perf_counter() - start
    del built
    start = time.perf_counter()
    assistant = Assistant(knowledge, saved_index=True)  # loads the file just saved
    load = time.perf_counter() - start
    # As a server does before it answers (web/serving.py): the safety patterns
    # compile on first use, which would otherwise land in the first questions' times.
    assistant.triage.compile_patterns()

    def best(query):
        # Ranking quality, as for the peers: the best candidate, whether or not the
        # full `ask` answered, abstained or referred a medical word ("illness") on.
        ranking, _ = assistant.best_reading(assistant.check_question(query))
        return (
            assistant.index.docs_[ranking.candidates[0].doc].source_id.removeprefix("faq:")
            if ranking.candidates
            else ""
        )

    times, cpu, top1 = latencies(assistant.ask, pairs, best)
    return {"build": build, "save": save, "load": load, "times": times, "cpu": cpu, "top1": top1}


def run_bm25s(entries, pairs, scratch: Path, scores_only: bool = False) -> dict:
    """bm25s over each entry's question, alternates and answer. Asked as its
    documentation shows (`retrieve(bm25s.tokenize(query), k=1)`, progress bars off),
    or with `scores_only` through its scoring call alone (`get_scores` and an argmax:
    no top-k selection, the query's words looked up by hand)."""
    import bm25s

    ids = [e["id"] for e in entries]
    start = time.perf_counter()
    retriever = bm25s.BM25()
    corpus = [" ".join([e["question"], *e["alternates"], e["answer"]]) for e in entries]
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False
    )
    build = time.perf_counter() - start
    start = time.perf_counter()
    retriever.save(scratch / "bm25")
    save = time.perf_counter() - start
    start = time.perf_counter()
    retriever = bm25s.BM25.load(scratch / "bm25")
    load = time.perf_counter() - start
    vocabulary = retriever.vocab_dict

    def retrieve(query):
        tokens = bm25s.tokenize(query, stopwords="en", show_progress=False)
        docs, _ = retriever.retrieve(tokens, k=1, show_progress=False)
        return ids[int(docs[0, 0])]

    def scores(query):
        tokens = [
            t
            for t in bm25s.tokenize([query], stopwords="en", return_ids=False, show_progress=False)[
                0
            ]
            if t in vocabulary
        ]
        if not tokens:
            return ""
        return ids[int(np.argmax(retriever.get_scores(tokens)))]

    times, cpu, top1 = latencies(scores if scores_only else retrieve, pairs)
    return {"build": build, "save": save, "load": load, "times": times, "cpu": cpu, "top1": top1}


def run_sklearn(entries, pairs, scratch: Path) -> dict:
    import joblib
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = [e["id"] for e in entries]
    start = time.perf_counter()
    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform(
        [" ".join([e["question"], *e["alternates"], e["answer"]]) for e in entries]
    )
    build = time.perf_counter() - start
    start = time.perf_counter()
    joblib.dump((vectorizer, matrix), scratch / "tfidf.joblib")
    save = time.perf_counter() - start
    start = time.perf_counter()
    vectorizer, matrix = joblib.load(scratch / "tfidf.joblib")  # our own file, just written
    load = time.perf_counter() - start

    def answer(query):
        scores = (matrix @ vectorizer.transform([query]).T).toarray()[:, 0]
        return ids[int(np.argmax(scores))]

    times, cpu, top1 = latencies(answer, pairs)
    return {"build": build, "save": save, "load": load, "times": times, "cpu": cpu, "top1": top1}


def one(method: str, size: int, count: int) -> dict:
    entries = collection(size)
    pairs = queries(entries, count)
    runner = {
        "parentfaq": run_parentfaq,
        "bm25s": run_bm25s,
        "bm25s scores only": lambda *a: run_bm25s(*a, scores_only=True),
        "sklearn-tfidf": run_sklearn,
    }[method]
    with tempfile.TemporaryDirectory() as scratch:
        result = runner(entries, pairs, Path(scratch))
    times, cpu = result.pop("times"), result.pop("cpu")
    return result | {
        "p50": float(np.percentile(times, 50)),
        "p99": float(np.percentile(times, 99)),
        "cpu_p50": float(np.percentile(cpu, 50)),
        "cpu_p99": float(np.percentile(cpu, 99)),
        "peak_mb": peak_mb(),
    }


def measure(method: str, size: int, count: int) -> dict:
    """Run one (method, size) in a fresh interpreter and return its numbers."""
    output = subprocess.run(
        [sys.executable, __file__, "--one", method, str(size), str(count)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each method, in turns")
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        method, size, count = args.one
        print(json.dumps(one(method, int(size), int(count))))
        return
    steady_before = steadiness()
    rows = []
    for size in args.sizes:
        # The methods take turns, `repeats` times: a drift of the machine's speed
        # falls on all of them alike. Each number is the median of the runs.
        runs: dict[str, list[dict]] = {method: [] for method in METHODS}
        for _ in range(args.repeats):
            for method in METHODS:
                runs[method].append(measure(method, size, args.queries))
                print(f"{size} {method}: {runs[method][-1]}", file=sys.stderr)
        medians = {
            m: {k: float(np.median([r[k] for r in rs])) for k in rs[0]} for m, rs in runs.items()
        }
        for method, r in medians.items():
            rows.append(
                [
                    f"{size:,}",
                    method,
                    f"{r['build']:.2f}",
                    f"{r['load']:.3f}",
                    f"{r['p50']:.3f}",
                    f"{r['p99']:.3f}",
                    " / ".join(f"{x['p99']:.3f}" for x in runs[method]),
                    f"{r['p99'] / medians['bm25s']['p99']:.1f}",
                    f"{r['p99'] / medians['bm25s scores only']['p99']:.1f}",
                    f"{r['cpu_p50']:.3f}",
                    f"{r['cpu_p99']:.3f}",
                    f"{r['cpu_p99'] / medians['bm25s scores only']['cpu_p99']:.1f}",
                    f"{r['top1']:.3f}",
                    f"{r['peak_mb']:.0f}",
                ]
            )
    table = markdown_table(
        [
            "entries",
            "method",
            "build s",
            "load s",
            "p50 ms",
            "p99 ms",
            "p99 of each run",
            "p99 / bm25s",
            "p99 / bm25s scores only",
            "CPU p50 ms",
            "CPU p99 ms",
            "CPU p99 / bm25s scores only",
            "top-1",
            "peak MB",
        ],
        rows,
    )
    sections = [
        f"`python bench/speed.py` on {machine()}; {args.queries} noisy queries per "
        f"size, one at a time; parentfaq timed on the full `ask`, bm25s on its "
        "`retrieve(bm25s.tokenize(query), k=1)` as its documentation shows, and on its "
        "scoring call alone (`get_scores` and an argmax). The CPU columns time each "
        "question on the thread's CPU clock, which leaves out the waits for a core "
        "that a loaded machine adds to the wall clock. Each method ran "
        f"{args.repeats} times, the methods taking turns, each run in a fresh process; "
        "the numbers are the medians of the runs. Machine steadiness: "
        f"before the runs {steady_before}; after them {steadiness()}.\n\n" + table
    ]
    if not args.no_http:
        from bench.http_load import http_table

        sections.append(http_table(rounds=3))
    body = "\n\n".join(sections)
    print(body)
    write_section("speed", "## Speed and scale\n\n" + body)


if __name__ == "__main__":
    main()
