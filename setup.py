"""The one compiled part: the per-question scoring loops (assistant/_scoring.c).
Everything else about the package is in pyproject.toml.

The extension is optional: without a C compiler (slim images) the build skips it with
a warning, and the engine runs the same loops in NumPy (assistant/scoring_numpy.py),
chosen by assistant/kernels.py."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("assistant._scoring", ["assistant/_scoring.c"], optional=True)])
