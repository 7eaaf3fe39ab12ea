"""What the safety triage reads from its patterns, kept from one start to the next.

The triage screens its rules by what their patterns need (`needs.needs`), splits
long choices (`needs.alternatives`) and finds the words that open each rule
(`openings.openings_of`). Reading the shipped rules' patterns (190,000 characters
with their concepts filled in) took 0.3 s of CPU at every start of every process.
Each reading depends only on the pattern's text, the reading code and, for the
needs a rule is filed under, the safety model's word counts. So readings are
kept by the pattern's exact text: shipped for the shipped rules in
`data/safety-readings.json` (made by `python -m assistant.readings`; a test
checks it is current) and remembered within a process. A pattern the file does
not hold (a clinic's own rules, an edited safety.yaml) is read afresh: a reading
is never taken for another pattern's. A file written by other reading code is
ignored whole, and its filed needs when the model differs.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from . import needs as needs_module
from . import openings as openings_module
from . import screen as screen_module
from .needs import alternatives, commonness_of, needs
from .openings import openings_of

READINGS_FILE = Path(__file__).parent / "data" / "safety-readings.json"
Clauses = tuple[frozenset, ...]


@cache
def code_version() -> str:
    """The reading code's own hash: readings saved by other code are not used."""
    digest = hashlib.sha256()
    for module in (needs_module, openings_module, screen_module):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


class Readings:
    """One model's readings of patterns: each read once, then remembered. `model`:
    the safety model whose word counts choose the clause a rule is filed under
    (None: guessed from the features' lengths)."""

    def __init__(self, model=None, saved: dict | None = None):
        self.model_digest = model.digest if model is not None else None
        self.commonness = commonness_of(model)
        self._needs: dict[str, Clauses] = {}
        self._filed: dict[str, Clauses] = {}
        self._alternatives: dict[str, tuple[str, ...]] = {}
        self._openings: dict[str, tuple[tuple[str, bool], ...] | None] = {}
        if saved and saved.get("code") == code_version():
            self._take(saved)

    def needs(self, pattern: str) -> Clauses:
        """`needs.needs(pattern)`."""
        found = self._needs.get(pattern)
        if found is None:
            found = self._needs[pattern] = tuple(needs(pattern))
        return found

    def filed_needs(self, pattern: str) -> Clauses:
        """`needs.needs(pattern, commonness)`: the clauses a rule is filed under."""
        if self.commonness is None:
            return self.needs(pattern)
        found = self._filed.get(pattern)
        if found is None:
            found = self._filed[pattern] = tuple(needs(pattern, self.commonness))
        return found

    def alternatives(self, pattern: str) -> tuple[str, ...]:
        """`needs.alternatives(pattern)`."""
        found = self._alternatives.get(pattern)
        if found is None:
            found = self._alternatives[pattern] = tuple(alternatives(pattern))
        return found

    def openings(self, pattern: str) -> tuple[tuple[str, bool], ...] | None:
        """`openings.openings_of(pattern)`."""
        if pattern not in self._openings:
            found = openings_of(pattern)
            self._openings[pattern] = None if found is None else tuple(found)
        return self._openings[pattern]

    def to_json(self) -> dict:
        """Every reading made so far, as the readings file holds them."""

        def clauses(found: dict[str, Clauses]) -> dict:
            return {p: [sorted(c) for c in cs] for p, cs in sorted(found.items())}

        return {
            "code": code_version(),
            "model": self.model_digest,
            "needs": clauses(self._needs),
            "filed": clauses(self._filed),
            "alternatives": {p: list(a) for p, a in sorted(self._alternatives.items())},
            "openings": {
                p: None if o is None else [list(k) for k in o]
                for p, o in sorted(self._openings.items())
            },
        }

    def _take(self, saved: dict) -> None:
        """The saved readings, all or (a damaged entry) none."""

        def clauses(found: dict) -> dict[str, Clauses]:
            return {p: tuple(frozenset(map(str, c)) for c in cs) for p, cs in found.items()}

        try:
            taken = (
                clauses(saved["needs"]),
                clauses(saved["filed"]) if saved.get("model") == self.model_digest else {},
                {p: tuple(map(str, a)) for p, a in saved["alternatives"].items()},
                {
                    p: None if o is None else tuple((str(key), bool(whole)) for key, whole in o)
                    for p, o in saved["openings"].items()
                },
            )
        except (TypeError, ValueError, AttributeError):
            return
        for mine, theirs in zip(
            (self._needs, self._filed, self._alternatives, self._openings), taken, strict=True
        ):
            mine.update(theirs)


def load_saved(path: Path = READINGS_FILE) -> dict | None:
    """A readings file's contents; None when there is none or it is damaged (then
    every pattern is read afresh)."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or not all(
        isinstance(saved.get(key), dict) for key in ("needs", "filed", "alternatives", "openings")
    ):
        return None
    return saved


_by_model: dict[str | None, Readings] = {}


def readings_for(model) -> Readings:
    """The process's readings for `model` (a `SafetyModel` or None), starting from
    the shipped file's."""
    key = model.digest if model is not None else None
    if key not in _by_model:
        _by_model[key] = Readings(model, load_saved())
    return _by_model[key]


def main() -> None:
    """Read the shipped rules afresh and save the readings next to this module."""
    from knowledge import load_knowledge

    from .safety_model import load_shipped_model
    from .triage import Triage

    model = load_shipped_model()
    readings = Readings(model)
    Triage(load_knowledge().safety, model=model, readings=readings)
    READINGS_FILE.parent.mkdir(exist_ok=True)
    text = json.dumps(readings.to_json(), ensure_ascii=False, indent=0, sort_keys=True)
    READINGS_FILE.write_text(text + "\n", encoding="utf-8")
    print(f"{READINGS_FILE}: {len(readings.to_json()['needs'])} patterns' needs")


if __name__ == "__main__":
    main()
