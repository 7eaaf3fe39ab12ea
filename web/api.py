"""The JSON API of DESIGN.md: /api/v1/ask, /feedback, /health, /openapi.json."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, jsonify, request

from assistant import QuestionError

from .errors import ApiError

bp = Blueprint("api", __name__, url_prefix="/api/v1")
_CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def json_body() -> dict:
    """The request's JSON object, or the documented 415/400 error."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "bad_request", "The body must be a JSON object.")
    return data


def conversation_id(data: dict) -> str | None:
    value = data.get("conversation_id")
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _CONVERSATION_ID.match(value):
        raise ApiError(400, "bad_request", "conversation_id must be a short id string.")
    return value


def answer_question(question, conv_id: str | None) -> dict:
    """Ask the assistant with the conversation's history; the answer object + id."""
    if not isinstance(question, str):
        raise ApiError(400, "bad_request", "'question' must be a string.")
    conversations = current_app.extensions["conversations"]
    try:
        answer = current_app.extensions["assistant"].ask(question, conversations.history(conv_id))
    except QuestionError as exc:
        raise ApiError(400, f"question_{exc.code}", str(exc)) from None
    result = answer.to_dict()
    result["conversation_id"] = conversations.add(conv_id, question)
    return result


@bp.post("/ask")
def ask():
    data = json_body()
    if "question" not in data:
        raise ApiError(400, "bad_request", "The body needs a 'question'.")
    return jsonify(answer_question(data["question"], conversation_id(data)))


@bp.get("/health")
def health():
    assistant = current_app.extensions["assistant"]
    return jsonify({"status": "ok", "index": {"ready": True,
                                               "entries": len(assistant.index.docs_)}})
