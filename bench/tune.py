"""Choose the fusion weights and the confidence calibration on labelled data.

    python bench/tune.py [--team tests/data/team_questions.jsonl] [--data ../shared/eval-data]

Weights are searched on data split for choosing only: the team set's `dev`
split, parent-dev's `fit` half (split by id, `bench/parentdev.py`) and
StackFAQ's `dev` split (imported as a clinic would); the grid point that clears
the floors by the widest margin. The `test` splits and parent-dev's `report`
half are reported, never used to choose.

The confidence is a logistic regression (scikit-learn) of "the first candidate
is right" on its features, fitted on sets the team did not write (parent-dev's
fit half, StackFAQ dev, liveqa-med) and the team set; how it generalises is
measured first by fitting on all sets but one and measuring the one left out
(expected calibration error). A second model, "a right entry is among the options
a `clarify` would offer", decides between a `clarify` and an abstention. Prints the values to
paste into `RetrievalParams` (assistant/retrieve.py) and `TUNED_CALIBRATION` /
`TUNED_OPTIONS` (assistant/confidence.py).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import Assistant  # noqa: E402
from assistant.evaluate import read_labelled, source_ids  # noqa: E402
from assistant.kernels import scoring as _scoring  # noqa: E402
from assistant.retrieve import RetrievalParams  # noqa: E402
from bench.common import machine, write_section  # noqa: E402
from bench.parentdev import eval_data, labelled_rows, read_messages  # noqa: E402

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
        p.fuzzy_phrasings, index.scratch()[1], " ".join(words), index.row_text_.packed,
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
FLOORS = {"team": (0.92, 0.0), "stackfaq": (0.78, 0.85), "parent": (0.85, 0.0)}


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


def calibration_data(assistant: Assistant, rows: list[dict]) -> dict:
    """Per question the best candidate's features and what happened: `right` (the
    first candidate is relevant), `in_options` (a relevant entry is among the
    options a `clarify` would offer), `expect` (should abstain); questions
    triage already refers are counted apart (they abstain whatever the threshold)."""
    features, right, offered, expect, referred = [], [], [], [], 0
    for row in rows:
        if not row["query"].strip():
            continue
        _, ranking = assistant.respond(row["query"], row.get("history"))
        if ranking is None or not ranking.candidates:
            referred += row.get("expect") == "abstain"
            continue
        f = assistant.features(ranking)
        ids = [assistant.index.docs_[c.doc].source_id for c in ranking.candidates]
        relevant = source_ids(row.get("relevant", []))
        features.append([f[k] for k in sorted(f)])
        right.append(ids[0] in relevant)
        # What a `clarify` would offer (`Assistant.option_ids`), not merely the first three.
        offered.append(not relevant.isdisjoint(assistant.option_ids(ranking)))
        expect.append(row.get("expect") == "abstain")
    return {
        "x": np.array(features),
        "right": np.array(right),
        "in_options": np.array(offered),
        "expect": np.array(expect),
        "referred": referred,
    }


def expected_calibration_error(probability, outcome, bins: int = 10) -> float:
    """The mean gap between confidence and the share right, over equal-width bins,
    each weighed by its share of questions."""
    edges = np.minimum((probability * bins).astype(int), bins - 1)
    gap = 0.0
    for b in range(bins):
        chosen = edges == b
        if chosen.any():
            gap += chosen.mean() * abs(probability[chosen].mean() - outcome[chosen].mean())
    return gap


def decisions(p_right, p_top3, data, threshold, options_threshold):
    """(top-1 answered right, abstain precision, abstain recall, clarify share of the
    answerable, right entry among the clarify options) of one setting."""
    answered = p_right >= threshold
    clarified = ~answered & (p_top3 >= options_threshold)
    abstained = ~answered & ~clarified
    expect, referred = data["expect"], data["referred"]
    answerable = max(1, (~expect).sum())
    hit = (abstained & expect).sum() + referred
    return (
        (answered & data["right"]).sum() / answerable,
        hit / max(1, abstained.sum() + referred),
        hit / max(1, expect.sum() + referred),
        (clarified & ~expect).sum() / answerable,
        (clarified & data["in_options"]).sum() / clarified.sum() if clarified.any() else 1.0,
    )


def logistic(x, y):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y)


def calibrate(
    sets: dict[str, dict], names: list[str], choose_on: list[str], held_out: dict[str, dict]
) -> None:
    """Fit the confidence (P(the first candidate is right)) and the options model
    (P(a right entry is among the first three)) on every set, after checking how
    each generalises: fitted on all sets but one, measured on the one left out.

    The threshold is picked on `choose_on` (sets with questions to abstain on) to
    maximise the lowest of top-1, abstain precision and recall (of ties, the lowest
    threshold); the options
    threshold is the lowest that keeps the right entry among the options in 90% of
    clarify responses there.
    """
    say("calibration, each set measured by a model fitted on the other sets:")
    for held in sets:
        rest = [d for name, d in sets.items() if name != held]
        model = logistic(
            np.vstack([d["x"] for d in rest]), np.concatenate([d["right"] for d in rest])
        )
        p = model.predict_proba(sets[held]["x"])[:, 1]
        ece = expected_calibration_error(p, sets[held]["right"])
        say(f"  {held:>16}: {len(p)} questions, expected calibration error {ece:.3f}")
    x = np.vstack([d["x"] for d in sets.values()])
    right_model = logistic(x, np.concatenate([d["right"] for d in sets.values()]))
    top3_model = logistic(x, np.concatenate([d["in_options"] for d in sets.values()]))

    def scored(name):
        data = sets[name]
        return (
            right_model.predict_proba(data["x"])[:, 1],
            top3_model.predict_proba(data["x"])[:, 1],
            data,
        )

    def worst(threshold, options_threshold):
        return min(min(decisions(*scored(n), threshold, options_threshold)[:3]) for n in choose_on)

    # Each threshold is judged with its neighbours 0.01 either side (the lowest of the
    # three): a peak one question wide on the team set moved the threshold from 0.37 to
    # 0.44 and cost parent-dev's report half three answers. Of the thresholds that tie,
    # the lowest: on parent questions nobody here wrote, most misses were abstentions on
    # answerable questions (issue 19), and a tie on a hundred questions says nothing
    # about which way is safer.
    grid = [round(float(t), 2) for t in np.arange(0.04, 0.96, 0.01)]
    judged = [worst(t, 1.01) for t in grid]
    steady = [(min(judged[i - 1 : i + 2]), -grid[i]) for i in range(1, len(grid) - 1)]
    threshold = -max(steady)[1]
    options_threshold = 1.0
    for candidate in np.arange(0.99, 0.3, -0.01):
        results = [decisions(*scored(n), threshold, candidate) for n in choose_on]
        if all(r[4] >= 0.9 and r[3] <= 0.10 for r in results):
            options_threshold = round(float(candidate), 2)
        else:
            break
    sets = sets | held_out  # measured with the models fitted on the others, never fitted on
    for held in held_out:
        p = right_model.predict_proba(sets[held]["x"])[:, 1]
        ece = expected_calibration_error(p, sets[held]["right"])
        say(f"  {held:>16}: {len(p)} questions, held out, expected calibration error {ece:.3f}")
    for name in sets:
        top1, precision, recall, clarify, inside = decisions(
            *scored(name), threshold, options_threshold
        )
        say(
            f"  {name:>16}, fitted on all: top-1 {top1:.3f}, abstain precision "
            f"{precision:.3f} recall {recall:.3f}, clarify {clarify:.3f} of answerable "
            f"(right among options {inside:.3f})"
        )
    for label, model, extra in (
        ("TUNED_CALIBRATION", right_model, f"threshold={threshold}"),
        ("TUNED_OPTIONS", top3_model, f"threshold={options_threshold}"),
    ):
        say(f"{label} = Calibration(bias={model.intercept_[0]:.3f}, weights=(")
        for name, weight in zip(names, model.coef_[0], strict=True):
            say(f'    ("{name}", {weight:.3f}),')
        say(f"), {extra})")


def imported(directory: Path, scratch: Path) -> Assistant:
    """The engine over a public set's FAQ, imported as a clinic would."""
    from knowledge.importers import import_faq

    target = scratch / directory.name
    import_faq(directory / "faq.jsonl", target)
    return Assistant.load(target)


def choose_weights(team, stack, team_rows, parent_rows, stack_rows, engines) -> None:
    """Search the fusion weights on the sets' tuning splits, report the held-out
    ones, and give every engine the weights chosen."""
    parent_fit = [r for r in parent_rows if r["split"] == "fit"]
    tables = {
        "team": signal_table(team, [r for r in team_rows if r.get("split") != "test"]),
        "parent": signal_table(team, parent_fit),
        "stackfaq": signal_table(stack, [r for r in stack_rows if r.get("split") == "dev"]),
    }
    weights = search_weights(tables)
    say("weights:", dict(zip(SIGNALS, weights.round(2).tolist(), strict=True)))
    reported = {
        "team test": signal_table(team, [r for r in team_rows if r.get("split") == "test"]),
        "parent report": signal_table(team, [r for r in parent_rows if r["split"] == "report"]),
        "stackfaq test": signal_table(stack, [r for r in stack_rows if r.get("split") == "test"]),
    }
    for name, table in [*tables.items(), *reported.items()]:
        top1, mrr = quality(table, weights)
        say(f"  {name:>14}: top-1 {top1:.3f}  MRR@10 {mrr:.3f}")
    params = RetrievalParams(**dict(zip(SIGNALS, weights.tolist(), strict=True)))
    for engine in engines:
        engine.retriever.params = params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--team", default="tests/data/team_questions.jsonl")
    parser.add_argument("--data", type=Path, default=eval_data(), help="the shared eval-data")
    parser.add_argument(
        "--calibration-only",
        action="store_true",
        help="keep the fusion weights of RetrievalParams and fit the confidence only",
    )
    args = parser.parse_args()
    team = Assistant.load()
    team_rows = read_labelled(args.team)
    parent_rows = labelled_rows(team, read_messages(args.data / "parent-dev" / "messages.jsonl"))
    parent_fit = [r for r in parent_rows if r["split"] == "fit"]
    with tempfile.TemporaryDirectory() as scratch:
        stack = imported(args.data / "stackfaq", Path(scratch))
        live = imported(args.data / "liveqa-med", Path(scratch))
        stack_rows = read_labelled(args.data / "stackfaq" / "queries.jsonl")
        live_rows = read_labelled(args.data / "liveqa-med" / "queries.jsonl")
        if not args.calibration_only:
            choose_weights(team, stack, team_rows, parent_rows, stack_rows, (team, stack, live))
        sets = {
            "team": calibration_data(team, team_rows),
            "parent-dev fit": calibration_data(team, parent_fit),
            "stackfaq dev": calibration_data(
                stack, [r for r in stack_rows if r.get("split") == "dev"]
            ),
            "liveqa-med": calibration_data(live, live_rows),
        }
        names = sorted(team.features(team.respond("how do i build trust")[1]))
        held_out = {
            "parent-dev report": calibration_data(
                team, [r for r in parent_rows if r["split"] == "report"]
            )
        }
        calibrate(sets, names, choose_on=["team", "parent-dev fit"], held_out=held_out)
    write_section(
        "tune",
        "## How the weights and the abstention model were chosen\n\n"
        f"`python bench/tune.py` on {machine()}.\n\n```\n" + "\n".join(LINES) + "\n```",
    )


if __name__ == "__main__":
    main()
