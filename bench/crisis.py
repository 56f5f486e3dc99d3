"""Crisis-detection benchmark: recall and false-alarm rate of the safety layer.

Prints, for each evaluation-set pair in the data folder (main, holdout, redteam, fresh, fresh2, …;
the trainN sets are left out), the recall on the crisis utterances
and the false-alarm rate on the hard negatives, for three detectors:

* ``rules``    – :meth:`buddy.safety.CrisisDetector.rule_signal` alone;
* ``model``    – the classifier's crisis mass >= the detector's ``model_threshold``;
* ``combined`` – :meth:`buddy.safety.CrisisDetector.assess` with the crisis mass.

The model is ``--model MODEL_DIR`` (``buddy.model.load_model``) or, without it, the
embedded demo model (``buddy.demo.load_demo_model``). The last line printed is a JSON
object with every figure.

Usage::

    python bench/crisis.py [--model MODEL_DIR] [--data-dir tests/data]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from buddy.safety import CRISIS_CATEGORIES, CrisisDetector  # noqa: E402
from buddy.safety_model import crisis_sets, written_for_training  # noqa: E402

logger = logging.getLogger("bench.crisis")

# shown first; the trainN sets, written for training, are not evaluation sets
FIRST = ("main", "holdout", "redteam")


def evaluation_order(name: str) -> tuple:
    """main, holdout, redteam, then fresh, fresh2, … fresh10 (by number)."""
    number = re.search(r"\d+$", name)
    return (FIRST.index(name) if name in FIRST else len(FIRST), re.sub(r"\d+$", "", name),
            int(number.group()) if number else 0)


def figures(pos_flags: list[bool], neg_flags: list[bool]) -> dict:
    """Recall on positives and false-alarm rate on negatives."""
    return {
        "recall": round(sum(pos_flags) / len(pos_flags), 4) if pos_flags else None,
        "false_alarm": round(sum(neg_flags) / len(neg_flags), 4) if neg_flags else None,
        "n_pos": len(pos_flags),
        "n_neg": len(neg_flags),
    }


def load_scorer(model_dir: str | None):
    """Return ``(callable texts -> crisis masses, description)`` or ``(None, why)``."""
    try:
        if model_dir:
            from buddy.model import load_model

            model = load_model(model_dir)
            name = model_dir
        else:
            from buddy.demo import load_demo_model

            model = load_demo_model()
            name = "demo model"
    except ImportError as exc:
        return None, f"model API not available ({exc})"
    except Exception as exc:  # noqa: BLE001 - report any loading failure and go on with rules
        return None, f"could not load the model ({type(exc).__name__}: {exc})"
    columns = [i for i, lab in enumerate(model.labels) if lab in CRISIS_CATEGORIES]
    if not columns:
        return None, f"{name} has none of the crisis categories {CRISIS_CATEGORIES}"

    def score(texts: list[str]) -> list[float]:
        proba = model.predict_proba(list(texts))
        return [float(row[columns].sum()) for row in proba]

    return score, f"{name} ({len(columns)} crisis categories of {len(model.labels)})"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", metavar="MODEL_DIR", help="model directory (default: the embedded demo model)")
    parser.add_argument("--data-dir", default=str(ROOT / "tests" / "data"), help="folder holding the crisis test sets")
    parser.add_argument("--model-threshold", type=float, default=None, help="override CrisisDetector.model_threshold")
    parser.add_argument("--show-errors", action="store_true", help="list the misses and false alarms of the rules")
    parser.add_argument("--write-readme", action="store_true", help="update the README table")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    detector = CrisisDetector() if args.model_threshold is None else CrisisDetector(
        model_threshold=args.model_threshold,
        concern_threshold=min(0.25, args.model_threshold))
    data_dir = Path(args.data_dir)
    found = crisis_sets(data_dir)
    sets = {name: found[name] for name in sorted(found, key=evaluation_order) if not written_for_training(name)}
    if not sets:
        print(f"no crisis test sets found in {data_dir}", file=sys.stderr)
        return 2

    score, model_note = load_scorer(args.model)
    results: dict = {"model": model_note if score else None, "model_threshold": detector.model_threshold}
    if score is None:
        print(f"model rows skipped: {model_note}")
    else:
        print(f"model: {model_note}")

    detector.rule_signal("준비")  # load Kiwi before timing
    tm = detector.text_model
    trained_on = set(((tm.validation if tm is not None else None) or {}).get("training_sets", []))
    results["classifier_training_sets"] = sorted(trained_on)
    rows = []
    for name, (pos, neg) in sets.items():
        t0 = time.perf_counter()
        rule_pos = [detector.rule_signal(t).crisis for t in pos]
        rule_neg = [detector.rule_signal(t).crisis for t in neg]
        ms = (time.perf_counter() - t0) * 1000 / (len(pos) + len(neg))
        res = {"rules": figures(rule_pos, rule_neg), "rules_ms_per_message": round(ms, 3)}
        rows.append((name, "rules", res["rules"]))
        if args.show_errors:
            for t, hit in zip(pos, rule_pos):
                if not hit:
                    print(f"  [{name}] miss: {t}")
            for t, hit in zip(neg, rule_neg):
                if hit:
                    print(f"  [{name}] false alarm: {t}")
        if tm is not None:
            cp, cn = tm.predict_proba(pos), tm.predict_proba(neg)
            res["classifier"] = figures([p >= tm.high for p in cp], [p >= tm.high for p in cn])
            res["rules+classifier"] = figures([detector.assess(t).crisis for t in pos],
                                              [detector.assess(t).crisis for t in neg])
            rows.append((name, "classifier", res["classifier"]))
            rows.append((name, "rules+classifier", res["rules+classifier"]))
        if score is not None:
            pm, nm = score(pos), score(neg)
            res["model"] = figures([m >= detector.model_threshold for m in pm], [m >= detector.model_threshold for m in nm])
            res["combined"] = figures([detector.assess(t, m).crisis for t, m in zip(pos, pm)],
                                      [detector.assess(t, m).crisis for t, m in zip(neg, nm)])
            rows.append((name, "model", res["model"]))
            rows.append((name, "combined", res["combined"]))
        else:
            rows.append((name, "model", None))
            rows.append((name, "combined", None))
        results[name] = res
    # Sets the packaged classifier was trained on are marked: there its rows measure fit,
    # not generalisation.
    rows = [(f"{name}*" if name in trained_on else name, det, fig) for name, det, fig in rows]

    if trained_on:
        print("* = the packaged crisis classifier was trained on this set")
    print(f"{'set':<8} {'detector':<17} {'recall':>7} {'false-alarm':>12} {'n+':>5} {'n-':>5}")
    for name, det, fig in rows:
        if fig is None:
            print(f"{name:<8} {det:<17} {'n/a':>7} {'n/a':>12}   (no model)")
        else:
            print(f"{name:<8} {det:<17} {fig['recall']:>7.3f} {fig['false_alarm']:>12.3f} {fig['n_pos']:>5} {fig['n_neg']:>5}")
    if args.write_readme:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _readme import write_section

        table = ["| set | detector | recall | false-alarm rate | positives | negatives |", "|---|---|---|---|---|---|"]
        table += [f"| {name} | {det} | {fig['recall']:.3f} | {fig['false_alarm']:.3f} | {fig['n_pos']} | {fig['n_neg']} |"
                  for name, det, fig in rows if fig is not None]
        table.append(f"\nThe project's own labelled sets in `tests/data/`; model signal: "
                     f"{model_note or (args.model or 'the embedded demo model')}. `python bench/crisis.py`. "
                     "\\* the packaged classifier was trained on this set (its rows there show fit, "
                     "not generalisation); the unmarked sets were never used to train or tune it.")
        write_section("crisis", "\n".join(table))
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
