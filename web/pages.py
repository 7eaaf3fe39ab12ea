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

from .api import answer_question, valid_conversation_id
from .errors import ApiError
from .render import markdown_html
from .security import questions_limit

bp = Blueprint("pages", __name__)
_ACCENT = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def _clinic() -> dict:
    return current_app.extensions["assistant"].knowledge.clinic or {}


@bp.app_context_processor
def _common():
    return {"clinic_name": _clinic().get("name", "Our clinic")}


def _chat_page(embedded: bool):
    args = request.args
    conversation_id, error = None, None
    if request.method == "POST":
        try:
            conversation_id = valid_conversation_id(request.form.get("conversation_id"))
            answered = answer_question(
                request.form.get("question", ""),
                conversation_id,
                keep_answer=True,
                chosen_source_id=request.form.get("chosen_source_id") or None,
            )
            conversation_id = answered["conversation_id"]
        except ApiError as exc:
            error = exc.message
    clinic = _clinic()
    accent = args.get("accent", "")
    return render_template(
        "chat.html",
        embedded=embedded,
        title=args.get("title", "")[:80] or "Ask about your baby or toddler",
        greeting=args.get("greeting", "")[:300]
        or (
            "Hello! Ask a question about your baby or toddler and I will share what our "
            "clinic's articles say, with the source."
        ),
        accent=accent if _ACCENT.match(accent) else "",
        lang=args.get("lang") if _LANG.match(args.get("lang", "")) else "en",
        turns=[
            t
            for t in current_app.extensions["conversations"].turns_of(conversation_id)
            if t.answer is not None
        ],
        conversation_id=conversation_id,
        error=error,
        call=current_app.extensions["assistant"].composer.escalate_call(),
        disclaimer=clinic.get("disclaimer", ""),
        options_title=clinic.get("messages", {}).get("options", ""),
        max_chars=current_app.config["MAX_QUESTION_CHARS"],
    )


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
    return redirect(url_for("pages.embed" if request.form.get("embedded") else "pages.chat"))


@bp.get("/sources/<article_id>")
def source(article_id: str):
    article = current_app.extensions["assistant"].knowledge.article(article_id)
    if article is None:
        abort(404)
    return render_template("source.html", article=article)


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
