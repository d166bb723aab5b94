"""The ``warta eval summary`` command, registered on the core CLI's ``eval`` group."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from warta.console import error
from warta.errors import WartaInputError
from warta.evaluation.summary import SummaryDataError, evaluate_summaries


def register(eval_app: typer.Typer) -> None:
    """Add ``summary FILE`` to ``eval_app`` (the core CLI calls this once)."""

    @eval_app.command("summary")
    def eval_summary(
        path: Annotated[Path, typer.Argument(help="JSON Lines with {text, summary} per line.")],
        size: Annotated[int, typer.Option("--size", min=1, help="Sentences per summary.")] = 3,
        limit: Annotated[
            int | None, typer.Option("--limit", min=1, help="Score only the first N records.")
        ] = None,
        split: Annotated[
            str, typer.Option("--split", help="all, tune (first half by id) or held-out.")
        ] = "all",
    ) -> None:
        """ROUGE-1/2/L of warta's summaries and of LEAD-k; print one JSON line."""
        if not path.is_file():
            error(f"no such file: {path}")
            raise typer.Exit(1)
        try:
            result = evaluate_summaries(path, size=size, limit=limit, split=split)
        except (SummaryDataError, WartaInputError, OSError, UnicodeError) as exc:
            error(str(exc))
            raise typer.Exit(1) from None
        typer.echo(json.dumps(result, ensure_ascii=False))
