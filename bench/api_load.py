"""Load benchmark of ``buddy serve``: requests/s, latency percentiles and errors.

Starts ``buddy serve`` on 127.0.0.1 (a free port; the demo model unless ``--model``),
waits for ``/healthz``, then sends ``--requests`` ``POST /api/chat`` requests from
``--concurrency`` client threads (each thread keeps one HTTP/1.1 connection and one
session, restarting the session every ``--session-turns`` messages), and prints
requests/s, p50, p90, p99, max and errors. Only loopback traffic. The last line printed is
a JSON object with every figure.

Usage::

    python bench/api_load.py [--requests 2000] [--concurrency 8] [--model MODEL_DIR]
                             [--workers 1] [--threads 4] [--sessions URL]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MESSAGES = [
    "요즘 너무 우울해", "잠이 안 와", "회사 일이 너무 힘들어", "불안해서 아무것도 못 하겠어",
    "친구랑 싸웠어", "머리가 너무 아파", "오늘 점심 맛있었어", "너무 외로워", "시험이 걱정돼",
    "아무것도 하기 싫어", "엄마랑 자꾸 싸워", "요즘 밥맛이 없어",
]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Poll ``/healthz`` until it answers 200 (or the server exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"buddy serve exited with status {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return
            conn.close()
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("buddy serve did not become healthy")


def percentile(sorted_ms: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of already sorted values."""
    if not sorted_ms:
        return float("nan")
    rank = max(1, min(len(sorted_ms), int(round(q / 100 * len(sorted_ms) + 0.5))))
    return sorted_ms[rank - 1]


class Client:
    """One client thread's keep-alive connection and session."""

    def __init__(self, port: int, session_turns: int) -> None:
        self.port = port
        self.session_turns = session_turns
        self.conn: http.client.HTTPConnection | None = None
        self.sid: str | None = None
        self.turns = 0

    def send(self, message: str) -> tuple[float, str | None]:
        """One request; returns (latency ms, error or None)."""
        body = {"message": message}
        if self.sid and self.turns < self.session_turns:
            body["session_id"] = self.sid
        else:
            self.sid, self.turns = None, 0
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        t0 = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            self.conn.request("POST", "/api/chat", body=data, headers={"Content-Type": "application/json"})
            resp = self.conn.getresponse()
            payload = resp.read()
            ms = (time.perf_counter() - t0) * 1000
            if resp.status != 200:
                return ms, f"HTTP {resp.status}"
            reply = json.loads(payload)
            if not reply.get("answer"):
                return ms, "empty answer"
            self.sid = reply["session_id"]
            self.turns += 1
            return ms, None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return (time.perf_counter() - t0) * 1000, type(exc).__name__


def run_load(port: int, requests: int, concurrency: int, session_turns: int) -> dict:
    """Send the requests; return the figures."""
    counter = iter(range(requests))
    lock = threading.Lock()
    latencies: list[float] = []
    errors: dict[str, int] = {}

    def worker(index: int) -> None:
        client = Client(port, session_turns)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            ms, err = client.send(MESSAGES[(i + index) % len(MESSAGES)])
            with lock:
                latencies.append(ms)
                if err:
                    errors[err] = errors.get(err, 0) + 1
        if client.conn is not None:
            client.conn.close()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    elapsed = time.perf_counter() - t0
    ms = sorted(latencies)
    return {
        "requests": len(ms),
        "concurrency": concurrency,
        "seconds": round(elapsed, 3),
        "requests_per_s": round(len(ms) / elapsed, 1) if elapsed else None,
        "p50_ms": round(percentile(ms, 50), 2),
        "p90_ms": round(percentile(ms, 90), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "max_ms": round(ms[-1], 2) if ms else None,
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }


def main(argv: list[str] | None = None) -> int:
    """Start the server, run the load, print the figures; exit 1 on any error."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--model", default=None, help="model directory (default: the demo model)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--threads", type=int, default=4, help="threads per worker (buddy serve default: 4)")
    ap.add_argument("--sessions", default=None, help="session store URL (default: a temporary SQLite file)")
    ap.add_argument("--session-turns", type=int, default=10, help="messages per session before a new one")
    ap.add_argument("--warmup", type=int, default=50, help="requests sent before measuring")
    ap.add_argument("--write-readme", action="store_true", help="update the README table")
    args = ap.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1:
        ap.error("--requests and --concurrency must be at least 1")

    tmp = tempfile.TemporaryDirectory(prefix="buddy-bench-")
    sessions = args.sessions or str(Path(tmp.name) / "sessions.sqlite3")
    port = free_port()
    cmd = [sys.executable, "-m", "buddy.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers), "--threads", str(args.threads), "--sessions", sessions]
    if args.model:
        cmd += ["--model", args.model]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("BUDDY_API_KEY", None)
    log_path = Path(tmp.name) / "serve.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        t0 = time.perf_counter()
        wait_healthy(port, proc)
        startup = time.perf_counter() - t0
        if args.warmup:
            run_load(port, args.warmup, args.concurrency, args.session_turns)
        figures = run_load(port, args.requests, args.concurrency, args.session_turns)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    figures.update({"startup_s": round(startup, 2), "workers": args.workers, "threads": args.threads,
                    "model": args.model or "demo", "cpus": os.cpu_count()})
    print(f"{figures['requests']} requests at {figures['concurrency']} concurrent "
          f"({args.workers} worker(s) x {args.threads} threads) in {figures['seconds']} s")
    print(f"  requests/s  {figures['requests_per_s']}")
    print(f"  p50 {figures['p50_ms']} ms   p90 {figures['p90_ms']} ms   p99 {figures['p99_ms']} ms   "
          f"max {figures['max_ms']} ms")
    print(f"  errors      {figures['errors']} {figures['error_kinds'] or ''}".rstrip())
    if args.write_readme:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _readme import write_section

        write_section("api", "\n".join([
            "| requests | concurrency | workers × threads | requests/s | p50 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|---|",
            f"| {figures['requests']} | {figures['concurrency']} | {args.workers} × {args.threads} | "
            f"{figures['requests_per_s']} | {figures['p50_ms']} | {figures['p99_ms']} | {figures['errors']} |",
            f"\n`python bench/api_load.py` against `buddy serve` on loopback ({figures['model']} model, "
            f"{figures['cpus']} CPU cores).",
        ]))
    print(json.dumps(figures, ensure_ascii=False))
    tmp.cleanup()
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
