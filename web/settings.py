"""The web app's settings: one table of name, default and help, built once."""

from __future__ import annotations

import os
from pathlib import Path

# name: (default, help). Each can also come from the environment as PARENTFAQ_<NAME>
# (or DATABASE_URL / RATELIMIT_STORAGE_URI as is), parsed by the default's type,
# or from the mapping given to create_app(config=...).
SETTINGS: dict[str, tuple[object, str]] = {
    "KNOWLEDGE_DIR": (None, "Knowledge directory; unset serves the shipped knowledge."),
    "DATABASE_URL": ("", "SQLAlchemy URL; unset: SQLite file parentfaq.db in the instance folder."),
    "STORE_MESSAGES": (True, "Store parents' questions (redacted) for counsellors' review."),
    "STORE_ESCALATION_MESSAGES": (False, "Also store the text of messages that escalated."),
    "RETENTION_DAYS": (90, "Stored conversations older than this are purged; 0 keeps them."),
    "MAX_QUESTION_CHARS": (2000, "Longest question accepted, in characters."),
    "MAX_CONTENT_LENGTH": (16 * 1024, "Largest request body accepted, in bytes."),
    "CORS_ORIGINS": ("", "Comma-separated origins allowed to call the JSON API from a browser."),
    "FRAME_ANCESTORS": ("*", "Space-separated origins allowed to embed /embed; '*' = any."),
    "RATELIMIT_ENABLED": (True, "Apply per-client rate limits to the API."),
    "ASK_RATE_LIMIT": (
        "20 per minute;200 per hour",
        "Per-client limit on questions, one budget across the API, the chat page and /embed.",
    ),
    "FEEDBACK_RATE_LIMIT": ("30 per minute", "Per-client limit on feedback."),
    "ESCALATION_STORE_LIMIT": (
        "30 per hour",
        "Per-client bound on stored exchanges of messages that escalate (they are never "
        "rate limited, so what one client can make the app store is bounded apart).",
    ),
    "RATELIMIT_STORAGE_URI": (
        "memory://",
        "Limiter storage; redis://... when several instances run.",
    ),
    "TRUSTED_PROXIES": (
        0,
        "How many reverse proxies set X-Forwarded-For (and -Proto, -Host) in front of the "
        "app; behind a TLS proxy the session cookie is then Secure.",
    ),
    "HISTORY_TURNS": (
        5,
        "How many of a conversation's earlier questions a follow-up is read with.",
    ),
    "CONVERSATION_TTL": (3600, "Seconds a conversation's earlier questions count for a follow-up."),
    "SECRET_KEY": (
        "",
        "Signs session cookies; unset: a key generated once and kept in the instance "
        "folder (secret_key), so workers and restarts agree; set it when several "
        "machines serve counsellors.",
    ),
    "SESSION_LIFETIME_HOURS": (12, "Hours a counsellor's login lasts."),
    "SESSION_COOKIE_SECURE": (
        False,
        "Send the session cookie over HTTPS only; `parentfaq serve` "
        "turns it on when listening beyond loopback.",
    ),
    "LOGIN_RATE_LIMIT": (
        "10 per minute;50 per hour",
        "Per-client limit on failed login attempts (answered at once with 429 beyond it).",
    ),
    "ACCOUNT_LOGIN_RATE_LIMIT": (
        "5 per minute;20 per hour",
        "Per-account limit on failed login attempts, from any address.",
    ),
}
_PLAIN_ENV = {"DATABASE_URL", "RATELIMIT_STORAGE_URI", "SECRET_KEY"}


def load_settings(overrides: dict | None = None) -> dict:
    """Defaults, then environment variables, then `overrides`."""
    settings = {name: default for name, (default, _) in SETTINGS.items()}
    for name, (default, _) in SETTINGS.items():
        raw = os.environ.get(f"PARENTFAQ_{name}")
        if raw is None and name in _PLAIN_ENV:
            raw = os.environ.get(name)
        if raw is not None:
            settings[name] = _parse(raw, default)
    settings.update(overrides or {})
    if settings["KNOWLEDGE_DIR"]:
        settings["KNOWLEDGE_DIR"] = Path(settings["KNOWLEDGE_DIR"])
    return settings


def _parse(raw: str, default):
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    return raw
