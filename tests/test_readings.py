"""The triage's saved readings of its patterns (assistant/readings.py) and its
patterns compiled on first use (assistant/lazy_pattern.py): a start reads less,
never a reading that is not its pattern's."""

import json
import re

import pytest

from assistant.lazy_pattern import LazyPattern
from assistant.needs import alternatives, needs
from assistant.openings import openings_of
from assistant.readings import READINGS_FILE, Readings, code_version, key_of, load_saved
from assistant.safety_model import load_shipped_model
from assistant.triage import Triage
from knowledge import load_knowledge
from tests.data.safety_messages import rows


@pytest.fixture(scope="module")
def safety():
    return load_knowledge().safety


@pytest.fixture(scope="module")
def model():
    return load_shipped_model()


def test_the_shipped_readings_are_current(safety, model):
    """The file holds what the shipped rules read as now; after editing safety.yaml
    or the reading code, run `parentfaq index`."""
    fresh = Readings(model)
    Triage(safety, model=model, readings=fresh)
    assert load_saved() == json.loads(json.dumps(fresh.to_json()))


def test_a_triage_reads_every_pattern_as_a_fresh_reading_does(safety, model):
    saved = Readings(model, load_saved())
    triage = Triage(safety, model=model, readings=saved)
    often = saved.commonness
    for rule in triage.danger + triage.medical:
        for pattern in rule.required:
            assert list(saved.filed_needs(pattern.pattern)) == needs(pattern.pattern, often)
        assert [list(n) for n in rule.unless_needs] == [needs(p.pattern) for p in rule.unless]
        assert saved.openings(rule.required[0].pattern) == _tupled(
            openings_of(rule.required[0].pattern)
        )
    for screened in [*triage.distress, triage.hypothetical, triage.settled]:
        assert list(saved.alternatives(screened.pattern.pattern)) == alternatives(
            screened.pattern.pattern
        )


def _tupled(found):
    return None if found is None else tuple(found)


def _poisoned(saved: dict, pattern: str) -> dict:
    """`saved` with a wrong reading of `pattern`: it needs a word no message holds."""
    wrong = "zzqqxx"
    return {
        **saved,
        "needs": {**saved["needs"], key_of(pattern): wrong},
        "filed": {**saved["filed"], key_of(pattern): wrong},
    }


def _edited(rule):
    """A rule whose patterns read the same but are written differently."""
    if isinstance(rule, dict):
        return {key: [p + "(?:)" for p in patterns] for key, patterns in rule.items()}
    return [p + "(?:)" for p in rule]


def _rules_read_wrong(saved: dict, triage) -> dict:
    """`saved` with every reading of the triage's rules' patterns wrong: a rule filed
    under it would never be tried."""
    rules = triage.danger + triage.medical
    patterns = {key_of(p.pattern) for r in rules for p in (*r.required, *r.unless)}
    wrong = "zzqqxx"
    return {
        **saved,
        "needs": {p: wrong if p in patterns else n for p, n in saved["needs"].items()},
        "filed": {p: wrong if p in patterns else n for p, n in saved["filed"].items()},
    }


def test_edited_rules_are_read_afresh_never_given_the_old_readings(safety, model):
    # Every saved reading of a rule is wrong, and every rule edited: the edited
    # rules decide as when nothing was saved.
    edited = {
        **safety,
        "categories": {
            name: {**spec, "rules": {n: _edited(r) for n, r in spec["rules"].items()}}
            for name, spec in safety["categories"].items()
        },
        "medical": {n: _edited(r) for n, r in safety["medical"].items()},
    }
    wrong = _rules_read_wrong(load_saved(), Triage(safety, model=model))
    fresh = Triage(edited, model=model, readings=Readings(model))
    served = Triage(edited, model=model, readings=Readings(model, wrong))
    poisoned = Triage(safety, model=model, readings=Readings(model, wrong))
    messages = [row["message"] for row in rows()]
    assert [served.decide(m) for m in messages] == [fresh.decide(m) for m in messages]
    # (the wrong readings, taken for the unedited rules' own text, would miss some)
    assert [poisoned.decide(m) for m in messages] != [fresh.decide(m) for m in messages]


def test_a_wrong_saved_reading_of_the_same_text_would_be_used(safety, model):
    # The check above means something: readings are taken by the pattern's text.
    pattern = r"\bstopped breathing\b"
    categories = {"breathing": {"group": "child_emergency", "rules": {"stopped": [pattern]}}}
    edited = {**safety, "categories": categories, "medical": {}}
    readings = Readings(model, _poisoned(load_saved(), pattern))
    triage = Triage(edited, model=model, readings=readings)
    assert triage.decide("my son stopped breathing").rule != "stopped"


def test_readings_saved_by_other_code_are_ignored(model):
    pattern = r"\bstopped breathing\b"
    stale = {**_poisoned(load_saved(), pattern), "code": "another version"}
    assert list(Readings(model, stale).needs(pattern)) == needs(pattern)
    assert code_version() == load_saved()["code"]


def test_filed_needs_saved_for_another_model_are_ignored(model):
    pattern = r"\bstopped breathing\b"
    other = {**_poisoned(load_saved(), pattern), "model": "another model"}
    readings = Readings(model, other)
    assert list(readings.filed_needs(pattern)) == needs(pattern, readings.commonness)
    assert readings.needs(pattern) == (frozenset(["zzqqxx"]),)  # same code: still taken


@pytest.mark.parametrize("content", ["", "{not json", "[]"])
def test_a_damaged_readings_file_is_ignored(tmp_path, content):
    path = tmp_path / READINGS_FILE.name
    path.write_text(content, encoding="utf-8")
    assert load_saved(path) is None
    assert load_saved(tmp_path / "missing.json") is None


@pytest.mark.parametrize(
    "damage", [{"openings": {"x": 5}}, {"alternatives": {"x": "a"}}, {"filed": []}]
)
def test_a_damaged_entry_discards_the_whole_file(model, damage):
    pattern = r"\bstopped breathing\b"
    readings = Readings(model, {**_poisoned(load_saved(), pattern), **damage})
    assert list(readings.needs(pattern)) == needs(pattern)  # not the poisoned one


def test_a_lazy_pattern_compiles_on_first_use_and_finds_what_re_finds():
    pattern = LazyPattern(r"\b(?:not|stopped) breathing\b")
    assert "compiled" not in vars(pattern)
    text = " he is not breathing . she stopped breathing "
    assert pattern.search(text).span() == re.search(pattern.pattern, text).span()
    assert "compiled" in vars(pattern)
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in re.finditer(pattern.pattern, text)
    ]
    assert pattern.match(text, 7).group() == "not breathing"
    assert pattern.match(text, 0) is None
