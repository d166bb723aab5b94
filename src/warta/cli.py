"""The ``warta`` command line: a thin Typer layer over the library.

Every command is a small function over library calls. Input problems become
one ``error: ...`` line on stderr and a non-zero exit; a traceback therefore
always means a bug in warta.
"""

from __future__ import annotations

import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warta import __version__
from warta.console import error, warn
from warta.errors import WartaInputError
from warta.pipeline import LAYERS, analyze_raw, normalise_date
from warta.read import DEFAULT_MAX_BYTES, read_path

app = typer.Typer(
    name="warta",
    help="Turn Indonesian-language news into structured, searchable knowledge.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train warta's models from annotated data.", no_args_is_help=True)
eval_app = typer.Typer(help="Score warta against annotated data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """warta: Indonesian news analysis."""


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files (text, HTML, TimeML or JSON Lines); - reads stdin."),
    ],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, jsonl or pretty.")
    ] = OutputFormat.json,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")
    ] = DEFAULT_MAX_BYTES,
    encoding: Annotated[
        str,
        typer.Option(
            "--encoding", help="Input encoding: auto (UTF-8/BOM/Windows-1252) or a codec name."
        ),
    ] = "auto",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Do not print warnings on stderr.")
    ] = False,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            "-x",
            help=f"Skip analysis layers (repeat or comma-separate): {', '.join(LAYERS)}.",
        ),
    ] = None,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast", help="Tag names with the CRF alone: about twice as fast, less exact."
        ),
    ] = False,
) -> None:
    """Analyse articles and print each as a warta.article/1 JSON object.

    With --format json a single article prints as one object and several as a
    JSON array; jsonl prints one object per line; pretty is for reading.
    """
    if date is not None and normalise_date(date) is None:
        error(f"invalid --date {date!r}, expected YYYY-MM-DD")
        raise typer.Exit(2)
    skipped = {name.strip() for item in exclude or [] for name in item.split(",") if name.strip()}
    unknown = skipped - set(LAYERS)
    if unknown:
        error(f"unknown layer(s) for --exclude: {', '.join(sorted(unknown))}")
        raise typer.Exit(2)
    failures = 0
    results: list[dict] = []
    out = Console(highlight=False, soft_wrap=False) if format is OutputFormat.pretty else None
    for path in paths:
        for item in read_path(path, max_bytes=max_bytes, encoding=encoding):
            if isinstance(item, WartaInputError):
                error(str(item))
                failures += 1
                continue
            label = item.source.label()
            try:
                article = analyze_raw(item, published=date, exclude=skipped, fast=fast)
            except WartaInputError as exc:
                error(str(exc) if exc.source else f"{label}: {exc}")
                failures += 1
                continue
            except Exception as exc:  # a bug: say so clearly and keep going with the others
                error(f"{label}: internal error ({type(exc).__name__}: {exc}); please report it")
                failures += 1
                continue
            if not quiet:
                for message in article.warnings:
                    warn(f"{label}: {message}")
            if format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            elif format is OutputFormat.pretty and out is not None:
                from warta.pretty import render

                out.print(render(article))
            else:
                results.append(article.to_dict())
    if format is OutputFormat.json and results:
        payload = results[0] if len(results) == 1 and failures == 0 and len(paths) == 1 else results
        sys.stdout.write(pretty_json(payload) + "\n")
    sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


SHARED_DATA = Path("..") / "shared" / "data"  # where the training data lives, beside the checkout


@train_app.command("wordlist")
def train_wordlist(
    data: Annotated[
        Path, typer.Option("--data", help="The shared data folder (../shared/data).")
    ] = SHARED_DATA,
    out: Annotated[
        Path | None, typer.Option("--out", help="Output file (default: the packaged list).")
    ] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1)] = 2,
) -> None:
    """Build the word list behind `corrections` from the Indonesian corpora in --data.

    Reads the BaPOS and nlp-id POS corpora, the NER train splits and the IndoSum
    texts (only train splits of annotated sets), and writes word counts.
    """
    from warta import data as data_package
    from warta.corrections import WORDLIST_NAME, count_words, write_wordlist

    sources = [
        data / "pos" / "bapos" / "train.txt",
        data / "pos" / "nlp-id" / "postag.txt",
        data / "ner" / "nergrit" / "train.txt",
        data / "ner" / "idner-news-2k" / "train.txt",
        data / "summaries" / "indosum" / "dev.jsonl",
    ]
    missing = [str(p) for p in sources if not p.is_file()]
    if missing:
        error(f"missing input files: {', '.join(missing)} (point --data at ../shared/data)")
        raise typer.Exit(1)
    target = out or Path(data_package.__file__).parent / WORDLIST_NAME
    counts = count_words(sources)
    provenance = {
        "built_by": f"warta train wordlist --min-count {min_count}",
        "warta": __version__,
        "sources": [str(p.relative_to(data)) for p in sources],
        "licences": "BaPOS Apache-2.0; nlp-id MIT; NERGrit Apache-2.0; idner-news-2k MIT; "
        "IndoSum CC BY-SA 4.0 (word counts only)",
        "min_count": min_count,
    }
    kept = write_wordlist(counts, target, min_count=min_count, provenance=provenance)
    typer.echo(f"wrote {kept:,} words ({len(counts):,} distinct seen) to {target}")


@eval_app.command("entities")
def eval_entities(
    expected: Annotated[
        Path,
        typer.Argument(
            help="Folder of expected JSON files with an `entities` list, or a PFSA-ID file "
            "(or folder of them) to score people and roles on real articles."
        ),
    ] = Path("examples/expected"),
    articles: Annotated[
        Path, typer.Option("--articles", help="Folder holding the articles they describe.")
    ] = Path("examples/articles"),
    fast: Annotated[
        bool, typer.Option("--fast", help="Score the fast mode (names tagged by the CRF alone).")
    ] = False,
) -> None:
    """Score the entity layer against hand-written expected entities (one JSON line)."""
    from warta.evaluation.entities import evaluate_entities
    from warta.evaluation.people import evaluate_people
    from warta.evaluation.pfsa import GoldFormatError
    from warta.ner.tagger import NerTagger

    pfsa = expected.is_file() or (
        expected.is_dir() and not any(expected.glob("*.json")) and any(expected.glob("*.txt"))
    )
    if not pfsa and (not expected.is_dir() or not articles.is_dir()):
        error(f"not a folder: {expected if not expected.is_dir() else articles}")
        raise typer.Exit(1)
    try:
        if pfsa:
            result = evaluate_people(expected, NerTagger.load().fast() if fast else None)
        else:
            result = evaluate_entities(expected, articles, fast=fast)
    except (WartaInputError, GoldFormatError, UnicodeDecodeError) as exc:
        error(str(exc))
        raise typer.Exit(1) from None
    typer.echo(json.dumps(result))


_PAIR_RE = re.compile(r"\[\s+(-?\d+),\s+(-?\d+)\s+\]")


def pretty_json(payload: object) -> str:
    """Indented JSON with [start, end] offset pairs kept on one line."""
    return _PAIR_RE.sub(r"[\1, \2]", json.dumps(payload, ensure_ascii=False, indent=2))


def _register_layers() -> None:
    """Commands contributed by the layer modules (kept beside the code they drive)."""
    from warta import cli_corpus, cli_ner, cli_quotes, cli_summary, cli_time

    cli_corpus.register(app)
    cli_ner.register(train_app, eval_app)
    cli_time.register(eval_app)
    cli_quotes.register(eval_app)
    cli_summary.register(eval_app)


_register_layers()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
