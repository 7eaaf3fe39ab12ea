"""The clinic's own details beyond its texts: how a parent reaches a person
(`contacts`), its colour (`accent`), its logo and the starter questions offered on
an empty chat. Checked here so that a mistyped number or address is found by
`parentfaq check`, not by a parent pressing a broken button."""

from __future__ import annotations

import re

from .colour import TEXT_CONTRAST, WHITE, contrast, parse, readable_accent
from .records import Problem
from .yamlfile import entries, line_of

PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")
EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[A-Za-z]{2,}$")
URL = re.compile(r"^https?://[^\s<>\"]+$")
CONTACTS = ("phone", "whatsapp", "email", "booking_url", "hours")
FIELDS = ("contacts", "accent", "logo", "starter_questions")
MAX_STARTERS = 6


def field_problems(key: str, value, line: int, file: str) -> list[Problem]:
    """Problems with one of FIELDS of clinic.yaml."""
    check = {
        "contacts": _contacts,
        "accent": _accent,
        "logo": _logo,
        "starter_questions": _starters,
    }[key]
    return check(value, line, file)


def _contacts(value, line: int, file: str) -> list[Problem]:
    if not isinstance(value, dict):
        return [Problem(file, line, "'contacts' must map phone, whatsapp, email, ... to values")]
    problems = []
    shapes = {"phone": PHONE, "whatsapp": PHONE, "email": EMAIL, "booking_url": URL}
    for name, text in entries(value):
        where = line_of(value, name)
        if name not in CONTACTS:
            problems.append(
                Problem(
                    file,
                    where,
                    f"unknown contact '{name}' (known: {', '.join(CONTACTS)})",
                    warning=True,
                )
            )
        elif not isinstance(text, str) or not text.strip():
            problems.append(Problem(file, where, f"contacts.{name} must be text"))
        elif name in shapes and not shapes[name].match(text.strip()):
            problems.append(Problem(file, where, f"contacts.{name} is not a valid {_what(name)}"))
    return problems


def _what(name: str) -> str:
    return {"email": "e-mail address", "booking_url": "http(s) URL"}.get(name, "phone number")


def _accent(value, line: int, file: str) -> list[Problem]:
    rgb = parse(value)
    if rgb is None:
        return [Problem(file, line, "'accent' must be a colour like #1f5f8b")]
    ratio = contrast(rgb, WHITE)
    if ratio < TEXT_CONTRAST:
        return [
            Problem(
                file,
                line,
                f"accent {value} gives {ratio:.1f}:1 with white text (needs {TEXT_CONTRAST}:1); "
                f"the pages use {readable_accent(value)} instead",
                warning=True,
            )
        ]
    return []


def _logo(value, line: int, file: str) -> list[Problem]:
    if not isinstance(value, str) or not (URL.match(value) or value.startswith("/")):
        return [Problem(file, line, "'logo' must be an http(s) URL or a path starting with /")]
    return []


def _starters(value, line: int, file: str) -> list[Problem]:
    valid = isinstance(value, list) and all(isinstance(q, str) and q.strip() for q in value)
    if not valid:
        return [Problem(file, line, "'starter_questions' must be a list of questions")]
    if len(value) > MAX_STARTERS:
        return [
            Problem(
                file,
                line,
                f"only the first {MAX_STARTERS} starter questions are shown",
                warning=True,
            )
        ]
    return []


def contact_links(clinic: dict) -> list[dict]:
    """The clinic's contacts as links a page shows as buttons, in this order."""
    contacts = clinic.get("contacts") or {}
    links = []
    if contacts.get("phone"):
        links.append(
            {
                "kind": "phone",
                "label": f"Call {contacts['phone']}",
                "href": "tel:" + _digits(contacts["phone"], keep_plus=True),
            }
        )
    if contacts.get("whatsapp"):
        links.append(
            {
                "kind": "whatsapp",
                "label": "WhatsApp the clinic",
                "href": "https://wa.me/" + _digits(contacts["whatsapp"]),
            }
        )
    if contacts.get("email"):
        links.append(
            {
                "kind": "email",
                "label": "E-mail the clinic",
                "href": "mailto:" + contacts["email"].strip(),
            }
        )
    if contacts.get("booking_url"):
        links.append(
            {
                "kind": "booking",
                "label": "Book an appointment",
                "href": contacts["booking_url"].strip(),
            }
        )
    return links


def _digits(number: str, keep_plus: bool = False) -> str:
    digits = re.sub(r"[^0-9]", "", number)
    return ("+" + digits) if keep_plus and number.strip().startswith("+") else digits
