"""Korean text normalisation and morphology (Kiwi), shared by every module."""

from __future__ import annotations

import functools
import re
import unicodedata

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


def morphemes_batch(texts: list[str]) -> list[list[str]]:
    """Tokenize many texts at once (Kiwi batches them internally)."""
    kiwi = get_kiwi()
    results = []
    for tokens in kiwi.tokenize(list(texts)):
        out = []
        for tok in tokens:
            if tok.tag.startswith(_KEEP_PREFIX):
                form = tok.form + "다" if tok.tag.startswith(("VV", "VA", "VX")) else tok.form
                out.append(f"{form}/{tok.tag[:2]}")
        results.append(out)
    return results
