"""The JSON API of DESIGN.md: /api/v1/ask, /feedback, /health, /openapi.json."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, jsonify, request

from assistant import QuestionError
from assistant.normalize import clean

from .errors import ApiError, request_json
from .openapi import spec
from .render import markdown_html
from .security import limiter, may_store_unlimited, questions_limit

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_COMMENT_CHARS = 500  # "what were you looking for?" after "Not helpful"
_CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Below this confidence an abstention's closest entries are mostly unrelated. Confidence
# is the chance the first candidate is right; re-chosen with the confidence of
# bench/tune.py on parent-dev's fit half: of its not-covered abstentions, 0.1 kept the
# options of all 8 answerable ones and dropped them for 9 of 26 out of scope (on the
# report half: all 7 kept, 10 of 18 dropped).
OPTIONS_FLOOR = 0.1


def json_body() -> dict:
    """The request's JSON object, or the documented 415/400 error."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    data = request_json()
    if not isinstance(data, dict):
        raise ApiError(400, "bad_request", "The body must be a JSON object.")
    return data


def valid_conversation_id(value, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            raise ApiError(400, "bad_request", "conversation_id is required.")
        return None
    if not isinstance(value, str) or not _CONVERSATION_ID.fullmatch(value):
        raise ApiError(400, "bad_request", "conversation_id must be a short id string.")
    return value


def answer_question(
    question,
    conversation_id: str | None,
    *,
    keep_answer: bool = False,
    chosen_source_id=None,
) -> dict:
    """Ask with the conversation's history, remember the turn, store the exchange.

    With `chosen_source_id` (an option the parent picked from a "did you mean"), the
    answer is that entry's, asked in its own words, and the parent's earlier words
    are kept as a suggested alternate for counsellors.

    Only the no-JavaScript page keeps the whole answer with the exchange (to render
    the conversation again); API clients keep their own.
    """
    conversations = current_app.extensions["conversations"]
    if chosen_source_id is not None:
        question, answer = _chosen(chosen_source_id, conversation_id)
    else:
        if not isinstance(question, str):
            raise ApiError(400, "bad_request", "'question' must be a string.")
        # Text typed into a page: control characters are noise to drop, not binary data.
        sent, question = question, clean(question)
        assistant = current_app.extensions["assistant"]
        if len(sent) > assistant.max_question_chars and not _escalates(question):
            raise ApiError(  # the limit is on what was sent, as the API's schema states
                400,
                "question_too_long",
                f"The question is longer than {assistant.max_question_chars} characters; "
                "please shorten it.",
            )
        try:
            answer = current_app.extensions["assistant"].ask(
                question, conversations.history(conversation_id)
            )
        except QuestionError as exc:
            raise ApiError(400, f"question_{exc.code}", str(exc)) from None
    result = answer.to_dict()
    if result["kind"] == "answer":
        result["html"] = markdown_html(result["text"])
    if result["kind"] == "abstain" and result.get("reason") == "not_covered":
        result["options"] = _closest(result)
    _add_review_date(result)
    result["conversation_id"] = conversation_id or conversations.new_id()
    if may_store_unlimited():
        current_app.extensions["storage"].record_exchange(
            result["conversation_id"], question, result, keep_answer=keep_answer
        )
    return result


def _escalates(question: str) -> bool:
    """Triage decides before any length check: an emergency is answered however long."""
    return current_app.extensions["assistant"].triage.check(question).kind == "escalate"


def _chosen(source_id, conversation_id: str | None):
    """The chosen entry's question and answer; the choice is recorded with the words
    the parent typed before the options were offered."""
    assistant = current_app.extensions["assistant"]
    if not isinstance(source_id, str) or source_id not in assistant.composer.records:
        raise ApiError(400, "bad_request", "'chosen_source_id' must be one of the options offered.")
    if conversation_id:
        original = current_app.extensions["conversations"].offered_options(conversation_id)
        if original:
            current_app.extensions["storage"].record_choice(conversation_id, original, source_id)
    return assistant.composer.title(source_id), assistant.composer.answer(source_id, 1.0, [], [])


def _closest(result: dict) -> list[dict]:
    """For an abstention, the closest entries as options: one may be what was meant."""
    if result.get("options"):
        return result["options"]
    if result["confidence"] < OPTIONS_FLOOR:
        return []
    composer = current_app.extensions["assistant"].composer
    candidates = [(a["source_id"], a["score"]) for a in result.get("alternatives", ())]
    return [dict(o) for o in composer.options(candidates)]


def _add_review_date(result: dict) -> None:
    """An FAQ answer whose entry records a counsellor's approval says when (`reviewed_on`)."""
    source_id = result.get("source_id") or ""
    if result["kind"] != "answer" or not source_id.startswith("faq:"):
        return
    faq = current_app.extensions["assistant"].knowledge.faq
    entry = next((e for e in faq if e.id == source_id[4:]), None)
    if entry is not None and entry.reviewed_on:
        result["reviewed_on"] = str(entry.reviewed_on)[:10]


def _feedback_limit() -> str:
    return current_app.config["FEEDBACK_RATE_LIMIT"]


@bp.post("/ask")
@questions_limit
def ask():
    data = json_body()
    if "question" not in data:
        raise ApiError(400, "bad_request", "The body needs a 'question'.")
    return jsonify(
        answer_question(
            data["question"],
            valid_conversation_id(data.get("conversation_id")),
            chosen_source_id=data.get("chosen_source_id"),
        )
    )


@bp.post("/feedback")
@limiter.limit(_feedback_limit)
def feedback():
    data = json_body()
    conversation_id = valid_conversation_id(data.get("conversation_id"), required=True)
    helpful = data.get("helpful")
    if not isinstance(helpful, bool):
        raise ApiError(400, "bad_request", "'helpful' must be true or false.")
    source_id = data.get("source_id")
    if source_id is not None and (not isinstance(source_id, str) or len(source_id) > 300):
        raise ApiError(400, "bad_request", "'source_id' must be a short string or null.")
    comment = data.get("comment")
    if comment is not None and (not isinstance(comment, str) or len(comment) > MAX_COMMENT_CHARS):
        raise ApiError(
            400, "bad_request", f"'comment' must be text of at most {MAX_COMMENT_CHARS}."
        )
    stored = current_app.extensions["storage"].record_feedback(conversation_id, source_id, helpful)
    body = {"recorded": stored is not None}
    if comment and comment.strip() and not helpful:
        reply = _looking_for(conversation_id, source_id, comment)
        if reply is not None:
            body["reply"] = reply
    return jsonify(body)


def _looking_for(conversation_id: str, source_id: str | None, comment: str) -> dict | None:
    """What a parent says they were looking for after "Not helpful": kept for the review
    queue as a `feedback` exchange (redacted and stored like any question). Read by the
    triage first: a message that signals danger gets the emergency guidance back."""
    text = clean(comment)
    try:
        answer = current_app.extensions["assistant"].ask(text, [])
    except QuestionError:
        return None
    storage = current_app.extensions["storage"]
    if answer.kind == "escalate":
        reply = answer.to_dict() | {"conversation_id": conversation_id}
        storage.record_exchange(conversation_id, text, reply)
        return reply
    outline = {
        "kind": "feedback",
        "reason": "not_helpful",
        "source_id": source_id,
        "confidence": 1.0,
    }
    storage.record_exchange(conversation_id, text, outline)
    return None


@bp.get("/health")
def health():
    assistant = current_app.extensions["assistant"]
    database = current_app.extensions["storage"].ready()
    live = current_app.extensions["live"]
    reload_error = live.reload_error
    body = {
        "status": "ok" if database and not reload_error else "degraded",
        "index": {
            "ready": True,
            "entries": len(assistant.index.docs_),
            "knowledge_problem": reload_error,
        },
        "database": {"ready": database},
        "knowledge": {"version": live.knowledge_version, "last_reload_error": reload_error},
    }
    return jsonify(body), 200 if body["index"]["ready"] else 503


@bp.get("/openapi.json")
def openapi():
    return jsonify(spec())
