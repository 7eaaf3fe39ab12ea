"""What the clinic knows: articles, FAQ entries, safety rules and synonyms, as records."""

from .loader import load_knowledge, shipped_dir
from .records import Article, FaqEntry, Knowledge, KnowledgeError, Passage, Problem

__all__ = [
    "Article",
    "FaqEntry",
    "Knowledge",
    "KnowledgeError",
    "Passage",
    "Problem",
    "load_knowledge",
    "shipped_dir",
]
