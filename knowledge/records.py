"""Immutable records that cross from `knowledge` into `assistant` and `web`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge file, located for a clinic editor."""

    file: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {kind}{self.message}"


class KnowledgeError(Exception):
    """The knowledge could not be loaded; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Passage:
    """A paragraph or list item of an article, the unit a citation points at."""

    id: str
    article_id: str
    section: str
    text: str
    line: int
    language: str = "en"  # the article's

    @property
    def source_id(self) -> str:
        return f"article:{self.article_id}#{self.id}"

    @property
    def url(self) -> str:
        return f"/sources/{self.article_id}#{self.id}"


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    author: str
    credentials: str
    organisation: str
    references: tuple[str, ...]
    passages: tuple[Passage, ...]
    path: str
    # A translation names its language (BCP 47: "en", "zh-Hant") and the article it
    # translates; its passages keep the original's ids, so the two align passage by passage.
    language: str = "en"
    translation_of: str = ""
    original: dict = field(
        default_factory=dict
    )  # title/author/credentials in the original language


@dataclass(frozen=True, slots=True)  # no dict per entry: 5 MB at 100,000 entries
class FaqEntry:
    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    url: str = ""
    reviewed_by: str = ""
    reviewed_on: str = ""
    language: str = "en"
    translation_of: str = ""  # the id of the entry this one translates (its twin)
    path: str = ""
    line: int = 0

    @property
    def source_id(self) -> str:
        return f"faq:{self.id}"

    @property
    def questions(self) -> tuple[str, ...]:
        return (self.question, *self.alternates)


@dataclass(frozen=True)
class Knowledge:
    """Everything one knowledge directory holds, validated."""

    root: Path
    articles: tuple[Article, ...]
    faq: tuple[FaqEntry, ...]
    synonyms: dict = field(default_factory=dict)
    safety: dict = field(default_factory=dict)
    clinic: dict = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(p for a in self.articles for p in a.passages)

    def passage(self, source_id: str) -> Passage | None:
        return self._passages_by_source().get(source_id)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def _passages_by_source(self) -> dict[str, Passage]:
        cache = self.__dict__.get("_by_source")
        if cache is None:
            cache = {p.source_id: p for p in self.passages}
            object.__setattr__(self, "_by_source", cache)
        return cache

    def summary(self) -> str:
        n_articles = len(self.articles)
        return (
            f"{n_articles} article{'s' if n_articles != 1 else ''}, "
            f"{len(self.passages)} passages, {len(self.faq)} FAQ entries"
        )
