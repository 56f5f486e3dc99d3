"""``buddy serve``: run the web app under waitress, a production WSGI server.

* ``workers == 1``: one process, waitress with ``threads`` threads.
* ``workers > 1`` (POSIX): this process binds the listening socket and starts ``workers``
  worker processes (fresh interpreters, ``python -m buddy.web.server``) that inherit the
  socket; each loads the model once and serves it with waitress. The kernel spreads the
  connections over the workers. A worker that dies is restarted. Share sessions between
  workers with the default SQLite file (WAL) or Redis.

Nothing is printed; the listening URL is logged (logger ``buddy.web.server``) and passed
to ``ready`` when given.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Callable

logger = logging.getLogger(__name__)

RESTART_WINDOW_S = 10.0  # a worker dying sooner than this after its start counts as a crash loop
MAX_QUICK_DEATHS = 3


def _bind(host: str, port: int) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, addr = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _check(model: str | None, sessions: str | None) -> None:
    """Fail early, in the parent, on a bad model directory or session store."""
    from buddy.chatbot import resolve_model_path
    from buddy.web.sessions import StoreError, open_store

    path = resolve_model_path(model)
    if path is None:
        from buddy.demo import demo_model_dir, load_demo_model

        if not demo_model_dir().exists():
            load_demo_model()  # build the demo model once, not once per worker
    else:
        from buddy.model import read_config

        read_config(path)
    store = open_store(sessions)
    try:
        store.ping()
    except StoreError as exc:
        raise ValueError(str(exc)) from exc
    finally:
        store.close()


def _serve(sock: socket.socket, threads: int, model: str | None, sessions: str | None) -> None:
    import waitress

    from buddy.web import create_app

    app = create_app({"BUDDY_MODEL": model, "SESSIONS": sessions})
    if threading.current_thread() is threading.main_thread():
        # waitress shuts down cleanly on SystemExit.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    waitress.serve(app, sockets=[sock], threads=threads, ident="buddy", _quiet=True,
                   max_request_body_size=1024 * 1024, clear_untrusted_proxy_headers=True,
                   channel_timeout=60)


def _enable_access_log() -> None:
    web = logging.getLogger("buddy.web")
    if web.level == logging.NOTSET and web.getEffectiveLevel() > logging.INFO:
        web.setLevel(logging.INFO)


def run(model: str | None = None, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
        threads: int = 4, sessions: str | None = None, ready: Callable[[str], None] | None = None) -> None:
    """Serve the app until interrupted (SIGINT / SIGTERM).

    Args:
        model: Model directory (``None``: ``$BUDDY_MODEL`` or the embedded demo model).
        host: Interface to listen on.
        port: TCP port (0: any free port; the chosen one is logged).
        workers: Worker processes, each loading the model once.
        threads: Threads per worker.
        sessions: Session store URL (see :func:`buddy.web.sessions.open_store`).
        ready: Called with the listening URL once the server accepts connections.

    Raises:
        buddy.model.ModelError: The model directory is unusable.
        ValueError: Bad settings or an unreachable session store.
        OSError: The address cannot be bound.
    """
    if workers < 1 or threads < 1:
        raise ValueError("workers and threads must be at least 1")
    _enable_access_log()
    _check(model, sessions)
    sock = _bind(host, port)
    url = _url(sock)
    try:
        if workers == 1:
            from buddy.web import create_app  # noqa: F401 - import errors surface before "listening"

            logger.info("buddy listening on %s (1 process, %d threads)", url, threads)
            if ready:
                ready(url)
            _serve(sock, threads, model, sessions)
        else:
            if os.name != "posix":
                raise ValueError("--workers > 1 needs a POSIX system; use --threads instead")
            logger.info("buddy listening on %s (%d worker processes, %d threads each)", url, workers, threads)
            if ready:
                ready(url)
            _supervise(sock, workers, threads, model, sessions)
    finally:
        sock.close()


# ----------------------------------------------------------------------------- workers


def _worker_cmd(fd: int, threads: int, model: str | None, sessions: str | None) -> list[str]:
    level = logging.getLogger().getEffectiveLevel()
    web_level = logging.getLogger("buddy.web").getEffectiveLevel()
    cmd = [sys.executable, "-m", "buddy.web.server", "--fd", str(fd), "--threads", str(threads),
           "--log-level", str(level), "--web-log-level", str(web_level)]
    if model:
        cmd += ["--model", str(model)]
    if sessions:
        cmd += ["--sessions", str(sessions)]
    return cmd


def _supervise(sock: socket.socket, workers: int, threads: int, model: str | None, sessions: str | None) -> None:
    fd = sock.fileno()
    os.set_inheritable(fd, True)
    cmd = _worker_cmd(fd, threads, model, sessions)
    stopping = threading.Event()

    def stop(*_: object) -> None:
        stopping.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    procs: dict[int, tuple[subprocess.Popen, float]] = {}
    quick_deaths = 0

    def start(slot: int) -> None:
        procs[slot] = (subprocess.Popen(cmd, pass_fds=(fd,)), time.monotonic())

    try:
        for slot in range(workers):
            start(slot)
        while not stopping.is_set():
            stopping.wait(0.5)
            for slot, (proc, started) in list(procs.items()):
                rc = proc.poll()
                if rc is None or stopping.is_set():
                    continue
                if time.monotonic() - started < RESTART_WINDOW_S:
                    quick_deaths += 1
                    if quick_deaths >= MAX_QUICK_DEATHS:
                        raise ChildProcessError(f"buddy workers keep exiting at start (last exit status {rc})")
                logger.warning("worker %d (pid %d) exited with status %s; restarting", slot, proc.pid, rc)
                start(slot)
    finally:
        for proc, _ in procs.values():
            if proc.poll() is None:
                proc.terminate()
        deadline = time.monotonic() + 10
        for proc, _ in procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for s, handler in previous.items():
            signal.signal(s, handler)


def _worker_main(argv: list[str] | None = None) -> None:
    """Entry point of one worker process (``python -m buddy.web.server --fd N ...``)."""
    parser = argparse.ArgumentParser(prog="buddy-worker")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--model", default=None)
    parser.add_argument("--sessions", default=None)
    parser.add_argument("--log-level", type=int, default=logging.WARNING)
    parser.add_argument("--web-log-level", type=int, default=logging.INFO)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("buddy.web").setLevel(args.web_log_level)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides when to stop
    sock = socket.socket(fileno=args.fd)
    _serve(sock, args.threads, args.model, args.sessions)


if __name__ == "__main__":  # pragma: no cover - run by _supervise
    _worker_main()
