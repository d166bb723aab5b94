"""The one way warta's commands speak on stderr: ``error: ...`` and ``warning: ...`` lines.

Messages are escaped, so a path or a quote holding "[...]" prints as written
instead of being read as Rich markup.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """One clear line on stderr; the caller then exits non-zero."""
    _stderr.print(f"[bold red]error:[/] {escape(message)}", markup=True, emoji=False)


def warn(message: str) -> None:
    """A warning line on stderr (the article still comes out)."""
    _stderr.print(f"[yellow]warning:[/] {escape(message)}", markup=True, emoji=False)
