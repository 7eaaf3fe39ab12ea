"""The Flask app: settings, storage, the live engine, blueprints and security."""

from __future__ import annotations

import logging
import os
import secrets
import threading
import time
from datetime import timedelta
from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.middleware.proxy_fix import ProxyFix

from . import api, counsellor, errors, i18n, pages, review, security
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
    app.config["SECRET_KEY"] = settings["SECRET_KEY"] or instance_secret_key(app.instance_path)
    app.config["SECRET_KEY_FROM_SETTINGS"] = bool(settings["SECRET_KEY"])
    app.config.update(
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings["SESSION_LIFETIME_HOURS"]),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        RATELIMIT_STORAGE_URI=settings["RATELIMIT_STORAGE_URI"],
        RATELIMIT_ENABLED=settings["RATELIMIT_ENABLED"],
        WTF_CSRF_TIME_LIMIT=None,
    )
    if settings["TRUSTED_PROXIES"]:
        hops = settings["TRUSTED_PROXIES"]
        # The proxy's scheme too: behind a TLS proxy, cookies are sent Secure.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
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
    app.extensions["unanswered"] = review.UnansweredGroups(storage)
    i18n.install(app)
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


class SetupError(RuntimeError):
    """The app cannot start as configured; the message says what to change."""


def instance_folder(instance_path: str) -> Path:
    """The instance folder, created if needed; SetupError naming it if it cannot be."""
    folder = Path(instance_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".writable"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise SetupError(
            f"cannot write to the instance folder {folder} ({exc.strerror}): make it "
            "writable, or set PARENTFAQ_DATABASE_URL and PARENTFAQ_SECRET_KEY"
        ) from None
    return folder


def instance_secret_key(instance_path: str) -> str:
    """The key kept in the instance folder, made once by whichever process starts first,
    so every worker and every restart signs sessions alike."""
    path = instance_folder(instance_path) / "secret_key"
    if not path.exists():
        draft = path.with_name(f".secret_key.{os.getpid()}")
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            os.link(draft, path)  # fails if another worker made it first: theirs wins
            log.info("made a secret key for sessions in %s", path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def default_database_url(instance_path: str) -> str:
    """A SQLite file in the instance folder (created on first start)."""
    return f"sqlite:///{instance_folder(instance_path) / 'parentfaq.db'}"


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
