"""End to end on the AI Hub wellness data, when it is present (it is licensed, not in the repo)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from buddy.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wellness_model(tmp_path_factory, shared_xlsx):
    out = tmp_path_factory.mktemp("wellness") / "model"
    result = CliRunner().invoke(cli, ["train", str(shared_xlsx), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_default_training_on_the_wellness_data_covers_all_359_categories(wellness_model):
    config = json.loads((wellness_model / "config.json").read_text(encoding="utf-8"))
    assert len(config["labels"]) == 359
    assert config["engine_config"]["embeddings"] in ("e5", "none")
    validation = config["metrics"]["validation"]
    # held-out folds inside the training data: well above the older KoBERT project's 0.40
    assert validation["top1"] > 0.44 and validation["top5"] > 0.66


def test_the_trained_model_answers_everyday_messages_sensibly(wellness_model):
    result = CliRunner().invoke(cli, ["predict", "--model", str(wellness_model),
                                      "요즘 밤에 잠을 통 못 자요", "자살하고 싶어", "배고파 죽겠다"])
    assert result.exit_code == 0, result.output
    sleep, suicide, hungry = [json.loads(line) for line in result.output.splitlines()]
    assert "불면" in " ".join(k["category"] for k in sleep["top_k"])
    assert suicide["crisis"] is True and "109" in suicide["answer"]
    assert hungry["crisis"] is False


def test_evaluating_on_the_training_file_reports_every_figure(wellness_model, shared_xlsx):
    result = CliRunner().invoke(cli, ["evaluate", "--model", str(wellness_model), str(shared_xlsx), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["n"] > 4600 and metrics["top1"] > 0.8  # seen data: a sanity check, not accuracy
