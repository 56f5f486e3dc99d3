"""Session stores: where the web service keeps each conversation's :class:`SessionState`.

A store keeps, per session id, only what replies need (answers already used, recent
categories / confidences / crisis flags, timestamps), never the user's text unless the
app is configured with ``STORE_TEXT`` (then a short ``transcript`` of recent messages is
kept alongside, and expires with the session).

Two back ends share one small interface (:class:`SessionStore`):

* :class:`SQLiteStore`: one SQLite file in WAL mode; safe under several threads and
  several worker processes (writes use ``BEGIN IMMEDIATE``); expired rows are purged.
* :class:`RedisStore`: ``SET key json EX ttl`` under a key prefix; several workers or
  machines behind a load balancer share sessions; Redis expires them.

:func:`open_store` picks the back end from a URL.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, Protocol, TypeVar
from urllib.parse import unquote, urlparse

from buddy.replies import HISTORY_LENGTH, SessionState

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: SQLite's busy handler alone
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

SESSION_ID_BYTES = 24
# secrets.token_urlsafe(24): 32 characters of the URL-safe base64 alphabet.
SESSION_ID_RE = re.compile(r"^[A-Za-z0-9_-]{32}$")
DEFAULT_TTL = 3600
REDIS_PREFIX = "buddy:session:"

Updater = Callable[[SessionState | None], tuple[SessionState | None, T]]


class StoreError(RuntimeError):
    """The session store cannot be reached or used."""


def new_session_id() -> str:
    """A fresh unguessable session id (192 random bits, URL-safe)."""
    return secrets.token_urlsafe(SESSION_ID_BYTES)


def valid_session_id(sid: object) -> bool:
    """True when ``sid`` has the shape of an id made by :func:`new_session_id`."""
    return isinstance(sid, str) and SESSION_ID_RE.match(sid) is not None


def _encode(state: SessionState, previous: dict | None, text: str | None) -> str:
    payload = state.to_dict()
    transcript = list((previous or {}).get("transcript", []))
    if text is not None:
        # Lone surrogates cannot be stored as UTF-8; replace them.
        transcript.append(text.encode("utf-8", "replace").decode("utf-8"))
    if transcript:
        payload["transcript"] = transcript[-HISTORY_LENGTH:]
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _decode(raw: str | bytes | None) -> dict | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _state(payload: dict | None) -> SessionState | None:
    if payload is None:
        return None
    try:
        return SessionState.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a corrupt record behaves like an expired one


class SessionStore(Protocol):
    """What the web app needs from a session store."""

    backend: str

    def get(self, sid: str) -> SessionState | None:
        """The live state of ``sid``, or ``None`` if unknown or expired."""

    def put(self, sid: str, state: SessionState, ttl: float, text: str | None = None) -> None:
        """Save ``state`` under ``sid`` for ``ttl`` seconds (``text``: append to the transcript)."""

    def update(self, sid: str, fn: Updater, ttl: float, text: str | None = None) -> T:
        """Atomically read ``sid``, call ``fn(state_or_None)`` and save the state it returns.

        ``fn`` returns ``(state_to_save_or_None, result)``; ``None`` saves nothing.
        Returns ``result``.
        """

    def transcript(self, sid: str) -> list[str]:
        """The stored messages of ``sid`` (empty unless the app stores text)."""

    def ping(self) -> None:
        """Raise :class:`StoreError` if the store is unreachable."""

    def close(self) -> None:
        """Release connections."""


# ----------------------------------------------------------------------------- SQLite


class SQLiteStore:
    """Sessions in one SQLite file (WAL mode; one connection per thread).

    Args:
        path: The database file (created with its parent directory).
        purge_every: Delete expired rows after this many writes.
        timeout: Seconds to wait for another process's write lock.
    """

    backend = "sqlite"

    def __init__(self, path: str | os.PathLike, purge_every: int = 200, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.purge_every = purge_every
        self.timeout = timeout
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        # Threads of one process queue here; see _writing.
        self._write_lock = threading.Lock()
        self._writes = 0
        self._pid = os.getpid()
        self._lock_file: int | None = None
        self._lock_pid = 0
        conn = self._conn()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS sessions ("
                     "id TEXT PRIMARY KEY, data TEXT NOT NULL, expires REAL NOT NULL)")
        conn.execute("CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires)")

    def _conn(self) -> sqlite3.Connection:
        if os.getpid() != self._pid:  # forked: never share a connection with the parent
            self._local = threading.local()
            self._conns = []
            self._conns_lock = threading.Lock()
            self._write_lock = threading.Lock()
            self._pid = os.getpid()
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open session database {self.path}: {exc}") from exc
            self._local.conn = conn
            with self._conns_lock:
                self._conns.append(conn)
        return conn

    def _row(self, conn: sqlite3.Connection, sid: str) -> dict | None:
        return _decode(self._read_raw(conn, sid))

    def get(self, sid: str) -> SessionState | None:
        try:
            return _state(self._row(self._conn(), sid))
        except sqlite3.Error as exc:
            raise StoreError(f"session database error: {exc}") from exc

    def transcript(self, sid: str) -> list[str]:
        try:
            payload = self._row(self._conn(), sid) or {}
        except sqlite3.Error as exc:
            raise StoreError(f"session database error: {exc}") from exc
        return [str(t) for t in payload.get("transcript", [])]

    def put(self, sid: str, state: SessionState, ttl: float, text: str | None = None) -> None:
        self.update(sid, lambda _old: (state, None), ttl, text)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, fair between threads and processes.

        Threads of this process queue on a lock, processes on ``flock`` of a lock file
        (the kernel wakes waiters promptly; SQLite's own busy handler polls with sleeps
        of up to 100 ms and can starve a waiter under load). ``BEGIN IMMEDIATE`` and the
        busy timeout still guard against writers that do not take the lock file.
        """
        with self._write_lock:
            lock_fd = self._lock_fd()
            if lock_fd is not None:
                fcntl.flock(lock_fd, fcntl.LOCK_EX)
            try:
                conn = self._conn()
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    raise StoreError(f"session database error: {exc}") from exc
                try:
                    yield conn
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    conn.execute("ROLLBACK")
                    raise StoreError(f"session database error: {exc}") from exc
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            finally:
                if lock_fd is not None:
                    fcntl.flock(lock_fd, fcntl.LOCK_UN)

    def _lock_fd(self) -> int | None:
        if fcntl is None:
            return None
        if self._lock_file is None or self._lock_pid != os.getpid():
            self._lock_file = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            self._lock_pid = os.getpid()
        return self._lock_file

    def _read_raw(self, conn: sqlite3.Connection, sid: str) -> str | None:
        row = conn.execute("SELECT data FROM sessions WHERE id = ? AND expires > ?",
                           (sid, time.time())).fetchone()
        return row[0] if row else None

    def _write(self, conn: sqlite3.Connection, sid: str, state: SessionState, previous: dict | None,
               ttl: float, text: str | None) -> None:
        now = time.time()
        conn.execute("INSERT OR REPLACE INTO sessions (id, data, expires) VALUES (?, ?, ?)",
                     (sid, _encode(state, previous, text), now + ttl))
        self._writes += 1
        if self._writes % self.purge_every == 0:
            conn.execute("DELETE FROM sessions WHERE expires <= ?", (now,))

    def update(self, sid: str, fn: Updater, ttl: float, text: str | None = None) -> T:
        """Optimistic update: ``fn`` runs outside the write lock (a reply takes milliseconds,
        and workers should not wait for each other's replies); the write checks that the
        row has not changed meanwhile. On a conflict (two requests of one session at once)
        ``fn`` runs again on the fresh state, this time inside the lock.
        """
        try:
            raw = self._read_raw(self._conn(), sid)
        except sqlite3.Error as exc:
            raise StoreError(f"session database error: {exc}") from exc
        previous = _decode(raw)
        new_state, result = fn(_state(previous))
        if new_state is None:
            return result
        with self._writing() as conn:
            if self._read_raw(conn, sid) == raw:
                self._write(conn, sid, new_state, previous, ttl, text)
                return result
        with self._writing() as conn:  # conflict: redo under the lock
            previous = _decode(self._read_raw(conn, sid))
            new_state, result = fn(_state(previous))
            if new_state is not None:
                self._write(conn, sid, new_state, previous, ttl, text)
            return result

    def purge(self) -> int:
        """Delete expired sessions now; returns how many."""
        with self._writing() as conn:
            return conn.execute("DELETE FROM sessions WHERE expires <= ?", (time.time(),)).rowcount

    def ping(self) -> None:
        try:
            self._conn().execute("SELECT 1 FROM sessions LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"session database {self.path} is not usable: {exc}") from exc

    def close(self) -> None:
        with self._conns_lock:
            for conn in self._conns:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._conns.clear()
        self._local = threading.local()
        if self._lock_file is not None and self._lock_pid == os.getpid():
            os.close(self._lock_file)
        self._lock_file = None

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"


# ----------------------------------------------------------------------------- Redis


class RedisStore:
    """Sessions in Redis: one JSON string per session, expired by Redis (``SET ... EX``).

    Args:
        url: ``redis://[:password@]host:port/db`` (or ``rediss://``, ``unix://``).
        prefix: Key prefix.
        client: A ready ``redis.Redis`` (tests); overrides ``url``.
        retries: Tries of one optimistic (WATCH) update before giving up.
    """

    backend = "redis"

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", prefix: str = REDIS_PREFIX,
                 client=None, retries: int = 100) -> None:
        if client is None:
            try:
                import redis
            except ImportError as exc:  # pragma: no cover - redis is in the serve extra
                raise ValueError(f"Redis sessions need the redis package: pip install redis ({exc})") from exc
            client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5,
                                          health_check_interval=30)
        self.url = url
        self.client = client
        self.prefix = prefix
        self.retries = retries

    def _key(self, sid: str) -> str:
        return self.prefix + sid

    def _errors(self) -> tuple[type[BaseException], ...]:
        import redis

        return (redis.RedisError,)

    def get(self, sid: str) -> SessionState | None:
        try:
            return _state(_decode(self.client.get(self._key(sid))))
        except self._errors() as exc:
            raise StoreError(f"Redis error: {exc}") from exc

    def transcript(self, sid: str) -> list[str]:
        try:
            payload = _decode(self.client.get(self._key(sid))) or {}
        except self._errors() as exc:
            raise StoreError(f"Redis error: {exc}") from exc
        return [str(t) for t in payload.get("transcript", [])]

    def put(self, sid: str, state: SessionState, ttl: float, text: str | None = None) -> None:
        self.update(sid, lambda _old: (state, None), ttl, text)

    def update(self, sid: str, fn: Updater, ttl: float, text: str | None = None) -> T:
        import redis

        key = self._key(sid)
        seconds = max(1, int(round(ttl)))
        try:
            for attempt in range(self.retries):
                if attempt:  # another request changed this session meanwhile: back off, redo
                    time.sleep(random.uniform(0, 0.002 * min(attempt, 10)))
                with self.client.pipeline(transaction=True) as pipe:
                    try:
                        pipe.watch(key)
                        previous = _decode(pipe.get(key))
                        new_state, result = fn(_state(previous))
                        if new_state is None:
                            pipe.unwatch()
                            return result
                        pipe.multi()
                        pipe.set(key, _encode(new_state, previous, text), ex=seconds)
                        pipe.execute()
                        return result
                    except redis.WatchError:
                        continue
        except redis.RedisError as exc:
            raise StoreError(f"Redis error: {exc}") from exc
        raise StoreError(f"session {sid[:6]}… kept changing; gave up after {self.retries} tries")

    def ping(self) -> None:
        try:
            self.client.ping()
        except self._errors() as exc:
            raise StoreError(f"Redis at {self.url} is not reachable: {exc}") from exc

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass

    def __repr__(self) -> str:
        return f"RedisStore({self.url!r})"


# ----------------------------------------------------------------------------- open


def default_sessions_path() -> Path:
    """``sessions.sqlite3`` in buddy's user directory (``$BUDDY_HOME``)."""
    from buddy.demo import user_dir

    return user_dir() / "sessions.sqlite3"


def open_store(url: str | os.PathLike | None = None) -> SessionStore:
    """Open the session store named by ``url``.

    Args:
        url: ``None`` (``sessions.sqlite3`` in the user directory), a file path,
            ``sqlite:///relative/path`` or ``sqlite:////absolute/path``, or
            ``redis://host:port/db`` (also ``rediss://``, ``unix://``).

    Raises:
        ValueError: An unsupported scheme or an empty path.
    """
    if url is None or str(url) == "":
        return SQLiteStore(default_sessions_path())
    text = str(url)
    scheme = urlparse(text).scheme.lower() if "://" in text else ""
    if scheme in ("redis", "rediss", "unix"):
        return RedisStore(text)
    if scheme == "sqlite":
        path = unquote(text[len("sqlite:///"):]) if text.lower().startswith("sqlite:///") else ""
        if not path:
            raise ValueError(f"session store URL {text!r} names no file; use sqlite:///path/to/sessions.sqlite3")
        return SQLiteStore(path)
    if scheme:
        raise ValueError(f"unsupported session store {text!r}: use a file path, sqlite:///path or redis://host:port/db")
    return SQLiteStore(text)
