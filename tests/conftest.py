"""Shared fixtures: a private user directory per test, tiny datasets, tiny trained models."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_XLSX = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"


@pytest.fixture(autouse=True)
def _private_user_dir(tmp_path_factory, monkeypatch):
    """Point $BUDDY_HOME at the session's temp dir (never the real user dir); the demo model is built there once."""
    home = tmp_path_factory.getbasetemp() / "buddy_home"
    monkeypatch.setenv("BUDDY_HOME", str(home))
    monkeypatch.delenv("BUDDY_MODEL", raising=False)
    monkeypatch.delenv("BUDDY_API_KEY", raising=False)


@pytest.fixture(scope="session")
def demo_dataset():
    from buddy.demo import demo_dataset as load

    return load()


@pytest.fixture(scope="session")
def small_dataset(demo_dataset):
    """Ten categories of the demo data (crisis categories included)."""
    from buddy.data import Dataset

    keep = ["감정/자살충동", "증상/자해", "감정/우울감", "감정/불안감", "증상/불면", "감정/외로움",
            "배경/직장", "감정/화", "증상/두통", "일반대화"]
    keep = [c for c in keep if c in demo_dataset.answers]
    examples = [e for e in demo_dataset.examples if e.category in keep]
    return Dataset(examples, {c: demo_dataset.answers[c] for c in keep}, "small-demo")


@pytest.fixture(scope="session")
def small_csv(small_dataset, tmp_path_factory) -> Path:
    from buddy.data import write_csv

    path = tmp_path_factory.mktemp("data") / "small.csv"
    write_csv(small_dataset, path)
    return path


@pytest.fixture(scope="session")
def lexical_model_dir(small_dataset, tmp_path_factory) -> Path:
    """A lexical-only classic model trained on the small dataset, saved once per session."""
    from buddy.train import train

    out = tmp_path_factory.mktemp("models") / "lexical"
    train(small_dataset, "classic", out=out, embeddings="none", seed=0)
    return out


@pytest.fixture(scope="session")
def shared_xlsx() -> Path:
    if not SHARED_XLSX.exists():
        pytest.skip(f"the AI Hub wellness data is not present at {SHARED_XLSX} (licensed; not in the repo)")
    return SHARED_XLSX
