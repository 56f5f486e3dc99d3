"""The transformer engine, on a tiny random BERT with a WordPiece vocabulary of the demo data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from click.testing import CliRunner  # noqa: E402

from buddy.cli import cli  # noqa: E402
from buddy.engines.transformer import (  # noqa: E402
    INSTALL_HINT,
    TransformerConfig,
    choose_max_length,
    require_torch,
)
from buddy.model import ModelError, load_model  # noqa: E402

TRAIN_OPTIONS = {"epochs": 1, "batch_size": 16, "seed": 0}


@pytest.fixture(autouse=True)
def _buddy_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BUDDY_HOME", str(tmp_path / "buddy_home"))


@pytest.fixture(scope="module", autouse=True)
def _few_threads():
    """The CI machine has two shared cores: don't oversubscribe them."""
    before = torch.get_num_threads()
    torch.set_num_threads(min(2, before))
    yield
    torch.set_num_threads(before)


def make_tiny_encoder(texts: list[str], directory: Path) -> Path:
    """A random 2-layer BERT (hidden 64) and a WordPiece tokenizer trained on ``texts``."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, BertTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=2000, special_tokens=specials))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))])
    tokenizer = BertTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                  cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
                                  do_lower_case=False, strip_accents=False, model_max_length=128)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=64, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=128, max_position_embeddings=128)
    BertModel(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def tiny_encoder(small_dataset, tmp_path_factory) -> Path:
    texts = small_dataset.texts + [a for v in small_dataset.answers.values() for a in v]
    return make_tiny_encoder(texts, tmp_path_factory.mktemp("encoder"))


@pytest.fixture(scope="module")
def trained(small_dataset, tiny_encoder, tmp_path_factory):
    """A one-epoch transformer model trained through ``buddy.train.train`` and saved."""
    from buddy.train import train

    out = tmp_path_factory.mktemp("models") / "transformer"
    model = train(small_dataset, "transformer", out=out, pretrained=str(tiny_encoder), **TRAIN_OPTIONS)
    return model, out


@pytest.fixture(scope="module")
def cli_model(small_csv, tiny_encoder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("models") / "cli"
    result = CliRunner().invoke(cli, ["train", str(small_csv), "--engine", "transformer", "--pretrained",
                                      str(tiny_encoder), "--epochs", "1", "--batch-size", "16", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_training_through_the_library_gives_calibrated_probabilities(trained, small_dataset):
    model, _ = trained
    assert model.engine_name == "transformer"
    assert model.labels == sorted(set(small_dataset.labels))
    proba = model.predict_proba(small_dataset.texts[:7])
    assert proba.dtype == np.float32 and proba.shape == (7, len(model.labels))
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    validation = model.config["metrics"]["validation"]
    assert validation["temperature"] > 0 and 0 <= validation["top1"] <= validation["top5"] <= 1
    # calibration saw the same validation predictions as the Trainer's epoch-end evaluation
    assert validation["top1"] == pytest.approx(validation["best_accuracy"])
    assert 0 <= model.threshold < 1


def test_the_config_records_the_engine_settings_and_library_versions(trained):
    model, out = trained
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    cfg = TransformerConfig.from_dict(config["engine_config"])
    assert cfg.epochs == 1 and cfg.seed == 0 and 16 <= cfg.max_length <= 128
    assert {"torch", "transformers", "tokenizers", "safetensors"} <= set(config["versions"])
    assert {"model.safetensors", "encoder/config.json", "config.json", "answers.json"} <= set(config["files"])
    assert all((out / name).is_file() for name in config["files"])
    assert not list(out.rglob("*.bin")) and not list(out.rglob("*.pt*"))


def test_a_saved_model_loads_back_with_identical_probabilities(trained, small_dataset):
    model, out = trained
    loaded = load_model(out)
    texts = small_dataset.texts[:40]
    np.testing.assert_array_equal(loaded.predict_proba(texts), model.predict_proba(texts))
    assert loaded.threshold == model.threshold
    assert loaded.answers == model.answers


def test_predictions_do_not_depend_on_the_batch(trained, small_dataset):
    model, _ = trained
    texts = small_dataset.texts[:20]
    together = model.predict_proba(texts)
    alone = np.vstack([model.predict_proba([t]) for t in texts[:5]])
    np.testing.assert_allclose(alone, together[:5], atol=1e-5)


OUTPUT_KEYS = {"text", "category", "confidence", "top_k", "crisis", "risk", "reasons", "answer"}


def assert_cli_predicts_and_evaluates(model_dir, data_file) -> None:
    """``buddy predict`` and ``buddy evaluate`` load ``model_dir`` and give well-formed output."""
    runner = CliRunner()
    result = runner.invoke(cli, ["predict", "--model", str(model_dir), "요즘 잠이 안 와요", "너무 우울해"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for r in records:
        assert OUTPUT_KEYS <= set(r)
        assert len(r["top_k"]) >= 5
    result = runner.invoke(cli, ["evaluate", "--model", str(model_dir), str(data_file), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert 0 <= metrics["top1"] <= metrics["top5"] <= 1


def test_the_cli_trains_predicts_and_evaluates_a_transformer_model(cli_model, small_csv):
    assert_cli_predicts_and_evaluates(cli_model, small_csv)


def test_training_again_with_the_same_seed_gives_the_same_model(trained, cli_model, small_dataset):
    """The CLI run used the same data, encoder, options and seed as the library run."""
    model, _ = trained
    texts = small_dataset.texts[:30]
    np.testing.assert_allclose(load_model(cli_model).predict_proba(texts), model.predict_proba(texts), atol=1e-6)


def test_a_missing_weights_file_is_a_clear_model_error(trained, tmp_path):
    import shutil

    _, out = trained
    copy = shutil.copytree(out, tmp_path / "m")
    (copy / "model.safetensors").unlink()
    with pytest.raises(ModelError, match="model.safetensors"):
        load_model(copy)


def test_a_corrupt_weights_file_is_a_clear_model_error(trained, tmp_path):
    import shutil

    _, out = trained
    copy = shutil.copytree(out, tmp_path / "m")
    (copy / "model.safetensors").write_bytes(b"\x00garbage" * 10)
    with pytest.raises(ModelError, match="model.safetensors"):
        load_model(copy)


def test_weights_for_other_labels_are_a_clear_model_error(trained, tmp_path):
    import shutil

    _, out = trained
    copy = shutil.copytree(out, tmp_path / "m")
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))
    config["labels"] = config["labels"][:-1]
    (copy / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ModelError, match="head"):
        load_model(copy)


def test_a_missing_pretrained_encoder_is_a_value_error(small_dataset, tmp_path):
    from buddy.train import train

    with pytest.raises(ValueError, match="pretrained"):
        train(small_dataset, "transformer", pretrained=str(tmp_path / "nowhere"), epochs=1)
    with pytest.raises(ValueError, match="pretrained"):
        train(small_dataset, "transformer", epochs=1)


def test_the_config_round_trips_and_rejects_bad_settings():
    cfg = TransformerConfig(pretrained="enc", pooling="mean", lr=3e-5)
    assert TransformerConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ValueError, match="unknown transformer engine setting"):
        TransformerConfig.from_dict({"embeddings": "e5"})
    with pytest.raises(ValueError, match="pooling"):
        TransformerConfig(pooling="max")
    with pytest.raises(ValueError, match="device"):
        TransformerConfig(device="tpu")


def test_max_length_covers_the_data_plus_a_margin_and_is_capped():
    assert choose_max_length([10] * 99 + [12]) == 24
    assert choose_max_length([500] * 10) == 128
    assert choose_max_length([500] * 10, limit=64) == 64
    assert choose_max_length([3]) == 16


def test_mean_pooling_trains_without_validation(small_dataset, tiny_encoder):
    from buddy.train import train

    ds = small_dataset.subset(range(0, len(small_dataset.examples), 3))
    model = train(ds, "transformer", pretrained=str(tiny_encoder), epochs=1, pooling="mean",
                  validation_fraction=0.0, max_length=32)
    assert model.threshold == 0.0
    assert model.predict_proba(["잠이 안 와"]).shape == (1, len(model.labels))


def test_a_missing_torch_gives_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(RuntimeError) as info:
        require_torch()
    assert str(info.value) == INSTALL_HINT == 'the transformer engine needs: pip install "buddy[transformer]"'


def test_importing_the_engine_does_not_import_torch():
    code = "import sys, buddy.engines.transformer; sys.exit('torch' in sys.modules or 'transformers' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
