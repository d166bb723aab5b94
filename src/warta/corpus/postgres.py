"""PostgreSQL backend (psycopg 3): the same tables and behaviour as SQLite.

Full-text search uses a stored, generated ``tsvector`` over the stemmed
title (weight A) and body (weight B) with the ``simple`` configuration (the
text is already folded and stemmed by :mod:`warta.corpus.search`), a GIN
index, and ``ts_rank_cd`` for ranking. Snippets are made in Python from the
original body, exactly as on SQLite, so both backends highlight the words
the journalist wrote.

The schema is taken from the connection's ``search_path``, so a URL such as
``postgresql://host/db?options=-csearch_path%3Dnews`` keeps a corpus in its
own schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from warta.corpus.base import SCHEMA_VERSION, SHARED_SCHEMA, Corpus
from warta.errors import WartaStoreError

SCHEMA = """
CREATE TABLE warta_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    pk BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_key TEXT NOT NULL UNIQUE,
    content_id TEXT NOT NULL,
    url TEXT, path TEXT, line INTEGER, format TEXT,
    title TEXT, publisher TEXT, published TEXT, published_day TEXT, language TEXT,
    text TEXT NOT NULL,
    data TEXT NOT NULL,
    signature BYTEA,
    cluster BIGINT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title_stem TEXT NOT NULL DEFAULT '',
    body_stem TEXT NOT NULL DEFAULT '',
    tsv TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_stem), 'A')
        || setweight(to_tsvector('simple', body_stem), 'B')
    ) STORED
);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
""" + SHARED_SCHEMA.format(serial="BIGSERIAL", id="BIGINT")


def _sql(statement: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (no statement contains a literal ? or %)."""
    return statement.replace("?", "%s")


class PostgresCorpus(Corpus):
    """A corpus in a PostgreSQL database (``postgresql://...`` URLs)."""

    backend = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError:
            raise WartaStoreError(
                "PostgreSQL support needs psycopg: pip install 'psycopg[binary]'"
            ) from None
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise WartaStoreError(f"cannot connect to PostgreSQL: {message}") from None
        self._in_transaction = False
        tables = {
            r[0]
            for r in self._all(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            )
        }
        if "warta_meta" not in tables:
            if "articles" in tables:
                self.close()
                raise WartaStoreError(
                    "this PostgreSQL schema has an 'articles' table of another application;"
                    " use another database or schema (options=-csearch_path=...)"
                )
            if readonly:
                raise WartaStoreError("no warta corpus in this PostgreSQL schema yet")
            self._create()
        else:
            version = self._scalar("SELECT value FROM warta_meta WHERE key = 'schema'")
            if version != SCHEMA_VERSION:
                raise WartaStoreError(
                    f"corpus schema version {version!r}, this warta reads {SCHEMA_VERSION!r}"
                )

    def _create(self) -> None:
        from warta import __version__

        with self.transaction():
            # Two processes creating the schema at once would collide: serialise them.
            self._execute("SELECT pg_advisory_xact_lock(7146201)")
            exists = self._scalar(
                "SELECT COUNT(*) FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_name = 'warta_meta'"
            )
            if exists:
                return
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self._execute(statement)
            self._executemany(
                "INSERT INTO warta_meta (key, value) VALUES (?, ?)",
                [("schema", SCHEMA_VERSION), ("created_by", f"warta {__version__}")],
            )

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(_sql(sql), tuple(params))  # type: ignore[arg-type]
        except self._psycopg.Error as exc:
            raise WartaStoreError(f"PostgreSQL error: {str(exc).strip()}") from exc

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(_sql(sql), rows)  # type: ignore[arg-type]
        except self._psycopg.Error as exc:
            raise WartaStoreError(f"PostgreSQL error: {str(exc).strip()}") from exc

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        try:
            with self.conn.cursor() as cursor:
                yield from cursor.stream(_sql(sql), tuple(params))  # type: ignore[arg-type]
        except self._psycopg.Error as exc:
            raise WartaStoreError(f"PostgreSQL error: {str(exc).strip()}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            with self.conn.transaction():
                yield
        except self._psycopg.Error as exc:
            raise WartaStoreError(f"PostgreSQL error: {str(exc).strip()}") from exc
        finally:
            self._in_transaction = False

    def _index_text(self, pk: int, title_stem: str, body_stem: str) -> None:
        self._execute(
            "UPDATE articles SET title_stem = ?, body_stem = ? WHERE pk = ?",
            (title_stem, body_stem, pk),
        )

    def _unindex_text(self, pk: int) -> None:
        self._execute("UPDATE articles SET title_stem = '', body_stem = '' WHERE pk = ?", (pk,))

    def _search_rows(
        self, terms: list[str], any_term: bool, where: list[str], params: list[Any], limit: int
    ) -> list[tuple[int, float]]:
        # Terms hold only word characters (see search.query_terms); quoting each as a
        # lexeme keeps to_tsquery from reading anything in them as operators.
        tsquery = (" | " if any_term else " & ").join(f"'{t}'" for t in terms)
        filters = "".join(f" AND {w}" for w in where)
        rows = self._all(
            "SELECT a.pk, ts_rank_cd(a.tsv, q) AS score"
            " FROM articles a, to_tsquery('simple', ?) q"
            f" WHERE a.tsv @@ q{filters} ORDER BY score DESC, a.pk LIMIT ?",
            (tsquery, *params, limit),
        )
        return [(int(pk), float(score)) for pk, score in rows]

    def close(self) -> None:
        with suppress(Exception):
            self.conn.close()
