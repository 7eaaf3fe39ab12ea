"""The two scoring paths (the C extension and its NumPy twin) rank alike: the same
docs in the same order with the same scores, and so the same answers."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, index, kernels, retrieve, scoring_numpy
from assistant.evaluate import read_labelled
from knowledge.importers import import_faq

from .conftest import DATA

# The team's shared folder sits beside the clone (CI's layout); elsewhere, name it.
SHARED = Path(
    os.environ.get("PARENTFAQ_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared")
)
STACKFAQ = SHARED / "eval-data" / "stackfaq"
COMPILED = kernels.compiled()
needs_c = pytest.mark.skipif(
    COMPILED is None, reason="the C extension is not built here (installed without a compiler)"
)


def run_with(monkeypatch, module, assistant: Assistant, questions: list[str]) -> list:
    """Every question's ranking and answer with the engine on `module`'s kernels."""
    monkeypatch.setattr(retrieve, "_scoring", module)
    monkeypatch.setattr(index, "_scoring", module)
    results = []
    for question in questions:
        ranking = assistant.retriever.search(question, k=10)
        answer = assistant.ask(question).to_dict()
        results.append((question, ranking.candidates, json.dumps(answer, sort_keys=True)))
    return results


def assert_alike(monkeypatch, assistant: Assistant, questions: list[str]) -> None:
    with_c = run_with(monkeypatch, COMPILED, assistant, questions)
    with_numpy = run_with(monkeypatch, scoring_numpy, assistant, questions)
    differing = [c[0] for c, n in zip(with_c, with_numpy, strict=True) if c != n]
    assert not differing, f"{len(differing)} questions rank differently, e.g. {differing[:3]}"
    assert sum(bool(c[1]) for c in with_c) > len(questions) // 2  # most questions rank docs


@needs_c
def test_team_questions_rank_alike_on_both_paths(monkeypatch, assistant):
    questions = [row["query"] for row in read_labelled(DATA / "team_questions.jsonl")]
    assert len(questions) >= 200
    assert_alike(monkeypatch, assistant, questions)


@needs_c
@pytest.mark.skipif(not STACKFAQ.is_dir(), reason="../shared/eval-data/stackfaq is not here")
def test_stackfaq_questions_rank_alike_on_both_paths(monkeypatch, tmp_path):
    import_faq(STACKFAQ / "faq.jsonl", tmp_path / "stackfaq")
    stack = Assistant.load(tmp_path / "stackfaq")
    questions = [row["query"] for row in read_labelled(STACKFAQ / "queries.jsonl")]
    assert len(questions) >= 1000
    assert_alike(monkeypatch, stack, questions)


@needs_c
def test_coded_postings_rank_as_their_weights_in_either_width(monkeypatch, assistant):
    """A coded field's postings (term id and count in one, `index.pack_postings`) rank
    as the weights they decode to, in uint16 and in uint32 (the width a larger
    vocabulary takes), on both paths."""
    questions = [row["query"] for row in read_labelled(DATA / "team_questions.jsonl")][:60]
    fields = (assistant.index.body_words, assistant.index.question_chars)
    assert all(f.coded and f.row_postings_.dtype == np.uint16 for f in fields)

    def layouts(f) -> dict[str, tuple]:
        wide = f.row_postings_.astype(np.uint32)
        return {
            "narrow": f.rows,
            "wide": (*f.rows[:2], wide, *f.rows[3:]),
            "weights": (f.idf_, f.row_indptr_, f.row_terms_, f.row_data_),
        }

    each = [layouts(field) for field in fields]
    results = []
    for module in (COMPILED, scoring_numpy):
        for layout in ("narrow", "wide", "weights"):
            for field, own in zip(fields, each, strict=True):
                monkeypatch.setattr(field, "rows", own[layout])
            results.append(run_with(monkeypatch, module, assistant, questions))
    assert all(result == results[0] for result in results[1:])


def test_the_environment_variable_chooses_the_numpy_path():
    # The engine's kernels are the C extension unless it is missing or forced off.
    if kernels.PURE_PYTHON or COMPILED is None:
        assert kernels.scoring is scoring_numpy and kernels.NAME == "NumPy"
    else:
        assert kernels.scoring is COMPILED and kernels.NAME == "C"
    assert retrieve._scoring is kernels.scoring


@pytest.mark.parametrize("name", ["top_postings", "rank_pool", "token_set_ratios", "holds"])
def test_the_numpy_path_offers_every_function_of_the_c_extension(name):
    assert callable(getattr(scoring_numpy, name))
    if COMPILED is not None:
        exported = {n for n in dir(COMPILED) if not n.startswith("_")}
        assert exported == set(scoring_numpy.__all__)
