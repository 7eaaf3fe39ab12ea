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
from flask_babel import gettext

from assistant.chinese import language_of
from assistant.normalize import clean
from knowledge.clinic import MAX_STARTERS, contact_links
from knowledge.colour import parse, readable_accent

from . import transcript
from .api import answer_question, valid_conversation_id
from .errors import ApiError
from .i18n import LOCALES, page_language
from .privacy import privacy_facts, privacy_line
from .render import markdown_html
from .security import emergency_line, questions_limit
from .strings import chat_script_strings, contact_label, error_message

bp = Blueprint("pages", __name__)
_ACCENT = re.compile(r"^#[0-9a-fA-F]{3,8}$")
# The query a site gives the chat (its branding, and the language: `site_lang` from the
# widget's data-lang, `lang` once the parent chose one): kept by every form and by Start over.
_BRANDING = ("title", "greeting", "accent", "site_lang", "lang")


def _branding() -> dict:
    return {k: request.args[k] for k in _BRANDING if request.args.get(k)}


def _clinic() -> dict:
    """The clinic's texts (clinic.yaml) in the page's language, English where untranslated."""
    assistant = current_app.extensions["assistant"]
    clinic = assistant.knowledge.clinic or {}
    texts = assistant.composer.texts(page_language())
    # A translation may give only some contacts (the opening hours): the rest stay.
    texts["contacts"] = {
        **(clinic.get("contacts") or {}),
        **(((clinic.get("translations") or {}).get(page_language()) or {}).get("contacts") or {}),
    }
    return texts


@bp.app_context_processor
def _common():
    clinic = _clinic()
    contacts = [
        {**c, "label": contact_label(c["kind"], clinic["contacts"].get("phone", ""))}
        for c in contact_links(clinic)
    ]
    return {
        "clinic_name": clinic.get("name", "Our clinic"),
        # The same in every language: chat.js keeps the conversation under it.
        "clinic_key": (current_app.extensions["assistant"].knowledge.clinic or {}).get("name", ""),
        "clinic_logo": clinic.get("logo", ""),
        "contacts": contacts,
        "opening_hours": clinic["contacts"].get("hours", ""),
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


def _site_text(name: str, limit: int) -> str:
    """The site's own title or greeting (widget data-title, data-greeting), when it is
    written in the page's language (by its script); else "" and the page's own."""
    text = request.args.get(name, "")[:limit]
    return text if text and language_of(text) == page_language() else ""


def _chat_page(embedded: bool):
    if request.method == "POST" and request.form.get("switch_language"):
        conversation = _carried_conversation()  # the switch: the same turns, newly worded
    elif request.method == "POST":
        conversation = _posted_conversation()
    else:
        conversation = {}
    clinic = _clinic()
    max_chars = current_app.config["MAX_QUESTION_CHARS"]
    return render_template(
        "chat.html",
        embedded=embedded,
        here=url_for(request.endpoint, **_branding()),
        branding=_branding(),
        switch_to={
            lang: url_for(request.endpoint, **{**_branding(), "lang": lang}) for lang in LOCALES
        },
        title=_site_text("title", 80) or gettext("Ask about your baby or toddler"),
        greeting=_site_text("greeting", 300)
        or gettext(
            "Hello! Ask a question about your baby or toddler and I will share what our "
            "clinic's articles say, with the source."
        ),
        accent=_accent(),
        starters=(clinic.get("starter_questions") or [])[:MAX_STARTERS],
        privacy=privacy_line(privacy_facts(current_app.config)),
        script_strings={
            **chat_script_strings(max_chars),
            "emergency": emergency_line(translated=True),
        },
        turns=conversation.get("turns", []),
        earlier=conversation.get("earlier", 0),
        transcript=conversation.get("token", ""),
        conversation_id=conversation.get("conversation_id"),
        error=conversation.get("error"),
        call=current_app.extensions["assistant"].composer.escalate_call(page_language()),
        disclaimer=clinic.get("disclaimer", ""),
        options_title=clinic.get("messages", {}).get("options", ""),
        max_chars=max_chars,
    )


def _carried_conversation() -> dict:
    """The conversation the page carried (see transcript.py), asking nothing."""
    form = request.form
    try:
        conversation_id = valid_conversation_id(form.get("conversation_id"))
    except ApiError:
        return {}
    turns, earlier = transcript.read(form.get("transcript"), conversation_id)
    return {
        "conversation_id": conversation_id,
        "turns": turns,
        "earlier": earlier,
        "token": form.get("transcript", "") if turns else "",
    }


def _page_error(exc: ApiError) -> str:
    return error_message(exc.code, exc.message, max_chars=current_app.config["MAX_QUESTION_CHARS"])


def _posted_conversation() -> dict:
    """Answer the posted question and the whole conversation to show: the turns the
    page carried (signed, see transcript.py) and this one, whatever is stored."""
    form = request.form
    try:
        conversation_id = valid_conversation_id(form.get("conversation_id"))
    except ApiError as exc:
        return {"error": _page_error(exc)}
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
            "error": _page_error(exc),
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
    knowledge = current_app.extensions["assistant"].knowledge
    article = knowledge.article(article_id)
    if article is None:
        abort(404)
    return render_template(
        "source.html",
        article=article,
        original=knowledge.article(article.translation_of) if article.translation_of else None,
        translations=[a for a in knowledge.articles if a.translation_of == article.id],
    )


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
    # The page's language first; every entry stays, so any citation finds its own.
    faq = current_app.extensions["assistant"].knowledge.faq
    entries = [
        {
            "id": e.id,
            "question": e.question,
            "html": markdown_html(e.answer),
            "language": e.language,
        }
        for e in sorted(faq, key=lambda e: e.language != page_language())
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
