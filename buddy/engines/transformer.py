"""The transformer engine: a pretrained Hugging Face encoder fine-tuned with a linear head.

Any BERT / ELECTRA / RoBERTa / XLM-R style encoder works from a local directory (or a hub
id where a hub is reachable): the encoder is loaded with ``AutoModel.from_pretrained`` and
a dropout + linear classification head is put on its mean-pooled (or ``[CLS]``) hidden
state. Training uses Hugging Face's standard stack (:class:`transformers.Trainer` on top
of ``accelerate``), so ``torchrun`` and ``accelerate launch`` distribute it unchanged:

* dynamic padding (a collator pads each batch to its longest text) and length-grouped
  batches (``LengthGroupedSampler``): short Korean messages are not padded to 512;
* compact word embeddings (:class:`CompactEmbeddings`): a multilingual encoder's
  vocabulary is huge (multilingual-e5-small: 96M of its 117M parameters are the 250k-row
  embedding matrix) but the data uses a few thousand token ids, so training runs on those
  rows only and writes them back into the full matrix afterwards: the saved encoder is an
  ordinary full one and unseen words keep their pretrained vectors (3x faster on a CPU);
* the category answers and names as extra, down-weighted training examples (as the
  classic engine does) and label smoothing;
* AdamW (a separate learning rate for the new head) with linear warm-up and decay,
  gradient clipping at 1.0, mixed precision on CUDA;
* an evaluation on a stratified validation split after every epoch, early stopping,
  and the best epoch's weights kept (checkpoints are safetensors in a temporary folder
  deleted afterwards);
* a softmax temperature and the confidence threshold fitted on the validation split
  (:func:`buddy.engines.classic.fit_temperature`, :func:`~buddy.engines.classic.choose_threshold`).

The model directory gets (besides buddy's ``config.json`` and ``answers.json``)::

    model.safetensors   the whole encoder + head state (temperature in its metadata)
    encoder/            the encoder's Hugging Face config.json and the tokenizer files

Loading reads only JSON, tokenizer files and safetensors: nothing is unpickled.

torch and transformers are imported inside the functions that need them, so that this
module imports (and the classic engine works) without them.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from buddy.engines import EngineSettings

if TYPE_CHECKING:  # pragma: no cover
    from buddy.data import Dataset
    from buddy.model import BuddyModel

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "model.safetensors"
ENCODER_DIR = "encoder"
INSTALL_HINT = 'the transformer engine needs: pip install "buddy[transformer]"'
MAX_LENGTH_CAP = 128
MAX_LENGTH_MARGIN = 8
PREDICT_BATCH = 64
COMPACT_MIN_VOCAB = 30_000


def require_torch() -> tuple[Any, Any]:
    """Import and return ``(torch, transformers)``.

    Raises:
        RuntimeError: One of them is not installed (the message says what to install).
    """
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise RuntimeError(INSTALL_HINT) from exc
    return torch, transformers


# --------------------------------------------------------------------------- settings


@dataclass
class TransformerConfig(EngineSettings):
    """Settings of the transformer engine (stored in the model's ``config.json``).

    The defaults follow the recipe reported for multilingual-e5-small on the AI Hub
    wellness data (mean pooling, lr 1e-4 for the encoder and 1e-2 for the head, 6 %
    warm-up then linear decay, weight decay 0.01, 5 epochs; 5e-5 / 1e-3 underfits badly),
    plus label smoothing 0.1 and the answers and category names as half-weight extra
    examples, as the classic engine uses them.

    Attributes:
        pretrained: Local Hugging Face encoder directory (or hub id) to fine-tune.
        epochs: Maximum training epochs (early stopping usually ends sooner).
        batch_size: Training batch size per device.
        lr: Peak learning rate of the encoder.
        head_lr: Peak learning rate of the new classification head (``None``: ``lr``).
        warmup_ratio: Fraction of the training steps with a linear learning-rate warm-up.
        weight_decay: AdamW weight decay (not applied to biases and LayerNorm weights).
        max_length: Maximum tokens per text; ``None`` chooses it from the training data
            (99th percentile of the token lengths + a margin, at most 128).
        device: ``"auto"`` (CUDA when available), ``"cpu"`` or ``"cuda"``.
        seed: Random seed of the head's initialisation, dropout, batches and split.
        validation_fraction: Share of each category held out to pick the best epoch and
            to calibrate (0 trains on everything, without early stopping or calibration).
        patience: Epochs without a better validation accuracy before training stops.
        label_smoothing: Label-smoothing factor of the cross-entropy loss.
        answer_weight: Loss weight of the category answers used as extra training
            examples (0 leaves them out).
        category_weight: Loss weight of the category names ("감정/우울감" → "감정 우울감")
            used as extra training examples (0 leaves them out).
        compact_embeddings: Train only the word-embedding rows the training texts use
            (written back into the full matrix afterwards); ``None`` = automatic (when the
            vocabulary has at least :data:`COMPACT_MIN_VOCAB` rows).
        pooling: ``"cls"`` (first token's hidden state) or ``"mean"`` (masked mean).
        dropout: Dropout before the classification head.
        fp16: Mixed precision: ``None`` = automatic (bf16 where the GPU supports it, else
            fp16; never on CPU), ``True`` = fp16 on CUDA, ``False`` = fp32.
        trust_remote_code: Let ``from_pretrained`` run code shipped with the encoder
            (only for encoders you trust).
        clarify_cost: As in the classic engine: cost of a wrong answer relative to the
            gain of a right one when the confidence threshold is chosen.
        min_coverage: The threshold never sends more than ``1 - min_coverage`` of the
            validation messages to a clarifying question.
    """

    ENGINE = "transformer"

    pretrained: str | None = None
    epochs: int = 5
    batch_size: int = 32
    lr: float = 1e-4
    head_lr: float | None = 1e-2
    warmup_ratio: float = 0.06
    weight_decay: float = 0.01
    max_length: int | None = None
    device: str = "auto"
    seed: int = 0
    validation_fraction: float = 0.1
    patience: int = 2
    label_smoothing: float = 0.1
    answer_weight: float = 0.5
    category_weight: float = 0.5
    compact_embeddings: bool | None = None
    pooling: str = "mean"
    dropout: float = 0.1
    fp16: bool | None = None
    trust_remote_code: bool = False
    clarify_cost: float = 0.5
    min_coverage: float = 0.8

    def __post_init__(self) -> None:
        if self.pretrained is not None:
            self.pretrained = str(self.pretrained)
        checks = [
            (self.epochs >= 1, "epochs must be at least 1"),
            (self.batch_size >= 1, "batch_size must be at least 1"),
            (self.lr > 0, "lr must be positive"),
            (self.head_lr is None or self.head_lr > 0, "head_lr must be positive"),
            (0 <= self.warmup_ratio < 1, "warmup_ratio must be in [0, 1)"),
            (self.weight_decay >= 0, "weight_decay must be >= 0"),
            (self.max_length is None or self.max_length >= 8, "max_length must be at least 8"),
            (self.device in ("auto", "cpu", "cuda"), "device must be auto, cpu or cuda"),
            (0 <= self.validation_fraction < 1, "validation_fraction must be in [0, 1)"),
            (self.patience >= 1, "patience must be at least 1"),
            (0 <= self.label_smoothing < 1, "label_smoothing must be in [0, 1)"),
            (self.answer_weight >= 0, "answer_weight must be >= 0"),
            (self.category_weight >= 0, "category_weight must be >= 0"),
            (self.pooling in ("cls", "mean"), "pooling must be 'cls' or 'mean'"),
            (0 <= self.dropout < 1, "dropout must be in [0, 1)"),
            (0 <= self.min_coverage <= 1, "min_coverage must be in [0, 1]"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(f"transformer engine: {message}")



def choose_max_length(lengths: Sequence[int], limit: int | None = None) -> int:
    """A ``max_length`` that fits 99 % of ``lengths`` (token counts) plus a margin.

    Rounded up to a multiple of 8, at most :data:`MAX_LENGTH_CAP` and at most ``limit``
    (the encoder's own maximum).
    """
    p99 = float(np.percentile(np.asarray(lengths, dtype=np.float64), 99)) if len(lengths) else 16.0
    n = int(math.ceil((p99 + MAX_LENGTH_MARGIN) / 8.0) * 8)
    n = max(16, min(n, MAX_LENGTH_CAP))
    if limit:
        n = min(n, int(limit))
    return n


def _encoder_limit(tokenizer, encoder_config) -> int | None:
    """The largest sequence the tokenizer and encoder accept (``None`` if unknown)."""
    limits = []
    t = getattr(tokenizer, "model_max_length", None)
    if isinstance(t, int) and 0 < t < 1_000_000:
        limits.append(t)
    p = getattr(encoder_config, "max_position_embeddings", None)
    if isinstance(p, int) and p > 0:
        # RoBERTa-style encoders reserve the first positions (padding_idx + 1).
        offset = (getattr(encoder_config, "pad_token_id", 0) or 0) + 1 if encoder_config.model_type in (
            "roberta", "xlm-roberta", "camembert", "xlm-roberta-xl") else 0
        limits.append(p - offset)
    return min(limits) if limits else None


def _stratified_split(y: np.ndarray, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Train / validation indices holding out ``fraction`` of each category.

    Categories with fewer than 3 utterances stay entirely in training; the others lend
    at least one utterance to validation.
    """
    rng = np.random.RandomState(seed)
    train_idx, val_idx = [], []
    for label in np.unique(y):
        idx = np.flatnonzero(y == label)
        rng.shuffle(idx)
        n_val = 0 if fraction <= 0 or len(idx) < 3 else max(1, int(round(fraction * len(idx))))
        val_idx.extend(idx[:n_val].tolist())
        train_idx.extend(idx[n_val:].tolist())
    return np.sort(np.asarray(train_idx, dtype=np.int64)), np.sort(np.asarray(val_idx, dtype=np.int64))


# --------------------------------------------------------------------------- torch parts


class PaddingCollator:
    """Pads each batch to its own longest text (dynamic padding).

    Args:
        pad_token_id: Id written into the padded ``input_ids`` positions.
        padding_side: ``"right"`` or ``"left"`` (the tokenizer's).
        pad_to_multiple_of: Round the padded length up to this (8 helps tensor cores).
    """

    def __init__(self, pad_token_id: int, padding_side: str = "right", pad_to_multiple_of: int | None = None) -> None:
        self.pad_token_id = int(pad_token_id)
        self.padding_side = padding_side
        self.pad_to_multiple_of = pad_to_multiple_of

    @classmethod
    def for_tokenizer(cls, tokenizer, pad_to_multiple_of: int | None = None) -> "PaddingCollator":
        pad = tokenizer.pad_token_id
        if pad is None:
            raise ValueError("the encoder's tokenizer has no padding token")
        return cls(pad, getattr(tokenizer, "padding_side", "right") or "right", pad_to_multiple_of)

    def __call__(self, features: list[dict]) -> dict:
        import torch

        longest = max(len(f["input_ids"]) for f in features)
        if self.pad_to_multiple_of:
            m = self.pad_to_multiple_of
            longest = (longest + m - 1) // m * m
        batch: dict = {}
        for key in features[0]:
            if key == "labels":
                batch["labels"] = torch.tensor([f["labels"] for f in features], dtype=torch.long)
                continue
            if key == "weights":
                batch["weights"] = torch.tensor([f["weights"] for f in features], dtype=torch.float32)
                continue
            value = self.pad_token_id if key == "input_ids" else 0
            rows = []
            for f in features:
                seq = list(f[key])
                pad = [value] * (longest - len(seq))
                rows.append(pad + seq if self.padding_side == "left" else seq + pad)
            batch[key] = torch.tensor(rows, dtype=torch.long)
        return batch


@functools.lru_cache(maxsize=None)
def _classifier_class():
    """The ``torch.nn.Module`` class of encoder + head (defined on first use: torch is optional)."""
    torch, _ = require_torch()
    from transformers.modeling_outputs import SequenceClassifierOutput

    class EncoderClassifier(torch.nn.Module):
        """A Hugging Face encoder, a pooling step, dropout and a linear head.

        The encoder's pooler (unused here) is dropped so that every parameter gets a
        gradient (DistributedDataParallel needs no unused-parameter search).
        """

        def __init__(self, encoder, n_labels: int, pooling: str = "cls", dropout: float = 0.1,
                     label_smoothing: float = 0.0) -> None:
            super().__init__()
            self.label_smoothing = float(label_smoothing)
            if getattr(encoder, "pooler", None) is not None:
                encoder.pooler = None
            self.encoder = encoder
            self.pooling = pooling
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(encoder.config.hidden_size, n_labels)
            self.head.weight.data.normal_(0.0, getattr(encoder.config, "initializer_range", 0.02))
            self.head.bias.data.zero_()

        def forward(self, input_ids, attention_mask=None, token_type_ids=None, labels=None, weights=None):
            inputs = {"input_ids": input_ids}
            if attention_mask is not None:
                inputs["attention_mask"] = attention_mask
            if token_type_ids is not None:
                inputs["token_type_ids"] = token_type_ids
            hidden = self.encoder(**inputs).last_hidden_state
            if self.pooling == "mean":
                mask = (attention_mask if attention_mask is not None
                        else torch.ones_like(input_ids)).unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
            else:
                pooled = hidden[:, 0]
            logits = self.head(self.dropout(pooled))
            loss = None
            if labels is not None:
                smoothing = self.label_smoothing if self.training else 0.0
                losses = torch.nn.functional.cross_entropy(logits.float(), labels, reduction="none",
                                                           label_smoothing=smoothing)
                if weights is None:
                    loss = losses.mean()
                else:
                    w = weights.to(losses.dtype)
                    loss = (losses * w).sum() / w.sum().clamp(min=1e-6)
            return SequenceClassifierOutput(loss=loss, logits=logits)

    return EncoderClassifier


def build_classifier(encoder, n_labels: int, pooling: str = "cls", dropout: float = 0.1,
                     label_smoothing: float = 0.0):
    """Put a fresh linear head on ``encoder`` (a ``transformers`` base model).

    Args:
        encoder: The base model (its pooler is dropped).
        n_labels: Number of categories.
        pooling: ``"cls"`` or ``"mean"``.
        dropout: Dropout before the head.
        label_smoothing: Label smoothing of the training loss (none in evaluation mode).
    """
    return _classifier_class()(encoder, n_labels, pooling, dropout, label_smoothing)


class CompactEmbeddings:
    """Swaps an encoder's word-embedding matrix for the rows a data set uses, and back.

    A multilingual vocabulary has ~250k rows but a data set of Korean messages uses a
    few thousand: rows that never occur get no gradient, yet a full matrix still costs
    its AdamW state, its weight decay (which would shrink the unseen rows) and a
    250k-row gradient every step. The compact matrix holds the used rows in ascending
    id order (every id up to the padding id included, so the padding id maps to itself:
    RoBERTa-style encoders derive position ids from it); :meth:`remap` translates token
    ids into it and :meth:`restore` writes the trained rows back into the full matrix
    and puts that back into the encoder.

    Args:
        encoder: A ``transformers`` model with ``get_input_embeddings`` /
            ``set_input_embeddings``.
        used_ids: Token ids that occur in the data (special tokens are added).
        pad_token_id: The tokenizer's padding id.
        special_ids: Further ids to keep (the tokenizer's special tokens).
    """

    def __init__(self, encoder, used_ids, pad_token_id: int, special_ids=()) -> None:
        torch, _ = require_torch()
        self.encoder = encoder
        self.full = encoder.get_input_embeddings()
        vocab = self.full.weight.shape[0]
        keep = {int(i) for i in used_ids} | {int(i) for i in special_ids if i is not None}
        keep |= set(range(int(pad_token_id) + 1))
        self.ids = np.array(sorted(i for i in keep if 0 <= i < vocab), dtype=np.int64)
        self.lookup = np.full(vocab, -1, dtype=np.int64)
        self.lookup[self.ids] = np.arange(len(self.ids))
        pad = int(self.lookup[pad_token_id])
        if pad != pad_token_id:  # pragma: no cover - guaranteed by the range above
            raise AssertionError("the padding id must map to itself")
        small = torch.nn.Embedding(len(self.ids), self.full.weight.shape[1],
                                   padding_idx=self.full.padding_idx if self.full.padding_idx is not None else None,
                                   device=self.full.weight.device, dtype=self.full.weight.dtype)
        with torch.no_grad():
            small.weight.copy_(self.full.weight[torch.as_tensor(self.ids, device=self.full.weight.device)])
        self.small = small
        self.active = False

    def __len__(self) -> int:
        return len(self.ids)

    def activate(self) -> "CompactEmbeddings":
        """Put the compact matrix into the encoder."""
        self.full.weight.requires_grad_(False)
        self.encoder.set_input_embeddings(self.small)
        self.active = True
        return self

    def remap(self, ids: Sequence[int]) -> list[int]:
        """Token ids of the full vocabulary → row numbers of the compact matrix.

        Raises:
            KeyError: An id is not among the kept rows.
        """
        out = self.lookup[np.asarray(ids, dtype=np.int64)]
        if (out < 0).any():
            raise KeyError(f"token ids {sorted(set(np.asarray(ids)[out < 0].tolist()))[:5]} are not in the "
                           "compact embedding")
        return out.tolist()

    def restore(self) -> None:
        """Write the trained rows into the full matrix and put it back into the encoder."""
        torch, _ = require_torch()
        if not self.active:
            return
        small = self.encoder.get_input_embeddings()  # the Trainer may have moved / reloaded it
        with torch.no_grad():
            self.full.weight[torch.as_tensor(self.ids, device=self.full.weight.device)] = \
                small.weight.detach().to(self.full.weight.device, self.full.weight.dtype)
        self.full.weight.requires_grad_(True)
        self.encoder.set_input_embeddings(self.full)
        self.active = False


@functools.lru_cache(maxsize=None)
def _trainer_classes():
    """``(BuddyTrainer, ProgressReporter)``, defined on first use."""
    torch, transformers = require_torch()

    class BuddyTrainer(transformers.Trainer):
        """A :class:`transformers.Trainer` whose AdamW gives the new head its own learning rate."""

        def __init__(self, *args, head_lr: float | None = None, **kwargs) -> None:
            self.head_lr = head_lr
            super().__init__(*args, **kwargs)

        def create_optimizer(self, model=None):
            if self.optimizer is None:
                opt_model = self.model if model is None else model
                decay = set(self.get_decay_parameter_names(opt_model))
                a = self.args
                groups: dict[tuple[bool, bool], list] = {}
                for name, p in opt_model.named_parameters():
                    if p.requires_grad:
                        groups.setdefault((name.startswith("head."), name in decay), []).append(p)
                param_groups = [
                    {"params": params,
                     "lr": (self.head_lr or a.learning_rate) if is_head else a.learning_rate,
                     "weight_decay": a.weight_decay if decays else 0.0}
                    for (is_head, decays), params in sorted(groups.items())
                ]
                self.optimizer = torch.optim.AdamW(param_groups, lr=a.learning_rate,
                                                   betas=(a.adam_beta1, a.adam_beta2), eps=a.adam_epsilon)
            return self.optimizer

    class ProgressReporter(transformers.TrainerCallback):
        """Reports steps, the running loss and the validation accuracy to buddy's progress callback."""

        def __init__(self, progress: Callable[[str], None] | None, epochs: int) -> None:
            self.progress = progress
            self.epochs = epochs
            self.loss: float | None = None
            self.accuracy: float | None = None

        def _status(self, state) -> str:
            parts = [f"epoch {min(math.ceil(state.epoch or 0) or 1, self.epochs)}/{self.epochs}"]
            if self.loss is not None:
                parts.append(f"loss {self.loss:.3f}")
            if self.accuracy is not None:
                parts.append(f"val acc {self.accuracy:.3f}")
            return " ".join(parts)

        def on_log(self, args, state, control, logs=None, **kwargs):
            if logs and "loss" in logs:
                self.loss = float(logs["loss"])

        def on_evaluate(self, args, state, control, metrics=None, **kwargs):
            if metrics and "eval_accuracy" in metrics:
                self.accuracy = float(metrics["eval_accuracy"])
                if state.is_world_process_zero:
                    logger.info("epoch %.0f: validation accuracy %.4f, loss %.4f", state.epoch or 0,
                                self.accuracy, metrics.get("eval_loss", float("nan")))

        def on_step_end(self, args, state, control, **kwargs):
            if self.progress is not None and state.is_world_process_zero:
                self.progress(self._status(state))

    return BuddyTrainer, ProgressReporter


def _training_arguments(transformers, **kwargs):
    """``TrainingArguments`` across transformers 4.4x and 5.x (renamed options)."""
    params = set(inspect.signature(transformers.TrainingArguments.__init__).parameters)
    if "train_sampling_strategy" not in params and kwargs.pop("train_sampling_strategy", None) == "group_by_length":
        kwargs["group_by_length"] = True
    if "eval_strategy" not in params and "eval_strategy" in kwargs:
        kwargs["evaluation_strategy"] = kwargs.pop("eval_strategy")
    if "save_safetensors" in params:
        kwargs["save_safetensors"] = True  # transformers 4.x; 5.x always writes safetensors
    ratio = kwargs.pop("warmup_ratio", 0.0)
    if "warmup_ratio" in params:
        kwargs["warmup_ratio"] = ratio
    else:  # transformers 5: a float in [0, 1) is a ratio of the total steps
        kwargs["warmup_steps"] = float(ratio)
    return transformers.TrainingArguments(**{k: v for k, v in kwargs.items() if k in params or k in (
        "group_by_length", "evaluation_strategy", "warmup_ratio")})


def _checkpoint_dir() -> tuple[Path, bool]:
    """A folder for the Trainer's checkpoints, and whether this process deletes it.

    Under ``torchrun`` every rank must see the same path (rank 0 writes, all read the best
    checkpoint back), so it is derived from the launcher's run id.
    """
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        run = (os.environ.get("TORCHELASTIC_RUN_ID")
               or f"{os.environ.get('MASTER_ADDR', '')}-{os.environ.get('MASTER_PORT', '')}")
        path = Path(tempfile.gettempdir()) / f"buddy-transformer-{run}".replace("/", "_")
        return path, int(os.environ.get("LOCAL_RANK", "0")) == 0
    return Path(tempfile.mkdtemp(prefix="buddy-transformer-")), True


def _is_main_process() -> bool:
    try:
        import torch.distributed as dist
    except ImportError:  # pragma: no cover
        return True
    return not (dist.is_available() and dist.is_initialized()) or dist.get_rank() == 0


# --------------------------------------------------------------------------- model


class TransformerModel:
    """A fine-tuned encoder + head that predicts calibrated category probabilities.

    Attributes:
        config: The engine settings it was trained with (``max_length`` resolved).
        labels_: Category of each output column.
        temperature_: Multiplier of the logits before the softmax (fitted on validation).
        tokenizer: The encoder's tokenizer.
        module: The ``torch.nn.Module`` (encoder + head), in evaluation mode.
    """

    def __init__(self, config: TransformerConfig, labels: Sequence[str], module, tokenizer,
                 temperature: float = 1.0) -> None:
        self.config = config
        self.labels_ = list(labels)
        self.module = module
        self.tokenizer = tokenizer
        self.temperature_ = float(temperature)
        self.module.eval()

    @property
    def max_length(self) -> int:
        return int(self.config.max_length or MAX_LENGTH_CAP)

    def logits(self, texts: Sequence[str], batch_size: int = PREDICT_BATCH) -> np.ndarray:
        """Raw head outputs, (n_texts, n_labels) float32; batched, dynamically padded, no grad."""
        torch, _ = require_torch()
        texts = list(texts)
        out = np.zeros((len(texts), len(self.labels_)), dtype=np.float32)
        if not texts:
            return out
        enc = self.tokenizer(texts, truncation=True, max_length=self.max_length)
        keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        order = np.argsort([len(ids) for ids in enc["input_ids"]], kind="stable")
        collate = PaddingCollator.for_tokenizer(self.tokenizer)
        device = next(self.module.parameters()).device
        self.module.eval()
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                idx = order[start:start + batch_size]
                batch = collate([{k: enc[k][i] for k in keys} for i in idx])
                batch = {k: v.to(device) for k, v in batch.items()}
                out[idx] = self.module(**batch).logits.float().cpu().numpy()
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probabilities, (n_texts, n_labels) float32."""
        from buddy.engines.classic import softmax

        return softmax(self.logits(texts), self.temperature_).astype(np.float32)

    # -- persistence

    def save(self, directory: str | Path) -> list[str]:
        """Write ``model.safetensors`` and ``encoder/`` into ``directory``; return the file names.

        Under ``torchrun`` only rank 0 writes (every rank returns the names).
        """
        from safetensors.torch import save_file

        d = Path(directory)
        enc_dir = d / ENCODER_DIR
        names = [WEIGHTS_FILE, f"{ENCODER_DIR}/config.json"]
        if not _is_main_process():
            return names
        enc_dir.mkdir(parents=True, exist_ok=True)
        state = {k: v.detach().to("cpu").contiguous() for k, v in self.module.state_dict().items()}
        save_file(state, str(d / WEIGHTS_FILE), metadata={
            "format": "pt", "temperature": repr(self.temperature_), "n_labels": str(len(self.labels_))})
        self.module.encoder.config.save_pretrained(str(enc_dir))
        written = self.tokenizer.save_pretrained(str(enc_dir))
        for path in written:
            p = Path(path)
            if p.is_file():
                names.append(p.resolve().relative_to(d.resolve()).as_posix())
        return sorted(set(names))

    @classmethod
    def load(cls, directory: str | Path, config: dict) -> "TransformerModel":
        """Read a model directory written by :meth:`save`.

        Args:
            directory: The model directory.
            config: Its parsed buddy ``config.json`` (``engine_config`` and ``labels``).

        Raises:
            OSError: A file is missing.
            ValueError: A file is corrupt or does not match the labels.
            RuntimeError: torch / transformers are not installed.
        """
        torch, transformers = require_torch()
        from safetensors import safe_open

        d = Path(directory)
        cfg = TransformerConfig.from_dict(dict(config.get("engine_config", {})))
        labels = list(config["labels"])
        weights, enc_dir = d / WEIGHTS_FILE, d / ENCODER_DIR
        for required in (weights, enc_dir / "config.json"):
            if not required.is_file():
                raise FileNotFoundError(f"{required}: missing (the transformer model directory is incomplete)")
        try:
            with safe_open(str(weights), framework="pt") as f:
                meta = f.metadata() or {}
                state = {k: f.get_tensor(k) for k in f.keys()}
        except Exception as exc:  # safetensors raises its own error type on corrupt files
            raise ValueError(f"{weights}: not a readable safetensors file ({exc})") from exc
        try:
            temperature = float(meta.get("temperature", "1.0"))
        except ValueError as exc:
            raise ValueError(f"{weights}: bad temperature in its metadata ({exc})") from exc
        try:
            enc_config = transformers.AutoConfig.from_pretrained(str(enc_dir), trust_remote_code=cfg.trust_remote_code)
            tokenizer = transformers.AutoTokenizer.from_pretrained(str(enc_dir),
                                                                   trust_remote_code=cfg.trust_remote_code)
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{enc_dir}: unreadable encoder config or tokenizer ({exc})") from exc
        encoder = transformers.AutoModel.from_config(enc_config, trust_remote_code=cfg.trust_remote_code)
        module = build_classifier(encoder, len(labels), cfg.pooling, cfg.dropout)
        head = state.get("head.weight")
        if head is None or tuple(head.shape) != (len(labels), enc_config.hidden_size):
            raise ValueError(f"{weights}: the head has shape {None if head is None else tuple(head.shape)}, "
                             f"expected {(len(labels), enc_config.hidden_size)} for {len(labels)} labels")
        try:
            module.load_state_dict(state, strict=True)
        except RuntimeError as exc:
            raise ValueError(f"{weights}: weights do not fit the encoder in {enc_dir} ({exc})") from exc
        module.to(_resolve_device(cfg.device, torch))
        return cls(cfg, labels, module, tokenizer, temperature)


def _resolve_device(device: str, torch) -> str:
    if device == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("device 'cuda' was requested but CUDA is not available (use --device cpu)")
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return device


# --------------------------------------------------------------------------- training


class TransformerTrainer:
    """Fine-tunes a :class:`TransformerModel`.

    Example:
        >>> trainer = TransformerTrainer(TransformerConfig(pretrained="klue-bert-base")).fit(dataset)
        >>> trainer.model_.predict_proba(["요즘 잠이 안 와요"])

    Args:
        config: Engine settings (``pretrained`` is required).
        progress: Called after each step with a short status (epoch, loss, accuracy).
    """

    def __init__(self, config: TransformerConfig, progress: Callable[[str], None] | None = None) -> None:
        self.config = config
        self._progress = progress

    def _load_pretrained(self, transformers):
        c = self.config
        if not c.pretrained:
            raise ValueError("the transformer engine needs a pretrained encoder: pretrained=DIR "
                             "(`buddy train --engine transformer --pretrained DIR`)")
        try:
            tokenizer = transformers.AutoTokenizer.from_pretrained(c.pretrained, trust_remote_code=c.trust_remote_code)
            encoder = transformers.AutoModel.from_pretrained(c.pretrained, trust_remote_code=c.trust_remote_code)
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"cannot load the pretrained encoder {c.pretrained!r}: {exc}") from exc
        if tokenizer.pad_token_id is None:
            raise ValueError(f"the tokenizer of {c.pretrained!r} has no padding token")
        return tokenizer, encoder

    def fit(self, dataset: "Dataset", split: tuple[Sequence[int], Sequence[int]] | None = None
            ) -> "TransformerTrainer":
        """Fine-tune on ``dataset``; returns ``self``.

        Args:
            dataset: Labelled utterances (and the category answers).
            split: ``(train, validation)`` utterance indices to use instead of the
                stratified split of ``validation_fraction`` (the ensemble passes its own).

        Sets ``model_`` (the fitted model, best epoch), ``labels_``, ``temperature_``,
        ``threshold_``, ``validation_`` (figures on the held-out split),
        ``validation_index_`` (the held-out utterances) and ``validation_proba_``
        (their calibrated probabilities, in that order).
        """
        torch, transformers = require_torch()
        from buddy.engines.classic import choose_threshold, fit_temperature, softmax

        c = self.config
        labels = sorted(set(dataset.labels))
        if len(labels) < 2:
            raise ValueError("the transformer engine needs utterances of at least 2 categories")
        device = _resolve_device(c.device, torch)
        index = {lab: i for i, lab in enumerate(labels)}
        texts = dataset.texts
        y = np.array([index[lab] for lab in dataset.labels], dtype=np.int64)

        tokenizer, encoder = self._load_pretrained(transformers)
        if c.max_length is None:
            lengths = [len(ids) for ids in tokenizer(texts, truncation=False)["input_ids"]]
            c = replace(c, max_length=choose_max_length(lengths, _encoder_limit(tokenizer, encoder.config)))
            logger.info("max_length %d (99th percentile of the token lengths + %d)", c.max_length, MAX_LENGTH_MARGIN)
        self.config = c
        transformers.set_seed(c.seed)
        module = build_classifier(encoder, len(labels), c.pooling, c.dropout, c.label_smoothing)

        if split is None:
            tr, va = _stratified_split(y, c.validation_fraction, c.seed)
        else:
            tr, va = (np.asarray(part, dtype=np.int64) for part in split)
        ex_texts, ex_cats, ex_weights = dataset.extra_examples(labels, c.answer_weight, c.category_weight)
        all_texts = texts + ex_texts
        y_all = np.concatenate([y, np.array([index[cat] for cat in ex_cats], dtype=np.int64)])
        w_all = np.concatenate([np.ones(len(texts)), np.asarray(ex_weights, dtype=np.float64)])
        enc = tokenizer(all_texts, truncation=True, max_length=c.max_length)
        keys = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        input_ids = enc["input_ids"]

        vocab_size = encoder.get_input_embeddings().weight.shape[0]
        use_compact = c.compact_embeddings if c.compact_embeddings is not None else vocab_size >= COMPACT_MIN_VOCAB
        compact = None
        if use_compact:
            used = {i for ids in input_ids for i in ids}
            compact = CompactEmbeddings(encoder, used, tokenizer.pad_token_id, tokenizer.all_special_ids)
            if len(compact) < vocab_size:
                compact.activate()
                input_ids = [compact.remap(ids) for ids in input_ids]
                logger.info("compact embeddings: training %d of %d word-embedding rows", len(compact), vocab_size)
            else:
                compact = None
        extra_idx = np.arange(len(texts), len(all_texts))
        train_idx = np.concatenate([tr, extra_idx])

        def row(i: int, weighted: bool) -> dict:
            out = {k: (input_ids[i] if k == "input_ids" else enc[k][i]) for k in keys}
            out["labels"] = int(y_all[i])
            if weighted:
                out["weights"] = float(w_all[i])
            return out

        weighted = len(extra_idx) > 0
        train_rows = [row(i, weighted) for i in train_idx]
        val_rows = [row(i, False) for i in va]
        validate = len(val_rows) > 0
        on_cuda = device == "cuda"
        bf16 = on_cuda and c.fp16 is None and torch.cuda.is_bf16_supported()
        fp16 = on_cuda and not bf16 and c.fp16 is not False
        world = int(os.environ.get("WORLD_SIZE", "1"))
        steps_per_epoch = max(1, math.ceil(len(train_rows) / (c.batch_size * world)))
        out_dir, owner = _checkpoint_dir()
        args = _training_arguments(
            transformers,
            output_dir=str(out_dir),
            num_train_epochs=c.epochs,
            per_device_train_batch_size=c.batch_size,
            per_device_eval_batch_size=max(c.batch_size, PREDICT_BATCH),
            learning_rate=c.lr,
            weight_decay=c.weight_decay,
            warmup_ratio=c.warmup_ratio,
            lr_scheduler_type="linear",
            max_grad_norm=1.0,
            label_smoothing_factor=0.0,  # the module smooths (and weights) its own loss
            train_sampling_strategy="group_by_length",
            eval_strategy="epoch" if validate else "no",
            save_strategy="epoch" if validate else "no",
            save_total_limit=1,
            save_only_model=True,
            load_best_model_at_end=validate,
            metric_for_best_model="accuracy" if validate else None,
            greater_is_better=True,
            logging_strategy="steps",
            logging_steps=max(1, min(50, steps_per_epoch // 4)),
            seed=c.seed,
            data_seed=c.seed,
            fp16=fp16,
            bf16=bf16,
            use_cpu=device == "cpu",
            dataloader_pin_memory=on_cuda,
            ddp_find_unused_parameters=False,
            remove_unused_columns=False,
            report_to=[],
            disable_tqdm=True,
        )
        BuddyTrainer, ProgressReporter = _trainer_classes()
        reporter = ProgressReporter(self._progress, c.epochs)
        callbacks = [reporter]
        if validate:
            callbacks.append(transformers.EarlyStoppingCallback(early_stopping_patience=c.patience))

        def accuracy(pred) -> dict:
            logits = pred.predictions[0] if isinstance(pred.predictions, tuple) else pred.predictions
            return {"accuracy": float(np.mean(np.argmax(logits, axis=1) == pred.label_ids))}

        trainer = BuddyTrainer(
            model=module, args=args, head_lr=c.head_lr,
            data_collator=PaddingCollator.for_tokenizer(tokenizer, 8 if on_cuda else None),
            train_dataset=train_rows, eval_dataset=val_rows if validate else None,
            processing_class=tokenizer, compute_metrics=accuracy if validate else None, callbacks=callbacks)
        trainer.remove_callback(transformers.trainer_callback.PrinterCallback)  # it print()s every log
        t0 = time.perf_counter()
        try:
            result = trainer.train()
        finally:
            trainer.accelerator.wait_for_everyone()
            if owner:
                shutil.rmtree(out_dir, ignore_errors=True)
            if compact is not None:
                compact.restore()
        seconds = time.perf_counter() - t0
        module = trainer.accelerator.unwrap_model(trainer.model)
        module.to(device)
        module.eval()
        self.labels_ = labels
        self.model_ = TransformerModel(c, labels, module, tokenizer, 1.0)
        val_logits = y_val = None
        if validate:
            # Scored by the final (full-vocabulary) model, in the split's order.
            val_logits = self.model_.logits([texts[i] for i in va])
            y_val = y[va]

        history = [h for h in trainer.state.log_history if "eval_accuracy" in h]
        best = max(history, key=lambda h: h["eval_accuracy"]) if history else None
        self.validation_: dict = {
            "method": f"stratified validation split ({len(val_rows)} of {len(texts)} utterances)",
            "train_utterances": len(tr),
            "extra_examples": len(extra_idx),
            "embedding_rows_trained": len(compact) if compact is not None else vocab_size,
            "validation_utterances": len(val_rows),
            "epochs_trained": round(float(trainer.state.epoch or 0), 2),
            "best_epoch": None if best is None else round(float(best["epoch"]), 2),
            "best_accuracy": None if best is None else float(best["eval_accuracy"]),
            "train_loss": round(float(result.training_loss), 4),
            "train_seconds": round(seconds, 2),
            "max_length": c.max_length,
        }
        if validate:
            scores = np.asarray(val_logits, dtype=np.float32)
            self.temperature_ = fit_temperature(scores, y_val)
            proba = softmax(scores, self.temperature_)
            self.threshold_ = choose_threshold(proba, y_val, c.clarify_cost, c.min_coverage)
            top = np.argsort(-proba, axis=1)[:, :5]
            self.validation_.update({
                "top1": float(np.mean(top[:, 0] == y_val)),
                "top5": float(np.mean((top == y_val[:, None]).any(axis=1))),
                "threshold": self.threshold_,
                "coverage": float(np.mean(proba.max(axis=1) >= self.threshold_)),
                "temperature": self.temperature_,
            })
        else:
            logger.warning("no validation split: the temperature stays 1 and the confidence threshold 0")
            self.temperature_, self.threshold_ = 1.0, 0.0
            proba = np.zeros((0, len(labels)), dtype=np.float32)
        self.model_.temperature_ = self.temperature_
        self.validation_index_ = np.asarray(va, dtype=np.int64)
        self.validation_proba_ = np.asarray(proba, dtype=np.float32)
        return self


def train_transformer(dataset: "Dataset", progress: Callable[[str], None] | None = None,
                      **options) -> "BuddyModel":
    """Fine-tune the transformer engine on ``dataset`` and return the in-memory model.

    Args:
        dataset: Labelled utterances and answers.
        progress: Called after each training step with a short status.
        **options: :class:`TransformerConfig` fields (``pretrained`` is required).

    Raises:
        ValueError: Bad settings, no pretrained encoder, or too little data.
        RuntimeError: torch / transformers are not installed.
    """
    from buddy.model import BuddyModel, build_config

    require_torch()
    cfg = TransformerConfig.from_dict(options)
    t0 = time.perf_counter()
    trainer = TransformerTrainer(cfg, progress=progress).fit(dataset)
    seconds = time.perf_counter() - t0
    metrics = {"train_seconds": round(seconds, 2), "validation": trainer.validation_}
    config = build_config("transformer", trainer.config.to_dict(), trainer.labels_, trainer.threshold_,
                          dataset, metrics, extra_versions=("torch", "transformers", "tokenizers", "safetensors"))
    logger.info("trained transformer engine on %d utterances in %.1f s", len(dataset.examples), seconds)
    answers = dataset.answer_map()
    return BuddyModel(trainer.model_, config, answers)
