"""Words the chat page shows that are not in its templates: those chat.js writes
(it reads them from a JSON block of the page, in the page's language), the
clinic's contact buttons, and the messages of errors a parent can meet.

`{name}` in a chat.js string is filled in by the script.
"""

from __future__ import annotations

from flask_babel import gettext


def chat_script_strings(max_chars: int) -> dict:
    """Every text chat.js writes, in the request's language; `errors` maps the API's
    error codes to what the page says for them."""
    codes = ("question_too_long", "question_empty", "question_not_text", "rate_limited")
    return {
        "errors": {code: error_message(code, "", max_chars=max_chars) for code in codes},
        "get_help_now": gettext("Get help now"),
        "call": gettext("Call %(number)s", number="{number}"),
        "reviewed_on": gettext("Reviewed by a counsellor on %(date)s", date="{date}"),
        "sources": gettext("Sources"),
        "parents_also_ask": gettext("Parents also ask"),
        "preview": gettext("Preview"),
        "copy_answer": gettext("Copy answer"),
        "copied": gettext("Copied"),
        "could_not_copy": gettext("Could not copy"),
        "did_you_mean": gettext("Did you mean"),
        "was_this_helpful": gettext("Was this helpful?"),
        "helpful": gettext("Helpful"),
        "not_helpful": gettext("Not helpful"),
        "support": gettext("Support"),
        "thanks_helpful": gettext("Thank you for telling us."),
        "thanks_not_helpful": gettext(
            "Thank you for telling us. What were you looking for? Our counsellors read "
            "this to improve the answers."
        ),
        "looking_for": gettext("What were you looking for?"),
        "send": gettext("Send"),
        "counsellor_will_read": gettext("Thank you. A counsellor will read this."),
        "you_asked": gettext("You asked"),
        "full_reply": gettext("The full reply is in the conversation."),
        "retry_seconds": gettext("Please try again in %(seconds)s seconds.", seconds="{seconds}"),
        "retry_minutes": gettext("Please try again in %(minutes)s minutes.", minutes="{minutes}"),
        "went_wrong": gettext("Something went wrong on our side; please try again."),
        "unreachable": gettext("The assistant could not be reached. Please try again."),
    }


def contact_label(kind: str, number: str = "") -> str:
    """The label of one of the clinic's contact buttons (knowledge.clinic.contact_links)."""
    labels = {
        "phone": lambda: gettext("Call %(number)s", number=number),
        "whatsapp": lambda: gettext("WhatsApp the clinic"),
        "email": lambda: gettext("E-mail the clinic"),
        "booking": lambda: gettext("Book an appointment"),
    }
    return labels[kind]() if kind in labels else kind


def error_message(code: str, message: str, *, max_chars: int) -> str:
    """An API error's message as the page shows it: translated where the code is one
    a parent meets, else the API's own (English) message."""
    known = {
        "question_too_long": lambda: gettext(
            "The question is longer than %(limit)s characters; please shorten it.",
            limit=max_chars,
        ),
        "question_empty": lambda: gettext("The question is empty; please type a question."),
        "question_not_text": lambda: gettext("The question must be text."),
        "rate_limited": lambda: gettext("Too many requests in a short time."),
    }
    return known[code]() if code in known else message
