"""How people reach the assistant: chat page, JSON API, widget, counsellor pages."""

from __future__ import annotations

from flask import Flask

from assistant import Assistant

from . import api, errors
from .conversations import Conversations
from .settings import load_settings


def create_app(config: dict | None = None) -> Flask:
    """Build the app: settings from defaults, environment and `config`, then the engine."""
    app = Flask(__name__)
    settings = load_settings(config)
    app.config.update(settings)
    app.extensions["assistant"] = Assistant.load(
        settings["KNOWLEDGE_DIR"], max_question_chars=settings["MAX_QUESTION_CHARS"])
    app.extensions["conversations"] = Conversations(settings["HISTORY_TURNS"],
                                                    settings["CONVERSATION_TTL"])
    errors.register(app)
    app.register_blueprint(api.bp)
    return app
