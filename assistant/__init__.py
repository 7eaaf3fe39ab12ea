"""How a question becomes an answer: normalise, triage, retrieve, compose."""

from .answer import Answer, Citation, QuestionError
from .engine import Assistant

__all__ = ["Answer", "Assistant", "Citation", "QuestionError"]
