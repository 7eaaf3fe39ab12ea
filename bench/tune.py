"""Choose the fusion weights and the abstention calibration on labelled data.

    python bench/tune.py [--team tests/data/team_questions.jsonl] [--stackfaq DIR]

Weights are searched on the `dev` splits only (the team set's and, when given,
StackFAQ's imported knowledge with its dev queries): the grid point that clears
the issue's floors by the widest margin; `test` is reported, never used to
choose. The calibration is a logistic regression (scikit-learn) of "the content
covers this question" on the best candidate's features, fitted on the team set
(its 5-fold cross-validated abstention precision and recall are printed first);
the threshold maximises the lower of the two. Prints the values to paste into
`RetrievalParams` (assistant/retrieve.py) and `TUNED_CALIBRATION`
(assistant/confidence.py).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import Assistant  # noqa: E402
from assistant.evaluate import read_labelled, source_ids  # noqa: E402
from assistant.kernels import scoring as _scoring  # noqa: E402
from assistant.retrieve import RetrievalParams  # noqa: E402
from bench.common import machine, write_section  # noqa: E402

LINES: list[str] = []


def say(*parts) -> None:
    """Print a result line and keep it for bench/README.md."""
    line = " ".join(str(p) for p in parts)
    print(line)
    LINES.append(line)


SIGNALS = ("question_chars", "doc_words", "body_words", "fuzzy")


def signal_table(assistant: Assistant, rows: list[dict]):
    """Per question: every signal for every doc, and the relevant docs' positions."""
    docs = [d.source_id for d in assistant.index.docs_]
    table = []
    for row in rows:
        if "relevant" not in row:
            continue
        text = assistant.check_question(row["query"])
        signals = assistant.retriever.sparse_signals(text, assistant.retriever.query_terms(text))
        signals["fuzzy"] = fuzzy_signal(assistant, text)
        relevant = source_ids(row["relevant"])
        matrix = np.vstack([signals[s] for s in SIGNALS])
        # Scaled per question as `Retriever.search` does.
        matrix /= np.maximum(matrix.max(axis=1, keepdims=True), 1e-9)
        table.append((matrix, np.array([d in relevant for d in docs])))
    return table


def fuzzy_signal(assistant: Assistant, text: str) -> np.ndarray:
    """rapidfuzz for every doc, through the phrasings closest in characters, as
    `Retriever.search` scores its candidates."""
    index, retriever = assistant.index, assistant.retriever
    words = index.normalizer.words(text)
    everything = range(len(index.docs_))
    p = retriever.params
    ranked = _scoring.rank_pool(
        index.body_words.rows, [], index.question_chars.rows, index.char_ids(words),
        index.doc_row_start_, index.doc_row_stop_, everything, [0.0] * len(everything),
        (p.doc_words, p.body_words, p.question_chars, p.fuzzy), len(everything),
        p.fuzzy_phrasings, index.scratch()[1], " ".join(words), index.row_text_,
    )  # fmt: skip
    fuzzy = np.zeros(len(everything), np.float32)
    for doc, *_, ratio, _ in ranked:
        fuzzy[doc] = ratio
    return fuzzy


def quality(table, weights) -> tuple[float, float]:
    """(top-1, MRR@10) of one weighting over a signal table."""
    top1 = rr = 0.0
    for matrix, relevant in table:
        score = weights @ matrix
        order = np.argsort(-score, kind="stable")[:10]
        hits = np.flatnonzero(relevant[order])
        if len(hits):
            rr += 1.0 / (hits[0] + 1)
            top1 += hits[0] == 0
    return top1 / len(table), rr / len(table)


# The floors each data set must clear (issue 3): (top-1, MRR@10).
FLOORS = {"team": (0.92, 0.0), "stackfaq": (0.78, 0.85)}


def search_weights(tables: dict[str, list]) -> np.ndarray:
    """The grid point that clears every floor by the widest margin, then scores best."""
    grid = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
    best, best_weights = None, None
    for weights in itertools.product(grid, repeat=len(SIGNALS)):
        if abs(sum(weights) - 1.0) > 1e-9:
            continue
        w = np.array(weights)
        results = {name: quality(t, w) for name, t in tables.items()}
        margin = min(
            value - floor
            for name, pair in results.items()
            for value, floor in zip(pair, FLOORS[name], strict=True)
        )
        value = (round(margin, 2), sum(sum(pair) for pair in results.values()))
        if best is None or value > best:
            best, best_weights = value, w
    return best_weights


def calibration_data(assistant: Assistant, rows: list[dict]):
    """Features of each question's best candidate, whether it is right, and whether
    the question should be abstained on; questions triage already refers are counted
    apart (they abstain whatever the threshold)."""
    features, right, expect, referred = [], [], [], 0
    for row in rows:
        _, ranking = assistant.respond(row["query"], row.get("history"))
        if ranking is None or not ranking.candidates:
            referred += row.get("expect") == "abstain"
            continue
        f = assistant.features(ranking)
        best = assistant.index.docs_[ranking.candidates[0].doc].source_id
        features.append([f[k] for k in sorted(f)])
        right.append("relevant" in row and best in source_ids(row["relevant"]))
        expect.append(row.get("expect") == "abstain")
    return np.array(features), np.array(right), np.array(expect), referred


def abstention(probability, expect, referred, threshold) -> tuple[float, float]:
    abstained = probability < threshold
    hit = (abstained & expect).sum() + referred
    precision = hit / max(1, abstained.sum() + referred)
    return precision, hit / max(1, expect.sum() + referred)


def calibrate(assistant: Assistant, rows: list[dict]) -> None:
    """Fit the confidence model on the team set and pick the abstention threshold.

    The model predicts "the content covers this question" (a logistic regression on
    the best candidate's features). Its honest quality is the 5-fold cross-validated
    figure printed first; the final model is fitted on every labelled question.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    x, _, expect, referred = calibration_data(assistant, rows)
    covered = ~expect

    def best_threshold(probability):
        return max(
            (min(abstention(probability, expect, referred, t)), round(float(t), 2))
            for t in np.arange(0.05, 0.95, 0.01)
        )[1]

    held_out = np.zeros(len(x))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, covered):
        model = LogisticRegression(C=10.0, max_iter=5000).fit(x[train], covered[train])
        held_out[test] = model.predict_proba(x[test])[:, 1]
    p, r = abstention(held_out, expect, referred, best_threshold(held_out))
    say(f"  abstention, 5-fold cross-validated: precision {p:.3f} recall {r:.3f}")
    model = LogisticRegression(C=10.0, max_iter=5000).fit(x, covered)
    probability = model.predict_proba(x)[:, 1]
    threshold = best_threshold(probability)
    p, r = abstention(probability, expect, referred, threshold)
    say(f"  abstention, fitted on the whole team set: precision {p:.3f} recall {r:.3f}")
    names = sorted(assistant.features(assistant.respond("how do i build trust")[1]))
    say(f"TUNED_CALIBRATION = Calibration(bias={model.intercept_[0]:.3f}, weights=(")
    for name, weight in zip(names, model.coef_[0], strict=True):
        say(f'    ("{name}", {weight:.3f}),')
    say(f"), threshold={threshold})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--team", default="tests/data/team_questions.jsonl")
    parser.add_argument(
        "--stackfaq",
        default=None,
        help="knowledge dir made by `parentfaq import` of stackfaq/faq.jsonl",
    )
    parser.add_argument("--stackfaq-queries", default="../shared/eval-data/stackfaq/queries.jsonl")
    args = parser.parse_args()
    team = Assistant.load()
    team_rows = read_labelled(args.team)
    dev = [r for r in team_rows if r.get("split") != "test"]
    tables = {"team": signal_table(team, dev)}
    stack_tables = {}
    if args.stackfaq:
        stack = Assistant.load(args.stackfaq)
        stack_rows = read_labelled(args.stackfaq_queries)
        for split in ("dev", "test"):
            stack_tables[split] = signal_table(
                stack, [r for r in stack_rows if r.get("split") == split]
            )
        tables["stackfaq"] = stack_tables["dev"]
    weights = search_weights(tables)
    say("weights:", dict(zip(SIGNALS, weights.round(2).tolist(), strict=True)))
    team_test = signal_table(team, [r for r in team_rows if r.get("split") == "test"])
    for name, table in [
        ("team dev", tables["team"]),
        ("team test", team_test),
        *[(f"stackfaq {k}", t) for k, t in stack_tables.items()],
    ]:
        top1, mrr = quality(table, weights)
        say(f"  {name:>14}: top-1 {top1:.3f}  MRR@10 {mrr:.3f}")
    team.retriever.params = RetrievalParams(**dict(zip(SIGNALS, weights.tolist(), strict=True)))
    calibrate(team, team_rows)
    write_section(
        "tune",
        "## How the weights and the abstention model were chosen\n\n"
        f"`python bench/tune.py --stackfaq DIR` on {machine()}.\n\n```\n"
        + "\n".join(LINES)
        + "\n```",
    )


if __name__ == "__main__":
    main()
