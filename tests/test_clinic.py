"""The clinic's contacts, colour and starter questions: checked by `parentfaq check`,
turned into the links and colours the pages use."""

import pytest

from knowledge.clinic import contact_links
from knowledge.colour import PAGE_BACKGROUND, WHITE, contrast, parse, readable_accent

GOOD_ENTRY = "- id: one\n  question: How do I build trust?\n  answer: Respond warmly.\n"


def knowledge_with(tmp_path, clinic: str):
    root = tmp_path / "kb"
    (root / "faq").mkdir(parents=True)
    (root / "faq" / "good.yaml").write_text(GOOD_ENTRY)
    (root / "clinic.yaml").write_text(clinic)
    return root


@pytest.mark.parametrize(
    ("clinic", "expected"),
    [
        ("contacts:\n  phone: call us\n", "clinic.yaml:2: contacts.phone is not a valid phone"),
        ("contacts:\n  email: not-an-address\n", "clinic.yaml:2: contacts.email is not a valid"),
        ("contacts:\n  booking_url: javascript:alert(1)\n", "contacts.booking_url is not a valid"),
        ("contacts: +852 1234 5678\n", "clinic.yaml:1: 'contacts' must map"),
        ("accent: blue\n", "clinic.yaml:1: 'accent' must be a colour"),
        ("starter_questions: Ask me\n", "'starter_questions' must be a list"),
        ("logo: javascript:x\n", "'logo' must be an http(s) URL"),
    ],
)
def test_a_wrong_clinic_detail_stops_check_with_its_line(cli, tmp_path, clinic, expected):
    result = cli("check", knowledge_with(tmp_path, clinic))
    assert result.exit_code == 1
    assert expected in result.output


def test_a_light_accent_is_a_warning_naming_the_shade_used(cli, tmp_path):
    result = cli("check", knowledge_with(tmp_path, "accent: '#7fd3ff'\ncontacts:\n  fax: '1'\n"))
    assert result.exit_code == 0
    assert "clinic.yaml:1: warning: accent #7fd3ff gives 1.7:1 with white text" in result.output
    assert f"the pages use {readable_accent('#7fd3ff')} instead" in result.output
    assert "clinic.yaml:3: warning: unknown contact 'fax'" in result.output


def test_good_contacts_pass_and_become_links(cli, tmp_path):
    clinic = (
        "contacts:\n  phone: '+852 2345-6789'\n  whatsapp: '+852 9876 5432'\n"
        "  email: team@clinic.example\n  booking_url: https://clinic.example/book\n"
        "  hours: Weekdays 9 to 6\naccent: '#1f5f8b'\n"
    )
    root = knowledge_with(tmp_path, clinic)
    assert cli("check", root).exit_code == 0
    from knowledge import load_knowledge

    links = {link["kind"]: link["href"] for link in contact_links(load_knowledge(root).clinic)}
    assert links == {
        "phone": "tel:+85223456789",
        "whatsapp": "https://wa.me/85298765432",
        "email": "mailto:team@clinic.example",
        "booking": "https://clinic.example/book",
    }


@pytest.mark.parametrize("colour", ["#7fd3ff", "#ffcc00", "#fff", "#1f5f8b", "#e0115f"])
def test_a_readable_accent_reaches_4_5_to_1_and_keeps_a_good_one(colour):
    def worst(c):
        return min(contrast(parse(c), WHITE), contrast(parse(c), PAGE_BACKGROUND))

    shade = readable_accent(colour)
    assert worst(shade) >= 4.5
    if worst(colour) >= 4.5:
        assert shade == colour
