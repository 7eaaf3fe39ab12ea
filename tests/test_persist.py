"""The saved index: loaded when fresh, rebuilt with a message when it is not."""

import logging

import numpy as np
import pytest

from assistant import Assistant
from assistant.persist import INDEX_FILE


def test_index_command_saves_a_file_that_ask_then_uses(cli, knowledge_copy, caplog):
    result = cli("index", "--knowledge", knowledge_copy)
    assert result.exit_code == 0
    assert (knowledge_copy / INDEX_FILE).exists()
    with caplog.at_level(logging.INFO, logger="parentfaq"):
        answer = cli("ask", "why keep promises", "--json", "--knowledge", knowledge_copy)
    assert '"faq:keep-promises"' in answer.output
    assert "rebuilding" not in caplog.text


def test_loaded_index_answers_like_a_fresh_build(knowledge_copy):
    fresh = Assistant.load(knowledge_copy)  # builds and saves
    loaded = Assistant.load(knowledge_copy)  # loads the file
    built = Assistant.load(knowledge_copy, saved_index=False)
    for question in ("my todler crys at nite", "who wrote this", "is my wifi secure"):
        for name, values in built.retriever.sparse_signals(question).items():
            assert np.allclose(values, loaded.retriever.sparse_signals(question)[name])
        assert loaded.ask(question).to_dict() == fresh.ask(question).to_dict()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("content", "changed since it was built"),
        ("analysis", "changed since it was built"),  # same knowledge, another normalizer
        ("corrupt", "the file is damaged"),
        ("version", "another version"),
        ("inconsistent", "the file is damaged"),  # a sound zip whose arrays do not fit
    ],
)
def test_stale_or_damaged_index_is_rebuilt_with_a_message(knowledge_copy, caplog, damage, reason):
    Assistant.load(knowledge_copy)
    path = knowledge_copy / INDEX_FILE
    if damage == "content":
        faq = knowledge_copy / "faq" / "about-the-article.yaml"
        faq.write_text(faq.read_text().replace("who is gigi pang", "who is the writer"))
    elif damage == "corrupt":
        path.write_bytes(path.read_bytes()[:1000])
    elif damage == "inconsistent":
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        # Counts past the 256 sublinear tfs a coded field's postings may hold.
        arrays["question_chars.row_postings_"] = arrays["question_chars.row_postings_"].astype(
            np.uint32
        ) | np.uint32(1 << 31)
        np.savez(path, **arrays)
    elif damage == "analysis":
        import assistant.persist as persist

        original = persist.analysis_version
        persist.analysis_version = lambda: "a normalizer of another release"
        try:
            Assistant.load(knowledge_copy)  # writes a file its analysis made
        finally:
            persist.analysis_version = original
    else:
        import assistant.persist as persist

        original = persist.FORMAT
        persist.FORMAT = original + 1
        try:
            Assistant.load(knowledge_copy)  # writes a file of the "newer" format
        finally:
            persist.FORMAT = original
    with caplog.at_level(logging.WARNING, logger="parentfaq"):
        rebuilt = Assistant.load(knowledge_copy)
    assert "rebuilding the search index: " in caplog.text and reason in caplog.text
    assert rebuilt.ask("why keep promises to my kids").source_id == "faq:keep-promises"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="parentfaq"):
        Assistant.load(knowledge_copy)  # the rebuilt file was saved and is fresh now
    assert "rebuilding" not in caplog.text


def test_index_file_holds_no_pickled_objects(knowledge_copy):
    Assistant.load(knowledge_copy)
    with np.load(knowledge_copy / INDEX_FILE, allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)


def test_shipped_index_is_fresh():
    """The index shipped with the knowledge matches it, so a fresh install starts
    without building one; after editing the shipped knowledge run `parentfaq index`."""
    from assistant.index import HybridIndex
    from assistant.normalize import Normalizer
    from assistant.persist import content_hash, load_index
    from knowledge import load_knowledge, shipped_dir

    knowledge = load_knowledge()
    empty = HybridIndex(Normalizer(knowledge.synonyms))
    docs = Assistant(knowledge, saved_index=False).index.docs_
    load_index(shipped_dir() / INDEX_FILE, empty, docs, content_hash(knowledge, empty.options()))


def test_a_start_never_rewrites_the_shipped_index(monkeypatch, caplog):
    """A stale shipped index is rebuilt in memory only: rewriting the package's file
    would fail on a read-only install and hide the staleness from the test above."""
    from assistant import engine
    from knowledge import load_knowledge, shipped_dir

    shipped = shipped_dir() / INDEX_FILE
    before = shipped.read_bytes()
    monkeypatch.setattr(engine, "content_hash", lambda *_: "another digest")
    with caplog.at_level(logging.WARNING, logger="parentfaq"):
        rebuilt = Assistant(load_knowledge())
    assert "rebuilding" in caplog.text
    assert rebuilt.ask("why keep promises").kind == "answer"
    assert shipped.read_bytes() == before
