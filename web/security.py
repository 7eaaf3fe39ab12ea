"""Response headers, CORS and rate limits."""

from __future__ import annotations

from flask import Flask, current_app, request
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .errors import error_response

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()"
)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors {ancestors}"
)

limiter = Limiter(key_func=get_remote_address, default_limits=[])


def install(app: Flask) -> None:
    origins = [o.strip() for o in app.config["CORS_ORIGINS"].split(",") if o.strip()]
    CORS(
        app,
        resources={r"/api/*": {"origins": origins}},
        methods=["GET", "POST"],
        allow_headers=["Content-Type"],
    )
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter.init_app(app)

    @app.errorhandler(429)
    def _rate_limited(error):
        # The emergency number is never withheld, even from a limited client.
        return error_response(
            429,
            "rate_limited",
            "Too many questions in a short time; please wait a moment.",
            guidance=emergency_line(),
        )

    app.after_request(_headers)


def emergency_line() -> str:
    call = current_app.extensions["assistant"].composer.escalate_call()
    return (
        f"If your child or anyone is in danger, call {call['number']} now "
        "(or your local emergency number)."
    )


def _headers(response):
    is_embed = request.endpoint == "pages.embed"
    ancestors = current_app.config["FRAME_ANCESTORS"].strip() if is_embed else "'none'"
    response.headers.setdefault(
        "Content-Security-Policy", CSP.format(ancestors=ancestors or "'none'")
    )
    if not is_embed:
        response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
    return response


def escalating() -> bool:
    """Whether this request's question escalates: such a request is never limited."""
    data = request.get_json(silent=True) if request.is_json else request.form
    question = data.get("question") if hasattr(data, "get") else None
    if not isinstance(question, str) or len(question) > 20_000:
        return False
    return current_app.extensions["assistant"].triage.check(question).kind == "escalate"
