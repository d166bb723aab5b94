"""SQLite backend: one file, WAL journal, FTS5 over stemmed text.

WAL lets the analysis workers read (to skip unchanged inputs) while the
writer commits, and with ``synchronous=NORMAL`` a process killed at any
moment leaves the database at its last commit. The full-text index is an
FTS5 table whose rowid is the article's ``pk``, holding the *stemmed* title
and body (see :mod:`warta.corpus.search`); BM25 weighs a title match five
times a body match.

Before touching a file it is checked: a file that is not SQLite, a damaged
one, or an SQLite database of another application gives a clear
:class:`WartaStoreError` and is never modified.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from warta.corpus.base import SCHEMA_VERSION, SHARED_SCHEMA, Corpus
from warta.errors import WartaStoreError

_HEADER = b"SQLite format 3\x00"

SCHEMA = (
    """
CREATE TABLE warta_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_key TEXT NOT NULL UNIQUE,
    content_id TEXT NOT NULL,
    url TEXT, path TEXT, line INTEGER, format TEXT,
    title TEXT, publisher TEXT, published TEXT, published_day TEXT, language TEXT,
    text TEXT NOT NULL,
    data TEXT NOT NULL,
    signature BLOB,
    cluster INTEGER,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
    + SHARED_SCHEMA.format(serial="INTEGER", id="INTEGER")
    + """
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""
)

TITLE_WEIGHT = 5.0


class SQLiteCorpus(Corpus):
    """A corpus in one SQLite file (``warta.db`` by default)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        super().__init__(str(self.path))
        _check_file(self.path)
        if readonly and not self.path.exists():
            raise WartaStoreError(f"{self.path}: no such corpus database")
        try:
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=60, check_same_thread=False
            )
            self.conn.execute("PRAGMA busy_timeout = 60000")
            tables = {
                r[0]
                for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as exc:
            raise WartaStoreError(
                f"{self.path}: cannot open as an SQLite database ({exc}); the file may be corrupted"
            ) from None
        if tables and "warta_meta" not in tables:
            self.conn.close()
            raise WartaStoreError(
                f"{self.path}: an SQLite database of another application (no warta tables);"
                " refusing to modify it"
            )
        if not tables:
            if readonly:
                raise WartaStoreError(f"{self.path}: empty database, nothing ingested yet")
            self._create()
        else:
            version = self._scalar("SELECT value FROM warta_meta WHERE key = 'schema'")
            if version != SCHEMA_VERSION:
                raise WartaStoreError(
                    f"{self.path}: corpus schema version {version!r}, this warta reads"
                    f" version {SCHEMA_VERSION!r}"
                )
        self._execute("PRAGMA journal_mode = WAL")
        self._execute("PRAGMA synchronous = NORMAL")

    def _create(self) -> None:
        from warta import __version__

        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            self.conn.executemany(
                "INSERT INTO warta_meta (key, value) VALUES (?, ?)",
                [("schema", SCHEMA_VERSION), ("created_by", f"warta {__version__}")],
            )
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise WartaStoreError(f"{self.path}: cannot create the corpus tables ({exc})") from None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.DatabaseError as exc:
            raise WartaStoreError(f"{self.path}: database error: {exc}") from exc

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise WartaStoreError(f"{self.path}: database error: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield
            return
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._execute("COMMIT")

    def _index_text(self, pk: int, title_stem: str, body_stem: str) -> None:
        self._execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (pk, title_stem, body_stem),
        )

    def _unindex_text(self, pk: int) -> None:
        self._execute("DELETE FROM articles_fts WHERE rowid = ?", (pk,))

    def _search_rows(
        self, terms: list[str], any_term: bool, where: list[str], params: list[Any], limit: int
    ) -> list[tuple[int, float]]:
        from warta.corpus.search import fts5_match

        filters = "".join(f" AND {w}" for w in where)
        rows = self._all(
            f"SELECT a.pk, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS rank_"
            " FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
            f" WHERE articles_fts MATCH ?{filters} ORDER BY rank_, a.pk LIMIT ?",
            (fts5_match(terms, any_term=any_term), *params, limit),
        )
        return [(int(pk), -float(rank)) for pk, rank in rows]

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.close()


def _check_file(path: Path) -> None:
    """Refuse, before SQLite sees it, a path that cannot be a warta database."""
    if path.is_dir():
        raise WartaStoreError(f"{path}: is a directory, not a database file")
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise WartaStoreError(f"{path}: directory {path.parent} does not exist")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise WartaStoreError(f"{path}: cannot read ({exc.strerror})") from None
    if header != _HEADER:
        raise WartaStoreError(
            f"{path}: not an SQLite database (wrong file header); it is another kind of file"
            " or corrupted"
        )
