"""Which scoring kernels the engine runs: the C extension (`assistant/_scoring.c`)
when the install could compile it, else `assistant.scoring_numpy`, the same functions
in NumPy, giving the same rankings more slowly (bench/kernels.py measures both).
PARENTFAQ_PURE_PYTHON=1 forces the NumPy path; it is read once, here, at import."""

from __future__ import annotations

import os
from types import ModuleType

from . import scoring_numpy

PURE_PYTHON = os.environ.get("PARENTFAQ_PURE_PYTHON", "").strip().lower() in {"1", "true", "yes"}


def compiled() -> ModuleType | None:
    """The C extension, or None when the install skipped it (no compiler)."""
    try:
        from . import _scoring
    except ImportError:
        return None
    return _scoring


scoring: ModuleType = (None if PURE_PYTHON else compiled()) or scoring_numpy
NAME = "NumPy" if scoring is scoring_numpy else "C"
