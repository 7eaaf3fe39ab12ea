"""The answering engine: retrieval, citations, abstention, follow-ups, bad input."""

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from assistant import QuestionError
from assistant.evaluate import evaluate, read_labelled
from assistant.index import SparseField
from assistant.kernels import scoring as _scoring
from assistant.normalize import clean, clean_any, content_terms, with_bigrams, word_runs
from knowledge import load_knowledge

from .conftest import DATA


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("my LO wont stop cryin, shud i go to her straight away", "respond-to-crying"),
        ("bub screams evry time mummy walks out", "crying-when-parent-leaves"),
        ("todler tantrums", "big-feelings"),
        ("is a routine good for my 8mo", "daily-routine"),
        ("what is a sense of secruity", "what-is-security"),
        ("my son starts kindy next week, how do I help him", "starting-daycare"),
        ("I'm a dad, how do I bond with our newborn?", "dad-bonding"),
        ("WHY SHOULD I KEEP MY PROMISES TO MY KIDS", "keep-promises"),
    ],
)
def test_typo_and_slang_questions_find_their_entry(assistant, question, entry):
    answer = assistant.ask(question)
    assert answer.kind == "answer"
    assert answer.source_id == f"faq:{entry}"


def test_long_story_with_the_question_at_the_end(assistant):
    story = (
        "We moved flats last month and my husband started a new job, so everything has "
        "been busy and honestly a bit chaotic at home. Our daughter is 10 months old and "
        "she has been sleeping and eating at different times every day. Does having a "
        "daily routine actually matter for a baby?"
    )
    answer = assistant.ask(story)
    assert answer.source_id in {"faq:daily-routine", "faq:unstable-care", "faq:predictability"}


def test_a_story_is_read_by_the_sentence_that_asks(assistant):
    # A closing sentence that tells ("my mum thinks we should just shut the door")
    # does not stand for a story that asks nothing: the story is read whole.
    told = [
        "We read two books and sing a song.",
        "Then I switch the lamp off, say goodnight, and he screams for me to come back.",
        "My mum thinks we should just shut the door.",
    ]
    assert assistant.closing_question(told) is None
    # A texting question needs no question mark, and a short one takes the sentence
    # before it.
    asked = [
        "Our boy is 2 and starts at a new nursery on monday.",
        "He clings to my neck every time we get to the gate.",
        "any tips for the goodbye",
    ]
    assert assistant.closing_question(asked).endswith("any tips for the goodbye")
    # A question mark wins over a later sentence that only opens like a question.
    closing = assistant.closing_question(
        [
            "We started nursery last week.",
            "How do I make the goodbye easier for him?",
            "Was so hard today.",
        ]
    )
    assert closing.endswith("How do I make the goodbye easier for him?")
    # An exclamation tells.
    assert "what a week" not in assistant.closing_question(
        ["how do i settle him at night", "what a week."]
    )


@pytest.mark.parametrize(
    "question",
    [
        "is my baby monitor's wifi secure?",
        "how much formula at 6 months?",
        "how do i secure a bookshelf to the wall",
        "best stroller for city living",
        "can i travel on a plane with a newborn",
    ],
)
def test_near_miss_questions_abstain_and_point_to_a_counsellor(assistant, question):
    answer = assistant.ask(question)
    assert answer.kind == "abstain"
    assert answer.citations == ()
    assert "counsellor" in answer.text


def test_answer_cites_the_faq_entry_and_the_passages_it_rests_on(assistant):
    knowledge = load_knowledge()
    answer = assistant.ask("how quickly should i respond when my baby cries")
    assert answer.citations[0].source_id == answer.source_id == "faq:respond-to-crying"
    passage = knowledge.passage(answer.citations[1].source_id)
    assert answer.citations[1].passage == passage.text
    assert answer.citations[1].url == "/sources/sense-of-security#stable-care"
    assert answer.citations[1].author.startswith("Ms. Gigi Pang")
    assert 0.0 <= answer.confidence <= 1.0
    assert len(answer.related) <= 3
    assert answer.source_id not in {r["source_id"] for r in answer.related}
    assert "cry" in answer.why["matched_terms"]


def test_every_answer_on_the_team_set_cites_passages_that_exist(assistant):
    knowledge = load_knowledge()
    faq = {e.source_id: e for e in knowledge.faq}
    for row in read_labelled(DATA / "team_questions.jsonl"):
        answer = assistant.ask(row["query"])
        if answer.kind != "answer":
            continue
        assert answer.citations
        for citation in answer.citations:
            assert knowledge.passage(citation.source_id) or citation.source_id in faq
            expected = (
                knowledge.passage(citation.source_id).text
                if citation.source_id.startswith("article:")
                else faq[citation.source_id].answer
            )
            assert citation.passage == expected


def test_follow_up_is_read_with_the_previous_question(assistant):
    history = ["my baby cries when i leave the room"]
    alone = assistant.ask("what about at night?")
    followed = assistant.ask("what about at night?", history)
    assert alone.kind == "abstain"
    assert followed.source_id == "faq:crying-when-parent-leaves"
    again = assistant.ask("and if she's 2?", [*history, "what about at night?"])
    assert again.source_id == "faq:crying-when-parent-leaves"


def test_a_new_full_question_ignores_the_history(assistant):
    history = ["my baby cries when i leave the room"]
    answer = assistant.ask("why should i keep promises to my toddler", history)
    assert answer.source_id == "faq:keep-promises"


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        ("x" * 100_000, "too_long"),
        ("abc\x00\x01\x02", "not_text"),
        (b"\xff\xfe\xfa", "not_text"),
        (42, "not_text"),
    ],
)
def test_bad_input_gives_a_clear_error(assistant, question, code):
    with pytest.raises(QuestionError) as caught:
        assistant.ask(question)
    assert caught.value.code == code
    assert str(caught.value)


@pytest.mark.parametrize("max_df", [1.0, 0.2])
@pytest.mark.parametrize("question", ["my todler crys at nite", "routine", "zzz qqq", "a"])
def test_fast_scoring_matches_scikit_learn(assistant, max_df, question):
    rows = [q for d in assistant.index.docs_ for q in d.questions]
    field = SparseField(assistant.normalizer.char_features, max_df=max_df).fit(rows)
    matrix = field.transform_reference(rows)
    query = field.transform_reference([question])
    ids, weights = field.query_vector(question)
    rebuilt = np.zeros(query.shape[1], np.float32)
    rebuilt[ids] = weights
    assert np.allclose(rebuilt, query.toarray()[0], atol=1e-6)
    # The cached per-word path gives the same vector as the analyzer.
    cached_ids, cached_weights = assistant.index.char_query(assistant.normalizer.words(question))
    reference = assistant.index.question_chars.transform_reference([question]).toarray()[0]
    cached = np.zeros(len(reference), np.float32)
    cached[cached_ids] = cached_weights
    assert np.allclose(cached, reference, atol=1e-6)
    # Every term keeps its postings, frequent ones (in more than max_df of the rows) too.
    expected = (matrix @ query.T).toarray()[:, 0]
    assert np.allclose(field.scores(ids, weights), expected, atol=1e-5)
    # The C kernels, from the raw ids (repeats kept), agree with scikit-learn too.
    raw = field.term_ids(field.analyzer(question))
    scores, lookup = np.zeros(len(rows), np.float32), np.zeros(len(field.idf_), np.float32)
    top, top_scores = _scoring.top_postings(field.postings, raw, 7, scores, lookup)
    best = [r for r in np.argsort(-expected, kind="stable")[:7].tolist() if expected[r] > 0]
    assert top == best
    assert np.allclose(top_scores, expected[best], atol=1e-5)
    # rank_pool, each row being a doc of its own in both fields: every row's cosine.
    everything = np.arange(len(rows))
    ranked = _scoring.rank_pool(
        field.rows, raw, field.rows, raw, everything, everything + 1, everything.tolist(),
        [0.0] * len(rows), (1.0, 1.0, 1.0, 1.0), len(rows), 1, lookup, "", [""] * len(rows),
    )  # fmt: skip
    docs, _, chars, _, body, _, _ = (np.array(column) for column in zip(*ranked, strict=True))
    assert sorted(docs) == everything.tolist()
    assert np.allclose(body[np.argsort(docs)], expected, atol=1e-5)
    assert np.allclose(chars[np.argsort(docs)], expected, atol=1e-5)
    assert not scores.any() and not lookup.any()  # scratch buffers are left zeroed


def test_rank_pool_fuses_keeps_and_ranks_as_described(assistant):
    index, p = assistant.index, assistant.retriever.params
    question = "how can i make my toddler feel secure at bedtime"
    words = assistant.normalizer.words(question)
    features = with_bigrams(content_terms(words))
    rows = index.question_chars.scores(*index.char_query(words))  # numpy references
    body_all = index.body_words.scores(*index.body_words.query_vector(features))
    doc_all = index.doc_words.scores(*index.doc_words.query_vector(features))
    docs = list(range(len(index.docs_)))
    _, lookup = index.scratch()
    weights = (p.doc_words, p.body_words, p.question_chars, p.fuzzy)
    ranked = _scoring.rank_pool(
        index.body_words.rows, index.body_words.term_ids(features), index.question_chars.rows,
        index.char_ids(words), index.doc_row_start_, index.doc_row_stop_, docs,
        doc_all.tolist(), weights, 10, 2, lookup, " ".join(words), index.row_text_,
    )  # fmt: skip
    # The texts packed (blob, offsets), as the engine passes them, rank alike.
    packed = _scoring.rank_pool(
        index.body_words.rows, index.body_words.term_ids(features), index.question_chars.rows,
        index.char_ids(words), index.doc_row_start_, index.doc_row_stop_, docs,
        doc_all.tolist(), weights, 10, 2, lookup, " ".join(words), index.row_text_.packed,
    )  # fmt: skip
    assert packed == ranked
    blob, offsets = index.row_text_.packed
    broken = offsets.copy()
    broken[1:-1] = offsets[-1] + 1  # rows past the blob's end
    with pytest.raises(ValueError):
        _scoring.rank_pool(
            index.body_words.rows, index.body_words.term_ids(features), index.question_chars.rows,
            index.char_ids(words), index.doc_row_start_, index.doc_row_stop_, docs,
            doc_all.tolist(), weights, 10, 2, lookup, " ".join(words), (blob, broken),
        )  # fmt: skip
    # The reference, step by step as rank_pool's documentation says.
    chars_all = index.per_doc_max(rows)
    part = p.doc_words * doc_all / doc_all.max() + p.body_words * body_all / body_all.max()
    kept = np.argsort(-(part + p.question_chars * chars_all / chars_all.max()), kind="stable")[:10]
    fuzzy = []
    for doc in kept:
        own = np.arange(index.doc_row_start_[doc], index.doc_row_stop_[doc])
        closest = own[np.argsort(-rows[own], kind="stable")[:2]]
        fuzzy.append(
            max(fuzz.token_set_ratio(" ".join(words), index.row_text_[r]) for r in closest)
        )
    fuzzy = np.array(fuzzy) / 100
    chars = chars_all[kept]
    final = part[kept] + p.question_chars * chars / chars.max() + p.fuzzy * fuzzy / fuzzy.max()
    order = np.argsort(-final, kind="stable")
    got = [r[0] for r in ranked]
    assert got == kept[order].tolist()
    assert np.allclose([r[1] for r in ranked], final[order], atol=1e-5)
    assert np.allclose([r[5] for r in ranked], fuzzy[order], atol=1e-5)
    raw = (
        p.question_chars * chars + p.doc_words * doc_all[kept] + p.body_words * body_all[kept]
        + p.fuzzy * fuzzy
    )  # fmt: skip
    assert np.allclose([r[6] for r in ranked], raw[order], atol=1e-5)
    assert not lookup.any()


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_cleaning_ascii_takes_a_shortcut_to_the_same_text(text):
    assert clean(text) == clean_any(text)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_word_runs_of_ascii_take_a_shortcut_to_the_same_words(text):
    text = text.lower()
    assert word_runs(text) == re.findall("[a-z0-9]+", text)


_WORDS = st.sampled_from(["a", "ab", "b", "baby", "babys", "cry", "crying", "12", "x" * 70])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_WORDS, max_size=14), st.lists(st.lists(_WORDS, max_size=14), max_size=4))
def test_token_set_ratios_are_rapidfuzzs(query, texts):
    query, texts = " ".join(query), [" ".join(t) for t in texts]
    expected = [fuzz.token_set_ratio(query, t) / 100 for t in texts]
    assert np.allclose(_scoring.token_set_ratios(query, texts), expected, atol=1e-6)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.integers(1, 400),
    st.lists(st.integers(0, 5), min_size=1, max_size=6, unique=True),
    st.integers(0, 60),
    st.integers(0, 2**32 - 1),
)
def test_top_postings_keeps_the_k_best_lower_rows_first_on_ties(n_rows, raw, k, seed):
    # Postings of 6 terms over n_rows rows, their values from three levels: many ties.
    rng, indptr, rows, values = np.random.default_rng(seed), [0], [], []
    for _ in range(6):
        own = np.sort(rng.choice(n_rows, rng.integers(0, n_rows + 1), replace=False))
        rows += own.tolist()
        values += rng.choice([0.25, 0.5, 1.0], len(own)).tolist()
        indptr.append(len(rows))
    idf = rng.choice([1.0, 2.0], 6).astype(np.float32)
    field = (idf, np.array(indptr), np.array(rows, np.int32), np.array(values, np.float32))
    scores, lookup = np.zeros(n_rows, np.float32), np.zeros(6, np.float32)
    top, top_scores = _scoring.top_postings(field, raw, k, scores, lookup)
    # The reference sums in float32, term by term, as the kernel does.
    norm = sum(float(idf[t]) ** 2 for t in raw)
    expected = np.zeros(n_rows, np.float32)
    for t in raw:
        weight = idf[t] * np.float32(1.0 / np.sqrt(norm))
        span = slice(indptr[t], indptr[t + 1])
        expected[field[2][span]] += weight * field[3][span]
    positive = np.flatnonzero(expected > 0)
    best = positive[np.lexsort((positive, -expected[positive]))][:k]
    assert top == best.tolist()
    assert top_scores == expected[best].tolist()
    assert not scores.any() and not lookup.any()


def test_token_set_ratios_refuse_what_the_normaliser_never_makes():
    with pytest.raises(ValueError):
        _scoring.token_set_ratios("caf\u00e9", ["cafe"])
    with pytest.raises(ValueError):
        _scoring.token_set_ratios("cafe", [b"cafe"])


def test_holds_finds_a_docs_terms_by_binary_search(assistant):
    index = assistant.index
    for name, field in index.fields().items():
        for row in range(field.n_rows_):
            own = field.row_terms_[field.row_indptr_[row] : field.row_indptr_[row + 1]]
            assert (np.diff(own) > 0).all(), name  # sorted within each row: holds relies on it
    field, rng = index.doc_words, np.random.default_rng(0)
    for doc in rng.choice(len(index.docs_), 20, replace=False).tolist():
        own = set(field.row_terms_[field.row_indptr_[doc] : field.row_indptr_[doc + 1]].tolist())
        ids = [*rng.integers(0, len(field.idf_), 30).tolist(), *list(own)[:5], -1]
        assert _scoring.holds(field.rows, doc, ids) == [i in own for i in ids]
    with pytest.raises(IndexError):
        _scoring.holds(field.rows, field.n_rows_, [0])


def test_posted_finds_in_the_postings_what_holds_finds_in_the_rows(assistant):
    index, rng = assistant.index, np.random.default_rng(1)
    for field in index.fields().values():
        for row in rng.choice(field.n_rows_, 20, replace=False).tolist():
            own = field.row_terms_[field.row_indptr_[row] : field.row_indptr_[row + 1]]
            ids = [*rng.integers(0, len(field.idf_), 30).tolist(), *own[:5].tolist(), -1]
            assert field.posted(row, ids) == _scoring.holds(field.rows, row, ids)
            assert all(field.posted(row, own.tolist()))


def rank_pool(field, lookup, docs=(0, 1, 2), raw=(0,), stops=None, texts=("a", "b", "c")):
    """rank_pool on the field's first three rows, one doc each, but for what is given."""
    starts = np.arange(3)
    return _scoring.rank_pool(
        field.rows, list(raw), field.rows, [0], starts, starts + 1 if stops is None else stops,
        list(docs), [0.5] * len(docs), (1.0, 1.0, 1.0, 1.0), 2, 2, lookup, "a", list(texts),
    )  # fmt: skip


@pytest.mark.parametrize(
    "call",
    [
        lambda f, lookup: _scoring.top_postings(f.postings, [len(f.idf_)], 3, lookup, lookup),
        lambda f, lookup: rank_pool(f, lookup, docs=[3]),
        lambda f, lookup: rank_pool(f, lookup, raw=[-1]),
        lambda f, lookup: rank_pool(f, lookup, raw=["a"]),
        lambda f, lookup: rank_pool(f, lookup.astype(np.float64)),
        lambda f, lookup: rank_pool(f, lookup, stops=np.arange(1, 4) + len(f.row_indptr_)),
        lambda f, lookup: rank_pool(f, lookup, texts=["a"]),  # a kept row without its text
        lambda f, lookup: rank_pool(f, lookup[: len(f.idf_) - 1]),  # smaller than the vocabulary
        lambda f, lookup: rank_pool(f, lookup, texts=["a", "\u00e9", "c"]),
    ],
)
def test_scoring_kernels_refuse_what_is_out_of_range(assistant, call):

    field = assistant.index.question_chars
    lookup = np.zeros(len(field.idf_) + len(field.row_indptr_), np.float32)
    with pytest.raises((IndexError, TypeError, ValueError)):
        call(field, lookup)
    assert not lookup.any()


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(max_size=300))
def test_any_text_gives_an_answer_object_or_the_documented_error(assistant, text):
    try:
        answer = assistant.ask(text)
    except QuestionError as exc:
        assert exc.code in {"empty", "too_long", "not_text"}
        return
    data = answer.to_dict()
    assert data["kind"] in {"answer", "abstain", "escalate", "clarify"}
    assert 0.0 <= data["confidence"] <= 1.0
    assert (data["kind"] == "answer") == bool(data["citations"])
    assert (data["kind"] == "clarify") == (2 <= len(data.get("options", [])) <= 3)


def test_team_set_meets_the_quality_floors(assistant):
    metrics = evaluate(assistant, read_labelled(DATA / "team_questions.jsonl")).summary()
    assert metrics["questions"] >= 200
    assert metrics["top1"] >= 0.92
    assert metrics["recall@3"] >= 0.97
    assert metrics["abstain_precision"] >= 0.90
    # The confidence is fitted on questions the team did not write as well (parent-dev,
    # the public sets; bench/tune.py), no longer on this set alone, and its threshold
    # suits parents' own questions: it abstains on fewer of the near-misses the team
    # wrote (0.79 measured) than a fit to them did (0.90).
    assert metrics["abstain_recall"] >= 0.75


@pytest.mark.parametrize("size", [0, 7, 60, 6_000, 30_000])
@pytest.mark.parametrize("zeros", [0.0, 0.6, 1.0])
def test_top_postings_finds_the_k_largest_positive_scores(size, zeros):
    rng = np.random.default_rng(size)
    scores = np.round(rng.random(size), 3).astype(np.float32)  # rounding makes ties
    scores[rng.random(size) < zeros] = 0
    # One term whose postings are the scores: the query of that term weighs 1.
    rows = np.flatnonzero(scores).astype(np.int32)
    field = (np.ones(1, np.float32), np.array([0, len(rows)]), rows, scores[rows])
    scratch, lookup = np.zeros(size, np.float32), np.zeros(1, np.float32)
    got, got_scores = _scoring.top_postings(field, [0], 50, scratch, lookup)
    # Best first, and the lower row first among equal scores.
    expected = sorted(rows.tolist(), key=lambda r: (-scores[r], r))[:50]
    assert got == expected
    assert np.allclose(got_scores, scores[expected])
    assert not scratch.any() and not lookup.any()


@pytest.mark.parametrize(
    "question", ["why keep promises to my toddler", "best stroller", "my baby is not breathing"]
)
def test_answer_dict_has_every_field_as_asdict_would(assistant, question):
    from dataclasses import asdict

    answer = assistant.ask(question)
    expected = asdict(answer)
    expected["citations"] = [asdict(c) for c in answer.citations]
    expected["related"], expected["alternatives"] = list(answer.related), list(answer.alternatives)
    expected["options"] = list(answer.options)
    expected["confidence"] = round(float(answer.confidence), 4)
    assert answer.to_dict() == expected


def test_threads_stemming_at_once_get_the_stems_one_thread_gets():
    """A server stems in its request threads and in its background rebuild at once;
    a shared Snowball stemmer garbled the words (IndexError, answers of 500)."""
    import sys
    import threading

    from assistant.normalize import stem

    words = [
        stem_ + ending
        for stem_ in ("psycholog", "depend", "cry", "nation", "relat", "hope", "organiz")
        for ending in ("ically", "ational", "ization", "fulness", "ousness", "ing", "edly")
    ] * 40
    alone = [stem.__wrapped__(w) for w in words]  # past the cache: the stemmer itself
    results, interval = [], sys.getswitchinterval()

    def stem_all():
        try:
            results.append([stem.__wrapped__(w) for w in words])
        except Exception as exc:  # noqa: BLE001
            results.append(exc)

    sys.setswitchinterval(1e-6)  # switch threads as often as a loaded server may
    try:
        threads = [threading.Thread(target=stem_all) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert results == [alone] * 8
