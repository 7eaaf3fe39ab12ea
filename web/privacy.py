"""What the chat tells parents about their questions, generated from the settings
so it cannot drift from what the app really does. Worded in the page's language
(gettext: called while a page is rendered)."""

from __future__ import annotations

from flask_babel import gettext


def privacy_facts(config) -> dict:
    """The facts the privacy line and page state, from the app's settings."""
    stored = bool(config["STORE_MESSAGES"])
    return {
        "stored": stored,
        "escalations_stored": stored and bool(config["STORE_ESCALATION_MESSAGES"]),
        "retention_days": int(config["RETENTION_DAYS"] or 0),
        "redacted": [
            gettext("e-mail addresses"),
            gettext("web addresses"),
            gettext("ID card numbers"),
            gettext("phone numbers"),
        ],
    }


def privacy_line(facts: dict) -> str:
    """One sentence for under the chat."""
    if not facts["stored"]:
        return gettext("Your questions are not stored; only whether each was answered is counted.")
    if facts["retention_days"]:
        return gettext(
            "Your questions are kept for %(days)s days, without phone numbers or e-mail "
            "addresses, and read by our counsellors to improve the answers.",
            days=facts["retention_days"],
        )
    return gettext(
        "Your questions are kept until the clinic deletes them, without phone numbers or "
        "e-mail addresses, and read by our counsellors to improve the answers."
    )
