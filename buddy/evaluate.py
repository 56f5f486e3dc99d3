"""Honest evaluation: held-out figures, cross-validation, and PNG reports."""

from __future__ import annotations

import logging
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from buddy.data import Dataset, dump_json

logger = logging.getLogger(__name__)


def group_of(category: str) -> str:
    """Top-level group of a category path (``감정/우울감`` → ``감정``)."""
    return category.split("/")[0]


def compute_metrics(y_true: Sequence[str], proba: np.ndarray, labels: Sequence[str],
                    n_confused: int = 15, n_bins: int = 10) -> dict:
    """Top-1/top-5 accuracy, macro-F1, group accuracy, per-category table, confusions, calibration.

    Args:
        y_true: True category of each row (may include categories the model lacks).
        proba: (n, len(labels)) probabilities.
        labels: Category of each column.
    """
    labels = list(labels)
    y_true = list(y_true)
    n = len(y_true)
    if n == 0:
        raise ValueError("nothing to evaluate: no utterances")
    index = {lab: i for i, lab in enumerate(labels)}
    y_idx = np.array([index.get(c, -1) for c in y_true])
    order = np.argsort(-proba, axis=1, kind="stable")[:, :5]
    pred = [labels[j] for j in order[:, 0]]
    conf = proba[np.arange(n), order[:, 0]]
    correct = order[:, 0] == y_idx
    top5 = (order == y_idx[:, None]).any(axis=1)

    cats = sorted(set(y_true) | set(pred))
    tp, fp, fn = Counter(), Counter(), Counter()
    for t, p in zip(y_true, pred):
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1
    support = Counter(y_true)
    per_category = []
    for c in cats:
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_category.append({"category": c, "precision": round(prec, 4), "recall": round(rec, 4),
                             "f1": round(f1, 4), "support": support[c]})
    in_test = [row for row in per_category if row["support"] > 0]
    confused = Counter((t, p) for t, p in zip(y_true, pred) if t != p)

    bins = np.linspace(0, 1, n_bins + 1)
    calibration = []
    ece = 0.0
    for lo, hi in zip(bins[:-1], bins[1:]):
        mask = (conf >= lo) & ((conf < hi) if hi < 1 else (conf <= hi))
        if mask.any():
            acc, mean_conf = float(correct[mask].mean()), float(conf[mask].mean())
            ece += mask.mean() * abs(acc - mean_conf)
            calibration.append({"bin": [round(float(lo), 2), round(float(hi), 2)], "count": int(mask.sum()),
                                "accuracy": round(acc, 4), "confidence": round(mean_conf, 4)})
    return {
        "n": n,
        "top1": float(correct.mean()),
        "top5": float(top5.mean()),
        "macro_f1": float(np.mean([r["f1"] for r in in_test])),
        "group_accuracy": float(np.mean([group_of(t) == group_of(p) for t, p in zip(y_true, pred)])),
        "ece": float(ece),
        "unknown_categories": sorted({c for c in y_true if c not in index}),
        "per_category": per_category,
        "most_confused": [{"true": t, "predicted": p, "count": k} for (t, p), k in confused.most_common(n_confused)],
        "calibration": calibration,
        "_pred": pred,
        "_conf": conf.tolist(),
    }


def public(metrics: dict) -> dict:
    """``metrics`` without the private per-row fields (for JSON output)."""
    return {k: v for k, v in metrics.items() if not k.startswith("_")}


def evaluate_model(model, dataset: Dataset, batch_size: int = 256) -> dict:
    """Evaluate a loaded model on a labelled dataset."""
    texts, labels = dataset.texts, dataset.labels
    t0 = time.perf_counter()
    proba = np.vstack([model.predict_proba(texts[i:i + batch_size]) for i in range(0, len(texts), batch_size)])
    seconds = time.perf_counter() - t0
    metrics = compute_metrics(labels, proba, model.labels)
    metrics["predict_ms_per_utterance"] = 1000 * seconds / len(texts)
    metrics["_y_true"] = labels
    return metrics


def cross_validate(dataset: Dataset, k: int = 5, engine: str = "classic", seed: int = 0,
                   progress: Callable[[str], None] | None = None, **options) -> dict:
    """K-fold cross-validation of ``engine`` on ``dataset`` (stratified by category).

    Categories with fewer than ``k`` utterances are spread over the folds at random.
    """
    from sklearn.model_selection import StratifiedKFold

    from buddy.train import train

    if k < 2:
        raise ValueError("--cv needs at least 2 folds")
    labels = dataset.labels
    counts = Counter(labels)
    strat = [lab if counts[lab] >= k else "__rare__" for lab in labels]
    folds = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    all_labels = sorted(counts)
    col = {lab: i for i, lab in enumerate(all_labels)}
    proba = np.zeros((len(labels), len(all_labels)), dtype=np.float32)
    train_s, predict_s = [], 0.0
    for i, (tr, te) in enumerate(folds.split(np.zeros(len(labels)), strat)):
        if progress:
            progress(f"fold {i + 1}/{k}")
        t0 = time.perf_counter()
        model = train(dataset.subset(tr), engine, seed=seed, **options)
        train_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        p = model.predict_proba([dataset.examples[j].text for j in te])
        predict_s += time.perf_counter() - t0
        cols = [col[lab] for lab in model.labels]
        proba[np.ix_(te, cols)] = p
    metrics = compute_metrics(labels, proba, all_labels)
    metrics["cv_folds"] = k
    metrics["train_seconds_per_fold"] = float(np.mean(train_s))
    metrics["predict_ms_per_utterance"] = 1000 * predict_s / len(labels)
    metrics["_y_true"] = labels
    return metrics


def format_metrics(metrics: dict, per_category: int = 15) -> str:
    """A human-readable summary (the CLI prints it)."""
    lines = [
        f"utterances        {metrics['n']}",
        f"top-1 accuracy    {metrics['top1']:.4f}",
        f"top-5 accuracy    {metrics['top5']:.4f}",
        f"macro-F1          {metrics['macro_f1']:.4f}",
        f"group accuracy    {metrics['group_accuracy']:.4f}",
        f"calibration ECE   {metrics['ece']:.4f}",
    ]
    if "cv_folds" in metrics:
        lines.append(f"cross-validation  {metrics['cv_folds']} folds, "
                     f"{metrics['train_seconds_per_fold']:.1f} s training per fold")
    if "predict_ms_per_utterance" in metrics:
        lines.append(f"predict           {metrics['predict_ms_per_utterance']:.2f} ms per utterance (batched)")
    if metrics.get("unknown_categories"):
        lines.append(f"categories the model does not know: {len(metrics['unknown_categories'])}")
    rows = sorted((r for r in metrics["per_category"] if r["support"]), key=lambda r: (r["f1"], -r["support"]))
    lines.append("")
    lines.append(f"weakest categories (of {len(rows)})          F1    P     R     n")
    for r in rows[:per_category]:
        lines.append(f"  {r['category']:<32} {r['f1']:.2f}  {r['precision']:.2f}  {r['recall']:.2f}  {r['support']}")
    lines.append("")
    lines.append("most confused (true → predicted)")
    for c in metrics["most_confused"][:10]:
        lines.append(f"  {c['count']:>3}  {c['true']} → {c['predicted']}")
    return "\n".join(lines)


def _korean_font() -> None:
    import matplotlib
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for name in ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Noto Sans CJK JP", "AppleGothic", "Malgun Gothic"):
        if name in names:
            matplotlib.rcParams["font.family"] = [name, "DejaVu Sans"]
            return
    logger.warning("no Korean font found for plots (install fonts-noto-cjk); labels may show boxes")


def write_report(metrics: dict, directory: str | Path) -> list[Path]:
    """Write ``metrics.json``, ``per_category.csv`` and three PNG plots into ``directory``."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RuntimeError("--report needs matplotlib: pip install \"buddy[report]\"") from exc
    _korean_font()
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    written = []

    dump_json(public(metrics), d / "metrics.json")
    written.append(d / "metrics.json")
    import csv

    with open(d / "per_category.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["category", "precision", "recall", "f1", "support"])
        w.writeheader()
        w.writerows(metrics["per_category"])
    written.append(d / "per_category.csv")

    # 1. confusion of the top-level groups (row-normalised)
    y_true = [group_of(c) for c in metrics["_y_true"]]
    y_pred = [group_of(c) for c in metrics["_pred"]]
    groups = [g for g, _ in Counter(y_true).most_common()]
    groups += sorted(set(y_pred) - set(groups))
    gi = {g: i for i, g in enumerate(groups)}
    cm = np.zeros((len(groups), len(groups)))
    for t, p in zip(y_true, y_pred):
        cm[gi[t], gi[p]] += 1
    norm = cm / np.maximum(cm.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(1.0 + 0.7 * len(groups), 0.8 + 0.6 * len(groups)))
    im = ax.imshow(norm, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(groups)), groups, rotation=45, ha="right")
    ax.set_yticks(range(len(groups)), groups)
    for i in range(len(groups)):
        for j in range(len(groups)):
            if cm[i, j]:
                ax.text(j, i, f"{int(cm[i, j])}", ha="center", va="center",
                        color="white" if norm[i, j] > 0.5 else "black", fontsize=8)
    ax.set_xlabel("predicted group")
    ax.set_ylabel("true group")
    ax.set_title(f"Top-level group confusion (accuracy {metrics['group_accuracy']:.2f})")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    fig.savefig(d / "group_confusion.png", dpi=110)
    plt.close(fig)
    written.append(d / "group_confusion.png")

    # 2. per-category F1: the 25 weakest and 25 strongest categories with support
    rows = sorted((r for r in metrics["per_category"] if r["support"]), key=lambda r: r["f1"])
    shown = rows if len(rows) <= 50 else rows[:25] + rows[-25:]
    fig, ax = plt.subplots(figsize=(8, 0.22 * len(shown) + 1.5))
    ax.barh(range(len(shown)), [r["f1"] for r in shown], color="#4a7bb7")
    ax.set_yticks(range(len(shown)), [f"{r['category']} (n={r['support']})" for r in shown], fontsize=7)
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1")
    ax.set_title(f"Per-category F1 (macro-F1 {metrics['macro_f1']:.2f}"
                 + (", weakest and strongest 25)" if len(rows) > 50 else ")"))
    fig.tight_layout()
    fig.savefig(d / "per_category_f1.png", dpi=110)
    plt.close(fig)
    written.append(d / "per_category_f1.png")

    # 3. calibration (reliability diagram)
    cal = metrics["calibration"]
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot([b["confidence"] for b in cal], [b["accuracy"] for b in cal], "o-", label="buddy")
    for b in cal:
        ax.annotate(str(b["count"]), (b["confidence"], b["accuracy"]), fontsize=7,
                    textcoords="offset points", xytext=(4, -10))
    ax.set_xlabel("confidence (top-1 probability)")
    ax.set_ylabel("accuracy")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(f"Confidence calibration (ECE {metrics['ece']:.3f})")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(d / "calibration.png", dpi=110)
    plt.close(fig)
    written.append(d / "calibration.png")
    return written
