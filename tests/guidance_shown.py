"""Which guidance groups an escalation's text shows, in the order shown: the guidance
tests read the lead from the answer a parent sees, not from the triage's internals."""

from knowledge import load_knowledge

GUIDANCE = load_knowledge().safety["guidance"]


def _opening(group: str, lang: str) -> str:
    """The start of a group's text, up to its first placeholder ({emergency_number})."""
    return " ".join(GUIDANCE[group][lang].split()).split("{")[0][:30]


def groups_in_order(text: str, lang: str) -> list[str]:
    """The guidance groups whose text `text` shows, in the order shown."""
    flat = " ".join(text.split())
    found = [(flat.find(_opening(g, lang)), g) for g in GUIDANCE]
    return [g for at, g in sorted(found) if at >= 0]


def assert_leads(answer, lang: str, leads: str, also: str | None) -> None:
    """`answer` escalates with group `leads` shown first and, if given, `also` after it."""
    assert answer.kind == "escalate", answer.reason
    shown = groups_in_order(answer.text, lang)
    assert shown[0] == leads, (answer.reason, shown)
    if also:
        assert also in shown[1:], (answer.reason, shown)
