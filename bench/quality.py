"""Retrieval quality on the public FAQ datasets, the engine beside two peers.

    python bench/quality.py [--data ../shared/eval-data]

For each dataset (faq.jsonl + queries.jsonl): import it with `parentfaq import`
(answers included; its queries are never used as alternates), then measure per
split MRR@10, top-1 and recall@3 for
  - parentfaq: the full engine (`Assistant.respond`, ranking before abstention);
  - bm25s over question + answer (plain BM25);
  - plain word TF-IDF (scikit-learn defaults) over question + answer, cosine.
Prints one table and writes it to bench/README.md.
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


def engine_rankings(knowledge_dir: Path, rows: list[dict]) -> list[list[str]]:
    from assistant import Assistant, QuestionError

    assistant = Assistant.load(knowledge_dir)
    out = []
    for row in rows:
        try:
            ranking, _ = assistant.best_reading(assistant.check_question(row["query"]))
        except QuestionError:
            out.append([])
            continue
        out.append(
            [
                assistant.index.docs_[c.doc].source_id.removeprefix("faq:")
                for c in ranking.candidates
            ]
        )
    return out


def bm25_rankings(entries: list[dict], rows: list[dict]) -> list[list[str]]:
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


def dataset_rows(directory: Path) -> list[list]:
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
        engine = engine_rankings(Path(scratch), queries)
    methods = {
        "parentfaq (hybrid)": engine,
        "bm25s (question+answer)": bm25_rankings(entries, queries),
        "word TF-IDF (question+answer)": tfidf_rankings(entries, queries),
    }
    table = []
    splits = sorted({q.get("split", "all") for q in queries})
    for split in [*splits, "all"] if len(splits) > 1 else splits:
        chosen = [i for i, q in enumerate(queries) if split in ("all", q.get("split", "all"))]
        for name, ranked in methods.items():
            m = ranks([ranked[i] for i in chosen], [queries[i] for i in chosen])
            table.append(
                [
                    directory.name,
                    split,
                    len(chosen),
                    name,
                    f"{m['mrr@10']:.3f}",
                    f"{m['top1']:.3f}",
                    f"{m['recall@3']:.3f}",
                ]
            )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval-data"))
    args = parser.parse_args()
    rows = []
    for directory in sorted(p for p in args.data.iterdir() if (p / "faq.jsonl").exists()):
        rows += dataset_rows(directory)
    table = markdown_table(
        ["dataset", "split", "queries", "method", "MRR@10", "top-1", "recall@3"], rows
    )
    print(table)
    write_section(
        "quality",
        f"## Retrieval quality on public datasets\n\n"
        f"`python bench/quality.py` on {machine()}.\n\n{table}",
    )


if __name__ == "__main__":
    main()
