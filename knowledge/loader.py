"""Load a knowledge directory into validated, immutable records."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .articles import load_article
from .datafiles import data_problems
from .faq import load_faq_file
from .records import Knowledge, KnowledgeError, Problem
from .yamlfile import YamlProblem, parse_yaml, strip_lines

# Data files a knowledge directory may leave out; the shipped ones stand in, so a
# clinic's imported FAQ still gets the safety rules and synonyms.
OPTIONAL_DATA = ("synonyms.yaml", "safety.yaml", "clinic.yaml")


def shipped_dir() -> Path:
    """The knowledge directory that ships inside this package."""
    return Path(str(resources.files("knowledge") / "data"))


def load_knowledge(root: Path | str | None = None) -> Knowledge:
    """Load and validate `root` (None: the shipped knowledge).

    Raises KnowledgeError listing every problem; warnings ride on the result.
    """
    root = Path(root) if root is not None else shipped_dir()
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), 0, "knowledge directory not found")])
    problems: list[Problem] = []
    articles = []
    for path in sorted((root / "articles").glob("*.md")):
        article, found = load_article(path, _label(root, path))
        problems += found
        if article:
            articles.append(article)
    faq = []
    for path in sorted((root / "faq").glob("*.y*ml")):
        entries, found = load_faq_file(path, _label(root, path))
        problems += found
        faq += entries
    data = {name: _optional_yaml(root, name, problems) for name in OPTIONAL_DATA}
    problems += cross_check(articles, faq)
    if not articles and not faq and not problems:
        problems.append(Problem(str(root), 0, "no articles/*.md and no faq/*.yaml found"))
    errors = [p for p in problems if not p.warning]
    if errors:
        raise KnowledgeError(errors)
    return Knowledge(
        root=root,
        articles=tuple(articles),
        faq=tuple(faq),
        synonyms=data["synonyms.yaml"],
        safety=data["safety.yaml"],
        clinic=data["clinic.yaml"],
        warnings=tuple(p for p in problems if p.warning),
    )


def _label(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _optional_yaml(root: Path, name: str, problems: list[Problem]) -> dict:
    path = root / name
    if not path.exists():
        path = shipped_dir() / name
    try:
        data = parse_yaml(path.read_text(encoding="utf-8-sig"), _label(root, path))
    except YamlProblem as exc:
        problems.append(exc.problem)
        return {}
    except UnicodeDecodeError:
        problems.append(Problem(name, 1, "the file is not UTF-8 text"))
        return {}
    if data is not None and not isinstance(data, dict):
        problems.append(Problem(name, 1, f"{name} must be a mapping of 'key: value'"))
        return {}
    problems += data_problems(name, data or {}, _label(root, path))
    return strip_lines(data or {})


def cross_check(articles, faq) -> list[Problem]:
    """Problems only visible across files: duplicate ids and dangling sources."""
    problems = []
    seen_articles: dict[str, str] = {}
    for article in articles:
        if article.id in seen_articles:
            problems.append(
                Problem(
                    article.path,
                    2,
                    f"article id '{article.id}' is also used by {seen_articles[article.id]}",
                )
            )
        seen_articles[article.id] = article.path
    passages = {p.source_id for a in articles for p in a.passages}
    faq_ids: dict[str, str] = {}
    for entry in faq:
        where = f"{entry.path}:{entry.line}"
        if entry.id in faq_ids:
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"FAQ id '{entry.id}' is used twice (first at {faq_ids[entry.id]})",
                )
            )
        faq_ids.setdefault(entry.id, where)
        for source in entry.sources:
            if source not in passages:
                problems.append(
                    Problem(
                        entry.path,
                        entry.line,
                        f"entry '{entry.id}' cites '{source}', which is no "
                        "passage of any article (expected article:<id>#<passage>)",
                    )
                )
    return problems + translation_problems(articles, faq)


def translation_problems(articles, faq) -> list[Problem]:
    """A translation must name an original in another language, and a translated
    article may only use passage ids its original has (citations align by id)."""
    problems = []
    by_id = {a.id: a for a in articles}
    for article in articles:
        if not article.translation_of:
            continue
        original = by_id.get(article.translation_of)
        if original is None or original.language == article.language:
            problems.append(
                Problem(
                    article.path,
                    2,
                    f"'translation_of: {article.translation_of}' names no article in another language",
                )
            )
            continue
        known = {p.id for p in original.passages}
        for passage in article.passages:
            if passage.id not in known:
                problems.append(
                    Problem(
                        article.path,
                        passage.line,
                        f"passage id '{passage.id}' is not in the original "
                        f"'{original.id}'; give it the original passage's id",
                    )
                )
    entries = {e.id: e for e in faq}
    for entry in faq:
        if not entry.translation_of:
            continue
        twin = entries.get(entry.translation_of)
        if twin is None or twin.language == entry.language:
            problems.append(
                Problem(
                    entry.path,
                    entry.line,
                    f"entry '{entry.id}' is a 'translation_of: {entry.translation_of}', "
                    "which is no FAQ entry in another language",
                )
            )
    return problems
