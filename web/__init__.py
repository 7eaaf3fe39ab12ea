"""How people reach the assistant: chat page, JSON API, widget, counsellor pages."""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from assistant import Assistant

from . import api, errors, pages, security
from .conversations import Conversations
from .settings import load_settings
from .storage import Storage


def create_app(config: dict | None = None) -> Flask:
    """Build the app: settings from defaults, environment and `config`, then the
    engine (loaded once, kept in memory) and the storage."""
    app = Flask(__name__, instance_relative_config=True)
    settings = load_settings(config)
    app.config.update(settings)
    app.config["SECRET_KEY"] = settings["SECRET_KEY"] or secrets.token_hex(32)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      RATELIMIT_STORAGE_URI=settings["RATELIMIT_STORAGE_URI"],
                      RATELIMIT_ENABLED=settings["RATELIMIT_ENABLED"])
    if settings["TRUSTED_PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings["TRUSTED_PROXIES"])
    app.extensions["assistant"] = Assistant.load(
        settings["KNOWLEDGE_DIR"], max_question_chars=settings["MAX_QUESTION_CHARS"])
    app.extensions["conversations"] = Conversations(settings["HISTORY_TURNS"],
                                                    settings["CONVERSATION_TTL"])
    app.extensions["storage"] = Storage(
        settings["DATABASE_URL"] or _default_database(app),
        store_messages=settings["STORE_MESSAGES"],
        store_escalation_messages=settings["STORE_ESCALATION_MESSAGES"]).create()
    errors.register(app)
    security.install(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    return app


def _default_database(app: Flask) -> str:
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(app.instance_path) / 'parentfaq.db'}"
