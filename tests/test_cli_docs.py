"""Every command is documented: its --help works and says what it does (docs cannot lag)."""

from __future__ import annotations

from typing import Any

import typer
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        found.append(path)
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
    return found


def test_every_command_has_help() -> None:
    root: Any = typer.main.get_command(app)
    paths = _commands(root)
    expected = {
        ("analyze",), ("ingest",), ("search",), ("duplicates",), ("show",), ("export",),
        ("stats",), ("train", "ner"), ("train", "wordlist"), ("eval", "ner"), ("eval", "time"),
        ("eval", "quotes"), ("eval", "summary"), ("eval", "entities"),
    }  # fmt: skip
    assert expected <= set(paths)
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        command = root
        for part in path:
            command = command.commands[part]
        assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
