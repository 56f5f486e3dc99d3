"""JSON errors for the API: every failure on ``/api/*``, ``/healthz`` and ``/openapi.json``
is ``{"error": {"code": ..., "message": ...}}`` with the matching HTTP status.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

logger = logging.getLogger(__name__)

# HTTP status → stable machine-readable code (for errors raised by Flask/Werkzeug).
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    408: "request_timeout",
    411: "length_required",
    413: "body_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "unprocessable",
    429: "too_many_requests",
    431: "headers_too_large",
    500: "internal_error",
    503: "unavailable",
}

JSON_PATHS = ("/api/", "/healthz", "/openapi.json")


class ApiError(Exception):
    """An error to answer as JSON.

    Args:
        status: HTTP status.
        code: Machine-readable code, e.g. ``"invalid_json"``.
        message: Human-readable explanation (never echoes the user's message text).
        headers: Extra response headers (e.g. ``WWW-Authenticate``).
    """

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> Response:
    """A JSON error response."""
    resp = jsonify({"error": {"code": code, "message": message}})
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def wants_json() -> bool:
    """True for requests on the API's paths."""
    return request.path.startswith(JSON_PATHS) or request.path == "/api"


def register_error_handlers(app: Flask) -> None:
    """Answer API errors (ours and Werkzeug's, 404/405 included) as JSON, never HTML."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if not wants_json():
            return exc
        status = exc.code or 500
        headers = {}
        if status == 405:
            allow = exc.get_response().headers.get("Allow")
            if allow:
                headers["Allow"] = allow
        message = exc.description or exc.name
        if status == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            message = f"request body is larger than {limit} bytes"
        return error_response(status, HTTP_CODES.get(status, exc.name.lower().replace(" ", "_")),
                              message, headers)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "internal server error")
