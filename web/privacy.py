"""What the chat tells parents about their questions, generated from the settings
so it cannot drift from what the app really does."""

from __future__ import annotations


def privacy_facts(config) -> dict:
    """The facts the privacy line and page state, from the app's settings."""
    stored = bool(config["STORE_MESSAGES"])
    return {
        "stored": stored,
        "escalations_stored": stored and bool(config["STORE_ESCALATION_MESSAGES"]),
        "retention_days": int(config["RETENTION_DAYS"] or 0),
        "redacted": ["e-mail addresses", "web addresses", "ID card numbers", "phone numbers"],
    }


def privacy_line(facts: dict) -> str:
    """One sentence for under the chat."""
    if not facts["stored"]:
        return "Your questions are not stored; only whether each was answered is counted."
    kept = (
        f"for {facts['retention_days']} days"
        if facts["retention_days"]
        else "until the clinic deletes them"
    )
    return (
        f"Your questions are kept {kept}, without phone numbers or e-mail addresses, "
        "and read by our counsellors to improve the answers."
    )
