"""Export the corpus as flat tables for pandas, DuckDB or Spark.

Five tables, each one file in the output directory: ``articles``,
``entities``, ``mentions``, ``quotes`` and ``times``. Every table has a fixed
set of typed columns (below), so a Parquet file has a stable schema even when
a layer is empty, and every row carries ``article_id`` (the store id) to join
on. Rows are streamed: exporting never holds the corpus in memory.

Formats: ``jsonl`` (lists stay lists), ``csv`` (lists as JSON strings, the
one portable way), ``parquet`` (needs pyarrow; lists as ``list<string>``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warta.corpus.base import Corpus
from warta.errors import WartaInputError, WartaStoreError

FORMATS = ("jsonl", "csv", "parquet")

# column name -> type: str, int, float, bool or "list" (a list of strings)
COLUMNS: dict[str, dict[str, Any]] = {
    "articles": {
        "article_id": str, "content_id": str, "source_key": str, "url": str, "path": str,
        "line": int, "format": str, "publisher": str, "title": str, "published": str,
        "language": str, "authors": "list", "dateline": str, "dateline_place": str,
        "duplicate_of": str, "text": str,
    },
    "entities": {
        "entity_id": int, "name": str, "type": str, "types": str, "aliases": "list",
        "articles": int, "mentions": int, "first_seen": str, "last_seen": str,
    },
    "mentions": {
        "article_id": str, "entity_id": int, "local_id": str, "start": int, "end": int,
        "text": str,
    },
    "quotes": {
        "article_id": str, "n": int, "speaker_text": str, "speaker_entity": str,
        "speaker_role": str, "cue": str, "start": int, "end": int, "text": str,
        "direct": bool, "time": int,
    },
    "times": {
        "article_id": str, "n": int, "start": int, "end": int, "text": str, "type": str,
        "value": str, "timezone": str, "calendar": str,
    },
}  # fmt: skip


class _Writer:
    def __init__(self, path: Path, table: str) -> None:
        self.path = path
        self.columns = COLUMNS[table]
        self.rows = 0

    def write(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _JsonlWriter(_Writer):
    def __init__(self, path: Path, table: str) -> None:
        super().__init__(path, table)
        self.handle: IO[str] = path.open("w", encoding="utf-8")

    def write(self, row: dict[str, Any]) -> None:
        self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows += 1

    def close(self) -> None:
        self.handle.close()


class _CsvWriter(_Writer):
    def __init__(self, path: Path, table: str) -> None:
        super().__init__(path, table)
        self.handle: IO[str] = path.open("w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.handle, fieldnames=list(self.columns))
        self.writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self.writer.writerow(
            {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
             for k, v in row.items()}
        )  # fmt: skip
        self.rows += 1

    def close(self) -> None:
        self.handle.close()


class _ParquetWriter(_Writer):
    BUFFER = 5000

    def __init__(self, path: Path, table: str) -> None:
        super().__init__(path, table)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise WartaInputError(
                "Parquet export needs pyarrow", hint="pip install pyarrow, or use --format jsonl"
            ) from None
        kinds = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
                 "list": pa.list_(pa.string())}  # fmt: skip
        self.pa = pa
        self.schema = pa.schema([(name, kinds[kind]) for name, kind in self.columns.items()])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.buffer: list[dict[str, Any]] = []

    def write(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        self.rows += 1
        if len(self.buffer) >= self.BUFFER:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self.writer.write_table(self.pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


_WRITERS = {"jsonl": _JsonlWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}


def _typed(row: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, kind in columns.items():
        value = row.get(name)
        if value is None:
            out[name] = None
        elif kind == "list":
            out[name] = [str(v) for v in value]
        elif kind is bool:
            out[name] = bool(value)
        elif kind is int:
            try:
                out[name] = int(value)
            except (TypeError, ValueError):
                out[name] = None
        elif kind is float:
            out[name] = float(value)
        else:
            out[name] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return out


def _article_rows(corpus: Corpus) -> Iterator[tuple[str, dict[str, Any]]]:
    originals: dict[int, str] = {}
    for label, id_ in corpus.rows(
        "SELECT cluster, id FROM articles WHERE cluster IS NOT NULL"
        " ORDER BY cluster, published IS NULL, published, pk"
    ):
        originals.setdefault(int(label), str(id_))
    for id_, source_key, cluster, data_json in corpus.rows(
        "SELECT id, source_key, cluster, data FROM articles ORDER BY pk"
    ):
        data = json.loads(data_json)
        source = data.get("source") or {}
        dateline = data.get("dateline") or {}
        original = originals.get(int(cluster)) if cluster is not None else None
        yield "articles", {
            "article_id": id_, "content_id": data.get("id"), "source_key": source_key,
            "url": source.get("url"), "path": source.get("path"), "line": source.get("line"),
            "format": source.get("format"), "publisher": data.get("publisher"),
            "title": data.get("title"), "published": data.get("published"),
            "language": (data.get("language") or {}).get("code"),
            "authors": data.get("authors") or [], "dateline": dateline.get("text"),
            "dateline_place": dateline.get("place"),
            "duplicate_of": original if original != id_ else None, "text": data.get("text"),
        }  # fmt: skip
        for n, quote in enumerate(data.get("quotes") or [], start=1):
            speaker = quote.get("speaker") or {}
            content = quote.get("content") or {}
            yield "quotes", {
                "article_id": id_, "n": n, "speaker_text": speaker.get("text"),
                "speaker_entity": speaker.get("entity"), "speaker_role": speaker.get("role"),
                "cue": quote.get("cue"), "start": content.get("start"), "end": content.get("end"),
                "text": content.get("text"), "direct": quote.get("direct"),
                "time": quote.get("time"),
            }  # fmt: skip
        for n, item in enumerate(data.get("times") or [], start=1):
            yield "times", {"article_id": id_, "n": n, **item}


def export(corpus: Corpus, out_dir: str | Path, *, format: str = "jsonl") -> dict[str, Path]:
    """Write the five tables into ``out_dir``; return table name → file written."""
    if format not in FORMATS:
        raise WartaInputError(f"invalid --format {format!r}, expected jsonl, csv or parquet")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise WartaInputError(f"{out}: exists and is not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WartaStoreError(f"{out}: cannot create ({exc.strerror})") from None
    paths = {table: out / f"{table}.{format}" for table in COLUMNS}
    writers = {table: _WRITERS[format](path, table) for table, path in paths.items()}
    try:
        for table, row in _article_rows(corpus):
            writers[table].write(_typed(row, COLUMNS[table]))
        for entity in corpus.entities():
            writers["entities"].write(
                _typed(
                    {"entity_id": entity["id"], **entity, "types": json.dumps(entity["types"])},
                    COLUMNS["entities"],
                )
            )
        for row in corpus.rows(
            "SELECT a.id, m.entity_pk, m.local_id, m.start_char, m.end_char, m.text"
            " FROM mentions m JOIN articles a ON a.pk = m.article_pk"
            " ORDER BY m.article_pk, m.start_char"
        ):
            writers["mentions"].write(
                _typed(dict(zip(COLUMNS["mentions"], row, strict=True)), COLUMNS["mentions"])
            )
    finally:
        for writer in writers.values():
            writer.close()
    return paths
