"""Retrieval quality on the public FAQ datasets and parent-dev, the engine beside
two peers, and how well its confidence is calibrated on each.

    python bench/quality.py [--data ../shared/eval-data]

For each dataset (faq.jsonl + queries.jsonl): import it with `parentfaq import`
(answers included; its queries are never used as alternates), then measure per
split MRR@10, top-1 and recall@3 for
  - parentfaq: the full engine's ranking (`Assistant.best_reading`, before abstention);
  - parentfaq (ask): what `parentfaq ask --jsonl` gives a clinic, read from the answer
    object (its `source_id`, then its `alternatives`): triage comes first, so an
    escalation ranks nothing;
  - bm25s over question + answer (plain BM25);
  - plain word TF-IDF (scikit-learn defaults) over question + answer, cosine.
parent-dev is measured on the shipped knowledge (its answerable messages; the
right entries are those citing a passage with one of its keys), by half (`fit`
was tuned on, `report` was not) and in all.

Calibration: the engine's confidence against whether its first candidate is right
(a message that expects an abstention: never), per set: the expected calibration
error (ECE) and a reliability table. Prints the tables and writes them to
bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import machine, markdown_table, write_section  # noqa: E402


def ranks(ranked: list[list[str]], rows: list[dict]) -> dict[str, float]:
    rr, top1, r3 = [], [], []
    for ids, row in zip(ranked, rows, strict=True):
        relevant = set(row["relevant"])
        rank = next((i for i, s in enumerate(ids[:10], 1) if s in relevant), None)
        rr.append(1 / rank if rank else 0.0)
        top1.append(rank == 1)
        r3.append(rank is not None and rank <= 3)
    return {"mrr@10": np.mean(rr), "top1": np.mean(top1), "recall@3": np.mean(r3)}


def engine_rankings(assistant, rows: list[dict]) -> tuple[list[list[str]], list[float]]:
    """The engine's ranking of each query (FAQ ids without their prefix) and its
    confidence in the first candidate."""
    from assistant import QuestionError

    out, confidence = [], []
    for row in rows:
        try:
            ranking, sure = assistant.best_reading(assistant.check_question(row["query"]))
        except QuestionError:
            out.append([])
            confidence.append(0.0)
            continue
        out.append(
            [
                assistant.index.docs_[c.doc].source_id.removeprefix("faq:")
                for c in ranking.candidates
            ]
        )
        confidence.append(sure)
    return out, confidence


def ask_rankings(assistant, rows: list[dict]) -> list[list[str]]:
    """Each query's ranking as the answer object of `ask` gives it (what
    `parentfaq ask --jsonl` prints): its source, then its alternatives."""
    from assistant import QuestionError

    out = []
    for row in rows:
        try:
            answer = assistant.ask(row["query"]).to_dict()
        except QuestionError:
            out.append([])
            continue
        ids = ([answer["source_id"]] if answer.get("source_id") else []) + [
            a["source_id"] for a in answer.get("alternatives", ())
        ]
        out.append(list(dict.fromkeys(i.removeprefix("faq:") for i in ids)))
    return out


BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def calibration_rows(name: str, confidence: list[float], right: list[bool]):
    """(one summary row: set, questions, ECE; reliability rows: set, bin, questions,
    mean confidence, share right)."""
    p, outcome = np.asarray(confidence), np.asarray(right, dtype=float)
    bins = np.minimum(np.searchsorted(BINS, p, side="right") - 1, len(BINS) - 2)
    ece, reliability = 0.0, []
    for b in range(len(BINS) - 1):
        chosen = bins == b
        if not chosen.any():
            continue
        ece += chosen.mean() * abs(p[chosen].mean() - outcome[chosen].mean())
        reliability.append(
            [
                name,
                f"{BINS[b]:.1f}-{BINS[b + 1]:.1f}",
                int(chosen.sum()),
                f"{p[chosen].mean():.3f}",
                f"{outcome[chosen].mean():.3f}",
            ]
        )
    return [name, len(p), f"{ece:.3f}"], reliability


def bm25_rankings(entries: list[dict], rows: list[dict]) -> list[list[str]]:
    """bm25s over each entry's question and answer."""
    import bm25s

    corpus = [f"{e['question']} {e['answer']}" for e in entries]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False
    )
    ids = [e["id"] for e in entries]
    out = []
    for row in rows:
        tokens = bm25s.tokenize(
            [row["query"]], stopwords="en", return_ids=False, show_progress=False
        )[0]
        vocabulary = retriever.vocab_dict
        tokens = [t for t in tokens if t in vocabulary]
        if not tokens:
            out.append([])
            continue
        scores = retriever.get_scores(tokens)
        out.append([ids[i] for i in np.argsort(-scores, kind="stable")[:10]])
    return out


def tfidf_rankings(entries: list[dict], rows: list[dict]) -> list[list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer()
    matrix = vectorizer.fit_transform([f"{e['question']} {e['answer']}" for e in entries])
    scores = (matrix @ vectorizer.transform([r["query"] for r in rows]).T).toarray().T
    ids = [e["id"] for e in entries]
    return [[ids[i] for i in np.argsort(-s, kind="stable")[:10]] for s in scores]


def method_rows(name: str, queries: list[dict], methods: dict, split_of) -> list[list]:
    table = []
    splits = sorted({split_of(q) for q in queries})
    for split in [*splits, "all"] if len(splits) > 1 else splits:
        chosen = [i for i, q in enumerate(queries) if split in ("all", split_of(q))]
        for method, ranked in methods.items():
            m = ranks([ranked[i] for i in chosen], [queries[i] for i in chosen])
            table.append(
                [
                    name,
                    split,
                    len(chosen),
                    method,
                    f"{m['mrr@10']:.3f}",
                    f"{m['top1']:.3f}",
                    f"{m['recall@3']:.3f}",
                ]
            )
    return table


def dataset_rows(directory: Path, calibration: list) -> list[list]:
    from assistant import Assistant
    from knowledge.importers import import_faq

    entries = [json.loads(line) for line in (directory / "faq.jsonl").open()]
    queries = [json.loads(line) for line in (directory / "queries.jsonl").open()]
    queries = [q for q in queries if q.get("relevant")]
    with tempfile.TemporaryDirectory() as scratch:
        report = import_faq(directory / "faq.jsonl", Path(scratch))
        print(
            f"{directory.name}: imported {report.imported}, skipped {len(report.skipped)}",
            file=sys.stderr,
        )
        assistant = Assistant.load(Path(scratch))
        engine, confidence = engine_rankings(assistant, queries)
        asked = ask_rankings(assistant, queries)
    methods = {
        "parentfaq (hybrid)": engine,
        "parentfaq (ask)": asked,
        "bm25s (question+answer)": bm25_rankings(entries, queries),
        "word TF-IDF (question+answer)": tfidf_rankings(entries, queries),
    }
    right = [bool(r) and r[0] in q["relevant"] for r, q in zip(engine, queries, strict=True)]
    calibration.append(calibration_rows(directory.name, confidence, right))
    return method_rows(directory.name, queries, methods, lambda q: q.get("split", "all"))


def parent_dev_rows(path: Path, calibration: list) -> list[list]:
    """parent-dev on the shipped knowledge: answerable messages ranked by each
    method; the confidence measured on every message triage leaves to retrieval."""
    from assistant import Assistant
    from bench.parentdev import labelled_rows, read_messages

    assistant = Assistant.load()
    rows = labelled_rows(assistant, read_messages(path))
    entries = [
        {"id": d.source_id.removeprefix("faq:"), "question": d.title, "answer": d.body}
        for d in assistant.index.docs_
    ]
    answerable = [
        dict(r, relevant=[s.removeprefix("faq:") for s in r["relevant"]])
        for r in rows
        if r.get("relevant")
    ]
    engine, _ = engine_rankings(assistant, answerable)
    methods = {
        "parentfaq (hybrid)": engine,
        "bm25s (question+answer)": bm25_rankings(entries, answerable),
        "word TF-IDF (question+answer)": tfidf_rankings(entries, answerable),
    }
    table = method_rows("parent-dev", answerable, methods, lambda q: q["split"])
    # Calibration over what reaches retrieval (triage's referrals and escalations
    # are decided before it), abstentions included as never right.
    for half in ("fit", "report", "all"):
        confidence, right = [], []
        for row in rows:
            if half != "all" and row["split"] != half:
                continue
            answer, ranking = assistant.respond(row["query"])
            if ranking is None:
                continue
            first = ranking.candidates[0].doc if ranking.candidates else None
            relevant = set(row.get("relevant", ()))
            confidence.append(answer.confidence if ranking.candidates else 0.0)
            right.append(first is not None and assistant.index.docs_[first].source_id in relevant)
        calibration.append(calibration_rows(f"parent-dev {half}", confidence, right))
    return table


def main() -> None:
    from bench.parentdev import eval_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=eval_data())
    args = parser.parse_args()
    rows, calibration = [], []
    for directory in sorted(p for p in args.data.iterdir() if (p / "faq.jsonl").exists()):
        rows += dataset_rows(directory, calibration)
    parent_dev = args.data / "parent-dev" / "messages.jsonl"
    if parent_dev.exists():
        rows += parent_dev_rows(parent_dev, calibration)
    table = markdown_table(
        ["dataset", "split", "queries", "method", "MRR@10", "top-1", "recall@3"], rows
    )
    errors = markdown_table(
        ["set", "questions", "expected calibration error"], [c[0] for c in calibration]
    )
    reliability = markdown_table(
        ["set", "confidence", "questions", "mean confidence", "first candidate right"],
        [r for c in calibration for r in c[1]],
    )
    print(table, errors, reliability, sep="\n\n")
    write_section(
        "quality",
        f"## Retrieval quality on public datasets and parent-dev\n\n"
        f"`python bench/quality.py` on {machine()}.\n\n{table}\n\n"
        "### Calibration\n\nThe confidence against whether the first candidate is right "
        "(parent-dev: messages triage leaves to retrieval; those expecting an abstention "
        f"are never right).\n\n{errors}\n\n{reliability}",
    )


if __name__ == "__main__":
    main()
