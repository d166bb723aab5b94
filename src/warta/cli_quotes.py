"""``warta eval quotes``: score quote extraction against gold data.

The main CLI owns the ``eval`` group and calls :func:`register`. Every
failure a user can cause ends as one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from warta import console


def eval_quotes_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL, PFSA-ID CoNLL file or directory.")],
) -> None:
    """Print content, speaker and cue precision/recall/F1 as one JSON line."""
    from warta.errors import WartaError
    from warta.evaluation.quotes import GoldFormatError, evaluate_quotes

    if not gold.exists():
        console.error(f"{gold}: no such file or directory")
        raise typer.Exit(1)
    try:
        report = evaluate_quotes(gold)
    except (GoldFormatError, WartaError, OSError, UnicodeDecodeError) as exc:
        console.error(str(exc))
        raise typer.Exit(1) from None
    typer.echo(json.dumps(report, ensure_ascii=False))


def register(eval_app: typer.Typer) -> None:
    """Add ``quotes`` to the ``warta eval`` group."""
    eval_app.command("quotes")(eval_quotes_command)
