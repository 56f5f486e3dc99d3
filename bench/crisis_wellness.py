"""Crisis detection on ordinary counselling talk: the AI Hub wellness utterances.

The project's own crisis sets (``bench/crisis.py``) are written to be hard: their negatives
are look-alikes full of crisis words. Most of what a wellness chatbot reads is something
else: people describing a symptom, their family, their job, a memory. This benchmark runs
the safety layer over every user utterance of the AI Hub wellness data and reports, for the
crisis categories (``buddy.safety.CRISIS_CATEGORIES``) and for all the others:

* ``crisis`` – the share read as a crisis (risk "high": the chatbot's crisis reply);
* ``concern or crisis`` – the share at concern or above (concern: the safety question).

A category label is not a risk label: a few utterances of other categories do speak of
suicide (in 감정/부정적사고, for one, a wish not to live any more), so the rate on the other
categories is an upper bound of the false alarms, not the false alarms themselves. The data is licensed and
never part of the project: the benchmark runs only where the file is, prints no utterance,
and names categories only.

Usage::

    python bench/crisis_wellness.py [--data ../shared/data/wellness/wellness_dialog_dataset.xlsx] [--write-readme]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from buddy.data import load_dataset  # noqa: E402
from buddy.safety import CRISIS_CATEGORIES, CrisisDetector  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"


def rates(risks: list[str]) -> dict:
    """Share at "high" and at "concern" or above."""
    n = len(risks)
    high = sum(r == "high" for r in risks)
    flagged = sum(r != "none" for r in risks)
    return {"n": n, "crisis": round(high / n, 4) if n else None, "concern_or_crisis": round(flagged / n, 4) if n else None}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table and a JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the AI Hub wellness .xlsx (or any dataset buddy reads)")
    parser.add_argument("--top", type=int, default=8, help="how many other categories to list by crisis rate")
    parser.add_argument("--write-readme", action="store_true", help="update the README table")
    args = parser.parse_args(argv)
    if not Path(args.data).exists():
        print(f"{args.data} not found: this benchmark needs the AI Hub wellness data (licensed, not in the project)",
              file=sys.stderr)
        return 2
    dataset = load_dataset(args.data)
    detector = CrisisDetector()
    rules = CrisisDetector(text_model=None)
    by_detector: dict[str, dict[bool, list[str]]] = {"rules": collections.defaultdict(list),
                                                      "rules+classifier": collections.defaultdict(list)}
    per_category: dict[str, list[str]] = collections.defaultdict(list)
    from tqdm import tqdm

    for ex in tqdm(dataset.examples, desc="assessing", unit="utt"):
        crisis_category = ex.category in CRISIS_CATEGORIES
        by_detector["rules"][crisis_category].append(rules.rule_signal(ex.text).risk)
        risk = detector.assess(ex.text).risk
        by_detector["rules+classifier"][crisis_category].append(risk)
        per_category[ex.category].append(risk)
    results = {"data": Path(args.data).name, "utterances": len(dataset.examples)}
    rows = []
    for name, groups in by_detector.items():
        for crisis_category, label in ((True, "crisis categories"), (False, "all other categories")):
            fig = rates(groups[crisis_category])
            results[f"{name} / {label}"] = fig
            rows.append((name, label, fig))
    others = {c: rates(r) for c, r in per_category.items() if c not in CRISIS_CATEGORIES}
    worst = sorted(others.items(), key=lambda kv: (-kv[1]["crisis"], kv[0]))[: args.top]
    results["most flagged other categories"] = {c: f for c, f in worst}

    print(f"{'detector':<17} {'utterances':<21} {'n':>5} {'crisis':>7} {'concern+':>9}")
    for name, label, fig in rows:
        print(f"{name:<17} {label:<21} {fig['n']:>5} {fig['crisis']:>7.3f} {fig['concern_or_crisis']:>9.3f}")
    print("other categories read as a crisis most often (rules+classifier):")
    for c, fig in worst:
        print(f"  {c}: {fig['crisis']:.3f} of {fig['n']}")
    if args.write_readme:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _readme import write_section

        table = ["| detector | utterances | n | read as crisis | concern or crisis |", "|---|---|---|---|---|"]
        table += [f"| {name} | {label} | {fig['n']} | {fig['crisis']:.3f} | {fig['concern_or_crisis']:.3f} |"
                  for name, label, fig in rows]
        table.append(f"\nEvery user utterance of the AI Hub wellness data (`{results['data']}`, licensed, never trained on), "
                     "`python bench/crisis_wellness.py`. On the other categories the rate bounds the false alarms "
                     "from above: a few of their utterances do speak of suicide. Most flagged other categories: "
                     + ", ".join(f"{c} {f['crisis']:.2f}" for c, f in worst[:5]) + ".")
        write_section("crisis_wellness", "\n".join(table))
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
