"""The corpus store: ingest many articles, find duplicates, entities and search them.

>>> from warta.corpus import open_corpus
>>> with open_corpus("warta.db") as corpus:          # doctest: +SKIP
...     corpus.ingest(["news/"])
...     hits = corpus.search("serangan", publisher="Kompas")

``open_corpus`` takes a path (SQLite, created if missing) or a
``postgresql://`` URL; both backends behave the same (see docs/corpus.md).
"""

from __future__ import annotations

from pathlib import Path

from warta.corpus.base import BatchResult, Corpus
from warta.errors import WartaStoreError

DEFAULT_DB = "warta.db"


def open_corpus(url: str | Path = DEFAULT_DB, *, readonly: bool = False) -> Corpus:
    """Open (creating if needed) the corpus at a path, ``sqlite:///path`` or PostgreSQL URL.

    ``readonly`` refuses to create a new store: commands that only read
    (search, stats, ...) should say "nothing ingested yet" rather than
    leave an empty database behind.
    """
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        from warta.corpus.postgres import PostgresCorpus

        return PostgresCorpus(text, readonly=readonly)
    if "://" in text and not text.startswith("sqlite:///"):
        scheme = text.split("://", 1)[0]
        raise WartaStoreError(
            f"unsupported database URL scheme {scheme!r}; use a file path or postgresql://..."
        )
    from warta.corpus.sqlite import SQLiteCorpus

    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return SQLiteCorpus(text, readonly=readonly)


__all__ = ["DEFAULT_DB", "BatchResult", "Corpus", "WartaStoreError", "open_corpus"]
