"""The pages in English and Traditional Chinese: which language a request gets, the
lang attributes screen readers rely on, the no-JavaScript switch keeping the
conversation, and catalogues that cover every word the pages show."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from werkzeug.datastructures import LanguageAccept, MultiDict

from web import create_app
from web.i18n import COOKIE, choose_language, language_tag, with_language
from web.strings import chat_script_strings

WEB = Path(__file__).resolve().parents[1] / "web"
CATALOGUE = WEB / "translations" / "zh_Hant" / "LC_MESSAGES"
CHINESE_QUESTION = "BB 成日喊，係咪要即刻抱佢？"


def accept(header: str) -> LanguageAccept:
    values = []
    for part in header.split(","):
        name, _, q = part.strip().partition(";q=")
        if name:
            values.append((name, float(q or 1)))
    return LanguageAccept(values)


@pytest.mark.parametrize(
    ("args", "cookie", "header", "expected"),
    [
        ({}, None, "", "en"),
        ({}, None, "fr-FR, de;q=0.8", "en"),
        ({}, None, "zh-HK,zh;q=0.9,en;q=0.8", "zh-Hant"),
        ({}, None, "zh-TW", "zh-Hant"),
        ({}, None, "zh-CN", "zh-Hant"),  # no Simplified pages: Traditional reads closest
        ({}, None, "fr, en;q=0.9, zh;q=0.8", "en"),
        ({}, None, "fr, zh-HK;q=0.9, en;q=0.8", "zh-Hant"),
        ({"site_lang": "zh-HK"}, None, "en", "zh-Hant"),  # the widget's data-lang over the browser
        ({"site_lang": "en"}, "zh-Hant", "en", "zh-Hant"),  # the parent's choice over the site
        ({"lang": "en", "site_lang": "zh-Hant"}, "zh-Hant", "zh", "en"),  # the switch over all
        ({"lang": "klingon"}, None, "zh-HK", "zh-Hant"),  # an unknown ?lang= is ignored
        ({}, "nonsense", "zh-HK", "zh-Hant"),
    ],
)
def test_the_page_language_comes_from_the_switch_the_cookie_the_site_then_the_browser(
    args, cookie, header, expected
):
    cookies = {COOKIE: cookie} if cookie else {}
    assert choose_language(MultiDict(args), cookies, accept(header)) == expected


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("zh_Hant", "zh-Hant"),
        ("zh-hant-hk", "zh-Hant"),
        ("yue", "zh-Hant"),
        ("EN-gb", "en"),
        ("ja", None),
        ("", None),
        (None, None),
    ],
)
def test_language_tags_are_read_loosely(value, tag):
    assert language_tag(value) == tag


def test_a_source_link_asks_for_the_chats_language_before_its_fragment():
    assert with_language("/sources/a#p1", "zh-Hant") == "/sources/a?lang=zh-Hant#p1"
    assert with_language("/faq?lang=en#x", "zh-Hant") == "/faq?lang=zh-Hant#x"
    assert with_language("https://elsewhere.example/a", "en") == "https://elsewhere.example/a"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("i18n")
    app = create_app({"DATABASE_URL": f"sqlite:///{folder / 'app.db'}", "RATELIMIT_ENABLED": False})
    return app.test_client()


def page(client, path, **kwargs):
    method = client.post if "data" in kwargs else client.get
    response = method(path, **kwargs)
    return response, response.get_data(as_text=True)


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)">', html).group(1)


def test_the_chat_speaks_chinese_to_a_hong_kong_browser_and_english_otherwise(client):
    client.delete_cookie(COOKIE)
    _, chinese = page(client, "/", headers={"Accept-Language": "zh-HK,zh;q=0.9"})
    _, english = page(client, "/", headers={"Accept-Language": "en-GB"})
    assert html_lang(chinese) == "zh-Hant" and html_lang(english) == "en"
    assert "<h1>嬰幼兒問題查詢</h1>" in chinese and "你的問題" in chinese
    assert "<h1>Ask about your baby or toddler</h1>" in english
    # The clinic's own texts (clinic.yaml translations) and starters follow the page.
    assert "不能代替專業人士" in chinese and "怎樣和寶寶建立信任？" in chinese
    assert "How do I build trust with my baby?" in english
    # So does the emergency line's region (safety.yaml's emergency_region_zh).
    assert "香港" in chinese and "Hong Kong" not in chinese and "Hong Kong" in english


def test_the_switch_is_remembered_for_the_next_pages(client):
    client.delete_cookie(COOKIE)
    response, html = page(client, "/?lang=zh-Hant", headers={"Accept-Language": "en"})
    assert html_lang(html) == "zh-Hant"
    assert f"{COOKIE}=zh-Hant" in response.headers["Set-Cookie"]
    assert "Accept-Language" in response.headers["Vary"]
    _, privacy = page(client, "/privacy", headers={"Accept-Language": "en"})
    assert html_lang(privacy) == "zh-Hant" and "你的提問與私隱" in privacy
    _, back = page(client, "/?lang=en")
    assert html_lang(back) == "en"
    client.delete_cookie(COOKIE)


def test_each_page_offers_the_other_language_in_its_own_words(client):
    client.delete_cookie(COOKIE)
    _, english = page(client, "/embed?title=Ask+us&site_lang=en")
    switch = re.search(r'<nav class="language-switch".*?</nav>', english, re.S).group(0)
    assert 'action="/embed?title=Ask+us&amp;site_lang=en&amp;lang=zh-Hant"' in switch
    assert (
        '<button type="submit" class="secondary language" lang="zh-Hant">繁體中文</button>'
        in switch
    )
    _, source = page(client, "/sources/sense-of-security?lang=zh-Hant")
    assert re.search(
        r'<a class="language" href="/sources/sense-of-security\?lang=en" lang="en"', source
    )
    client.delete_cookie(COOKIE)


def test_a_chinese_question_on_an_english_page_is_marked_chinese_and_cites_the_chinese_source(
    client,
):
    client.delete_cookie(COOKIE)
    _, html = page(client, "/?lang=en", data={"question": CHINESE_QUESTION})
    latest = html.split('id="latest"')[1].split("</li>\n  </ol>")[0]
    assert re.search(r'<span class="who">You asked</span><p lang="zh-Hant">', latest)
    assert '<div class="bubble answer" lang="zh-Hant">' in latest
    # The page's own words inside the Chinese reply stay English, and say so.
    assert '<summary lang="en">Preview</summary>' in latest
    links = re.findall(r'<li><a href="([^"]+)"', latest)
    assert "/sources/sense-of-security-zh-hant#stable-care" in links  # English: the answer's url
    _, source = page(client, "/sources/sense-of-security-zh-hant?lang=en")
    assert html_lang(source) == "en" and '<article lang="zh-Hant">' in source
    assert re.search(r'<p class="passage" id="stable-care"[^>]*>父母或照顧者', source)
    client.delete_cookie(COOKIE)


def test_an_english_question_on_a_chinese_page_is_marked_english(client):
    _, html = page(client, "/?lang=zh-Hant", data={"question": "why is a daily routine important"})
    latest = html.split('id="latest"')[1]
    assert '<span class="who">你問</span><p lang="en">' in latest
    assert '<div class="bubble answer" lang="en">' in latest
    assert '<summary lang="zh-Hant">預覽</summary>' in latest
    # A source opened from the Chinese chat speaks Chinese.
    assert re.search(r'<li><a href="/sources/sense-of-security\?lang=zh-Hant#', latest)
    client.delete_cookie(COOKIE)


def test_the_no_javascript_switch_keeps_the_conversation_and_asks_nothing(tmp_path):
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "ASK_RATE_LIMIT": "1 per minute"}
    )
    client = app.test_client()
    _, html = page(client, "/embed?lang=en", data={"question": "why keep promises to my toddler"})
    carried = dict(
        re.findall(r'type="hidden" name="(conversation_id|transcript)"[^>]*value="([^"]*)"', html)
    )
    assert carried["transcript"]
    response, switched = page(
        client, "/embed?lang=zh-Hant", data={"switch_language": "zh-Hant", **carried}
    )
    assert response.status_code == 200  # the one question a minute is not spent on it
    assert html_lang(switched) == "zh-Hant"
    assert switched.count('class="turn"') == 1 and "why keep promises to my toddler" in switched
    assert '<span class="who">你問</span>' in switched


def test_error_pages_speak_the_parents_language(client):
    response, html = page(client, "/no-such-page", headers={"Accept-Language": "zh-HK"})
    assert response.status_code == 404 and html_lang(html) == "zh-Hant"
    assert "<h1>找不到這個頁面</h1>" in html
    response, html = page(client, "/sources/nothing-here?lang=en")
    assert response.status_code == 404 and "<h1>This page does not exist</h1>" in html
    assert COOKIE not in response.headers.get("Set-Cookie", "")
    client.delete_cookie(COOKIE)


def test_the_no_javascript_page_says_a_too_long_question_in_chinese(client):
    question = "為甚麼" * 700  # 2100 characters, as the page's form sends them
    _, html = page(
        client, "/?lang=zh-Hant", data={"question": question}, content_type="multipart/form-data"
    )
    assert re.search(r'<p class="error" role="alert">問題超過 2000 個字元', html)
    response, html = page(client, "/?lang=zh-Hant", data={"question": question * 3})
    assert response.status_code == 413 and "<h1>訊息太長</h1>" in html
    client.delete_cookie(COOKIE)


# -- the catalogues ----------------------------------------------------------


def extracted() -> set[str]:
    """Every message the pages and web's Python code ask gettext for."""
    with open(WEB / "babel.cfg") as f:
        method_map, options_map = parse_mapping_cfg(f)
    return {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(WEB), method_map, options_map
        )
    }


def test_every_word_of_the_pages_has_a_chinese_translation():
    with open(CATALOGUE / "messages.po", "rb") as f:
        catalogue = read_po(f)
    wanted = extracted()
    assert len(wanted) > 80  # the extraction found the templates
    missing = sorted(m for m in wanted if not (catalogue.get(m) and catalogue.get(m).string))
    fuzzy = sorted(m for m in wanted if catalogue.get(m) and catalogue.get(m).fuzzy)
    assert not missing and not fuzzy, f"translate in messages.po: {missing + fuzzy}"
    for message in wanted:
        placeholders = set(re.findall(r"%\(\w+\)s", message))
        assert set(re.findall(r"%\(\w+\)s", catalogue.get(message).string)) == placeholders


def test_the_compiled_catalogue_matches_its_source():
    with open(CATALOGUE / "messages.po", "rb") as f:
        source = {m.id: m.string for m in read_po(f) if m.id and not m.fuzzy}
    with open(CATALOGUE / "messages.mo", "rb") as f:
        compiled = {m.id: m.string for m in read_mo(f) if m.id}
    assert compiled == source, "run: cd web && pybabel compile -d translations"


def test_every_word_chat_js_writes_is_given_by_the_page():
    script = (WEB / "static" / "chat.js").read_text()
    used = set(re.findall(r'\bt\("(\w+)"', script))
    app = create_app({"DATABASE_URL": "sqlite://", "RETENTION_DAYS": 0})
    with app.test_request_context("/?lang=zh-Hant"):
        given = chat_script_strings(2000)
    assert used and used <= set(given), sorted(used - set(given))
    assert given["you_asked"] == "你問" and "{number}" in given["call"]


def test_a_non_editable_build_ships_the_catalogues(tmp_path):
    """What a wheel (a non-editable install) holds of web: setuptools' build_py step,
    which copies the package data pyproject.toml declares."""
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(tmp_path)],
        cwd=WEB.parent,
        check=True,
        capture_output=True,
    )
    built = tmp_path / "web"
    assert (built / "translations/zh_Hant/LC_MESSAGES/messages.mo").read_bytes() == (
        CATALOGUE / "messages.mo"
    ).read_bytes()
    assert (built / "translations/zh_Hant/LC_MESSAGES/messages.po").exists()
    assert (built / "templates/_language_switch.html").exists()


# -- counsellors: pages in English, entries in either language ---------------------


def test_a_counsellor_adds_a_chinese_entry_and_a_chinese_alternate(tmp_path):
    from web import accounts

    from .test_counsellor import PASSWORD, Counsellor

    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
            "RATELIMIT_ENABLED": False,
            "SECRET_KEY": "test",
        }
    )
    accounts.add_user(app.extensions["storage"], "anna", PASSWORD)
    client = app.test_client()
    counsellor = Counsellor(client)
    assert counsellor.login().status_code == 302
    page = counsellor.post(
        "/counsellor/faq/new",
        {
            "entry_id": "hug-at-nursery-zh-hant",
            "question": "送仔返幼稚園時，應該攬佢講再見嗎？",
            "answer": "應該。一個擁抱和平靜的道別，能幫助孩子感到安全。",
            "sources": "article:sense-of-security-zh-hant#physical-contact",
            "tags": "daycare",
        },
        "/counsellor/faq/new",
    )
    assert "approved; it is live" in page.get_data(as_text=True)
    entry = next(e for e in app.extensions["assistant"].knowledge.faq if e.id.startswith("hug-at"))
    assert entry.language == "zh-Hant"  # written in Chinese: a Chinese entry
    answer = client.post("/api/v1/ask", json={"question": "返幼稚園時應唔應該攬個仔講再見"})
    answer = answer.get_json()
    assert answer["source_id"] == "faq:hug-at-nursery-zh-hant" and answer["language"] == "zh-Hant"
    page = counsellor.post(
        "/counsellor/alternate/text",
        {"question": "幼稚園門口要唔要同BB攬一攬先走", "entry_id": "faq:hug-at-nursery-zh-hant"},
        "/counsellor/unanswered",
    )
    assert "it is live" in page.get_data(as_text=True)
    entry = next(e for e in app.extensions["assistant"].knowledge.faq if e.id.startswith("hug-at"))
    assert "幼稚園門口要唔要同BB攬一攬先走" in entry.alternates
    # The workspace lists Chinese entries among the sources to pick from.
    assert "送仔返幼稚園時" in client.get("/counsellor/faq/new").get_data(as_text=True)
