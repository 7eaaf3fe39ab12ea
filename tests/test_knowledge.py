"""The shipped knowledge, its formats, and the problems `parentfaq check` reports."""

import re
import textwrap

import pytest

from knowledge import KnowledgeError, load_knowledge
from knowledge.articles import load_article

ARTICLE = "article:sense-of-security#"


def test_shipped_knowledge_passes_check_with_its_summary(cli):
    result = cli("check")
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    # The English article and its Traditional Chinese translation, 7 passages each.
    match = re.fullmatch(r"ok: 2 articles, (\d+) passages, (\d+) FAQ entries", summary)
    assert match, summary
    assert int(match.group(1)) == 14
    assert int(match.group(2)) >= 40


def test_article_keeps_its_attribution_and_reference():
    article = load_knowledge().article("sense-of-security")
    assert article.title == "How to Establish a Sense of Security in Infants and Toddlers"
    assert article.author == "Ms. Gigi Pang"
    assert article.credentials == "Registered Counselling Psychologist"
    assert article.organisation == "Edge Development Centre"
    assert any("Erikson, E. (1950/1963)" in ref for ref in article.references)
    sections = [p.section for p in article.passages]
    for heading in (
        "1. Provide stable and reliable care",
        "2. Provide physical contact and emotional bonding",
        "3. Establish parent-child interaction time",
    ):
        assert heading in sections
    stable = next(p for p in article.passages if p.id == "stable-care")
    assert stable.text.endswith("dependable and trustworthy individuals.")


def test_every_faq_entry_has_alternates_sources_and_a_short_answer():
    knowledge = load_knowledge()
    passages = {p.source_id for p in knowledge.passages}
    for entry in knowledge.faq:
        assert len(entry.alternates) >= 3, entry.id
        assert entry.sources and set(entry.sources) <= passages, entry.id
        assert len(entry.answer.split()) <= 120, entry.id


def _article(body: str) -> str:
    return textwrap.dedent("""\
        ---
        id: demo
        title: Demo
        author: A. Writer
        ---

        """) + textwrap.dedent(body)


def test_passage_ids_survive_an_edit_to_another_paragraph(tmp_path):
    path = tmp_path / "demo.md"
    path.write_text(
        _article("""\
        ## One

        First paragraph about routines.

        Second paragraph about crying.

        - a list item about hugs
        """)
    )
    before, _ = load_article(path, "demo.md")
    path.write_text(path.read_text().replace("about routines", "about daily routines, edited"))
    after, _ = load_article(path, "demo.md")
    ids_before = [p.id for p in before.passages]
    ids_after = [p.id for p in after.passages]
    assert ids_before[0] != ids_after[0]  # the edited paragraph gets a new id
    assert ids_before[1:] == ids_after[1:]  # the others keep theirs
    assert [p.section for p in after.passages] == ["One", "One", "One"]
    assert after.passages[2].text == "a list item about hugs"


GOOD_ENTRY = """\
- id: one
  question: How do I respond to crying?
  alternates: [a, b, c]
  answer: Respond promptly.
  sources: [article:demo#p1]
"""

SAFE_TEXTS = (
    "guidance:\n"
    "  child_emergency: {en: Call., zh: 請致電。}\n"
    "  caregiver_crisis: {en: Call., zh: 請致電。}\n"
    "  abuse: {en: Call., zh: 請致電。}\n"
    "  domestic_violence: {en: Call., zh: 請致電。}\n"
    "support: {en: Talk., zh: 傾訴。}\n"
)
BREATHING = "categories:\n  breathing:\n    group: child_emergency\n    rules:\n"

BROKEN_FILES = [
    ("articles/demo.md", "id: demo\ntitle: x\n", "articles/demo.md:1: missing front matter"),
    (
        "articles/demo.md",
        "---\nid: demo\ntitle: [unclosed\nauthor: a\n---\ntext\n",
        "articles/demo.md:4: malformed YAML",
    ),
    (
        "articles/demo.md",
        "---\nid: demo\ntitle: Demo\n---\n\ntext {#p1}\n",
        "front matter needs a 'author'",
    ),
    ("faq/bad.yaml", "- id: one\n  question: [unclosed\n", "faq/bad.yaml:3: malformed YAML"),
    (
        "faq/bad.yaml",
        "- id: two\n  question: Why?\n  answer: ''\n",
        "faq/bad.yaml:3: entry needs a non-empty 'answer'",
    ),
    (
        "faq/bad.yaml",
        "- id: two\n  question: Why?\n  answer: " + "x" * 40_001 + "\n",
        "faq/bad.yaml:3: answer is over 40,000 characters",
    ),
    (
        "faq/bad.yaml",
        "- id: two\n  question: Why?\n  answer: Because.\n  sources: [article:demo#nope]\n",
        "faq/bad.yaml:1: entry 'two' cites 'article:demo#nope'",
    ),
    ("faq/later.yaml", GOOD_ENTRY, "faq/later.yaml:1: FAQ id 'one' is used twice"),
    (
        "faq/bad.yaml",
        "- id: two\n  question: Why?\n  answer: Yes.\n  alternates: just one\n",
        "faq/bad.yaml:4: 'alternates' must be a list",
    ),
    (
        "faq/bad.yaml",
        "- id: two\n  qestion: Why?\n  question: Why?\n  answer: Yes.\n",
        "faq/bad.yaml:2: unknown field 'qestion'",
    ),
    ("faq/bad.yaml", "just: a mapping\n", "faq/bad.yaml:1: an FAQ file must be a list"),
    ("faq/bad.yaml", b"\xff\xfe\x00binary", "faq/bad.yaml:1: the file is not UTF-8"),
    (
        "faq/later.yaml",
        GOOD_ENTRY.replace("id: one", "id: other"),
        "faq/later.yaml:1: 'other' repeats the question and answer of 'one' (faq/good.yaml:1)",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING + "      gasping: ['\\b((gasping']\n",
        "safety.yaml:11: rule 'breathing.gasping': pattern '\\b((gasping' is not a valid",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING + "      er: ['(?:go|went) to (?:hospital|A&E)']\n",
        "safety.yaml:11: rule 'breathing.er': no message holds 'A', '&', 'E' as the rules read it",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING + "      zh_gasp: ['(?:bb仔|寶寶).{0,4}(?:扯氣|唞唔到氣)']\n",
        "safety.yaml:11: rule 'breathing.zh_gasp': no message holds 'b仔' as the rules read it",
    ),
    (
        "safety.yaml",
        "concepts:\n  first_time: '(?:1st|first) time'\n" + SAFE_TEXTS + BREATHING + "      x: ['a']\n",
        "safety.yaml:2: concept 'first_time': no message holds '1s' as the rules read it",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING.replace("breathing:", "breathng:") + "      x: ['a']\n",
        "safety.yaml:8: unknown category 'breathng'",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING.replace("group: child_emergency", "group: kids") + "      x: [a]\n",
        "safety.yaml:8: 'breathing' needs a group, one of child_emergency",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + "medical:\n  fever: {all: [], unless: ['x']}\n",
        "safety.yaml:8: rule 'medical.fever' needs a list of patterns",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING + "      gasp: ['{kidd} gasping']\n",
        "safety.yaml:11: rule 'breathing.gasp': unknown concept {kidd}",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS
        + BREATHING.replace("    rules:", "    frames: [[medai]]\n    rules:")
        + "      gasp: ['gasping']\n",
        "safety.yaml:8: 'breathing': frames must be lists of concept names",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS + BREATHING + "      a_rather_long_rule_name: ['gasping']\n",
        "'breathing/a_rather_long_rule_name' must fit in 32 characters",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS.replace("{en: Call., zh", "{en: 'Call {emergency_numbr} now.', zh", 1),
        "safety.yaml:2: guidance.child_emergency.en: cannot fill in 'emergency_numbr'",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS.replace("  abuse: {en: Call., zh: 請致電。}\n", ""),
        "guidance.abuse: the guidance text is missing",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS.replace("support: {en: Talk., zh: 傾訴。}", "support: {en: Talk.}"),
        "safety.yaml:6: support.zh: the text is missing",
    ),
    (
        "safety.yaml",
        SAFE_TEXTS.replace("{en: Call., zh", "{helplines: [nope], en: Call., zh", 1),
        "safety.yaml:2: guidance.child_emergency: unknown helpline 'nope'",
    ),
    ("synonyms.yaml", "groups: [baby, infant]\n", "synonyms.yaml:1: 'groups' must map a word"),
    (
        "synonyms.yaml",
        "groups:\n  baby: infant\n",
        "synonyms.yaml:2: 'baby' needs a list of words or phrases",
    ),
    ("clinic.yaml", "messages: Thank you\n", "clinic.yaml:1: 'messages' must map a name to a text"),
    ("clinic.yaml", "name: Demo\nmessages:\n  abstain: 5\n", "clinic.yaml:3: messages.abstain"),
    (
        "clinic.yaml",
        "small_talk:\n  greeting:\n    en: Hello!\n",
        "clinic.yaml:2: small_talk.greeting needs a non-empty 'zh-Hant' text",
    ),
    (
        "clinic.yaml",
        "small_talk:\n  thanks: You are welcome.\n",
        "clinic.yaml:2: small_talk.thanks must map a language",
    ),
    ("clinic.yaml", "small_talk: Hello\n", "clinic.yaml:1: 'small_talk' must map a kind"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BROKEN_FILES)
def test_broken_file_is_reported_with_file_and_line(cli, tmp_path, name, content, expected):
    root = tmp_path / "kb"
    (root / "articles").mkdir(parents=True)
    (root / "faq").mkdir()
    (root / "articles" / "good.md").write_text(
        "---\nid: demo\ntitle: Demo\nauthor: A\n---\n\nA paragraph. {#p1}\n"
    )
    (root / "faq" / "good.yaml").write_text(GOOD_ENTRY)
    path = root / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    result = cli("check", root)
    assert result.exit_code == 1
    assert expected in result.output


def test_near_duplicate_question_with_another_answer_is_a_warning(cli, tmp_path):
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "a.yaml").write_text(
        "- id: one\n  question: What is (are) Glaucoma ?\n  answer: An eye disease.\n"
        "- id: two\n  question: What is (are) glaucoma?\n  answer: A group of eye conditions.\n"
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 0
    assert "faq/a.yaml:4: warning: question of 'two' nearly repeats 'one'" in result.output
    assert result.output.strip().endswith("ok: 0 articles, 0 passages, 2 FAQ entries")


def test_unknown_clinic_field_is_a_warning(cli, tmp_path):
    root = tmp_path / "kb"
    (root / "faq").mkdir(parents=True)
    (root / "faq" / "good.yaml").write_text(
        GOOD_ENTRY.replace("  sources: [article:demo#p1]\n", "")
    )
    (root / "clinic.yaml").write_text("name: Demo\ndisclamer: Not advice.\n")
    result = cli("check", root)
    assert result.exit_code == 0
    assert "clinic.yaml:2: warning: unknown field 'disclamer'" in result.output


def test_loading_a_broken_directory_raises_one_error_type(tmp_path):
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "x.yaml").write_text("- id: a\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == ("faq/x.yaml", 1)
    assert "question" in problem.message


def test_missing_directory_is_a_clear_error(cli, tmp_path):
    result = cli("check", tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "knowledge directory not found" in result.output


def test_records_are_immutable():
    entry = load_knowledge().faq[0]
    with pytest.raises(AttributeError):
        entry.answer = "changed"
