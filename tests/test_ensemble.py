"""The ensemble engine (classic + transformer), on the tiny random BERT of test_transformer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from click.testing import CliRunner  # noqa: E402
from test_transformer import assert_cli_predicts_and_evaluates, make_tiny_encoder  # noqa: E402

from buddy.cli import cli  # noqa: E402
from buddy.engines.ensemble import EnsembleConfig, blend_proba, choose_blend  # noqa: E402
from buddy.model import ModelError, load_model  # noqa: E402



@pytest.fixture(scope="module", autouse=True)
def _few_threads():
    """The CI machine has two shared cores: don't oversubscribe them."""
    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny_encoder(small_dataset, tmp_path_factory) -> Path:
    texts = small_dataset.texts + [a for v in small_dataset.answers.values() for a in v]
    return make_tiny_encoder(texts, tmp_path_factory.mktemp("encoder"))


@pytest.fixture(scope="module")
def cli_model(small_csv, tiny_encoder, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("models") / "ensemble-cli"
    result = CliRunner().invoke(cli, ["train", str(small_csv), "--engine", "ensemble", "--pretrained",
                                      str(tiny_encoder), "--epochs", "1", "--embeddings", "none",
                                      "--batch-size", "16", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def trained(small_dataset, tiny_encoder, tmp_path_factory):
    """An ensemble trained through ``buddy.train.train`` (kept in memory) and saved."""
    from buddy.train import train

    out = tmp_path_factory.mktemp("models") / "ensemble"
    model = train(small_dataset, "ensemble", out=out, pretrained=str(tiny_encoder), embeddings="none",
                  epochs=1, batch_size=16, seed=0)
    return model, out


def test_the_cli_trains_an_ensemble_that_predict_and_evaluate_load_like_any_model(cli_model, small_csv):
    assert_cli_predicts_and_evaluates(cli_model, small_csv)


def test_the_model_directory_holds_both_engines_in_their_own_subfolders(cli_model):
    config = json.loads((cli_model / "config.json").read_text(encoding="utf-8"))
    assert config["engine"] == "ensemble"
    assert set(config["engine_config"]) == {"ensemble", "classic", "transformer"}
    ens = EnsembleConfig.from_dict(config["engine_config"]["ensemble"])
    assert ens.blend in ("geometric", "arithmetic") and 0 <= ens.weight <= 1 and ens.temperature > 0
    assert config["engine_config"]["classic"]["embeddings"] == "none"
    assert config["engine_config"]["transformer"]["epochs"] == 1
    assert {"config.json", "answers.json", "classic/classic.npz", "classic/vocab.json",
            "transformer/model.safetensors", "transformer/encoder/config.json"} <= set(config["files"])
    assert all((cli_model / name).is_file() for name in config["files"])
    validation = config["metrics"]["validation"]
    assert 0 <= validation["top1"] <= validation["top5"] <= 1
    assert {"classic", "transformer"} <= set(validation)


def test_a_saved_ensemble_loads_back_with_identical_probabilities(trained, small_dataset):
    model, out = trained
    loaded = load_model(out)
    assert loaded.engine_name == "ensemble"
    texts = small_dataset.texts[:40]
    np.testing.assert_array_equal(loaded.predict_proba(texts), model.predict_proba(texts))
    assert loaded.threshold == model.threshold and loaded.labels == model.labels


def test_the_ensemble_blends_the_calibrated_probabilities_of_both_engines(trained, small_dataset):
    model, _ = trained
    texts = small_dataset.texts[:10]
    proba = model.predict_proba(texts)
    assert proba.dtype == np.float32 and proba.shape == (10, len(model.labels))
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    engine = model.engine
    pc, pt = engine.component_proba(texts)
    c = engine.config
    np.testing.assert_allclose(proba, blend_proba(pc, pt, c.weight, c.blend, c.temperature), atol=1e-6)


def test_the_blend_weight_follows_the_better_engine_on_validation():
    rng = np.random.RandomState(0)
    y = rng.randint(0, 6, size=200)
    good = np.full((200, 6), 0.02)
    good[np.arange(200), y] = 0.9
    noise = rng.dirichlet(np.ones(6), size=200)
    _, weight, temperature, table = choose_blend(good, noise, y)
    assert weight >= 0.5 and temperature > 0
    assert len(table) == 2 * 21
    _, weight, _, _ = choose_blend(noise, good, y)
    assert weight <= 0.5


def test_compact_embeddings_train_the_seen_rows_and_leave_the_unseen_rows_unchanged(small_dataset, tiny_encoder):
    from safetensors.torch import load_file

    from buddy.engines.transformer import TransformerConfig, TransformerTrainer

    ds = small_dataset.subset(range(0, len(small_dataset.examples), 4))
    cfg = TransformerConfig(pretrained=str(tiny_encoder), epochs=1, batch_size=16, validation_fraction=0.0,
                            compact_embeddings=True, answer_weight=0.0, category_weight=0.0, max_length=32)
    trainer = TransformerTrainer(cfg).fit(ds)
    before = load_file(str(tiny_encoder / "model.safetensors"))
    key = next(k for k in before if k.endswith("word_embeddings.weight"))
    after = trainer.model_.module.encoder.get_input_embeddings().weight.detach()
    assert tuple(after.shape) == tuple(before[key].shape)  # the full matrix is back
    tokenizer = trainer.model_.tokenizer
    seen = {i for ids in tokenizer(ds.texts, truncation=True, max_length=32)["input_ids"] for i in ids}
    specials = set(tokenizer.all_special_ids)
    seen_rows = sorted(seen - specials)
    unseen_rows = sorted(set(range(after.shape[0])) - seen - specials)
    assert len(unseen_rows) > 100 and trainer.validation_["embedding_rows_trained"] == len(seen | specials)
    assert torch.equal(after[unseen_rows], before[key][unseen_rows])
    changed = (after[seen_rows] != before[key][seen_rows]).any(dim=1)
    assert bool(changed.all())


def test_compact_embeddings_map_the_padding_id_to_itself_and_restore_the_full_matrix(tiny_encoder):
    from transformers import AutoModel

    from buddy.engines.transformer import CompactEmbeddings

    encoder = AutoModel.from_pretrained(str(tiny_encoder))
    full = encoder.get_input_embeddings()
    compact = CompactEmbeddings(encoder, [40, 7, 300], pad_token_id=0, special_ids=[2, 3]).activate()
    assert encoder.get_input_embeddings() is compact.small and len(compact) == 6
    assert compact.remap([0, 2, 3, 7, 40, 300]) == [0, 1, 2, 3, 4, 5]
    with pytest.raises(KeyError):
        compact.remap([41])
    with torch.no_grad():
        compact.small.weight[4] += 1.0
    compact.restore()
    assert encoder.get_input_embeddings() is full
    expected = AutoModel.from_pretrained(str(tiny_encoder)).get_input_embeddings().weight[40] + 1.0
    assert torch.allclose(full.weight[40], expected)


def test_a_missing_engine_file_of_an_ensemble_is_a_clear_model_error(cli_model, tmp_path):
    copy = shutil.copytree(cli_model, tmp_path / "m")
    (copy / "transformer" / "model.safetensors").unlink()
    with pytest.raises(ModelError, match="model.safetensors"):
        load_model(copy)


def test_an_ensemble_without_a_pretrained_encoder_is_refused(small_dataset, small_csv, tmp_path):
    from buddy.train import train

    with pytest.raises(ValueError, match="pretrained"):
        train(small_dataset, "ensemble", embeddings="none", epochs=1)
    result = CliRunner().invoke(cli, ["train", str(small_csv), "--engine", "ensemble", "--out", str(tmp_path / "m")])
    assert result.exit_code != 0 and "--pretrained" in result.output
