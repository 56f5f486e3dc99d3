"""Rebuild buddy's packaged crisis-text classifier from the project's own labelled sets.

    python scripts/build_crisis_model.py [--exclude fresh3] [--out buddy/resources]

Training data: every ``tests/data/crisis_positive*.txt`` / ``crisis_negative*.txt`` pair
(the project's own text) plus the embedded demo data (crisis categories vs the rest).
``--exclude NAME`` leaves a pair out (``fresh3`` by default), so that the benchmark keeps
one set the shipped classifier never saw.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from buddy.demo import demo_dataset  # noqa: E402
from buddy.safety import CRISIS_CATEGORIES  # noqa: E402
from buddy.safety_model import CrisisTextModel  # noqa: E402


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def crisis_sets(data_dir: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Name → (positives, negatives) for every pair in ``data_dir``."""
    out = {}
    for pos in sorted(data_dir.glob("crisis_positive*.txt")):
        name = pos.stem.replace("crisis_positive", "").lstrip("_") or "main"
        neg = pos.with_name(pos.name.replace("positive", "negative"))
        if neg.exists():
            out[name] = (read_lines(pos), read_lines(neg))
    return out


def training_data(data_dir: Path, exclude: set[str]) -> tuple[list[str], list[str]]:
    pos, neg = [], []
    for name, (p, n) in crisis_sets(data_dir).items():
        if name not in exclude:
            pos += p
            neg += n
    demo = demo_dataset()
    pos += [e.text for e in demo.examples if e.category in CRISIS_CATEGORIES]
    neg += [e.text for e in demo.examples if e.category not in CRISIS_CATEGORIES]
    return pos, neg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=str(ROOT / "tests" / "data"))
    ap.add_argument("--exclude", default="fresh3", help="comma-separated set names to leave out")
    ap.add_argument("--out", default=str(ROOT / "buddy" / "resources"))
    args = ap.parse_args()
    pos, neg = training_data(Path(args.data_dir), set(filter(None, args.exclude.split(","))))
    model = CrisisTextModel.fit(pos, neg)
    model.save(args.out)
    print(f"trained on {len(pos)} crisis and {len(neg)} other messages; wrote {args.out}")


if __name__ == "__main__":
    main()
