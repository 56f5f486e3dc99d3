"""Fixtures for the web service: one shared chatbot, Flask apps over real temporary SQLite
files, real ``buddy serve`` processes and a real ``redis-server`` on free loopback ports.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from web_helpers import free_port, stop, wait_healthy

pytest.importorskip("flask")
pytest.importorskip("waitress")

REDIS_SERVER = shutil.which("redis-server")


def _home(tmp_path_factory) -> Path:
    # Same directory as tests/conftest.py uses, so the demo model is built once per run.
    return tmp_path_factory.getbasetemp() / "buddy_home"


@pytest.fixture(autouse=True)
def _web_env(tmp_path_factory, monkeypatch) -> None:
    """Private $BUDDY_HOME, no API key, no model override in every web test."""
    monkeypatch.setenv("BUDDY_HOME", str(_home(tmp_path_factory)))
    monkeypatch.delenv("BUDDY_MODEL", raising=False)
    monkeypatch.delenv("BUDDY_API_KEY", raising=False)


@pytest.fixture(scope="session")
def chatbot(tmp_path_factory):
    """The demo-model chatbot, built once per test session."""
    from buddy.chatbot import Chatbot

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BUDDY_HOME", str(_home(tmp_path_factory)))
        mp.delenv("BUDDY_MODEL", raising=False)
        return Chatbot.load(None)


@pytest.fixture
def make_app(chatbot, tmp_path) -> Callable:
    """Factory of apps sharing the chatbot; each gets a fresh SQLite file unless told otherwise."""
    from buddy.web import create_app

    apps = []

    def make(**config):
        cfg = {"TESTING": True, "CHATBOT": chatbot, "SESSIONS": str(tmp_path / "sessions.sqlite3"),
               "API_KEY": None}
        cfg.update(config)
        app = create_app(cfg)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["buddy"]["store"].close()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture(scope="session")
def serve_factory(tmp_path_factory, chatbot) -> Iterator[Callable]:
    """Start real ``buddy serve`` processes: ``serve(*args, env={...}) -> base URL``.

    The demo model is already cached (``chatbot``), so each server starts in a second or two.
    """
    procs: list[subprocess.Popen] = []
    logs = tmp_path_factory.mktemp("server_logs")

    def serve(*args: str, env: dict | None = None) -> str:
        port = free_port()
        full_env = {**os.environ, "BUDDY_HOME": str(_home(tmp_path_factory)), "PYTHONUNBUFFERED": "1"}
        full_env.pop("BUDDY_API_KEY", None)
        full_env.pop("BUDDY_MODEL", None)
        full_env.update(env or {})
        log = open(logs / f"serve-{port}.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "buddy.cli", "serve", "--host", "127.0.0.1",
                                 "--port", str(port), *args],
                                env=full_env, stdout=log, stderr=subprocess.STDOUT)
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, proc)
        except Exception:
            stop(proc)
            raise RuntimeError(f"buddy serve did not start:\n{(logs / f'serve-{port}.log').read_text()}")
        serve.logs[base] = logs / f"serve-{port}.log"
        serve.procs[base] = proc
        return base

    serve.logs = {}
    serve.procs = {}
    yield serve
    for proc in procs:
        stop(proc)


# ----------------------------------------------------------------------------- redis


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A real redis-server on a free loopback port (no persistence); its URL."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    redis = pytest.importorskip("redis")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 15
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                stop(proc)
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
    client.close()
    yield url
    stop(proc)
