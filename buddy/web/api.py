"""The JSON API: ``POST /api/chat``, the KoBERT-compatible ``GET /api/wellness/dialog/bert``,
``GET /healthz`` and ``GET /openapi.json``; plus the per-request access log.

Session ids: the server makes them (:func:`buddy.web.sessions.new_session_id`). A request
without ``session_id`` starts a new session; a ``session_id`` that does not have the
shape of a server-made id is a 400 (``invalid_session_id``); a well-formed id that is
unknown, expired or whose conversation has ended (after a closing phrase) starts a new
session, and the reply carries the new ``session_id`` and ``"new_session": true``.
Clients must always use the ``session_id`` of the last reply.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
import uuid

from flask import Blueprint, Flask, Response, current_app, g, jsonify, request

from buddy.chatbot import Chatbot, MessageError, Reply
from buddy.replies import SessionState
from buddy.text import normalize
from buddy.web.errors import ApiError
from buddy.web.sessions import StoreError, new_session_id, valid_session_id

logger = logging.getLogger(__name__)
access_logger = logging.getLogger("buddy.web.access")

bp = Blueprint("api", __name__)

_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def _ext() -> dict:
    return current_app.extensions["buddy"]


# ----------------------------------------------------------------------------- auth


@bp.before_request
def _require_api_key() -> None:
    """With ``API_KEY`` configured, ``/api/*`` needs ``Authorization: Bearer <key>``."""
    key = current_app.config.get("API_KEY")
    if not key or not request.path.startswith("/api/"):
        return
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8", "replace"),
                                                             str(key).encode("utf-8")):
        raise ApiError(401, "unauthorized", "missing or wrong API key (Authorization: Bearer <key>)",
                       {"WWW-Authenticate": 'Bearer realm="buddy"'})


# ----------------------------------------------------------------------------- input


def _json_body() -> dict:
    """The request's JSON object, or an :class:`ApiError` (415, 413, 400)."""
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as JSON with Content-Type: application/json")
    data = request.get_data(cache=True)  # 413 beyond MAX_CONTENT_LENGTH
    if not data.strip():
        raise ApiError(400, "invalid_json", "request body is empty; expected a JSON object")
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):
        raise ApiError(400, "invalid_json", "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", "request body must be a JSON object")
    return body


def _checked_message(value: object, field: str) -> str:
    """``value`` if it is a non-empty string of allowed length, else an :class:`ApiError` (400)."""
    if value is None:
        raise ApiError(400, "missing_message", f"'{field}' is required")
    if not isinstance(value, str):
        raise ApiError(400, "invalid_message", f"'{field}' must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "invalid_message", f"'{field}' is not valid Unicode text") from None
    try:
        Chatbot.check_message(value)
    except MessageError as exc:
        code = "empty_message" if not normalize(value) else "message_too_long"
        raise ApiError(400, code, str(exc)) from None
    return value


def _respond(text: str, state: SessionState | None) -> Reply:
    ext = _ext()
    with ext["lock"]:
        return ext["chatbot"].respond(text, state)


def _note(reply: Reply) -> None:
    g.category = reply.category
    g.crisis = reply.crisis


# ----------------------------------------------------------------------------- routes


@bp.post("/api/chat")
def chat() -> Response:
    """Answer one message within a session."""
    body = _json_body()
    text = _checked_message(body.get("message"), "message")
    sid = body.get("session_id")
    if sid is not None and not valid_session_id(sid):
        raise ApiError(400, "invalid_session_id",
                       "session_id must be the id returned by a previous reply (or left out)")
    ext = _ext()
    store = ext["store"]
    ttl = float(current_app.config["SESSION_TTL"])
    keep = text if current_app.config.get("STORE_TEXT") else None

    def step(state: SessionState | None) -> tuple[SessionState | None, Reply | None]:
        if state is None or state.ended:
            return None, None
        return state, _respond(text, state)

    reply: Reply | None = None
    try:
        if sid is not None:
            reply = store.update(sid, step, ttl, keep)
        new = reply is None
        if new:
            sid = new_session_id()
            state = SessionState()
            reply = _respond(text, state)
            store.put(sid, state, ttl, keep)
    except StoreError as exc:
        logger.error("session store error: %s", exc)
        raise ApiError(503, "session_store_unavailable", "the session store is not reachable; try again") from None
    _note(reply)
    return jsonify({**reply.to_dict(), "session_id": sid, "new_session": new})


@bp.get("/api/wellness/dialog/bert")
def wellness_dialog_bert() -> Response:
    """The route of the older KoBERT wellness chatbots: ``?s=TEXT`` → ``{"answer": ...}`` (no session)."""
    text = _checked_message(request.args.get("s"), "s")
    reply = _respond(text, None)
    _note(reply)
    return jsonify({"answer": reply.answer})


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 when the model is loaded and the session store answers, else 503."""
    ext = _ext()
    bot = ext["chatbot"]
    store = ext["store"]
    model = {"engine": bot.model.engine_name, "categories": len(bot.model.labels)}
    sessions: dict = {"backend": getattr(store, "backend", type(store).__name__), "ok": True}
    try:
        store.ping()
    except StoreError as exc:
        logger.error("health check: %s", exc)
        sessions["ok"] = False
        return jsonify({"status": "unavailable", "model": model, "sessions": sessions,
                        "error": {"code": "session_store_unavailable",
                                  "message": "the session store is not reachable"}}), 503
    return jsonify({"status": "ok", "model": model, "sessions": sessions}), 200


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3 description of this API."""
    from buddy.web.openapi import spec

    return jsonify(spec(bool(current_app.config.get("API_KEY"))))


# ----------------------------------------------------------------------------- logging


def install_request_logging(app: Flask) -> None:
    """One structured log line per request (never the message text), plus safety headers."""

    @app.before_request
    def _start() -> None:
        g.t0 = time.perf_counter()
        rid = request.headers.get("X-Request-ID", "")
        g.request_id = rid if _REQUEST_ID_RE.match(rid) else uuid.uuid4().hex
        g.category = None
        g.crisis = None

    @app.after_request
    def _finish(resp: Response) -> Response:
        rid = getattr(g, "request_id", None) or uuid.uuid4().hex
        resp.headers["X-Request-ID"] = rid
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        if request.path.startswith("/api/"):
            resp.headers.setdefault("Cache-Control", "no-store")
        else:
            resp.headers.setdefault("X-Frame-Options", "DENY")
            resp.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
        t0 = getattr(g, "t0", None)
        fields = {
            "id": rid,
            "method": request.method,
            # The matched rule, never the query string (``?s=`` carries a message).
            "route": request.url_rule.rule if request.url_rule is not None else request.path[:100],
            "status": resp.status_code,
            "ms": round((time.perf_counter() - t0) * 1000, 2) if t0 is not None else None,
            "category": getattr(g, "category", None),
            "crisis": getattr(g, "crisis", None),
        }
        access_logger.info("request %s", json.dumps(fields, ensure_ascii=False), extra={"request": fields})
        return resp
