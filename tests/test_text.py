"""Tests of buddy.text: normalisation and the shared Kiwi analysis."""

from __future__ import annotations

import buddy.text as text
from buddy.text import get_kiwi, kiwi_tokens, morphemes_batch, normalize


def test_normalize_applies_nfkc_and_collapses_whitespace():
    assert normalize("  요즘\t\t우울해 　ＡＢＣ ") == "요즘 우울해 ABC"


def test_a_recent_message_is_analysed_once_and_matches_kiwi():
    first = kiwi_tokens(["요즘 잠이 안 와요"])[0]
    again = kiwi_tokens(["요즘 잠이 안 와요"])[0]
    assert again is first
    direct = get_kiwi().tokenize("요즘 잠이 안 와요")
    assert [(t.form, t.tag) for t in first] == [(t.form, t.tag) for t in direct]


def test_the_analysis_cache_stays_bounded_and_large_batches_bypass_it():
    for i in range(text._ANALYSIS_CACHE_MAX + 20):
        kiwi_tokens([f"메시지 {i}번"])
    assert len(text._ANALYSIS_CACHE) == text._ANALYSIS_CACHE_MAX
    batch = [f"훈련 문장 {i}" for i in range(text._CACHED_CALL_MAX + 1)]
    assert [len(m) > 0 for m in morphemes_batch(batch)] == [True] * len(batch)
    assert not any(t in text._ANALYSIS_CACHE for t in batch)


def test_threads_sharing_the_cache_each_get_their_own_texts_analysis():
    from concurrent.futures import ThreadPoolExecutor

    def run(worker: int) -> bool:
        ok = True
        for i in range(150):
            message = f"스레드 {worker} 메시지 {i}번"  # 600 texts in all: entries get evicted
            tokens = kiwi_tokens([message, "공통 메시지"])
            ok &= "".join(t.form for t in tokens[0]).replace(" ", "") != ""
            ok &= tokens[0][0].form == "스레드"
        return ok

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(run, range(4)))
    assert len(text._ANALYSIS_CACHE) <= text._ANALYSIS_CACHE_MAX
