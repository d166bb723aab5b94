"""The ``warta eval time`` command, registered on the core CLI's ``eval`` group."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from warta.console import error
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
            error(f"no such file or directory: {missing[0]}")
            raise typer.Exit(1)
        if not expand_paths(paths):
            error(f"no TimeML files (*.tml) under: {paths[0]}")
            raise typer.Exit(1)
        try:
            result = evaluate_timeml(paths)
        except (TimeMLError, OSError, UnicodeError) as exc:
            error(str(exc))
            raise typer.Exit(1) from None
        typer.echo(json.dumps(result, ensure_ascii=False))
