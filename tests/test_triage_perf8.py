"""Triage cost, round 10 (issue 18, branch `perf8`): the same decisions, less work.

- A pattern branch that opens with lookarounds and then `^` ("(?=.*jealous)^(?!.*serious).*")
  is compiled with the `^` first: `re` otherwise reads the lookahead to the end of the text
  from every character before failing at `^`.
- A question someone else asked (`asked_by_other`) is looked for only in a message holding
  one of its words ("ask", "wonder", 問): the split into asks and tellings is the same.
- A reader of extra word parts (`Reader.read_also`) hands back the message's own features
  when it finds none of its parts in the message's words.
"""

import re

import numpy as np
import pytest

from assistant.lazy_pattern import LazyPattern, anchored_first
from assistant.needs import Reader
from assistant.safety_model import idf_rows, load_shipped_model
from assistant.triage import sentences


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (
            r"(?=.*\bsibling\b)^(?!.*\bseriously\b).*\bsays\b",
            r"^(?=.*\bsibling\b)(?!.*\bseriously\b).*\bsays\b",
        ),
        (r"(?!.*no)(?<=x)^a|b", r"^(?!.*no)(?<=x)a|b"),
        # each top-level branch on its own
        (r"\bhi\b|(?=.*[(]x\))^y", r"\bhi\b|^(?=.*[(]x\))y"),
        (r"(?=.*[)^])^z", r"^(?=.*[)^])z"),
    ],
)
def test_a_caret_after_opening_lookarounds_is_compiled_first(pattern, anchored):
    assert anchored_first(pattern) == anchored
    assert LazyPattern(pattern).compiled.pattern == anchored
    assert LazyPattern(pattern).pattern == pattern  # what the screens read is unchanged


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?=.*a)b",  # anchored already
        r"(?=.*a)b^",  # the caret is not next to the lookarounds
        r"(?:(?=.*a)^b)",  # not a top-level branch
        r"\(?=.*a\)^b",  # escaped parentheses: no lookaround
        r"[(?=.*a)]^b",  # a character class: no lookaround
        r"(?=.*a(^b",  # unbalanced: left alone
    ],
)
def test_other_patterns_are_compiled_as_written(pattern):
    assert anchored_first(pattern) == pattern


def test_the_anchored_pattern_finds_the_same_matches():
    pattern = (
        r"(?=.*\b(?:jealous\w*|new baby|(?:his|her) (?:little )?(?:brother|sister))\b)"
        r"^(?!.*\b(?:seriously|mean it)\b).*\b(?:son|daughter) (?:\w+ ){0,3}(?:says|said)\b"
        r"|\bkeeps saying\b"
    )
    texts = [
        "my son is jealous of the new baby and says he wants to die",
        "my son says he wants the new baby gone and he seriously means it",
        "my son said it again, his little brother was crying",
        "jealous of her sister, my daughter keeps saying things",
        "he says nothing at all",
        "",
        " my daughter always says she hates her little sister ",
    ]
    plain, anchored = re.compile(pattern), LazyPattern(pattern).compiled
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in anchored.finditer(text)
        ]


@pytest.mark.parametrize(
    "message",
    [
        "Kids at swimming asked is his eczema contagious. How can I teach him what to say back?",
        "佢有濕疹喺腳，班上同學問會唔會傳染，我點教佢答先好？",
        "She had croup last year. How do I help her sleep alone?",
        "his cousin keeps wondering whether she is ill, how do i explain hearing aids to a 5yo",
        "He has a rash on his arm. Normal?",
    ],
)
def test_the_ask_is_split_the_same_with_the_plain_words_read(rules, message):
    parts = [rules._spelt_out(s) for s in sentences(message)]
    text = " " + " . ".join(parts) + " "
    seen = rules._plain_reader.read_also(rules._reader.read(text))
    assert rules._ask_split(message, parts, seen) == rules._ask_split(message, parts)


def test_a_reader_with_no_part_in_the_message_gives_its_features_back():
    main = Reader([frozenset({"^swallow", "pills"})])
    other = Reader([frozenset({"^suffocat"})])
    words = main.read(" she swallowed two pills ")
    assert other.read_also(words) is words.features
    found = other.read_also(main.read(" he is suffocating me with love "))
    assert "^suffocat" in found
    assert found == other.read(" he is suffocating me with love ").features


@pytest.fixture(scope="module")
def model():
    return load_shipped_model()


def test_the_model_reads_idf_and_weights_from_one_aligned_row(model):
    rows = model._rows
    assert rows.shape == (len(model.idf), 8)
    assert rows.ctypes.data % 64 == 0 and rows.strides == (64, 8)
    assert np.array_equal(rows[:, 0], model.idf)
    width = model.kind.by_column.shape[1]
    assert np.array_equal(rows[:, 1 : 1 + width], model.kind.by_column)
    assert idf_rows(np.ones(3), np.ones((3, 8))) is None  # nine numbers fit no line


@pytest.mark.parametrize(
    "message",
    [
        "he swallowed a button battery about ten minutes ago and is drooling",
        "how do i get my 3 year old to stop biting at nursery",
        "my baby has had a fever of 39 since last night and won't feed",
        "佢頭先食咗幾粒藥丸，而家好眼訓",
        "",
    ],
)
def test_the_rows_give_the_same_scores_as_the_vector_and_the_weights(model, message):
    text = " ".join(sentences(message))
    columns, values = model.vector(text)
    expected = model.kind.probabilities(columns, values)  # gathered apart, as before
    found = model.scores(text)
    index = {name: i for i, name in enumerate(model.kind.classes)}
    assert found.danger == float(expected[index["danger"]])
    assert found.medical == float(expected[index["medical"]])
