"""Session stores: SQLite (WAL, threads and processes) and a real redis-server shared by two apps."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from buddy.replies import SessionState
from buddy.web.sessions import (RedisStore, SQLiteStore, StoreError, new_session_id, open_store,
                                valid_session_id)


def bump(state: SessionState | None):
    state = state or SessionState()
    state.turns += 1
    return state, state.turns


# ----------------------------------------------------------------------------- ids, URLs


def test_new_session_ids_are_unguessable_and_valid():
    ids = {new_session_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(valid_session_id(s) for s in ids)


@pytest.mark.parametrize("sid", ["", "short", "x" * 33, "x" * 31 + "/", None, 5, "가" * 32])
def test_session_ids_of_the_wrong_shape_are_invalid(sid):
    assert not valid_session_id(sid)


def test_open_store_picks_sqlite_for_a_path_and_a_sqlite_url(tmp_path):
    a = open_store(tmp_path / "a.sqlite3")
    b = open_store(f"sqlite:///{tmp_path}/b.sqlite3")
    assert isinstance(a, SQLiteStore) and isinstance(b, SQLiteStore)
    assert b.path == tmp_path / "b.sqlite3"
    a.close(), b.close()


def test_open_store_defaults_to_the_user_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDDY_HOME", str(tmp_path / "home"))
    store = open_store(None)
    assert store.path == tmp_path / "home" / "sessions.sqlite3"
    store.close()


def test_open_store_picks_redis_for_a_redis_url():
    store = open_store("redis://127.0.0.1:1/0")
    assert isinstance(store, RedisStore)


@pytest.mark.parametrize("url", ["http://example.com/x", "sqlite://", "mysql://db/x"])
def test_open_store_refuses_unsupported_urls(url):
    with pytest.raises(ValueError):
        open_store(url)


# ----------------------------------------------------------------------------- SQLite


@pytest.fixture
def sqlite_store(tmp_path):
    store = SQLiteStore(tmp_path / "s.sqlite3")
    yield store
    store.close()


def test_sqlite_store_round_trips_a_session_state(sqlite_store):
    state = SessionState(used={"감정/우울감": [0, 2]}, turns=3, reminded_at=1)
    sqlite_store.put("a" * 32, state, 60)
    back = sqlite_store.get("a" * 32)
    assert back.to_dict() == state.to_dict()
    assert sqlite_store.get("b" * 32) is None


def test_sqlite_store_uses_wal_mode(sqlite_store):
    mode = sqlite3.connect(sqlite_store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_sqlite_sessions_expire_and_are_purged(sqlite_store):
    sqlite_store.put("a" * 32, SessionState(), 0.05)
    sqlite_store.put("b" * 32, SessionState(), 60)
    time.sleep(0.1)
    assert sqlite_store.get("a" * 32) is None
    assert sqlite_store.purge() == 1
    assert sqlite_store.get("b" * 32) is not None


def test_sqlite_update_without_a_new_state_writes_nothing(sqlite_store):
    assert sqlite_store.update("a" * 32, lambda s: (None, "nothing"), 60) == "nothing"
    assert sqlite_store.get("a" * 32) is None


def test_sqlite_update_rolls_back_when_the_updater_fails(sqlite_store):
    sqlite_store.put("a" * 32, SessionState(turns=1), 60)

    def fail(state):
        state.turns = 99
        raise KeyError("boom")

    with pytest.raises(KeyError):
        sqlite_store.update("a" * 32, fail, 60)
    assert sqlite_store.get("a" * 32).turns == 1
    assert sqlite_store.update("a" * 32, bump, 60) == 2  # the store is still usable


def test_sqlite_updates_from_many_threads_are_not_lost(sqlite_store):
    sid = new_session_id()

    def work():
        for _ in range(25):
            sqlite_store.update(sid, bump, 60)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sqlite_store.get(sid).turns == 200


def test_sqlite_updates_from_two_processes_are_not_lost(sqlite_store):
    sid = new_session_id()
    code = (
        "import sys\n"
        "from buddy.replies import SessionState\n"
        "from buddy.web.sessions import SQLiteStore\n"
        "s = SQLiteStore(sys.argv[1])\n"
        "def bump(st):\n"
        "    st = st or SessionState(); st.turns += 1; return st, None\n"
        "for _ in range(100): s.update(sys.argv[2], bump, 60)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(sqlite_store.path), sid]) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert sqlite_store.get(sid).turns == 200


def test_a_corrupt_sqlite_record_reads_as_no_session(sqlite_store):
    sqlite_store.put("a" * 32, SessionState(), 60)
    conn = sqlite3.connect(sqlite_store.path)
    conn.execute("UPDATE sessions SET data = '{not json'")
    conn.commit()
    assert sqlite_store.get("a" * 32) is None


def test_an_unusable_sqlite_path_fails_with_a_clear_error(tmp_path):
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises((StoreError, sqlite3.Error)):
        SQLiteStore(tmp_path / "dir.sqlite3")


# ----------------------------------------------------------------------------- Redis


@pytest.fixture
def redis_store(redis_url):
    store = RedisStore(redis_url, prefix=f"test:{new_session_id()}:")
    yield store
    store.close()


def test_redis_store_round_trips_with_a_ttl(redis_store):
    sid = new_session_id()
    redis_store.put(sid, SessionState(turns=4), 30)
    assert redis_store.get(sid).turns == 4
    ttl = redis_store.client.ttl(redis_store.prefix + sid)
    assert 0 < ttl <= 30


def test_redis_sessions_expire(redis_store):
    sid = new_session_id()
    redis_store.put(sid, SessionState(), 1)
    time.sleep(1.3)
    assert redis_store.get(sid) is None


def test_redis_updates_from_many_threads_are_not_lost(redis_store):
    sid = new_session_id()

    def work():
        for _ in range(25):
            redis_store.update(sid, bump, 60)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert redis_store.get(sid).turns == 150


def test_an_unreachable_redis_fails_the_ping_with_a_store_error():
    from web_helpers import free_port

    store = RedisStore(f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(StoreError):
        store.ping()


def test_two_app_instances_share_one_session_through_redis(make_app, redis_url):
    first = make_app(SESSIONS=redis_url).test_client()
    second = make_app(SESSIONS=redis_url).test_client()
    a = first.post("/api/chat", json={"message": "요즘 너무 우울해"}).get_json()
    sid = a["session_id"]
    b = second.post("/api/chat", json={"message": "요즘 너무 우울해", "session_id": sid}).get_json()
    c = first.post("/api/chat", json={"message": "요즘 너무 우울해", "session_id": sid}).get_json()
    assert b["new_session"] is False and c["new_session"] is False
    assert b["session_id"] == c["session_id"] == sid
    # The demo has three answers per category: none repeats across the two instances.
    assert len({a["answer"], b["answer"], c["answer"]}) == 3
    state = RedisStore(redis_url).get(sid)
    assert state.turns == 3 and [t.category for t in state.history] == ["감정/우울감"] * 3
    health = second.get("/healthz").get_json()
    assert health["sessions"] == {"backend": "redis", "ok": True}


def test_recurring_distress_is_remembered_across_instances_through_redis(make_app, redis_url):
    apps = [make_app(SESSIONS=redis_url).test_client() for _ in range(2)]
    sid = None
    for i, text in enumerate(["요즘 너무 우울해", "불안해서 아무것도 못 하겠어", "너무 외로워"]):
        body = {"message": text} if sid is None else {"message": text, "session_id": sid}
        sid = apps[i % 2].post("/api/chat", json=body).get_json()["session_id"]
    mild = apps[1].post("/api/chat", json={"message": "오늘 점심 맛있었어", "session_id": sid}).get_json()
    assert mild["crisis"] is False and mild["resources"]


def test_the_redis_store_keeps_no_message_text(make_app, redis_url):
    app = make_app(SESSIONS=redis_url)
    sid = app.test_client().post("/api/chat", json={"message": "비밀 XYZZY"}).get_json()["session_id"]
    raw = app.extensions["buddy"]["store"].client.get(f"buddy:session:{sid}").decode()
    assert "XYZZY" not in raw and '"turns":1' in raw
