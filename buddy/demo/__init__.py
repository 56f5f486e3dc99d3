"""The embedded demo: a small wellness dataset written for buddy, and the model built from it.

The model is trained on first use (a few seconds) and cached under the user directory
(``$BUDDY_HOME``, default ``~/.local/share/buddy``), keyed by the data's fingerprint and
buddy's version, so that ``buddy chat`` works on a fresh machine with no data.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from importlib import resources as importlib_resources
from pathlib import Path

from buddy import __version__
from buddy.data import Dataset, load_csv
from buddy.model import BuddyModel, ModelError, load_model

logger = logging.getLogger(__name__)

DEMO_FILE = "wellness_demo.csv"


def user_dir() -> Path:
    """buddy's user directory: ``$BUDDY_HOME`` or ``~/.local/share/buddy``."""
    env = os.environ.get("BUDDY_HOME")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "buddy"


def demo_data_path() -> Path:
    """Path of the packaged demo CSV."""
    return Path(str(importlib_resources.files("buddy.demo").joinpath(DEMO_FILE)))


def demo_dataset() -> Dataset:
    """The packaged demo dataset."""
    return load_csv(demo_data_path())


def demo_model_dir(dataset: Dataset | None = None) -> Path:
    ds = dataset or demo_dataset()
    key = ds.fingerprint().split(":")[1][:12]
    return user_dir() / "models" / f"demo-{__version__}-{key}"


def load_demo_model() -> BuddyModel:
    """Load the cached demo model, building it first if needed."""
    ds = demo_dataset()
    target = demo_model_dir(ds)
    if target.exists():
        try:
            return load_model(target)
        except ModelError as exc:
            logger.warning("cached demo model is unusable (%s); rebuilding it", exc)
            shutil.rmtree(target, ignore_errors=True)
    from buddy.train import train

    logger.info("building the demo model in %s", target)
    model = train(ds, "classic")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write to a temporary sibling and rename, so that concurrent first uses never see
    # a half-written directory.
    tmp = Path(tempfile.mkdtemp(prefix=".demo-", dir=target.parent))
    model.save(tmp)
    try:
        tmp.rename(target)
    except OSError:  # another process won the race
        shutil.rmtree(tmp, ignore_errors=True)
    return load_model(target)
