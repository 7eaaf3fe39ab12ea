"""The index build counts terms itself (numpy and scipy, `assistant.index.count_features`,
`count_word_features` and `count_char_grams`)
instead of through scikit-learn's `TfidfVectorizer`: the arrays must be the very
ones the vectorizer gives, and the rankings the same, on the team's questions and
on a synthetic collection."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from assistant import Assistant, index
from assistant.evaluate import read_labelled
from assistant.index import FIELD_ARRAYS, HybridIndex, SparseField, char_grams
from assistant.normalize import with_bigrams
from knowledge import FaqEntry, Knowledge, load_knowledge

from .conftest import DATA

REFERENCE = "reference"  # what the patched counters hand `fit_counts`: features, not counts


def vectorizer_fit(field: SparseField, features) -> SparseField:
    """The build before: scikit-learn's TfidfVectorizer on the analysed features."""
    vectorizer = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True, dtype=np.float32)
    matrix = vectorizer.fit_transform(list(features))
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    field._set(terms, vectorizer.idf_.astype(np.float32), matrix, matrix.shape[0])
    return field


@pytest.fixture
def reference_build(monkeypatch):
    """HybridIndex.fit with each field weighed by TfidfVectorizer, as it was built."""
    fit_counts = SparseField.fit_counts

    def counted(self, terms, counts):
        return (
            vectorizer_fit(self, counts) if terms == REFERENCE else fit_counts(self, terms, counts)
        )

    monkeypatch.setattr(SparseField, "fit_counts", counted)
    monkeypatch.setattr(index, "count_features", lambda rows: (REFERENCE, list(rows)))
    monkeypatch.setattr(
        index,
        "count_word_features",
        lambda rows, terms: (
            REFERENCE,
            [[f for t in ts for f in with_bigrams(terms(t))] for ts in rows],
        ),
    )
    monkeypatch.setattr(
        index,
        "count_char_grams",
        lambda rows: (REFERENCE, [[g for w in r for g in char_grams(w)] for r in rows]),
    )


def synthetic_knowledge(size: int) -> Knowledge:
    from bench.synthetic import collection

    shipped = load_knowledge()
    faq = tuple(
        FaqEntry(id=e["id"], question=e["question"], answer=e["answer"], alternates=tuple(e["alternates"]))
        for e in collection(size)
    )  # fmt: skip
    return Knowledge(
        root=shipped.root, articles=(), faq=faq, synonyms=shipped.synonyms,
        safety=shipped.safety, clinic=shipped.clinic,
    )  # fmt: skip


def built(knowledge: Knowledge) -> Assistant:
    return Assistant(knowledge, saved_index=False)


def assert_same_arrays(new: Assistant, before: Assistant) -> None:
    for name in HybridIndex.FIELDS:
        ours, theirs = getattr(new.index, name), getattr(before.index, name)
        assert list(ours.terms_) == list(theirs.terms_), name
        for array in FIELD_ARRAYS:
            mine, reference = getattr(ours, array), getattr(theirs, array)
            assert mine.dtype == reference.dtype, (name, array)
            assert mine.tobytes() == reference.tobytes(), (name, array)  # to the bit


@pytest.mark.parametrize("collection", ["shipped", "synthetic"])
def test_build_gives_the_vectorizers_arrays_and_rankings(request, collection):
    knowledge = load_knowledge() if collection == "shipped" else synthetic_knowledge(3000)
    new = built(knowledge)
    request.getfixturevalue("reference_build")
    before = built(knowledge)
    assert_same_arrays(new, before)
    if collection == "shipped":
        questions = [row["query"] for row in read_labelled(DATA / "team_questions.jsonl")]
    else:
        from bench.synthetic import collection as entries
        from bench.synthetic import queries

        questions = [q for q, _ in queries(entries(3000), 300)]
    for question in questions:
        assert new.retriever.search(question, k=10) == before.retriever.search(question, k=10)


def test_a_term_with_a_space_is_the_pair_of_its_words(request):
    """A synonym kept as one word ("dropoff" -> "drop off") makes a term with a space,
    the very feature the pair "drop off" makes: one column, as the vectorizer counts."""
    shipped = load_knowledge()
    assert "dropoff" in shipped.synonyms["groups"]["drop off"]  # the case tested
    faq = (
        FaqEntry(
            id="a", question="Tears at dropoff each morning", answer="Keep the drop off short."
        ),
        FaqEntry(
            id="b", question="Dropoff takes ages", answer="A goodbye ritual helps at drop off."
        ),
        FaqEntry(
            id="c", question="Waking at night", answer="Settle calmly.", alternates=("up at 3am",)
        ),
    )
    knowledge = Knowledge(
        root=shipped.root, articles=(), faq=faq, synonyms=shipped.synonyms,
        safety=shipped.safety, clinic=shipped.clinic,
    )  # fmt: skip
    new = built(knowledge)
    assert list(new.index.doc_words.terms_).count("drop off") == 1
    request.getfixturevalue("reference_build")
    assert_same_arrays(new, built(knowledge))


def test_saved_index_is_mapped_and_answers_like_the_build(knowledge_copy):
    fresh = Assistant.load(knowledge_copy)  # builds and saves
    loaded = Assistant.load(knowledge_copy)
    mapped = [
        f"{name}.{array}"
        for name, field in loaded.index.fields().items()
        for array in FIELD_ARRAYS
        if not getattr(field, array).flags.writeable  # read-only: pages of the file
    ]
    assert mapped, "no array of the saved index was memory-mapped"
    for question in ("my todler crys at nite", "is my wifi secure", "why keep promises"):
        assert loaded.retriever.search(question) == fresh.retriever.search(question)


def test_weights_are_the_transformers_on_long_rows_in_any_order():
    """Rows long enough that a row's squares summed at once (numpy, pairwise) might
    differ from scikit-learn's sum one after another, the rows' terms given to the
    transformer in another order than to `_weigh`: the IDF and every weight the same
    to the bit, and each weight decodes from its count and the row's norm."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer

    rng = np.random.default_rng(7)
    n_rows, n_terms = 400, 5000
    lengths = rng.integers(1, 600, n_rows)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    terms = np.concatenate([np.sort(rng.choice(n_terms, size, replace=False)) for size in lengths])
    counts = rng.integers(1, 40, len(terms)).astype(np.float32)
    ours = sparse.csr_matrix((counts.copy(), terms, indptr), shape=(n_rows, n_terms))
    idf = index._smooth_idf(ours)
    norms = index._weigh(ours, idf)
    # The transformer's rows reversed: it sums them in that order.
    reversed_order = np.concatenate(
        [np.arange(b - 1, a - 1, -1) for a, b in zip(indptr, indptr[1:], strict=False)]
    )
    theirs = sparse.csr_matrix(
        (counts[reversed_order], terms[reversed_order], indptr), shape=(n_rows, n_terms)
    )
    transformer = TfidfTransformer(sublinear_tf=True).fit(theirs)
    weights = transformer.transform(theirs, copy=False)
    assert idf.tobytes() == transformer.idf_.astype(np.float32).tobytes()
    back = np.empty_like(reversed_order)
    back[reversed_order] = np.arange(len(reversed_order))
    assert ours.data.tobytes() == weights.data[back].tobytes()
    rows = np.repeat(np.arange(n_rows), lengths)
    weighed = index._sublinear_tf()[counts.astype(np.uint8)] * idf[terms]
    decoded = (weighed.astype(np.float64) / norms[rows]).astype(np.float32)
    assert decoded.tobytes() == ours.data.tobytes()
