"""``warta train ner`` and ``warta eval ner``.

The main CLI owns the ``train`` and ``eval`` groups and calls
:func:`register`; this module only adds the NER commands. Every failure a
user can cause ends as one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from warta import console
from warta.errors import WartaError


def _fail(message: str) -> None:
    console.error(message)
    raise typer.Exit(1)


def train_ner_command(
    train: Annotated[list[Path], typer.Option("--train", help="CoNLL train file (repeatable).")],
    valid: Annotated[list[Path], typer.Option("--valid", help="CoNLL valid file (repeatable).")],
    out: Annotated[Path, typer.Option("--out", help="Model path, e.g. models/ner-id-1.crfsuite.")],
    seed: Annotated[int, typer.Option("--seed", help="Seed for clustering and shuffling.")] = 13,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Shared data root (gazetteers, unlabelled text)."),
    ] = None,
    neural: Annotated[
        bool,
        typer.Option(
            "--neural/--no-neural",
            help="Also train the convolutional tagger mixed with the CRF (needs PyTorch).",
        ),
    ] = True,
    self_train: Annotated[
        float,
        typer.Option(
            "--self-train",
            min=0.0,
            help="Self-training: retrain the networks with IndoSum news the first model tags,"
            " this many silver sentences per gold one each epoch (0: off; 1 more than doubles"
            " the training time; see docs/models.md).",
        ),
    ] = 0.0,
    crf_tags: Annotated[
        str,
        typer.Option(
            "--crf-tags",
            help="Tag scheme the CRF learns: bioes (default; better beside the networks by"
            " cross-validation, see docs/models.md) or bio.",
        ),
    ] = "bioes",
    net_tags: Annotated[
        str,
        typer.Option(
            "--net-tags",
            help="Labels the networks' output layer learns: bio (default) or bioes"
            " (summed back into BIO at tagging time; see docs/models.md).",
        ),
    ] = "bio",
    pretrain: Annotated[
        int,
        typer.Option(
            "--pretrain",
            min=0,
            help="Masked-word pretraining of the networks on unlabelled news, this many"
            " epochs, before the NER training (0: off; see docs/models.md).",
        ),
    ] = 0,
) -> None:
    """Train the NER tagger (CRF + network, clusters, gazetteer) and print its valid scores."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from warta.ner.neural import NETWORK_LABELS
    from warta.ner.train import CRF_TAGS, train_ner

    if crf_tags not in CRF_TAGS:
        _fail(f"--crf-tags must be one of {', '.join(CRF_TAGS)}, not {crf_tags!r}")
    if net_tags not in NETWORK_LABELS:
        _fail(f"--net-tags must be one of {', '.join(NETWORK_LABELS)}, not {net_tags!r}")
    for path in [*train, *valid]:
        if not path.is_file():
            _fail(f"{path}: no such file")
    if data is not None and not (data / "gazetteers").is_dir():
        _fail(f"{data}: not a shared data directory (no gazetteers/ inside)")
    command = "warta train ner " + " ".join(
        [f"--train {shlex.quote(str(p))}" for p in train]
        + [f"--valid {shlex.quote(str(p))}" for p in valid]
        + [f"--out {shlex.quote(str(out))}", f"--seed {seed}"]
        + ([] if neural else ["--no-neural"])
        + ([f"--self-train {self_train:g}"] if self_train else [])
        + [f"--crf-tags {crf_tags}"]
        + ([] if net_tags == "bio" else [f"--net-tags {net_tags}"])
        + ([f"--pretrain {pretrain}"] if pretrain else [])
    )
    if self_train and not neural:
        _fail("--self-train retrains the networks; it cannot go with --no-neural")
    if net_tags != "bio" and not neural:
        _fail("--net-tags sets the networks' labels; it cannot go with --no-neural")
    if pretrain and not neural:
        _fail("--pretrain pretrains the networks; it cannot go with --no-neural")
    console = Console(stderr=True)
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("reading data", total=1.0)

            def report(message: str, fraction: float | None) -> None:
                bar.update(task, description=message, completed=fraction or 0.0)

            scores = train_ner(
                train,
                valid,
                out,
                seed=seed,
                data_dir=data,
                progress=report,
                command=command,
                neural=neural,
                neural_params={
                    "silver_ratio": self_train,
                    "tags": net_tags,
                    "pretrain_epochs": pretrain,
                },
                crf_tags=crf_tags,
            )
    except WartaError as exc:
        _fail(str(exc))
        return
    for name, result in scores.items():
        summary = {k: result[k] for k in ("precision", "recall", "micro_f1", "macro_f1")}
        summary["per_type_f1"] = {t: s["f1"] for t, s in result["per_type"].items()}  # type: ignore[attr-defined]
        typer.echo(json.dumps({"file": name, **summary}, ensure_ascii=False))


def eval_ner_command(
    file: Annotated[Path, typer.Argument(help="Gold CoNLL file (token TAB tag).")],
    model: Annotated[
        Path | None, typer.Option("--model", help="Model .crfsuite file (default: packaged).")
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Write token, gold, predicted rows here."),
    ] = None,
    domain: Annotated[
        str,
        typer.Option(
            "--domain",
            help="Annotation conventions: news, wiki (NERGrit style) or auto (from the"
            " file's folder, as in training).",
        ),
    ] = "auto",
    bootstrap: Annotated[
        int,
        typer.Option(
            "--bootstrap",
            min=0,
            help="Also report a 95% bootstrap interval of macro F1 from this many"
            " resamples of the sentences (0: off; 1000 is plenty).",
        ),
    ] = 0,
    fast: Annotated[
        bool, typer.Option("--fast", help="Score the CRF alone, as `warta analyze --fast` tags.")
    ] = False,
) -> None:
    """Score the NER tagger on a gold file; prints one JSON line."""
    from warta.evaluation.ner import evaluate_ner
    from warta.ner.tagger import DOMAINS, NerTagger, domain_of

    if domain != "auto" and domain not in DOMAINS:
        _fail(f"unknown domain {domain!r}; expected one of: auto, {', '.join(DOMAINS)}")
    if not file.is_file():
        _fail(f"{file}: no such file")
    if predictions is not None and not predictions.parent.is_dir():
        _fail(f"{predictions.parent}: no such directory for --predictions")
    if domain == "auto":
        domain = domain_of(file)
    try:
        tagger = NerTagger.load(model).with_domain(domain)
        if fast:
            tagger = tagger.fast()
        result = evaluate_ner(file, tagger, predictions, bootstrap)
    except WartaError as exc:
        _fail(str(exc))
        return
    except ValueError as exc:
        _fail(f"{file}: {exc}")
        return
    result["domain"] = domain
    if fast:
        result["fast"] = True
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")


def register(train_app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add ``ner`` to the main CLI's ``train`` and ``eval`` groups."""
    train_app.command("ner")(train_ner_command)
    eval_app.command("ner")(eval_ner_command)
