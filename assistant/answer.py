"""The answer object of DESIGN.md: one definition, one `to_dict()`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    source_id: str
    title: str
    author: str
    section: str
    passage: str
    url: str


@dataclass(frozen=True)
class Answer:
    kind: str  # "answer" | "abstain" | "escalate"
    text: str
    confidence: float
    source_id: str | None = None
    citations: tuple[Citation, ...] = ()
    related: tuple[dict, ...] = ()
    alternatives: tuple[dict, ...] = ()
    why: dict = field(default_factory=dict)
    reason: str | None = None  # abstain: "not_covered" | "medical"; escalate: the category
    call: dict | None = None  # escalate: {"number": "999", "href": "tel:999"}

    def to_dict(self) -> dict:
        out = asdict(self)
        out["citations"] = [asdict(c) for c in self.citations]
        out["related"] = list(self.related)
        out["alternatives"] = list(self.alternatives)
        out["confidence"] = round(float(self.confidence), 4)
        return out


class QuestionError(ValueError):
    """The question cannot be answered as given (empty, too long, not text)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)
