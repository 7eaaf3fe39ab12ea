"""What the safety triage reads from its patterns, kept from one start to the next.

The triage screens its rules by what their patterns need (`needs.needs`), splits
long choices (`needs.alternatives`) and finds the words that open each rule
(`openings.openings_of`). Reading the shipped rules' patterns (190,000 characters
with their concepts filled in) took 0.3 s of CPU at every start of every process.
Each reading depends only on the pattern's text, the reading code and, for the
needs a rule is filed under, the safety model's word counts. So readings are
kept by a hash of the pattern's text (96 bits: two patterns sharing one is not a
practical risk): shipped for the shipped rules in `data/safety-readings.json`
(made by `parentfaq index`; a test checks it is current) and
remembered within a process. A pattern the file does not hold (a clinic's own
rules, an edited safety.yaml) is read afresh: a reading is never taken for
another pattern's. A file written by other reading code, or with an entry of the
wrong shape, is ignored whole, and its filed needs when the model differs. The
file is small (0.2 MB): reading 0.6 MB of JSON had left 4 MB in the process.
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
FORMAT = 2  # 2: patterns by their hash, readings as text (`Readings.to_json`)
Clauses = tuple[frozenset, ...]


@cache
def code_version() -> str:
    """The reading code's (and the file format's) hash: readings saved by other code
    are not used."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for module in (needs_module, openings_module, screen_module):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


KINDS = ("needs", "filed", "alternatives", "openings")


def key_of(pattern: str) -> str:
    """A pattern's key in the readings file: a hash of its text (the patterns
    themselves, 190,000 characters, would be most of the file)."""
    return hashlib.blake2b(pattern.encode(), digest_size=12).hexdigest()


class Readings:
    """One model's readings of patterns: each read once, then remembered. `model`:
    the safety model whose word counts choose the clause a rule is filed under
    (None: guessed from the features' lengths); `saved`: a readings file's contents."""

    def __init__(self, model=None, saved: dict | None = None):
        self.model_digest = model.digest if model is not None else None
        self.commonness = commonness_of(model)
        self._made: dict[str, dict] = {kind: {} for kind in KINDS}  # by the pattern's text
        self._saved: dict[str, dict] = {kind: {} for kind in KINDS}  # by its key
        if saved and saved.get("code") == code_version() and _well_formed(saved):
            same_model = saved.get("model") == self.model_digest
            self._saved = {k: saved[k] if k != "filed" or same_model else {} for k in KINDS}

    def needs(self, pattern: str) -> Clauses:
        """`needs.needs(pattern)`."""
        return self._reading("needs", pattern, _clauses, lambda p: tuple(needs(p)))

    def filed_needs(self, pattern: str) -> Clauses:
        """`needs.needs(pattern, commonness)`: the clauses a rule is filed under."""
        if self.commonness is None:
            return self.needs(pattern)
        return self._reading("filed", pattern, _clauses, lambda p: tuple(needs(p, self.commonness)))

    def alternatives(self, pattern: str) -> tuple[str, ...]:
        """`needs.alternatives(pattern)`."""
        return self._reading("alternatives", pattern, tuple, lambda p: tuple(alternatives(p)))

    def openings(self, pattern: str) -> tuple[tuple[str, bool], ...] | None:
        """`openings.openings_of(pattern)`."""
        return self._reading("openings", pattern, _openings, _read_openings)

    def _reading(self, kind: str, pattern: str, decode, read):
        made = self._made[kind]
        if pattern in made:
            return made[pattern]
        saved, key = self._saved[kind], key_of(pattern)
        found = made[pattern] = decode(saved[key]) if key in saved else read(pattern)
        return found

    def to_json(self) -> dict:
        """Every reading made so far, as the readings file holds them: clauses as
        their features (never a space) joined by spaces, joined by tabs; openings as
        "1" (a whole word) or "0" (a word start) and the words, joined by tabs. A
        reading those cannot hold (a tab in a feature) is left out: read at start."""
        encode = {
            "needs": _encode_clauses,
            "filed": _encode_clauses,
            "alternatives": list,
            "openings": _encode_openings,
        }
        saved = {"code": code_version(), "model": self.model_digest}
        for kind in KINDS:
            readings = {key_of(p): encode[kind](r) for p, r in self._made[kind].items()}
            saved[kind] = {k: r for k, r in sorted(readings.items()) if r is not _UNSAVED}
        return saved


_UNSAVED = object()


def _encode_clauses(clauses: Clauses):
    features = [f for clause in clauses for f in clause]
    if not all(clauses) or any(not f or " " in f or "\t" in f for f in features):
        return _UNSAVED
    return "\t".join(" ".join(sorted(clause)) for clause in clauses)


def _clauses(text: str) -> Clauses:
    return tuple(frozenset(clause.split(" ")) for clause in text.split("\t")) if text else ()


def _encode_openings(found):
    if found is None:
        return None
    if any("\t" in key or not key for key, _ in found):
        return _UNSAVED
    return "\t".join(("1" if whole else "0") + key for key, whole in found)


def _openings(text: str | None) -> tuple[tuple[str, bool], ...] | None:
    if text is None:
        return None
    return tuple((part[1:], part[0] == "1") for part in text.split("\t")) if text else ()


def _read_openings(pattern: str) -> tuple[tuple[str, bool], ...] | None:
    found = openings_of(pattern)
    return None if found is None else tuple(found)


def _well_formed(saved: dict) -> bool:
    """Whether every saved reading has its kind's shape (else none is used)."""
    shapes = {
        "needs": lambda r: isinstance(r, str),
        "filed": lambda r: isinstance(r, str),
        "alternatives": lambda r: isinstance(r, list) and all(isinstance(a, str) for a in r),
        "openings": lambda r: r is None or isinstance(r, str),
    }
    return all(
        isinstance(saved.get(kind), dict) and all(map(shapes[kind], saved[kind].values()))
        for kind in KINDS
    )


def load_saved(path: Path = READINGS_FILE) -> dict | None:
    """A readings file's contents; None when there is none or it is not JSON (then
    every pattern is read afresh)."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return saved if isinstance(saved, dict) else None


_by_model: dict[str | None, Readings] = {}


def readings_for(model) -> Readings:
    """The process's readings for `model` (a `SafetyModel` or None), starting from
    the shipped file's."""
    key = model.digest if model is not None else None
    if key not in _by_model:
        _by_model[key] = Readings(model, load_saved())
    return _by_model[key]


def save_shipped() -> tuple[Path, int]:
    """Read the shipped rules afresh and save the readings next to this module
    (`parentfaq index` on the shipped knowledge); returns the file and how many
    patterns it holds."""
    from knowledge import load_knowledge

    from .safety_model import load_shipped_model
    from .triage import Triage

    model = load_shipped_model()
    readings = Readings(model)
    Triage(load_knowledge().safety, model=model, readings=readings)
    saved = readings.to_json()
    READINGS_FILE.parent.mkdir(exist_ok=True)
    text = json.dumps(saved, ensure_ascii=False, indent=0, sort_keys=True)
    READINGS_FILE.write_text(text + "\n", encoding="utf-8")
    return READINGS_FILE, len(saved["needs"])
