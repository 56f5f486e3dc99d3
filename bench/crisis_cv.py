"""Leave-sets-out cross-validation of the crisis detector: rules + a classifier that never saw the writer.

The packaged classifier's thresholds are cross-validated on its training messages with every set
mixed across the folds, so a writer's other messages are always in training. A new user is a new
writer. Here each fold holds out whole sets (each written by one writer, blind), trains a classifier
on the rest exactly as ``scripts/build_crisis_model.py`` does (same data, guard flags and
``CrisisTextModel.fit``, thresholds included), and measures the full detector — rules plus that
classifier — on the held-out sets. The rules were tuned on these sets, so the figures still favour
them; the sets in ``HELD_OUT_SETS`` are never used at all (they are the real held-out measurement).

Usage::

    python bench/crisis_cv.py [--folds 5] [--seed 0] [--high-false-alarm 0.05] [--write-readme]

About 16 minutes on 2 cores (the e5 embeddings of every message once, then five trainings of the
classifier, each with its own 5-fold threshold search).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "scripts", Path(__file__).resolve().parent):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from build_crisis_model import training_data  # noqa: E402

from buddy.engines.classic import e5_embed  # noqa: E402
from buddy.safety import CrisisDetector  # noqa: E402
from buddy.safety_model import HELD_OUT_SETS, HIGH_FALSE_ALARM, CrisisTextModel, crisis_sets, written_for_training  # noqa: E402
from buddy.text import normalize  # noqa: E402

BAR_RECALL, BAR_FALSE_ALARM = 0.98, 0.05


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", default=str(ROOT / "tests" / "data"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--high-false-alarm", type=float, default=HIGH_FALSE_ALARM,
                        help=f"the classifier's cross-validated false-alarm rate on the look-alike sets at its high threshold (shipped: {HIGH_FALSE_ALARM})")
    parser.add_argument("--write-readme", action="store_true", help="update the README table")
    args = parser.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    data_dir = Path(args.data_dir)
    found = crisis_sets(data_dir)
    sets = {name: pair for name, pair in found.items() if name not in HELD_OUT_SETS}
    # the trainN sets, written for training, are always trained on and never measured (as in bench/crisis.py)
    always = sorted(n for n in sets if written_for_training(n))
    names = sorted(n for n in sets if n not in always)
    rules = CrisisDetector(text_model=None)
    t0 = time.perf_counter()
    # everything a fold can train on (the build script's data less the held-out sets), read once here
    all_pos, all_neg, _, _ = training_data(data_dir, exclude=set(HELD_OUT_SETS))
    e5_embed([normalize(t) for t in all_pos + all_neg])  # once, as the classifier reads them: every fold hits the cache
    guarded = {t: bool(rules.rule_signal(t).guards) for t in all_pos + all_neg}
    n_messages = sum(len(sets[n][0]) + len(sets[n][1]) for n in names + always)
    print(f"{len(names)} sets, {n_messages} messages; embeddings and rules in {time.perf_counter() - t0:.0f} s",
          flush=True)

    order = np.random.default_rng(args.seed).permutation(len(names))
    per_set: dict[str, dict] = {}
    for fold, (_, test_idx) in enumerate(GroupKFold(args.folds).split(order, groups=order)):
        test_names = [names[order[i]] for i in test_idx]
        # the build script's data and calibration flags, without the held-out sets and this fold's
        pos, neg, _, calibrate = training_data(data_dir, exclude=set(HELD_OUT_SETS) | set(test_names))
        model = CrisisTextModel.fit(pos, neg, guarded=[guarded[t] for t in pos + neg],
                                    high_false_alarm=args.high_false_alarm, calibrate=calibrate)
        detector = CrisisDetector(text_model=model)
        for n in test_names:
            p, q = sets[n]
            per_set[n] = {"recall": float(np.mean([detector.assess(t).crisis for t in p])),
                          "false_alarm": float(np.mean([detector.assess(t).crisis for t in q])),
                          "n_pos": len(p), "n_neg": len(q)}
        print(f"fold {fold + 1}/{args.folds}: {len(test_names)} sets held out, classifier thresholds "
              f"high {model.high:.3f} / concern {model.concern:.3f} ({time.perf_counter() - t0:.0f} s)", flush=True)

    n_pos = sum(f["n_pos"] for f in per_set.values())
    n_neg = sum(f["n_neg"] for f in per_set.values())
    recall = sum(f["recall"] * f["n_pos"] for f in per_set.values()) / n_pos
    false_alarm = sum(f["false_alarm"] * f["n_neg"] for f in per_set.values()) / n_neg
    at_bar = sorted(n for n, f in per_set.items() if f["recall"] >= BAR_RECALL and f["false_alarm"] <= BAR_FALSE_ALARM)
    below = sorted(per_set, key=lambda n: (per_set[n]["recall"], -per_set[n]["false_alarm"]))
    print(f"\nrules + a classifier that never saw the set (its high threshold at {args.high_false_alarm:.3f} "
          f"cross-validated false alarms), {len(per_set)} sets ({n_pos} + {n_neg} messages):")
    print(f"  pooled recall {recall:.3f}, false alarms {false_alarm:.3f}")
    print(f"  sets at recall >= {BAR_RECALL} with false alarms <= {BAR_FALSE_ALARM}: {len(at_bar)} of {len(per_set)}")
    print("  lowest recall: " + ", ".join(f"{n} {per_set[n]['recall']:.3f} / {per_set[n]['false_alarm']:.3f}"
                                          for n in below[:8]))
    worst_fa = sorted(per_set, key=lambda n: -per_set[n]["false_alarm"])[:5]
    print("  highest false alarms: " + ", ".join(f"{n} {per_set[n]['false_alarm']:.3f}" for n in worst_fa))
    if args.write_readme:
        from _readme import write_section

        lines = ["| measure | figure |", "|---|---|",
                 f"| sets held out by fold | {len(per_set)} ({n_pos} crisis + {n_neg} other messages), {args.folds} folds |",
                 f"| pooled recall / false-alarm rate | {recall:.3f} / {false_alarm:.3f} |",
                 f"| sets at recall ≥ {BAR_RECALL} with false alarms ≤ {BAR_FALSE_ALARM} | {len(at_bar)} of {len(per_set)} |",
                 "| lowest recall | " + ", ".join(f"{n} {per_set[n]['recall']:.2f}" for n in below[:5]) + " |",
                 "| highest false alarms | " + ", ".join(f"{n} {per_set[n]['false_alarm']:.2f}" for n in worst_fa) + " |",
                 "\n`python bench/crisis_cv.py`: each fold trains the classifier the shipped way on the other sets and "
                 "measures rules + that classifier on sets it never saw; the rules were tuned on all of them."]
        write_section("crisis_cv", "\n".join(lines))
    print(json.dumps({"recall": recall, "false_alarm": false_alarm, "sets_at_bar": len(at_bar),
                      "n_sets": len(per_set), "per_set": per_set}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
