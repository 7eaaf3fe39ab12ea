"""One error type for the web layer, rendered as the JSON body of DESIGN.md."""

from __future__ import annotations

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


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
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        return error_response(error.status, error.code, error.message)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        if not request.path.startswith("/api/"):
            return error
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
        return "Something went wrong on our side; please try again.", 500
