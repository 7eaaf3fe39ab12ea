"""The answer object of DESIGN.md: one definition, one `to_dict()`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Citation:
    source_id: str
    title: str
    author: str
    section: str
    passage: str
    url: str
    # The sentence of `passage` that matched the question best (a substring of it, to
    # highlight), or None.
    highlight: str | None = None

    def to_dict(self) -> dict:
        return {
            "source_id": self.source_id,
            "title": self.title,
            "author": self.author,
            "section": self.section,
            "passage": self.passage,
            "url": self.url,
            "highlight": self.highlight,
        }


@dataclass(frozen=True)
class Answer:
    kind: str  # "answer" | "abstain" | "escalate" | "clarify"
    text: str
    confidence: float
    source_id: str | None = None
    citations: tuple[Citation, ...] = ()
    related: tuple[dict, ...] = ()
    alternatives: tuple[dict, ...] = ()
    why: dict = field(default_factory=dict)
    reason: str | None = None  # abstain: "not_covered" | "medical"; escalate: "category/rule"
    call: dict | None = None  # escalate: {"number": "999", "href": "tel:999"}
    language: str = "en"  # the language `text` is written in: "en" | "zh-Hant"
    options: tuple[dict, ...] = ()  # clarify: [{"source_id": ..., "question": ...}] (2-3)
    # Distress that is not an emergency: {"text": "...", "contacts": [{"name", "number"}]}
    support: dict | None = None

    def to_dict(self) -> dict:
        # Built by hand: `dataclasses.asdict` deep-copies every value, a third of a
        # served request's time. The parts are copied one level, which is all there is.
        return {
            "kind": self.kind,
            "text": self.text,
            "confidence": round(float(self.confidence), 4),
            "source_id": self.source_id,
            "citations": [c.to_dict() for c in self.citations],
            "related": [dict(r) for r in self.related],
            "alternatives": [dict(a) for a in self.alternatives],
            "why": {k: list(v) if isinstance(v, list) else v for k, v in self.why.items()},
            "reason": self.reason,
            "call": dict(self.call) if self.call is not None else None,
            "language": self.language,
            "options": [dict(o) for o in self.options],
            "support": _support_dict(self.support),
        }


def _support_dict(support: dict | None) -> dict | None:
    if support is None:
        return None
    return {"text": support["text"], "contacts": [dict(c) for c in support["contacts"]]}


class QuestionError(ValueError):
    """The question cannot be answered as given (empty, too long, not text)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)
