"""buddy's web service: a Flask app (JSON API + a small web chat page) over :class:`Chatbot`.

Build it with :func:`create_app`; serve it with :func:`buddy.web.server.run` (``buddy serve``).

Configuration keys (``create_app(config)`` overrides the defaults):

``BUDDY_MODEL``
    Model directory, or ``None`` for ``$BUDDY_MODEL`` / the embedded demo model.
``CHATBOT``
    A ready :class:`~buddy.chatbot.Chatbot` (tests share one); overrides ``BUDDY_MODEL``.
``SESSIONS``
    Session store URL (see :func:`buddy.web.sessions.open_store`); default
    ``sessions.sqlite3`` in the user directory. ``SESSION_STORE`` passes a ready store.
``SESSION_TTL``
    Seconds a session lives after its last message (default 3600).
``MAX_CONTENT_LENGTH``
    Largest request body in bytes (default 16 KiB); larger bodies get a 413.
``API_KEY``
    When set (default: ``$BUDDY_API_KEY``), every ``/api/*`` request needs
    ``Authorization: Bearer <key>``.
``STORE_TEXT``
    Keep the last messages of each session in the store (default ``False``: only
    categories, confidences, crisis flags and timestamps are kept).
"""

from __future__ import annotations

import logging
import os
import threading

from flask import Flask

logger = logging.getLogger(__name__)

DEFAULTS: dict = {
    "BUDDY_MODEL": None,
    "SESSIONS": None,
    "SESSION_TTL": 3600,
    "MAX_CONTENT_LENGTH": 16 * 1024,
    "STORE_TEXT": False,
    "JSON_AS_ASCII": False,
}


def create_app(config: dict | None = None) -> Flask:
    """Build the Flask app: load the chatbot once, open the session store, add the routes.

    Args:
        config: Settings that override :data:`DEFAULTS` (see the module docstring).

    Returns:
        The app; ``app.extensions["buddy"]`` holds the chatbot, the store and a lock.

    Raises:
        buddy.model.ModelError: The model directory is missing or unusable.
        ValueError: The session store URL is not supported.
    """
    from buddy.chatbot import Chatbot
    from buddy.web import api, pages
    from buddy.web.errors import register_error_handlers
    from buddy.web.sessions import open_store

    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(DEFAULTS)
    app.config["API_KEY"] = os.environ.get("BUDDY_API_KEY") or None
    if config:
        app.config.update(config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]

    bot = app.config.get("CHATBOT")
    if bot is None:
        bot = Chatbot.load(app.config.get("BUDDY_MODEL"))
        bot.warm_up()  # load Kiwi and the embedder now, not on the first user's request
    store = app.config.get("SESSION_STORE") or open_store(app.config.get("SESSIONS"))
    app.extensions["buddy"] = {
        "chatbot": bot,
        "store": store,
        # The chatbot's random generator and engine are not documented as thread-safe;
        # a reply takes a few milliseconds, so serialising them costs little.
        "lock": threading.Lock(),
    }

    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    register_error_handlers(app)
    api.install_request_logging(app)
    logger.debug("buddy web app ready: model %s, sessions %r", getattr(bot.model, "directory", "?"), store)
    return app
