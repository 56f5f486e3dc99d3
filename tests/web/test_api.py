"""The JSON API through Flask's test client: every route, every bad input, sessions, logs."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buddy.web.sessions import StoreError, new_session_id

REPLY_KEYS = {"answer", "category", "confidence", "top_k", "crisis", "resources", "session_id", "end"}
DISTRESS = ["요즘 너무 우울해", "불안해서 아무것도 못 하겠어", "너무 외로워", "무기력해서 아무것도 하기 싫어"]
MILD = "오늘 점심 맛있었어"


def chat(client, message, session_id=None, **kwargs):
    body = {"message": message}
    if session_id is not None:
        body["session_id"] = session_id
    return client.post("/api/chat", json=body, **kwargs)


def assert_error(resp, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.data
    assert resp.mimetype == "application/json"
    err = resp.get_json()["error"]
    assert set(err) == {"code", "message"} and err["message"]
    if code:
        assert err["code"] == code
    return err


# ----------------------------------------------------------------------------- chat


def test_chat_answers_with_every_documented_field(client):
    resp = chat(client, "요즘 너무 우울해")
    assert resp.status_code == 200
    data = resp.get_json()
    assert REPLY_KEYS <= set(data)
    assert data["category"] == "감정/우울감"
    assert data["answer"] and data["crisis"] is False and data["end"] is False
    assert data["resources"] == []
    assert isinstance(data["confidence"], float)
    assert [set(t) for t in data["top_k"]] == [{"category", "score"}] * len(data["top_k"])
    assert data["new_session"] is True
    assert len(data["session_id"]) == 32


def test_chat_json_is_utf8_not_ascii_escaped(client):
    resp = chat(client, "요즘 너무 우울해")
    assert "우울".encode("utf-8") in resp.data
    assert b"\\u" not in resp.data


def test_a_crisis_message_lists_the_resources_with_name_number_and_hours(client):
    data = chat(client, "죽고 싶어").get_json()
    assert data["crisis"] is True
    numbers = [r["number"] for r in data["resources"]]
    assert "109" in numbers and "1577-0199" in numbers
    assert all(r["name"] and r["hours"] for r in data["resources"])


def test_a_session_carries_on_with_the_id_of_the_previous_reply(client, app):
    first = chat(client, "요즘 너무 우울해").get_json()
    second = chat(client, "잠이 안 와", first["session_id"]).get_json()
    assert second["session_id"] == first["session_id"]
    assert second["new_session"] is False
    state = app.extensions["buddy"]["store"].get(first["session_id"])
    assert state.turns == 2
    assert [t.category for t in state.history] == ["감정/우울감", "증상/불면"]


def test_answers_are_not_repeated_within_a_session(client):
    sid = None
    answers = []
    for _ in range(3):  # every demo category has three answers
        data = chat(client, "요즘 너무 우울해", sid).get_json()
        sid = data["session_id"]
        answers.append(data["answer"])
    assert len(set(answers)) == 3


def test_a_well_formed_but_unknown_session_id_starts_a_new_session(client):
    unknown = new_session_id()
    data = chat(client, "안녕", unknown).get_json()
    assert data["new_session"] is True
    assert data["session_id"] != unknown


def test_a_null_session_id_starts_a_new_session(client):
    resp = client.post("/api/chat", json={"message": "안녕", "session_id": None})
    assert resp.status_code == 200 and resp.get_json()["new_session"] is True


@pytest.mark.parametrize("sid", ["abc", "x" * 31, "x" * 33, "../../etc/passwd" + "x" * 16, "가" * 32,
                                 "a b" + "c" * 29, 12345, ["x"], {"id": 1}, True])
def test_a_malformed_session_id_is_a_400(client, sid):
    resp = client.post("/api/chat", json={"message": "안녕", "session_id": sid})
    assert_error(resp, 400, "invalid_session_id")


def test_an_expired_session_starts_a_new_one(make_app):
    app = make_app(SESSION_TTL=-1)  # every session is already expired when read back
    client = app.test_client()
    first = chat(client, "안녕").get_json()
    second = chat(client, "안녕", first["session_id"]).get_json()
    assert second["new_session"] is True and second["session_id"] != first["session_id"]


def test_a_closing_phrase_ends_the_session_and_the_next_message_starts_a_new_one(client):
    sid = chat(client, "요즘 너무 우울해").get_json()["session_id"]
    bye = chat(client, "고마워, 이만 종료해줘 버디.", sid).get_json()
    assert bye["end"] is True and bye["session_id"] == sid
    after = chat(client, "안녕", sid).get_json()
    assert after["new_session"] is True and after["session_id"] != sid and after["end"] is False


def test_recurring_distress_brings_the_resources_back_on_a_mild_message(client):
    sid = None
    for text in DISTRESS:
        data = chat(client, text, sid).get_json()
        assert data["crisis"] is False
        sid = data["session_id"]
    mild = chat(client, MILD, sid).get_json()
    assert mild["crisis"] is False
    assert "109" in [r["number"] for r in mild["resources"]]


def test_a_mild_message_in_a_fresh_session_lists_no_resources(client):
    data = chat(client, MILD).get_json()
    assert data["crisis"] is False and data["resources"] == []


def test_a_crisis_earlier_in_the_session_keeps_the_resources_offered(client):
    sid = chat(client, "죽고 싶어").get_json()["session_id"]
    later = chat(client, MILD, sid).get_json()
    assert later["crisis"] is False and later["resources"]


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("body", [b"{", b"{'message': 'x'}", b"nul", b"\xff\xfe\x00", b"[1, 2", b"  ",
                                  b"", b"{\"message\": \"a\"} trailing"])
def test_malformed_json_is_a_400(client, body):
    resp = client.post("/api/chat", data=body, content_type="application/json")
    assert_error(resp, 400, "invalid_json")


@pytest.mark.parametrize("body", [b"[]", b"\"message\"", b"42", b"null", b"true"])
def test_a_json_body_that_is_not_an_object_is_a_400(client, body):
    resp = client.post("/api/chat", data=body, content_type="application/json")
    assert_error(resp, 400, "invalid_json")


def test_deeply_nested_json_is_a_400_not_a_crash(client):
    body = b"[" * 8000 + b"]" * 8000
    resp = client.post("/api/chat", data=body, content_type="application/json")
    assert_error(resp, 400, "invalid_json")


@pytest.mark.parametrize("body", [{}, {"message": None}, {"text": "안녕"}])
def test_a_missing_message_is_a_400(client, body):
    assert_error(client.post("/api/chat", json=body), 400, "missing_message")


@pytest.mark.parametrize("message", [3, 1.5, True, ["안녕"], {"text": "안녕"}])
def test_a_non_string_message_is_a_400(client, message):
    assert_error(client.post("/api/chat", json={"message": message}), 400, "invalid_message")


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "\u3000"])
def test_an_empty_message_is_a_400(client, message):
    resp = client.post("/api/chat", json={"message": message})
    assert resp.status_code == 400
    assert resp.get_json()["error"]["code"] in ("empty_message", "invalid_message")


def test_a_message_over_2000_characters_is_a_400(client):
    assert_error(client.post("/api/chat", json={"message": "가" * 2001}), 400, "message_too_long")


def test_a_message_with_a_lone_surrogate_is_a_400(client):
    body = b'{"message": "\\ud800 hello"}'
    resp = client.post("/api/chat", data=body, content_type="application/json")
    assert_error(resp, 400, "invalid_message")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", "application/xml", None])
def test_a_body_that_is_not_declared_as_json_is_a_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    resp = client.post("/api/chat", data=b'{"message": "hi"}', headers=headers)
    assert_error(resp, 415, "unsupported_media_type")


def test_json_with_a_charset_parameter_is_accepted(client):
    resp = client.post("/api/chat", data='{"message": "안녕"}'.encode(),
                       headers={"Content-Type": "application/json; charset=utf-8"})
    assert resp.status_code == 200


def test_a_body_over_the_size_limit_is_a_413(client):
    body = json.dumps({"message": "가" * 9000}, ensure_ascii=False).encode()
    assert len(body) > 16 * 1024
    assert_error(client.post("/api/chat", data=body, content_type="application/json"), 413, "body_too_large")


def test_the_size_limit_is_configurable(make_app):
    client = make_app(MAX_CONTENT_LENGTH=100).test_client()
    assert_error(chat(client, "가" * 60), 413, "body_too_large")
    assert chat(client, "안녕").status_code == 200


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_a_wrong_method_on_chat_is_a_405_with_allow(client, method):
    resp = client.open("/api/chat", method=method)
    assert_error(resp, 405, "method_not_allowed")
    assert "POST" in resp.headers["Allow"]


@pytest.mark.parametrize("path", ["/api/nothing", "/api", "/api/chat/extra", "/healthz/x"])
def test_an_unknown_api_path_is_a_json_404(client, path):
    assert_error(client.get(path), 404, "not_found")


def test_a_session_store_failure_is_a_503_not_a_500(make_app, chatbot):
    class Broken:
        backend = "broken"

        def update(self, *a, **k):
            raise StoreError("down")

        put = update

        def ping(self):
            raise StoreError("down")

        def close(self):
            pass

    client = make_app(SESSION_STORE=Broken()).test_client()
    assert_error(chat(client, "안녕"), 503, "session_store_unavailable")
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["status"] == "unavailable"


def test_an_unexpected_error_is_a_json_500(make_app, monkeypatch, chatbot):
    app = make_app()
    monkeypatch.setattr(chatbot, "respond", lambda *a, **k: 1 / 0)
    assert_error(chat(app.test_client(), "안녕"), 500, "internal_error")


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=300) | _json_values.map(lambda v: json.dumps(v).encode()),
       content_type=st.sampled_from(["application/json", "text/plain", "application/json; charset=utf-8"]))
def test_fuzzed_bodies_never_give_a_500_and_always_give_json(client, body, content_type):
    resp = client.post("/api/chat", data=body, content_type=content_type)
    assert resp.status_code in (200, 400, 415), resp.data
    assert resp.mimetype == "application/json"
    data = resp.get_json()
    assert ("answer" in data) if resp.status_code == 200 else ("error" in data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(message=st.text(max_size=200),
       session_id=st.none() | st.text(max_size=40) | st.from_regex(r"\A[A-Za-z0-9_-]{32}\Z"))
def test_fuzzed_messages_and_session_ids_never_give_a_500(client, message, session_id):
    resp = client.post("/api/chat", json={"message": message, "session_id": session_id})
    assert resp.status_code in (200, 400), resp.data
    assert resp.mimetype == "application/json"


# ----------------------------------------------------------------------------- compat route


def test_the_kobert_compatible_route_answers_with_only_an_answer(client):
    resp = client.get("/api/wellness/dialog/bert", query_string={"s": "잠이 안 와"})
    assert resp.status_code == 200
    assert list(resp.get_json()) == ["answer"] and resp.get_json()["answer"]


def test_the_kobert_compatible_route_lists_the_numbers_for_a_crisis(client):
    answer = client.get("/api/wellness/dialog/bert", query_string={"s": "죽고 싶어"}).get_json()["answer"]
    assert "109" in answer


@pytest.mark.parametrize("query,code", [({}, "missing_message"), ({"s": ""}, "empty_message"),
                                        ({"s": "  "}, "empty_message"), ({"s": "가" * 2001}, "message_too_long")])
def test_the_kobert_compatible_route_rejects_a_missing_or_bad_s_with_a_400(client, query, code):
    assert_error(client.get("/api/wellness/dialog/bert", query_string=query), 400, code)


def test_the_kobert_compatible_route_refuses_post_with_a_405(client):
    assert_error(client.post("/api/wellness/dialog/bert"), 405, "method_not_allowed")


# ----------------------------------------------------------------------------- health, openapi, page


def test_healthz_reports_the_model_and_the_session_store(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["status"] == "ok"
    assert data["model"]["categories"] > 10
    assert data["sessions"] == {"backend": "sqlite", "ok": True}


def test_openapi_describes_every_route(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/chat", "/api/wellness/dialog/bert", "/healthz", "/openapi.json"} <= set(doc["paths"])
    reply = doc["components"]["schemas"]["ChatReply"]
    assert REPLY_KEYS <= set(reply["properties"])
    assert "security" not in doc


def test_the_chat_page_is_korean_and_accessible(client):
    resp = client.get("/")
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    assert '<html lang="ko">' in html
    assert '<label for="message">' in html and 'id="message"' in html
    assert 'aria-live="polite"' in html
    assert 'role="alert"' in html
    assert "cdn" not in html.lower() and "https://" not in html


@pytest.mark.parametrize("name,mimetype", [("chat.js", "text/javascript"), ("chat.css", "text/css")])
def test_the_page_assets_are_served_by_the_app(client, name, mimetype):
    resp = client.get(f"/static/{name}")
    assert resp.status_code == 200 and resp.mimetype == mimetype
    resp.close()


def test_responses_carry_a_request_id_and_safety_headers(client):
    resp = chat(client, "안녕", headers={"X-Request-ID": "abc-123"})
    assert resp.headers["X-Request-ID"] == "abc-123"
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    page = client.get("/")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]


# ----------------------------------------------------------------------------- API key


@pytest.fixture
def keyed(make_app):
    return make_app(API_KEY="s3cret-key").test_client()


def test_with_an_api_key_a_request_without_it_is_a_401(keyed):
    resp = chat(keyed, "안녕")
    assert_error(resp, 401, "unauthorized")
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer wrong", "Basic s3cret-key", "s3cret-key", "Bearer ", "Bearer 키"])
def test_with_an_api_key_a_wrong_authorization_is_a_401(keyed, header):
    assert_error(chat(keyed, "안녕", headers={"Authorization": header}), 401, "unauthorized")
    resp = keyed.get("/api/wellness/dialog/bert?s=hi", headers={"Authorization": header})
    assert_error(resp, 401, "unauthorized")


def test_with_an_api_key_the_right_bearer_token_is_accepted(keyed):
    assert chat(keyed, "안녕", headers={"Authorization": "Bearer s3cret-key"}).status_code == 200


def test_with_an_api_key_health_openapi_and_page_stay_open(keyed):
    assert keyed.get("/healthz").status_code == 200
    assert keyed.get("/").status_code == 200
    assert keyed.get("/openapi.json").get_json()["security"] == [{"bearer": []}]


def test_the_api_key_comes_from_buddy_api_key(make_app, monkeypatch):
    monkeypatch.setenv("BUDDY_API_KEY", "from-env")
    from buddy.web import create_app

    app = create_app({"TESTING": True, "CHATBOT": make_app().extensions["buddy"]["chatbot"],
                      "SESSION_STORE": make_app().extensions["buddy"]["store"]})
    assert chat(app.test_client(), "안녕").status_code == 401


# ----------------------------------------------------------------------------- privacy


def test_the_access_log_has_one_structured_line_per_request_and_never_the_text(client, caplog):
    secret = "비밀스러운 고민 메시지 XYZZY"
    with caplog.at_level(logging.DEBUG):
        chat(client, secret)
        client.get("/api/wellness/dialog/bert", query_string={"s": secret})
        client.post("/api/chat", data=secret.encode(), content_type="application/json")
    everything = "\n".join(r.getMessage() + repr(r.__dict__) for r in caplog.records)
    assert "XYZZY" not in everything and "비밀" not in everything
    access = [r for r in caplog.records if r.name == "buddy.web.access"]
    assert len(access) == 3
    first = json.loads(access[0].getMessage().removeprefix("request "))
    assert set(first) == {"id", "method", "route", "status", "ms", "category", "crisis"}
    assert first["route"] == "/api/chat" and first["status"] == 200 and first["crisis"] is False
    assert first["category"] and first["ms"] >= 0
    second = json.loads(access[1].getMessage().removeprefix("request "))
    assert second["route"] == "/api/wellness/dialog/bert"
    assert json.loads(access[2].getMessage().removeprefix("request "))["status"] == 400


def test_the_session_store_keeps_no_message_text_by_default(client, tmp_path):
    chat(client, "비밀스러운 고민 XYZZY")
    rows = sqlite3.connect(tmp_path / "sessions.sqlite3").execute("SELECT data FROM sessions").fetchall()
    assert rows and all("XYZZY" not in r[0] and "transcript" not in r[0] for r in rows)


def test_store_text_keeps_the_recent_messages_when_configured(make_app):
    app = make_app(STORE_TEXT=True)
    client = app.test_client()
    sid = chat(client, "첫 번째 XYZZY").get_json()["session_id"]
    chat(client, "두 번째", sid)
    assert app.extensions["buddy"]["store"].transcript(sid) == ["첫 번째 XYZZY", "두 번째"]
