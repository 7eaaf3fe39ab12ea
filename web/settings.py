"""The web app's settings: one table of name, default and help, built once."""

from __future__ import annotations

import os
from pathlib import Path

# name: (default, help). Every setting can also come from the environment as
# PARENTFAQ_<NAME> (strings parsed by the default's type) or from the mapping
# given to create_app(config=...).
SETTINGS: dict[str, tuple[object, str]] = {
    "KNOWLEDGE_DIR": (None, "Knowledge directory; None serves the shipped knowledge."),
    "MAX_QUESTION_CHARS": (2000, "Longest question accepted, in characters."),
    "MAX_CONTENT_LENGTH": (16 * 1024, "Largest request body accepted, in bytes."),
    "CORS_ORIGINS": ("", "Comma-separated origins allowed to call the JSON API from a browser."),
    "FRAME_ANCESTORS": ("*", "Origins allowed to embed /embed (CSP frame-ancestors); '*' = all."),
    "HISTORY_TURNS": (5, "Earlier questions kept per conversation for follow-ups."),
    "CONVERSATION_TTL": (3600, "Seconds an idle conversation's history is kept in memory."),
}


def load_settings(overrides: dict | None = None) -> dict:
    """Defaults, then PARENTFAQ_* environment variables, then `overrides`."""
    settings = {name: default for name, (default, _) in SETTINGS.items()}
    for name, (default, _) in SETTINGS.items():
        raw = os.environ.get(f"PARENTFAQ_{name}")
        if raw is not None:
            settings[name] = _parse(raw, default)
    settings.update(overrides or {})
    if settings["KNOWLEDGE_DIR"] is not None:
        settings["KNOWLEDGE_DIR"] = Path(settings["KNOWLEDGE_DIR"])
    return settings


def _parse(raw: str, default):
    if isinstance(default, bool):
        return raw.lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    return raw
