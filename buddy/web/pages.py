"""The web chat page (``GET /``): a Korean UI in plain HTML, CSS and JavaScript served by the app."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

bp = Blueprint("pages", __name__)


@bp.get("/")
def index() -> Response:
    """The chat page."""
    resp = current_app.make_response(render_template("index.html"))
    resp.headers["Cache-Control"] = "no-cache"
    return resp
