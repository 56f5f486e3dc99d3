"""Korean text normalisation and morphology (Kiwi), shared by every module."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Sequence

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Return ``text`` in Unicode NFKC with runs of whitespace collapsed and trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


@functools.lru_cache(maxsize=1)
def get_kiwi():
    """Return the process-wide Kiwi analyser (loaded once; about a second)."""
    from kiwipiepy import Kiwi

    return Kiwi()


# Part-of-speech tags kept as lexical features: content words, verb/adjective stems,
# negation and a few endings that carry mood (e.g. -고 싶다).
_KEEP_PREFIX = ("NN", "NP", "NR", "VV", "VA", "VX", "VCN", "MAG", "MAJ", "XR", "SL", "SH", "IC", "XPN")


# A message is read by the safety rules, the crisis classifier and the engine: its Kiwi
# analysis is kept for the few most recent single messages (training batches bypass it).
_ANALYSIS_CACHE: OrderedDict[str, tuple] = OrderedDict()
_ANALYSIS_CACHE_MAX = 256
_ANALYSIS_LOCK = threading.Lock()
_CACHED_CALL_MAX = 8


def kiwi_tokens(texts: Sequence[str]) -> list[tuple]:
    """Kiwi's tokens of each text, in order; calls with a few texts reuse recent analyses."""
    texts = list(texts)
    if len(texts) > _CACHED_CALL_MAX:
        return [tuple(tokens) for tokens in get_kiwi().tokenize(texts)]
    with _ANALYSIS_LOCK:  # a snapshot: another thread may evict entries meanwhile
        known = {t: _ANALYSIS_CACHE[t] for t in texts if t in _ANALYSIS_CACHE}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        known.update(zip(missing, (tuple(tokens) for tokens in get_kiwi().tokenize(missing))))
    with _ANALYSIS_LOCK:
        for t in dict.fromkeys(texts):
            _ANALYSIS_CACHE[t] = known[t]
            _ANALYSIS_CACHE.move_to_end(t)
        while len(_ANALYSIS_CACHE) > _ANALYSIS_CACHE_MAX:
            _ANALYSIS_CACHE.popitem(last=False)
    return [known[t] for t in texts]


def morphemes_batch(texts: list[str]) -> list[list[str]]:
    """Content morphemes of many texts at once (Kiwi batches them internally)."""
    results = []
    for tokens in kiwi_tokens(texts):
        out = []
        for tok in tokens:
            if tok.tag.startswith(_KEEP_PREFIX):
                form = tok.form + "다" if tok.tag.startswith(("VV", "VA", "VX")) else tok.form
                out.append(f"{form}/{tok.tag[:2]}")
        results.append(out)
    return results
