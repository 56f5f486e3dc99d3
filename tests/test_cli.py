"""The `buddy` command line: train, predict, evaluate, chat — and clean failures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from buddy.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_help_lists_every_command(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("train", "predict", "evaluate", "chat", "serve"):
        assert command in result.output


def test_train_writes_a_model_directory_that_predict_uses(runner, small_csv, tmp_path):
    out = tmp_path / "m"
    result = runner.invoke(cli, ["train", str(small_csv), "--out", str(out), "--embeddings", "none", "--seed", "1"])
    assert result.exit_code == 0, result.output
    assert (out / "config.json").exists() and "saved classic model" in result.output
    result = runner.invoke(cli, ["predict", "--model", str(out), "잠이 안 와요", "죽고 싶어"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in records] == ["잠이 안 와요", "죽고 싶어"]
    assert records[0]["category"] == "증상/불면" and records[0]["crisis"] is False
    assert records[1]["crisis"] is True and "109" in records[1]["answer"]
    for r in records:
        assert {"text", "category", "confidence", "top_k", "crisis", "answer"} <= set(r)
        assert len(r["top_k"]) >= 5 and 0.0 <= r["confidence"] <= 1.0
        assert all(set(k) == {"category", "score"} for k in r["top_k"])


def test_predict_reads_one_text_per_line_from_stdin_in_order(runner, lexical_model_dir):
    lines = ["머리가 아파요", "외로워", "회사 가기 싫어"]
    result = runner.invoke(cli, ["predict", "--model", str(lexical_model_dir)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["text"] for x in result.output.splitlines()] == lines


def test_predict_uses_buddy_model_from_the_environment(runner, lexical_model_dir, monkeypatch):
    monkeypatch.setenv("BUDDY_MODEL", str(lexical_model_dir))
    result = runner.invoke(cli, ["predict", "잠이 안 와요"])
    assert result.exit_code == 0
    labels = json.loads((lexical_model_dir / "config.json").read_text(encoding="utf-8"))["labels"]
    assert len(labels) == 10 and json.loads(result.output)["category"] in labels


def test_predict_without_any_model_uses_the_embedded_demo(runner):
    result = runner.invoke(cli, ["predict", "요즘 우울한 기분이야"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["category"] == "감정/우울감" and record["answer"]


def test_evaluate_prints_the_figures_and_writes_a_report_with_plots(runner, lexical_model_dir, small_csv, tmp_path):
    report = tmp_path / "report"
    result = runner.invoke(cli, ["evaluate", "--model", str(lexical_model_dir), str(small_csv), "--json",
                                 "--report", str(report)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert {"top1", "top5", "macro_f1", "group_accuracy", "per_category", "most_confused"} <= set(metrics)
    assert metrics["top1"] > 0.8  # evaluated on its own training data
    for name in ("group_confusion.png", "per_category_f1.png", "calibration.png"):
        data = (report / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def test_cross_validation_reports_held_out_figures(runner, small_csv):
    result = runner.invoke(cli, ["evaluate", "--cv", "3", str(small_csv), "--embeddings", "none"])
    assert result.exit_code == 0, result.output
    assert "top-1 accuracy" in result.output and "3 folds" in result.output


def test_chat_answers_and_ends_on_a_closing_phrase(runner, lexical_model_dir):
    result = runner.invoke(cli, ["chat", "--model", str(lexical_model_dir)],
                           input="잠이 안 와요\n고마워, 이만 종료해줘 버디.\n이건 읽히지 않아\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("버디:") == 3  # greeting, answer, goodbye
    assert "이건 읽히지 않아" not in result.output.split("종료해줘")[-1].replace("\n", "")


def test_chat_shows_crisis_resources_and_says_goodbye_on_end_of_input(runner, lexical_model_dir):
    result = runner.invoke(cli, ["chat", "--model", str(lexical_model_dir)], input="죽고 싶어\n")
    assert result.exit_code == 0
    assert "109" in result.output and "1577-0199" in result.output
    assert "고마워요" in result.output.splitlines()[-1]  # the kind goodbye on Ctrl-D


@pytest.mark.parametrize("args, message", [
    (["train", "missing.xlsx", "--out", "x"], "missing.xlsx: no such file or directory"),
    (["predict", "--model", "no/such/model", "안녕"], "no/such/model: no such model directory"),
    (["evaluate", "--model", "no/such/model", "data.csv"], "no such file or directory"),
    (["train", "data.csv", "--out", "x", "--epochs", "3"], "--epochs applies to the transformer"),
    (["train", "data.csv", "--out", "x", "--engine", "transformer"], "needs --pretrained"),
])
def test_bad_input_exits_non_zero_with_a_message_and_no_traceback(runner, args, message):
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_installed_console_script_runs(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "buddy.cli", "predict", "--model", str(tmp_path / "none"), "x"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "no such model directory" in proc.stderr and "Traceback" not in proc.stderr
