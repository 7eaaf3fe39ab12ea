"""Source ids on the counsellor pages: one format everywhere (`faq:<entry-id>` for an
FAQ entry, `article:<article-id>#<passage-id>` for a passage; an FAQ entry's bare id is read
as `faq:<id>`), a list to pick from, and a clear message when a typed id names nothing."""

from __future__ import annotations

from knowledge import Knowledge

FORMAT = "faq:<entry-id> or article:<article-id>#<passage-id>"
LABEL_CHARS = 90


class SourceIdError(ValueError):
    """A typed source id that is malformed or names no entry or passage."""


def choices(knowledge: Knowledge, *, faq_only: bool = False) -> list[dict]:
    """Every source a counsellor can pick: {"id", "label"}, FAQ entries first."""
    out = [{"id": e.source_id, "label": e.question} for e in knowledge.faq]
    if not faq_only:
        for article in knowledge.articles:
            for p in article.passages:
                text = p.text if len(p.text) <= LABEL_CHARS else p.text[:LABEL_CHARS] + "..."
                out.append({"id": p.source_id, "label": f"{article.title}, {p.section}: {text}"})
    return out


def checked(knowledge: Knowledge, value: str, *, faq_only: bool = False) -> str:
    """`value` as a known source id, or SourceIdError saying what is expected."""
    value = (value or "").strip()
    if any(e.id == value for e in knowledge.faq):
        value = f"faq:{value}"  # an FAQ entry's own id, typed without its prefix
    expected = "faq:<entry-id>" if faq_only else FORMAT
    if not value.startswith(("faq:", "article:")) or (
        value.startswith("article:") and "#" not in value
    ):
        raise SourceIdError(
            f"'{value}' is not a source id: write {expected}, or pick from the list."
        )
    if value.startswith("faq:"):
        if not any(e.id == value[4:] for e in knowledge.faq):
            raise SourceIdError(f"There is no FAQ entry '{value}'. Pick one from the list.")
        return value
    if faq_only:
        raise SourceIdError(f"'{value}' is a passage; only an FAQ entry ({expected}) fits here.")
    if knowledge.passage(value) is None:
        raise SourceIdError(f"There is no passage '{value}'. Pick one from the list.")
    return value
