"""One error type for the web layer, rendered as the JSON body of DESIGN.md."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from flask_babel import gettext
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def request_json():
    """The request's parsed JSON body, or None when it is missing or not JSON. Raises
    ApiError (400) for a body nested too deep to parse, or holding text that is not
    valid Unicode (a lone surrogate) or a NUL byte, which no database column takes."""
    try:
        data = request.get_json(silent=True)
    except RecursionError:
        raise ApiError(400, "bad_request", "The JSON body is nested too deeply.") from None
    for text in _strings(data):
        if "\x00" in text:
            raise ApiError(400, "bad_request", "The body holds a NUL character.")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ApiError(
                400, "bad_request", "The body holds text that is not valid Unicode."
            ) from None
    return data


def _strings(data):
    """Every string in a parsed JSON value, keys included (without recursion: the
    value may be nested as deep as the parser allows)."""
    waiting = [data]
    while waiting:
        item = waiting.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            waiting += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            waiting += item


def reject_nul_in_forms():
    """Form fields and query strings with a NUL byte are refused (400) before any view
    runs: no database column accepts one."""
    values = [*request.args.values()]
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        values += request.form.values()
    if any("\x00" in v for v in values):
        if request.path.startswith("/api/"):
            return error_response(400, "bad_request", "The request holds a NUL character.")
        return "The form holds a NUL character, which is not text.", 400
    return None


def error_response(status: int, code: str, message: str, **extra):
    """The JSON error body of DESIGN.md (plus any `extra` top-level fields)."""
    response = jsonify({"error": {"code": code, "message": message}, **extra})
    response.status_code = status
    return response


HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    500: "internal_error",
}


def register(app: Flask) -> None:
    app.before_request(reject_nul_in_forms)

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        return error_response(error.status, error.code, error.message)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        if request.path.startswith("/counsellor"):
            return error  # counsellor pages stay English, with werkzeug's own wording
        if not request.path.startswith("/api/"):
            return error_page(error)
        code = HTTP_CODES.get(error.code or 500, "error")
        response = error_response(error.code or 500, code, error.description or code)
        for name, value in error.get_headers():  # e.g. Allow on 405
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # A bug must not leak a traceback: log it, answer with the documented shape.
        app.logger.exception("unexpected error on %s", request.path)
        if request.path.startswith("/api/"):
            return error_response(
                500, "internal_error", "Something went wrong on our side; please try again."
            )
        try:
            return render_template("error.html", **_page_words(500)), 500
        except Exception:  # noqa: BLE001 - the page itself failed: plain words will do
            return "Something went wrong on our side; please try again.", 500


def _page_words(status: int) -> dict:
    """A parent-facing error page's heading and message, in the page's language."""
    if status == 404:
        return {
            "heading": gettext("This page does not exist"),
            "message": gettext("The address may be mistyped, or the page has moved."),
        }
    if status == 413:
        return {
            "heading": gettext("The message is too long"),
            "message": gettext("Please shorten what you sent and try again."),
        }
    if status < 500:
        return {
            "heading": gettext("This request could not be handled"),
            "message": gettext("Please go back to the chat and try again."),
        }
    return {
        "heading": gettext("Something went wrong"),
        "message": gettext("Something went wrong on our side; please try again."),
    }


def error_page(error: HTTPException):
    """A page's HTTP error (404, 405, 413, ...) as a page in the parent's language,
    keeping the error's own headers (Allow on 405, ...)."""
    status = error.code or 500
    response = current_app.response_class(
        render_template("error.html", **_page_words(status)), status=status, mimetype="text/html"
    )
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response
