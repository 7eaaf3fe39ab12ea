"""Pages for parents: the chat (with a no-JavaScript path), the widget's iframe,
cited sources, the FAQ, the demo site and widget.js."""

from __future__ import annotations

import re

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)

from assistant.normalize import clean
from knowledge.clinic import MAX_STARTERS, contact_links
from knowledge.colour import parse, readable_accent

from . import transcript
from .api import answer_question, valid_conversation_id
from .errors import ApiError
from .privacy import privacy_facts, privacy_line
from .render import markdown_html
from .security import questions_limit

bp = Blueprint("pages", __name__)
_ACCENT = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
# The query a site gives the chat (its branding): kept by every form and by Start over.
_BRANDING = ("title", "greeting", "accent", "lang")


def _branding() -> dict:
    return {k: request.args[k] for k in _BRANDING if request.args.get(k)}


def _clinic() -> dict:
    return current_app.extensions["assistant"].knowledge.clinic or {}


@bp.app_context_processor
def _common():
    clinic = _clinic()
    return {
        "clinic_name": clinic.get("name", "Our clinic"),
        "clinic_logo": clinic.get("logo", ""),
        "contacts": contact_links(clinic),
        "opening_hours": (clinic.get("contacts") or {}).get("hours", ""),
        "counsellor_contact": clinic.get("counsellor_contact", ""),
    }


# Small talk that needs no way to a person (the others, booking or opening hours, do).
_SOCIAL = ("greeting", "thanks", "goodbye", "who_are_you")


@bp.app_template_global()
def offers_contacts(answer: dict) -> bool:
    """Whether a reply shows the clinic's contact buttons: abstentions, not pleasantries."""
    if answer.get("kind") != "abstain":
        return False
    return (answer.get("why") or {}).get("small_talk") not in _SOCIAL


def _accent() -> str:
    """The site's accent (widget data-accent), else the clinic's, made readable."""
    asked = request.args.get("accent", "")
    accent = asked if _ACCENT.match(asked) else _clinic().get("accent", "")
    return readable_accent(accent) if parse(accent) else ""


def _chat_page(embedded: bool):
    args = request.args
    conversation = _posted_conversation() if request.method == "POST" else {}
    clinic = _clinic()
    return render_template(
        "chat.html",
        embedded=embedded,
        here=url_for(request.endpoint, **_branding()),
        branding=_branding(),
        title=args.get("title", "")[:80] or "Ask about your baby or toddler",
        greeting=args.get("greeting", "")[:300]
        or (
            "Hello! Ask a question about your baby or toddler and I will share what our "
            "clinic's articles say, with the source."
        ),
        accent=_accent(),
        starters=(clinic.get("starter_questions") or [])[:MAX_STARTERS],
        privacy=privacy_line(privacy_facts(current_app.config)),
        lang=args.get("lang") if _LANG.match(args.get("lang", "")) else "en",
        turns=conversation.get("turns", []),
        earlier=conversation.get("earlier", 0),
        transcript=conversation.get("token", ""),
        conversation_id=conversation.get("conversation_id"),
        error=conversation.get("error"),
        call=current_app.extensions["assistant"].composer.escalate_call(),
        disclaimer=clinic.get("disclaimer", ""),
        options_title=clinic.get("messages", {}).get("options", ""),
        max_chars=current_app.config["MAX_QUESTION_CHARS"],
    )


def _posted_conversation() -> dict:
    """Answer the posted question and the whole conversation to show: the turns the
    page carried (signed, see transcript.py) and this one, whatever is stored."""
    form = request.form
    try:
        conversation_id = valid_conversation_id(form.get("conversation_id"))
    except ApiError as exc:
        return {"error": exc.message}
    turns, earlier = transcript.read(form.get("transcript"), conversation_id)
    try:
        answered = answer_question(
            form.get("question", ""),
            conversation_id,
            chosen_source_id=form.get("chosen_source_id") or None,
        )
    except ApiError as exc:
        token = transcript.write(turns, conversation_id, earlier)[0] if turns else ""
        return {
            "conversation_id": conversation_id,
            "turns": turns,
            "earlier": earlier,
            "token": token,
            "error": exc.message,
        }
    conversation_id = answered["conversation_id"]
    turns.append({"question": clean(form.get("question", "")), "answer": answered})
    token, dropped = transcript.write(turns, conversation_id, earlier)
    return {
        "conversation_id": conversation_id,
        "turns": turns[dropped:],
        "earlier": earlier + dropped,
        "token": token,
    }


@bp.route("/", methods=["GET", "POST"])
@questions_limit
def chat():
    return _chat_page(embedded=False)


@bp.route("/embed", methods=["GET", "POST"])
@questions_limit
def embed():
    return _chat_page(embedded=True)


@bp.post("/reset")
def reset():
    # The page simply starts a new conversation: the old one's id is left behind.
    # The clinic's title, colour and language (the query) stay.
    endpoint = "pages.embed" if request.form.get("embedded") else "pages.chat"
    return redirect(url_for(endpoint, **_branding()))


@bp.get("/sources/<article_id>")
def source(article_id: str):
    article = current_app.extensions["assistant"].knowledge.article(article_id)
    if article is None:
        abort(404)
    return render_template("source.html", article=article)


@bp.get("/theme.css")
def theme():
    """The accent as CSS (a stylesheet, so it applies without JavaScript under the CSP)."""
    accent = _accent()
    css = f":root {{ --accent: {accent}; }}\n" if accent else ""
    return current_app.response_class(
        css, mimetype="text/css", headers={"Cache-Control": "max-age=300"}
    )


@bp.get("/privacy")
def privacy():
    return render_template("privacy.html", facts=privacy_facts(current_app.config))


@bp.get("/faq")
def faq():
    entries = [
        {"id": e.id, "question": e.question, "html": markdown_html(e.answer)}
        for e in current_app.extensions["assistant"].knowledge.faq
    ]
    return render_template("faq.html", entries=entries)


@bp.get("/demo")
def demo():
    return render_template("demo.html", widget_url=url_for("pages.widget", _external=True))


@bp.get("/widget.js")
def widget():
    response = send_from_directory(
        current_app.static_folder, "widget.js", mimetype="text/javascript", max_age=300
    )
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
