"""Training-speed benchmark: the original KoBERT recipe against buddy's transformer engine.

Both recipes fine-tune the same randomly initialised BERT (speed only: the weights do not
matter) with the same classification module (:func:`buddy.engines.transformer.build_classifier`),
AdamW and gradient clipping, on the same data; they differ only in how batches are built:

* ``seed``  – the original recipe: every input padded to 512 tokens, batch 4, fp32;
* ``buddy`` – buddy's defaults: dynamic padding (each batch padded to its longest text,
  ``max_length`` chosen from the data), length-grouped batches (transformers'
  ``LengthGroupedSampler``), batch 32, and on CUDA bf16/fp16 autocast.

Timing: a whole epoch would take far too long for the seed recipe on a CPU, so each
recipe builds the batches of one epoch, times ``--steps`` of them (a random sample of
the epoch's batches, after ``--warmup`` untimed steps) and extrapolates:
``seconds per epoch = mean seconds per step × batches per epoch``. Reported per device
(CPU always unless ``--device cuda``; CUDA when available).

Data: ``../shared/data/wellness/wellness_dialog_dataset.xlsx`` when present, else buddy's
packaged demo data. The tokenizer is a WordPiece vocabulary trained on that data.

``--quick`` uses a small BERT (4 layers, hidden 256) and at most 1000 utterances, and
finishes in well under 2 minutes on 2 CPU cores; the default is BERT-base size
(12 layers, hidden 768, vocabulary 8000 like KoBERT's).

The last line printed is JSON: ``{"seed_s": …, "buddy_s": …, "speedup_vs_seed": …, …}``
(the headline figures are those of CUDA when it was measured, else of the CPU).

Usage::

    python bench/train_speed.py --quick
    python bench/train_speed.py --device all --steps 20
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

logger = logging.getLogger("bench.train_speed")

SHARED_XLSX = ROOT.parent / "shared" / "data" / "wellness" / "wellness_dialog_dataset.xlsx"
SEED_MAX_LENGTH = 512
SEED_BATCH = 4


def load_texts(path: str | None, limit: int | None) -> tuple[list[str], list[int], str]:
    """Utterances and integer labels of the benchmark data (evenly thinned to ``limit``)."""
    from buddy.data import load_dataset
    from buddy.demo import demo_dataset

    if path:
        ds = load_dataset(path)
    elif SHARED_XLSX.exists():
        ds = load_dataset(SHARED_XLSX)
    else:
        ds = demo_dataset()
    texts, labels = ds.texts, ds.labels
    if limit and len(texts) > limit:
        keep = np.linspace(0, len(texts) - 1, limit).round().astype(int)
        texts, labels = [texts[i] for i in keep], [labels[i] for i in keep]
    index = {lab: i for i, lab in enumerate(sorted(set(labels)))}
    return texts, [index[lab] for lab in labels], ds.source or "demo"


def make_tokenizer(texts: list[str], vocab_size: int):
    """A BERT WordPiece tokenizer trained on ``texts`` (no lower-casing: Hangul must not be decomposed)."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=vocab_size, special_tokens=specials))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))])
    return BertTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                             sep_token="[SEP]", mask_token="[MASK]", do_lower_case=False, strip_accents=False,
                             model_max_length=SEED_MAX_LENGTH)


def make_model(quick: bool, vocab_size: int, n_labels: int, seed: int):
    import torch
    from transformers import BertConfig, BertModel

    from buddy.engines.transformer import build_classifier

    size = dict(hidden_size=256, num_hidden_layers=4, num_attention_heads=4, intermediate_size=1024) if quick \
        else dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=vocab_size, max_position_embeddings=SEED_MAX_LENGTH, **size)
    return build_classifier(BertModel(config), n_labels), size


def epoch_batches(recipe: str, lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """Index lists of one epoch's batches: shuffled (seed) or length-grouped (buddy)."""
    import torch
    from transformers.trainer_pt_utils import LengthGroupedSampler

    g = torch.Generator().manual_seed(seed)
    if recipe == "buddy":
        order = list(LengthGroupedSampler(batch_size, lengths=lengths, generator=g))
    else:
        order = torch.randperm(len(lengths), generator=g).tolist()
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]


def time_recipe(recipe: str, model, enc: dict, labels: list[int], batch_size: int, device: str,
                steps: int, warmup: int, seed: int, pad_token_id: int) -> dict:
    """Seconds per step (mean of ``steps`` sampled batches) and the extrapolated seconds per epoch."""
    import torch

    from buddy.engines.transformer import PaddingCollator

    lengths = [len(ids) for ids in enc["input_ids"]]
    batches = epoch_batches(recipe, lengths, batch_size, seed)
    rng = np.random.RandomState(seed)
    n = min(len(batches), warmup + steps)
    chosen = [batches[i] for i in rng.choice(len(batches), size=n, replace=False)]
    on_cuda = device == "cuda"
    amp = None
    if recipe == "buddy" and on_cuda:
        amp = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    collate = PaddingCollator(pad_token_id, pad_to_multiple_of=8 if (on_cuda and recipe == "buddy") else None)
    model = model.to(device).train()
    opt = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    scaler = torch.amp.GradScaler("cuda") if amp == torch.float16 else None
    keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
    timed, tokens = 0.0, 0
    for i, idx in enumerate(chosen):
        batch = collate([{**{k: enc[k][j] for k in keys}, "labels": labels[j]} for j in idx])
        batch = {k: v.to(device, non_blocking=True) for k, v in batch.items()}
        if on_cuda:
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        with torch.autocast(device_type="cuda", dtype=amp, enabled=amp is not None):
            loss = model(**batch).loss
        opt.zero_grad(set_to_none=True)
        if scaler is not None:
            scaler.scale(loss).backward()
            scaler.unscale_(opt)
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            scaler.step(opt)
            scaler.update()
        else:
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
        if on_cuda:
            torch.cuda.synchronize()
        if i >= min(warmup, n - 1):
            timed += time.perf_counter() - t0
            tokens += int(batch["input_ids"].numel())
    measured = n - min(warmup, n - 1)
    per_step = timed / measured
    return {"batch_size": batch_size, "batches_per_epoch": len(batches), "measured_steps": measured,
            "seconds_per_step": round(per_step, 4), "padded_tokens_per_step": round(tokens / measured, 1),
            "epoch_s": round(per_step * len(batches), 2)}


def run_device(device: str, args, texts, labels, tokenizer) -> dict:
    import torch

    from buddy.engines.transformer import choose_max_length

    n_labels = max(labels) + 1
    out = {"device": device if device == "cpu" else torch.cuda.get_device_name(0)}
    if device == "cpu":
        out["threads"] = torch.get_num_threads()
    seed_enc = tokenizer(texts, truncation=True, max_length=SEED_MAX_LENGTH, padding="max_length")
    lengths = [len(ids) for ids in tokenizer(texts, truncation=False)["input_ids"]]
    max_length = choose_max_length(lengths, SEED_MAX_LENGTH)
    buddy_enc = tokenizer(texts, truncation=True, max_length=max_length)
    for recipe, enc, bs in (("seed", seed_enc, SEED_BATCH), ("buddy", buddy_enc, args.batch_size)):
        model, size = make_model(args.quick, len(tokenizer), n_labels, args.seed)
        steps = args.seed_steps if recipe == "seed" else args.steps
        r = time_recipe(recipe, model, enc, labels, bs, device, steps, args.warmup, args.seed,
                        tokenizer.pad_token_id)
        logger.info("%s %s: %.3f s/step × %d batches = %.1f s/epoch", device, recipe, r["seconds_per_step"],
                    r["batches_per_epoch"], r["epoch_s"])
        out[recipe] = r
        del model
        if device == "cuda":
            torch.cuda.empty_cache()
    out["buddy"]["max_length"] = max_length
    out["seed_s"], out["buddy_s"] = out["seed"]["epoch_s"], out["buddy"]["epoch_s"]
    out["speedup_vs_seed"] = round(out["seed_s"] / out["buddy_s"], 2) if out["buddy_s"] > 0 else math.inf
    out["model"] = size
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small BERT (4 layers, hidden 256), ≤1000 utterances")
    parser.add_argument("--data", default=None, help="data file (default: the shared xlsx, else the demo data)")
    parser.add_argument("--device", choices=["cpu", "cuda", "all"], default="all",
                        help="all: the CPU and, when available, CUDA")
    parser.add_argument("--steps", type=int, default=None, help="timed buddy steps (default 30, quick 12)")
    parser.add_argument("--seed-steps", type=int, default=None, help="timed seed-recipe steps (default 10, quick 4)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed steps before timing")
    parser.add_argument("--batch-size", type=int, default=None, help="buddy's batch (default: the engine's)")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write-readme", action="store_true", help="update the README table (one row per run kind)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)

    import torch
    import transformers

    from buddy.engines.transformer import TransformerConfig

    transformers.logging.set_verbosity_error()
    if args.threads:
        torch.set_num_threads(args.threads)
    args.steps = args.steps or (12 if args.quick else 30)
    args.seed_steps = args.seed_steps or (4 if args.quick else 10)
    args.batch_size = args.batch_size or TransformerConfig().batch_size
    texts, labels, source = load_texts(args.data, 1000 if args.quick else None)
    tokenizer = make_tokenizer(texts, 4000 if args.quick else 8000)
    devices = ["cpu"] if args.device == "cpu" else ["cuda"] if args.device == "cuda" else \
        ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    if "cuda" in devices and not torch.cuda.is_available():
        parser.error("--device cuda: CUDA is not available")
    t0 = time.perf_counter()
    results = {d: run_device(d, args, texts, labels, tokenizer) for d in devices}
    head = results.get("cuda") or results["cpu"]
    summary = {
        "seed_s": head["seed_s"], "buddy_s": head["buddy_s"], "speedup_vs_seed": head["speedup_vs_seed"],
        "headline_device": "cuda" if "cuda" in results else "cpu",
        "data": source, "utterances": len(texts), "quick": args.quick,
        "method": "seconds per epoch = mean seconds per sampled step × batches per epoch",
        "results": results, "bench_seconds": round(time.perf_counter() - t0, 1),
    }
    if args.write_readme:
        _write_readme(summary)
    print(json.dumps(summary, ensure_ascii=False))
    return summary


def _write_readme(summary: dict) -> None:
    """Keep one README row per (size, device); rows of other runs stay."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _readme import README, write_section

    text = README.read_text(encoding="utf-8")
    old = text.split("<!-- bench:train_speed -->")[1].split("<!-- /bench:train_speed -->")[0]
    rows = {line.split("|")[1].strip() + line.split("|")[2].strip(): line
            for line in old.splitlines() if line.startswith("| ") and not line.startswith("| size")}
    size = "quick (4 layers, hidden 256, 1000 utterances)" if summary["quick"] else "BERT-base"
    for device, r in summary["results"].items():
        rows[size + device] = (f"| {size} | {device} | {r['seed_s']:.1f} | {r['buddy_s']:.1f} | "
                               f"{r['speedup_vs_seed']:.1f}× |")
    table = ["| size | device | original recipe s/epoch (pad 512, batch 4, fp32) | buddy s/epoch | speed-up |",
             "|---|---|---|---|---|", *rows.values(),
             "\n`python bench/train_speed.py [--quick]`; seconds per epoch = mean seconds per sampled step × "
             "batches per epoch."]
    write_section("train_speed", "\n".join(table))


if __name__ == "__main__":
    main()
