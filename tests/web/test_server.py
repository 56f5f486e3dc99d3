"""A real ``buddy serve`` process (waitress) on a free loopback port: routes, errors, workers."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from web_helpers import fetch

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(serve_factory, tmp_path_factory) -> str:
    sessions = tmp_path_factory.mktemp("served") / "sessions.sqlite3"
    return serve_factory("--threads", "4", "--sessions", str(sessions))


def post_chat(base: str, body, headers: dict | None = None):
    status, hdrs, data = fetch(base, "POST", "/api/chat", body, headers)
    return status, hdrs, json.loads(data)


def test_the_real_server_answers_a_conversation(server):
    status, hdrs, first = post_chat(server, {"message": "요즘 너무 우울해"})
    assert status == 200 and hdrs["content-type"].startswith("application/json")
    assert first["category"] == "감정/우울감"
    status, _, second = post_chat(server, {"message": "죽고 싶어", "session_id": first["session_id"]})
    assert status == 200 and second["crisis"] is True and second["new_session"] is False
    assert "109" in [r["number"] for r in second["resources"]]
    status, _, bye = post_chat(server, {"message": "종료", "session_id": first["session_id"]})
    assert bye["end"] is True


def test_the_real_server_is_waitress_not_the_flask_dev_server(server):
    _, hdrs, _ = fetch(server, "GET", "/healthz")
    assert "werkzeug" not in hdrs.get("server", "").lower()
    assert hdrs.get("server") == "buddy"


@pytest.mark.parametrize("method,path,body,headers,status,code", [
    ("POST", "/api/chat", b"{oops", {"Content-Type": "application/json"}, 400, "invalid_json"),
    ("POST", "/api/chat", b'{"message": ""}', {"Content-Type": "application/json"}, 400, "empty_message"),
    ("POST", "/api/chat", b'{"message": 1}', {"Content-Type": "application/json"}, 400, "invalid_message"),
    ("POST", "/api/chat", b'{"session_id": "x"}', {"Content-Type": "application/json"}, 400, "missing_message"),
    ("POST", "/api/chat", b'{"message": "hi", "session_id": "bad"}', {"Content-Type": "application/json"},
     400, "invalid_session_id"),
    ("POST", "/api/chat", b'{"message": "hi"}', {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
    ("POST", "/api/chat", b'{"message": "' + b"a" * 20000 + b'"}', {"Content-Type": "application/json"},
     413, "body_too_large"),
    ("GET", "/api/chat", None, {}, 405, "method_not_allowed"),
    ("GET", "/api/missing", None, {}, 404, "not_found"),
    ("GET", "/api/wellness/dialog/bert", None, {}, 400, "missing_message"),
])
def test_the_real_server_answers_bad_input_with_json_errors(server, method, path, body, headers, status, code):
    got, hdrs, data = fetch(server, method, path, body, headers)
    assert got == status
    assert hdrs["content-type"].startswith("application/json")
    assert json.loads(data)["error"]["code"] == code


def test_the_real_server_serves_health_openapi_compat_route_and_page(server):
    status, _, data = fetch(server, "GET", "/healthz")
    assert status == 200 and json.loads(data)["status"] == "ok"
    status, _, data = fetch(server, "GET", "/openapi.json")
    assert status == 200 and json.loads(data)["openapi"].startswith("3.")
    status, _, data = fetch(server, "GET", "/api/wellness/dialog/bert?s=%EC%9E%A0%EC%9D%B4%20%EC%95%88%20%EC%99%80")
    assert status == 200 and json.loads(data)["answer"]
    status, hdrs, data = fetch(server, "GET", "/")
    assert status == 200 and "버디".encode() in data
    status, _, _ = fetch(server, "GET", "/static/chat.js")
    assert status == 200


def test_the_real_server_handles_concurrent_clients_without_errors(server):
    def one(i: int) -> int:
        return fetch(server, "POST", "/api/chat", {"message": ["안녕", "요즘 너무 우울해", "잠이 안 와"][i % 3]})[0]

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(one, range(80)))
    assert statuses == [200] * 80


def test_the_access_log_of_the_real_server_never_has_the_text(serve_factory, server):
    post_chat(server, {"message": "아무도 모르는 비밀 XYZZY"})
    fetch(server, "GET", "/api/wellness/dialog/bert?s=XYZZY")
    log = serve_factory.logs[server].read_text(encoding="utf-8")
    assert '"route": "/api/chat"' in log
    assert "XYZZY" not in log


def test_a_real_server_with_an_api_key_refuses_requests_without_it(serve_factory, tmp_path):
    base = serve_factory("--sessions", str(tmp_path / "s.sqlite3"), env={"BUDDY_API_KEY": "k-123"})
    status, hdrs, data = post_chat(base, {"message": "안녕"})
    assert status == 401 and data["error"]["code"] == "unauthorized"
    status, _, data = post_chat(base, {"message": "안녕"}, {"Authorization": "Bearer k-123"})
    assert status == 200


def test_two_worker_processes_share_sessions_through_sqlite(serve_factory, tmp_path):
    base = serve_factory("--workers", "2", "--threads", "2", "--sessions", str(tmp_path / "s.sqlite3"))
    _, _, first = post_chat(base, {"message": "요즘 너무 우울해"})
    sid = first["session_id"]
    answers = {first["answer"]}
    for _ in range(2):  # new connections: the kernel may hand them to either worker
        status, _, data = post_chat(base, {"message": "요즘 너무 우울해", "session_id": sid})
        assert status == 200 and data["session_id"] == sid and data["new_session"] is False
        answers.add(data["answer"])
    assert len(answers) == 3


def test_a_real_server_uses_redis_sessions_when_told(serve_factory, redis_url):
    base = serve_factory("--sessions", redis_url)
    status, _, data = fetch(base, "GET", "/healthz")
    assert json.loads(data)["sessions"]["backend"] == "redis"
    _, _, first = post_chat(base, {"message": "안녕"})
    _, _, second = post_chat(base, {"message": "안녕", "session_id": first["session_id"]})
    assert second["new_session"] is False
