"""The ``warta eval time`` command, registered on the core CLI's ``eval`` group."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from warta.evaluation.time import TimeMLError, evaluate_timeml, expand_paths


def register(eval_app: typer.Typer) -> None:
    """Add ``time FILE_OR_DIR...`` to ``eval_app`` (the core CLI calls this once)."""

    @eval_app.command("time")
    def eval_time(
        paths: list[Path] = typer.Argument(  # noqa: B008 - Typer's declaration style
            ..., help="TimeML files with TIMEX3 annotations, or directories of *.tml files."
        ),
    ) -> None:
        """Score the time tagger on TimeML (DCT as reference); print one JSON line."""
        missing = [p for p in paths if not p.exists()]
        if missing:
            typer.echo(f"error: no such file or directory: {missing[0]}", err=True)
            raise typer.Exit(1)
        if not expand_paths(paths):
            typer.echo(f"error: no TimeML files (*.tml) under: {paths[0]}", err=True)
            raise typer.Exit(1)
        try:
            result = evaluate_timeml(paths)
        except (TimeMLError, OSError, UnicodeError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        typer.echo(json.dumps(result, ensure_ascii=False))
