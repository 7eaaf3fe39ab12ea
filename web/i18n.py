"""The language a page speaks to a parent (English or Traditional Chinese), and the
gettext catalogues that translate it, through Flask-Babel.

A page's language is, in this order: `?lang=` in its address (the language switch's
links and forms, and the citations of a Chinese chat), the language the
parent chose before (a cookie the switch leaves), `?site_lang=` (the widget's
`data-lang`: the embedding site's own language), the browser's Accept-Language,
and English. The catalogues are web/translations/<locale>/LC_MESSAGES/messages.po
(the source) and .mo (compiled, committed and shipped as package data); README,
"Pages in English and Traditional Chinese", says how to update them.
"""

from __future__ import annotations

from flask import Flask, g, request
from flask_babel import Babel
from markupsafe import Markup
from werkzeug.datastructures import LanguageAccept

from assistant.chinese import language_of

# A page's language as a BCP 47 tag (html lang, the answer object's `language`) and
# the Babel locale of its catalogue.
LOCALES = {"en": "en", "zh-Hant": "zh_Hant"}
DEFAULT = "en"
COOKIE = "parentfaq_lang"
COOKIE_DAYS = 365
# The switch shows each language in its own words.
NAMES = {"en": "English", "zh-Hant": "繁體中文"}


def language_tag(value: str | None) -> str | None:
    """`value` (a tag such as en-GB, zh-HK, zh_Hant, yue) as one of LOCALES, or None.
    Every Chinese reads the Traditional pages: there are no Simplified ones."""
    primary = (value or "").strip().replace("_", "-").split("-")[0].lower()
    if primary == "en":
        return "en"
    if primary in ("zh", "yue"):
        return "zh-Hant"
    return None


def accepted_language(accept: LanguageAccept) -> str:
    """The first of the browser's languages (best quality first) that we speak."""
    for value, _quality in accept:
        tag = language_tag(value)
        if tag:
            return tag
    return DEFAULT


def choose_language(args, cookies, accept: LanguageAccept) -> str:
    """The page's language from the request's parts (see the module's docstring)."""
    for value in (args.get("lang"), cookies.get(COOKIE), args.get("site_lang")):
        tag = language_tag(value)
        if tag:
            return tag
    return accepted_language(accept)


def with_language(url: str, language: str) -> str:
    """A local `url` asking for `language`: /sources/a#p -> /sources/a?lang=zh-Hant#p."""
    if not url.startswith("/") or url.startswith("//"):
        return url
    path, hash_, fragment = url.partition("#")
    path, _query, query = path.partition("?")
    kept = [part for part in query.split("&") if part and not part.startswith("lang=")]
    query = "&".join([*kept, f"lang={language}"])
    return f"{path}?{query}{hash_}{fragment}"


def page_language() -> str:
    """This request's language (decided once per request)."""
    if "page_language" not in g:
        g.page_language = choose_language(request.args, request.cookies, request.accept_languages)
    return g.page_language


def _remember_choice(response):
    """An explicit ?lang= on a page is kept for the parent's next pages; a page says
    that its words depend on the browser's languages and the cookie (for caches)."""
    if response.mimetype == "text/html":
        response.vary.add("Accept-Language")
        response.vary.add("Cookie")
    chosen = language_tag(request.args.get("lang"))
    if (
        chosen
        and not request.path.startswith("/api/")
        and request.cookies.get(COOKIE) != chosen
        and response.status_code < 400
    ):
        response.set_cookie(
            COOKIE,
            chosen,
            max_age=COOKIE_DAYS * 24 * 3600,
            samesite="Lax",
            httponly=True,
            secure=request.is_secure,
        )
    return response


def install(app: Flask) -> None:
    """Flask-Babel with our selector; the page's language in every template."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", LOCALES[DEFAULT])
    Babel(app, locale_selector=lambda: LOCALES[page_language()])
    app.after_request(_remember_choice)

    @app.context_processor
    def _languages():
        return {
            "page_lang": page_language(),
            "supported_languages": tuple(LOCALES),
            "language_names": NAMES,
        }

    @app.template_filter("lang_attr")
    def _lang_attr(language: str | None) -> str:
        # ` lang="..."` for text whose language differs from the page's, else nothing.
        tag = language_tag(language)
        return Markup(f' lang="{tag}"') if tag and tag != page_language() else Markup("")

    @app.template_filter("with_page_lang")
    def _with_page_lang(url: str) -> str:
        # A source opened from a Chinese chat speaks Chinese (a citation opens in a new
        # tab, where a widget's frame could not pass its choice by cookie). English, the
        # default, keeps the answer's own url.
        language = page_language()
        return url if language == DEFAULT else with_language(url, language)

    @app.template_filter("typed_lang")
    def _typed_lang(text: str) -> str:
        # What a parent typed: its language by script, as the engine decides.
        return _lang_attr(language_of(text or ""))
