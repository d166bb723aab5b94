"""Fixtures for the corpus store: a fresh store per test, on SQLite and on PostgreSQL.

PostgreSQL tests use the server on 127.0.0.1:5432 (trust auth, database
``test``; override with ``WARTA_TEST_PG``). Each test gets its own schema,
dropped afterwards. When no server answers, the PostgreSQL variants skip with
the reason and the SQLite variants still run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus.generate import Generated, Generator, write_jsonl

PG_URL = os.environ.get("WARTA_TEST_PG", "postgresql://127.0.0.1:5432/test")
_pg_status: dict[str, str | None] = {}


def pg_unavailable() -> str | None:
    """None when PostgreSQL answers, else the reason to skip."""
    if "reason" not in _pg_status:
        try:
            import psycopg
        except ImportError:
            _pg_status["reason"] = "psycopg is not installed (pip install 'psycopg[binary]')"
            return _pg_status["reason"]
        try:
            with psycopg.connect(PG_URL, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            _pg_status["reason"] = None
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            _pg_status["reason"] = f"no PostgreSQL server at {PG_URL} ({first})"
    return _pg_status["reason"]


@pytest.fixture(scope="session")
def pg_session() -> Iterator[list[str]]:
    """The schemas created during the session, all dropped at its end."""
    schemas: list[str] = []
    yield schemas
    if schemas and pg_unavailable() is None:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _pg_url(pg_session: list[str]) -> str:
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"warta_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    pg_session.append(schema)
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, pg_session: list[str]) -> str:
    """A URL of an empty store, once per backend."""
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    return _pg_url(pg_session)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "warta.db")


@pytest.fixture
def small_corpus(tmp_path: Path) -> tuple[Path, list[Generated]]:
    """Twelve distinct generated articles as a JSON Lines file."""
    gen = Generator(seed=3)
    items = [gen.article() for _ in range(12)]
    path = tmp_path / "news.jsonl"
    write_jsonl(items, str(path))
    return path, items
