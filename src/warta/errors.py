"""Typed errors.

Every failure a user can cause (a bad file, a bad argument) is a
:class:`WartaInputError`; the CLI turns it into one line on stderr and a
non-zero exit. Anything else escaping warta is a bug, so a traceback always
means "report this".
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class of everything warta raises on purpose."""


class WartaInputError(WartaError, ValueError):
    """The input cannot be analysed: empty, binary, too large, undecodable, ...

    ``source`` names the input (a path, ``<stdin>`` or ``<text>``) so that a
    message about one of many inputs says which one. ``hint`` tells the user
    how to get past the problem, where there is a way.
    """

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class WartaModelError(WartaError):
    """A model file is missing, corrupt or of an unknown version."""


class WartaStoreError(WartaError):
    """The corpus store cannot be opened or used: a file that is not SQLite, a
    database of another application, a PostgreSQL server that does not answer,
    a schema of an unknown version. The CLI turns it into one ``error:`` line."""
