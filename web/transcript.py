"""The no-JavaScript page's record of its own conversation, carried by the page.

Without JavaScript the chat is a form that posts and gets a new page back. That page
must show the answer just asked for and everything before it, whatever the clinic
stores: with message storing off, or for an escalation (whose text is not stored by
default), the database has nothing to show. So each page carries the conversation
in a hidden field, signed with the app's secret key (the answers are rendered as
HTML, so the server renders only what it signed itself) and compressed. Nothing
of it is kept on the server.
"""

from __future__ import annotations

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from .render import markdown_html

# The form posting the transcript back must fit MAX_CONTENT_LENGTH (16 KiB by default)
# with a question of up to 2000 characters (6 KB in Chinese: the form is sent as
# multipart, so the text is not %-escaped): beyond this, the oldest turns are dropped.
MAX_TOKEN_CHARS = 8_000
# Parts of an answer the page does not show: left out to keep the field small.
_NOT_SHOWN = ("html", "confidence", "alternatives", "why")


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="parentfaq.transcript")


def read(token: str | None, conversation_id: str | None) -> tuple[list[dict], int]:
    """The turns ({"question", "answer"}) signed into `token` for this conversation,
    and how many earlier ones were left out; none when the token is missing,
    altered, or from another conversation."""
    if not token or not conversation_id:
        return [], 0
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return [], 0
    if not isinstance(data, dict) or data.get("conversation_id") != conversation_id:
        return [], 0
    return [_shown(turn) for turn in data.get("turns", [])], int(data.get("earlier", 0))


def write(turns: list[dict], conversation_id: str, earlier: int = 0) -> tuple[str, int]:
    """The signed token for `turns` (`earlier` turns before them already left out),
    and how many of `turns` it leaves out: the oldest go when it grows too long."""
    kept = [{"question": t["question"], "answer": _compact(t["answer"])} for t in turns]
    dropped = 0
    while True:
        data = {"conversation_id": conversation_id, "turns": kept, "earlier": earlier + dropped}
        token = _serializer().dumps(data)
        if len(token) <= MAX_TOKEN_CHARS or len(kept) <= 1:
            return token, dropped
        kept.pop(0)
        dropped += 1


def _compact(answer: dict) -> dict:
    small = {k: v for k, v in answer.items() if k not in _NOT_SHOWN}
    if (answer.get("why") or {}).get("small_talk"):
        small["why"] = {"small_talk": answer["why"]["small_talk"]}  # decides the contact buttons
    small["citations"] = [
        {k: v for k, v in c.items() if k != "passage"} for c in answer.get("citations") or []
    ]
    return small


def _shown(turn: dict) -> dict:
    """A turn ready for the template: an answer's HTML rendered again from its text."""
    answer = dict(turn["answer"])
    if answer.get("kind") == "answer":
        answer["html"] = markdown_html(answer.get("text", ""))
    return {"question": turn["question"], "answer": answer}
