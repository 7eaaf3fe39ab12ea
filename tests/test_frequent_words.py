"""Every word of a question counts: words found in most entries (whose postings the
retriever avoids reading when it can) never leave a question without candidates,
nor change its best candidates."""

import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.index import HybridIndex, IndexedDoc, SparseField
from assistant.kernels import scoring  # C when built, else NumPy: an install may lack a compiler
from assistant.normalize import Normalizer
from assistant.retrieve import Retriever

TOPICS = "symptoms vaccine testing masks travel school quarantine children pets work".split()
EXTRAS = "fever cough booster clinic airport teacher isolation baby dog office".split()


def collection(n: int, seed: int = 0) -> list[IndexedDoc]:
    """`n` entries that all share "what is covid 19"; each adds a few other words."""
    rng = random.Random(seed)
    docs = []
    for number in range(n):
        words = rng.sample(TOPICS, 2) + rng.sample(EXTRAS, rng.randint(0, 2))
        question = f"What is COVID-19 {' '.join(words)} {number}?"
        body = f"COVID-19 {' '.join(rng.sample(EXTRAS, 3))} answer {number}."
        docs.append(IndexedDoc(f"faq:e{number}", question, (question,), body))
    return docs


def indexes(docs, **pruning):
    normalizer = Normalizer()
    pruned = HybridIndex(normalizer, **pruning).fit(docs)
    everything = HybridIndex(normalizer, char_max_df=1.0, word_max_df=1.0, word_min_max_df=1.0).fit(
        docs
    )
    return pruned, everything


@pytest.mark.parametrize("bound_from", [0, 50_000])
def test_a_question_made_of_words_every_entry_has_finds_candidates(bound_from, monkeypatch):
    monkeypatch.setattr("assistant.index.BOUND_WORTH_POSTINGS", bound_from)
    pruned, _ = indexes(collection(300), word_max_df=0.2, word_min_max_df=0.05)
    assert pruned.doc_words.frequent_terms_  # "covid" and "19" are frequent here
    ranking = Retriever(pruned).search("What is COVID-19?")
    assert len(ranking.candidates) == 10


def doc_words(index: HybridIndex) -> list[str]:
    """Every word of every entry, phrasings and answers, as the normaliser reads it."""
    words = set()
    for doc in index.docs_:
        for text in (*doc.rows(), doc.body):
            words.update(index.normalizer.words(text))
    return sorted(words)


def test_every_word_of_the_shipped_knowledge_asked_alone_finds_candidates(assistant):
    """A question that shares a single word with the collection, stop words included,
    is never left without candidates."""
    retriever = assistant.retriever
    words = doc_words(assistant.index)
    assert len(words) > 500
    empty = [w for w in words if not retriever.search(w).candidates]
    assert not empty, f"{len(empty)} words find nothing, e.g. {empty[:5]}"


PRUNED, _ = indexes(collection(300), word_max_df=0.2, word_min_max_df=0.05)
PRUNED_WORDS = doc_words(PRUNED)
# Words no entry holds: typed noise around the shared word.
NOISE = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=3, max_size=9)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shared=st.sampled_from(PRUNED_WORDS),
    noise=st.lists(NOISE, max_size=4),
    where=st.integers(min_value=0, max_value=4),
)
def test_a_question_sharing_any_word_with_a_pruned_collection_finds_candidates(
    shared, noise, where
):
    """Whatever else it holds, a question with one of the collection's words (frequent
    or rare, content or stop word) comes back with candidates, the bound taken or not."""
    words = [*noise]
    words.insert(min(where, len(words)), shared)
    assert PRUNED.doc_words.frequent_terms_  # pruning is at work in this collection
    assert Retriever(PRUNED).search(" ".join(words)).candidates
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("assistant.index.BOUND_WORTH_POSTINGS", 0)
        assert Retriever(PRUNED).search(" ".join(words)).candidates


EVERYTHING = indexes(collection(300), word_max_df=1.0, word_min_max_df=1.0)[1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(PRUNED_WORDS), min_size=1, max_size=8))
def test_pruning_never_changes_the_top_ten_of_any_question(words):
    """Any question made of the collection's words ranks the same ten entries, in the
    same order, whether frequent words' postings are skipped under the bound or read."""
    question = " ".join(words)
    everything = Retriever(EVERYTHING).search(question)
    with pytest.MonkeyPatch.context() as patch:
        # A collection this small reads every posting; make it take the bound.
        patch.setattr("assistant.index.BOUND_WORTH_POSTINGS", 0)
        pruned = Retriever(PRUNED).search(question)
    assert [c.doc for c in pruned.candidates] == [c.doc for c in everything.candidates]


@pytest.mark.parametrize(
    "question",
    [
        "What is COVID-19?",
        "covid 19",
        "covid symptoms",
        "what is covid 19 vaccine for children",
        "covid-19 travel airport fever",
        "is covid 19 testing at school",
        "covid pets dog",
    ],
)
@pytest.mark.parametrize("bound_from", [0, 50_000])
def test_frequent_words_do_not_change_the_top_ten(question, bound_from, monkeypatch):
    monkeypatch.setattr("assistant.index.BOUND_WORTH_POSTINGS", bound_from)
    pruned, everything = indexes(collection(400), word_max_df=0.2, word_min_max_df=0.05)
    ids = lambda r: [c.doc for c in r.candidates]  # noqa: E731
    assert ids(Retriever(pruned).search(question)) == ids(Retriever(everything).search(question))


@pytest.mark.parametrize("seed", range(20))
def test_bounded_top_equals_reading_every_posting(seed, monkeypatch):
    """`SparseField.top` with frequent terms equals the full scan, for random queries
    mixing frequent and rare terms over a skewed collection."""
    monkeypatch.setattr("assistant.index.BOUND_WORTH_POSTINGS", 0)  # always bound here
    rng = np.random.default_rng(seed)
    vocabulary = [f"w{i}" for i in range(60)]
    # Zipf-like: the first words are in most rows.
    chance = 1.0 / (1.0 + np.arange(60)) ** 0.7
    texts = [
        [w for w, p in zip(vocabulary, chance, strict=True) if rng.random() < p] for _ in range(500)
    ]
    field = SparseField(lambda x: x, max_df=0.3).fit([], features=texts)
    assert len(field.frequent_terms_) >= 3
    query = rng.choice(60, size=rng.integers(1, 6)).tolist()
    scores, lookup = np.zeros(500, np.float32), np.zeros(len(field.idf_), np.float32)
    for k in (1, 10, 50):
        top_rows, top_scores = field.top(query, k, scores, lookup)
        full_rows, full_scores = scoring.top_postings(field.postings, query, k, scores, lookup)
        assert np.allclose(top_scores, full_scores, atol=1e-5)
        # Equal scores may come in either order; the sets of rows above the last score agree.
        assert set(np.array(top_rows)[np.array(top_scores) > top_scores[-1] + 1e-5]) == set(
            np.array(full_rows)[np.array(full_scores) > full_scores[-1] + 1e-5]
        )
    assert not scores.any() and not lookup.any()
