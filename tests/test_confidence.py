"""What the confidence is computed from: how much of a question the best entry
covers, and the rarest word it leaves out."""

import pytest

from assistant.normalize import Normalizer
from knowledge import load_knowledge


@pytest.fixture(scope="module")
def normalizer():
    return Normalizer(load_knowledge().synonyms)


def test_insecure_reads_as_secure(normalizer):
    # "insecure" is about a sense of security, not some other word.
    assert normalizer.terms("is my baby insecure") == normalizer.terms("is my baby secure")
    assert normalizer.terms("securely") == normalizer.terms("security")


def test_a_question_the_entry_covers_leaves_nothing_rare_uncovered(assistant):
    ranking = assistant.rank("why should i keep my promises to my child")
    features = assistant.features(ranking)
    assert features["uncovered"] == 0.0
    assert features["phrasing_coverage"] == pytest.approx(1.0)


def test_the_rarest_word_left_out_is_counted(assistant):
    # "trampoline" is in no entry: the best entry leaves the question's rarest word out.
    ranking = assistant.rank("should i keep my promises about the trampoline")
    features = assistant.features(ranking)
    assert features["uncovered"] == pytest.approx(1.0)
    assert features["phrasing_coverage"] < 1.0
    covered = assistant.features(assistant.rank("should i keep my promises"))
    assert assistant.calibration.confidence(features) < assistant.calibration.confidence(covered)
