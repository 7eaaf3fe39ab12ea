"""Response headers, CORS, rate limits, and which requests carry a session."""

from __future__ import annotations

import math
import time

from flask import Flask, current_app, render_template, request
from flask.sessions import SecureCookieSessionInterface
from flask_babel import gettext
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse

from .errors import ApiError, error_response, request_json

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()"
)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors {ancestors}"
)

CSP_NO_FRAMES = CSP.format(ancestors="'none'")
COMMON_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", PERMISSIONS_POLICY),
)

API_PREFIX = "/api/"
limiter = Limiter(key_func=get_remote_address, default_limits=[])


def _ask_limit() -> str:
    return current_app.config["ASK_RATE_LIMIT"]


# One budget of questions per client, whichever way they come (the API, the chat page,
# the widget); a message that escalates is never limited, and neither is the no-JavaScript
# page's language switch (it posts the conversation back to be worded anew, asking nothing).
questions_limit = limiter.shared_limit(
    _ask_limit,
    scope="questions",
    methods=["POST"],
    exempt_when=lambda: escalating() or bool(request.form.get("switch_language")),
)


class PagesOnlySessions(SecureCookieSessionInterface):
    """The JSON API keeps no session (clients send their conversation_id), so its
    requests skip reading and verifying the signed cookie; pages keep theirs."""

    def open_session(self, app, request):
        if request.path.startswith(API_PREFIX):
            return self.make_null_session(app)
        return super().open_session(app, request)

    def get_cookie_secure(self, app) -> bool:
        # Served over HTTPS (directly, or by a trusted proxy): the cookie says so.
        return super().get_cookie_secure(app) or request.is_secure


def install(app: Flask) -> None:
    app.session_interface = PagesOnlySessions()
    origins = [o.strip() for o in app.config["CORS_ORIGINS"].split(",") if o.strip()]
    if origins:  # with none allowed, CORS would only inspect every API response
        CORS(
            app,
            resources={API_PREFIX + "*": {"origins": origins}},
            methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)

    @app.errorhandler(429)
    def _rate_limited(error):
        # The emergency number is never withheld, even from a limited client.
        wait = retry_after()
        message = "Too many requests in a short time."
        if request.path.startswith(API_PREFIX):
            response = error_response(
                429,
                "rate_limited",
                f"{message} Please try again in {wait} seconds.",
                guidance=emergency_line(),
            )
        else:  # a form was posted: answer with a page, not JSON
            page = render_template(  # in the page's language (web/i18n.py)
                "rate_limited.html",
                message=gettext("Too many requests in a short time."),
                retry_after=wait,
                guidance=emergency_line(translated=True),
                back=request.full_path.rstrip("?"),
            )
            response = app.response_class(page, status=429, mimetype="text/html")
        response.headers["Retry-After"] = str(wait)
        return response

    app.after_request(_headers)


def retry_after() -> int:
    """Seconds until the limit that was hit lets the client in again (at least 1)."""
    current = limiter.current_limit
    if current is None:
        return 60
    return max(1, math.ceil(current.reset_at - time.time()))


def emergency_line(*, translated: bool = False) -> str:
    """Where to call in danger: English for the API, the page's language on a page."""
    call = current_app.extensions["assistant"].composer.escalate_call()
    if translated:
        return gettext(
            "If your child or anyone is in danger, call %(number)s now (or your local "
            "emergency number).",
            number=call["number"],
        )
    return (
        f"If your child or anyone is in danger, call {call['number']} now "
        "(or your local emergency number)."
    )


def _headers(response):
    headers = response.headers
    if request.endpoint == "pages.embed":
        ancestors = current_app.config["FRAME_ANCESTORS"].strip() or "'none'"
        headers.setdefault("Content-Security-Policy", CSP.format(ancestors=ancestors))
    else:
        headers.setdefault("Content-Security-Policy", CSP_NO_FRAMES)
        headers.setdefault("X-Frame-Options", "DENY")
    for name, value in COMMON_HEADERS:
        headers.setdefault(name, value)
    return response


def may_store_unlimited() -> bool:
    """Whether this request's exchange may be stored. Escalations bypass the question
    limit, so what one client can make the app store is bounded separately."""
    if not current_app.config["RATELIMIT_ENABLED"] or not escalating():
        return True
    budget = parse(current_app.config["ESCALATION_STORE_LIMIT"])
    return limiter.limiter.hit(budget, "stored-escalations", get_remote_address())


def escalating() -> bool:
    """Whether this request's question escalates: such a request is never limited."""
    try:
        data = request_json() if request.is_json else request.form
    except ApiError:
        return False  # the view answers the bad body with its 400
    question = data.get("question") if hasattr(data, "get") else None
    if not isinstance(question, str) or len(question) > 20_000:
        return False
    return current_app.extensions["assistant"].triage.check(question).kind == "escalate"
