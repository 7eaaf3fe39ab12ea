"""The one compiled part: the per-question scoring loops (assistant/_scoring.c).
Everything else about the package is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("assistant._scoring", ["assistant/_scoring.c"])])
