"""The Flask app: settings, storage, the live engine, blueprints and security."""

from __future__ import annotations

import logging
import secrets
import threading
import time
from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.middleware.proxy_fix import ProxyFix

from . import api, counsellor, errors, pages, security
from .conversations import Conversations
from .live import LiveAssistant
from .settings import load_settings
from .storage import Storage

log = logging.getLogger("parentfaq")
RETENTION_EVERY = 6 * 3600  # seconds between retention purges


def create_app(config: dict | None = None) -> Flask:
    """Build the app: settings from defaults, environment and `config`, then the
    storage (migrated) and the engine (loaded once, kept in memory)."""
    # Named after the package, as before this module existed: Flask derives the instance
    # folder (where the default SQLite database lives) from the name.
    app = Flask(__package__, instance_relative_config=True)
    settings = load_settings(config)
    app.config.update(settings)
    app.config["SECRET_KEY"] = settings["SECRET_KEY"] or secrets.token_hex(32)
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        RATELIMIT_STORAGE_URI=settings["RATELIMIT_STORAGE_URI"],
        RATELIMIT_ENABLED=settings["RATELIMIT_ENABLED"],
        WTF_CSRF_TIME_LIMIT=None,
    )
    if settings["TRUSTED_PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings["TRUSTED_PROXIES"])
    storage = Storage(
        settings["DATABASE_URL"] or default_database_url(app.instance_path),
        store_messages=settings["STORE_MESSAGES"],
        store_escalation_messages=settings["STORE_ESCALATION_MESSAGES"],
    )
    try:
        storage.create()
    except SQLAlchemyError as exc:
        # Parents still get answers; counsellor pages wait for the database.
        log.warning(
            "the database is not reachable (%s); answering without storing", exc.__class__.__name__
        )
    app.extensions["storage"] = storage
    app.extensions["live"] = LiveAssistant(
        app, storage, settings["KNOWLEDGE_DIR"], settings["MAX_QUESTION_CHARS"]
    )
    app.extensions["conversations"] = Conversations(
        storage, settings["HISTORY_TURNS"], settings["CONVERSATION_TTL"]
    )
    errors.register(app)
    security.install(app)
    csrf = CSRFProtect(app)
    csrf.exempt(api.bp)  # JSON API: no cookies to ride on; CORS limits browsers
    csrf.exempt(pages.bp)  # the public chat form carries no account
    csrf.exempt(counsellor.suggest_api)  # reads only; login still required
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(counsellor.bp)
    app.before_request(app.extensions["live"].maybe_refresh)
    if settings["RETENTION_DAYS"]:
        _start_retention(storage, settings["RETENTION_DAYS"])
    return app


def default_database_url(instance_path: str) -> str:
    """A SQLite file in the instance folder (created on first start)."""
    Path(instance_path).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(instance_path) / 'parentfaq.db'}"


def prepare(config: dict | None = None) -> None:
    """What a server does once before forking workers: validate the knowledge and save
    its index, and bring the database schema up to date; keeps no connection open."""
    from assistant import Assistant

    settings = load_settings(config)
    Assistant.load(settings["KNOWLEDGE_DIR"])
    url = settings["DATABASE_URL"] or default_database_url(Flask(__package__).instance_path)
    storage = Storage(url)
    try:
        storage.create()
    except SQLAlchemyError as exc:
        log.warning("the database is not reachable (%s)", exc.__class__.__name__)
    storage.engine.dispose()


def cli_storage() -> Storage:
    """The storage the app would use, for command-line tasks (users, purge)."""
    settings = load_settings()
    url = settings["DATABASE_URL"] or default_database_url(Flask(__package__).instance_path)
    return Storage(url).create()


def _start_retention(storage: Storage, days: int) -> None:
    """Purge stored conversations older than `days` now and every few hours."""

    def run():
        while True:
            try:
                removed = storage.purge(days)
                if removed:
                    log.info("retention: removed %d exchanges older than %d days", removed, days)
            except Exception as exc:  # noqa: BLE001 - retention must never stop the app
                log.warning("retention purge failed: %s", str(exc).splitlines()[0][:200])
            time.sleep(RETENTION_EVERY)

    threading.Thread(target=run, name="parentfaq-retention", daemon=True).start()
