"""Rebuild buddy's packaged crisis-text classifier from the project's own labelled sets.

    python scripts/build_crisis_model.py [--exclude NAME,...] [--out buddy/resources]

Training data: every ``tests/data/crisis_positive*.txt`` / ``crisis_negative*.txt`` pair
(the project's own text) plus the embedded demo data (crisis categories vs the rest).
``--exclude NAME`` leaves a pair out (by default ``buddy.safety_model.HELD_OUT_SETS``: independent
sets the classifier was never trained on), so that
the benchmark keeps sets the shipped classifier never saw. The classifier's crisis thresholds are
calibrated on the look-alike sets only, not on the ``trainN`` sets or the demo data (ordinary talk
written for training, easy to tell apart; see ``CrisisTextModel.fit``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from buddy.demo import demo_dataset  # noqa: E402
from buddy.safety import CRISIS_CATEGORIES, CrisisDetector  # noqa: E402
from buddy.safety_model import HELD_OUT_SETS, CrisisTextModel, crisis_sets, written_for_training  # noqa: E402


def training_data(data_dir: Path, exclude: set[str]) -> tuple[list[str], list[str], list[str], list[bool]]:
    """Positives, negatives, the names of the sets they came from ("demo" included), and for each
    message (positives first) whether it comes from a look-alike set, the classifier's thresholds
    being calibrated on those (:func:`buddy.safety_model.written_for_training`)."""
    pos, neg, names, pos_cal, neg_cal = [], [], [], [], []
    demo = demo_dataset()
    pairs = {name: pair for name, pair in crisis_sets(data_dir).items() if name not in exclude}
    pairs["demo"] = ([e.text for e in demo.examples if e.category in CRISIS_CATEGORIES],
                     [e.text for e in demo.examples if e.category not in CRISIS_CATEGORIES])
    for name, (p, n) in pairs.items():
        pos += p
        neg += n
        pos_cal += [not written_for_training(name)] * len(p)
        neg_cal += [not written_for_training(name)] * len(n)
        names.append(name)
    return pos, neg, names, pos_cal + neg_cal


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=str(ROOT / "tests" / "data"))
    ap.add_argument("--exclude", default=",".join(HELD_OUT_SETS), help="comma-separated set names to leave out")
    ap.add_argument("--out", default=str(ROOT / "buddy" / "resources"))
    args = ap.parse_args()
    pos, neg, names, calibrate = training_data(Path(args.data_dir), set(filter(None, args.exclude.split(","))))
    rules = CrisisDetector(text_model=None)
    guarded = [bool(rules.rule_signal(t).guards) for t in pos + neg]
    model = CrisisTextModel.fit(pos, neg, guarded=guarded, calibrate=calibrate)
    model.validation["training_sets"] = names
    model.save(args.out)
    v = model.validation
    print(f"trained on {len(pos)} crisis and {len(neg)} other messages; wrote {args.out}")
    for level in ("high", "concern"):
        print(f"  {level}: threshold {getattr(model, level):.3f}, {v['method']}: "
              f"recall {v[level]['recall']:.3f}, false alarms {v[level]['false_alarm']:.3f}")
    c = v["high_on_calibration_messages"]
    print(f"  high on the look-alike sets it is calibrated on ({c['n_positive']} + {c['n_negative']} messages): "
          f"recall {c['recall']:.3f}, false alarms {c['false_alarm']:.3f}")
    if model.guarded_high is not None:
        g = v["guarded_high"]
        print(f"  high when a rule guard fired: threshold {model.guarded_high:.3f} "
              f"({g['n_positive']} + {g['n_negative']} guarded messages): recall {g['recall']:.3f}, "
              f"false alarms {g['false_alarm']:.3f}")


if __name__ == "__main__":
    main()
