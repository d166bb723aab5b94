"""The backend-neutral corpus store: everything that is not dialect-specific SQL.

:class:`Corpus` owns the data model and the write path; the SQLite and
PostgreSQL subclasses supply a connection, their DDL, transactions and the
full-text query. Statements are written once with ``?`` placeholders (the
PostgreSQL backend rewrites them to ``%s``) and every value is bound as a
parameter: no user or article text is ever formatted into SQL. Where a list
of values is needed (``IN (...)``), only the *number* of ``?`` marks varies.

Tables (both backends):

- ``articles``: one row per *source* (URL, else resolved path[:line], else
  content id), the ``warta.article/1`` JSON in ``data``, the MinHash
  signature and the duplicate ``cluster`` label;
- ``inputs``: input location → hash of the raw record, so a repeated or
  resumed run skips what it has already stored without re-analysing it;
- ``failures``: input location → the reason it could not be stored;
- ``lsh_bands``: MinHash LSH band keys (see :mod:`warta.corpus.dedup`);
- ``entities``, ``entity_keys``, ``entity_aliases``: corpus entities
  (see :mod:`warta.corpus.entities`); ``article_entities`` and ``mentions``
  link them to articles.

Every batch of articles is written in one transaction, together with its
``inputs`` rows, bands and entity links: after a crash a row is either
entirely there or not at all, and the ``inputs`` table says exactly what to
redo.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from warta.corpus import dedup
from warta.corpus.entities import better_name, entity_keys, resolve_name
from warta.corpus.search import query_terms, snippet
from warta.errors import WartaInputError

SCHEMA_VERSION = "1"

# Tables and indexes both backends share; each backend fills in its own integer
# types ({serial} for a generated key, {id} for a reference to one) and adds
# its own `articles` table and full-text index.
SHARED_SCHEMA = """
CREATE INDEX articles_content ON articles (content_id);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_path ON articles (path);
CREATE INDEX articles_cluster ON articles (cluster);
CREATE INDEX articles_day ON articles (published_day);
CREATE INDEX articles_publisher ON articles (LOWER(publisher));
CREATE TABLE inputs (location TEXT PRIMARY KEY, raw_hash TEXT NOT NULL, article_pk {id});
CREATE TABLE failures (
    location TEXT PRIMARY KEY, source TEXT, error TEXT NOT NULL, failed_at TEXT NOT NULL
);
CREATE TABLE lsh_bands (key {id} NOT NULL, article_pk {id} NOT NULL);
CREATE INDEX lsh_bands_key ON lsh_bands (key);
CREATE INDEX lsh_bands_article ON lsh_bands (article_pk);
CREATE TABLE entities (
    pk {serial} PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, types TEXT NOT NULL,
    curated INTEGER NOT NULL DEFAULT 0, article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT
);
CREATE TABLE entity_keys (
    key TEXT NOT NULL, entity_pk {id} NOT NULL, weak INTEGER NOT NULL,
    PRIMARY KEY (key, entity_pk, weak)
);
CREATE INDEX entity_keys_entity ON entity_keys (entity_pk);
CREATE TABLE entity_aliases (
    entity_pk {id} NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity_pk, alias)
);
CREATE TABLE article_entities (
    article_pk {id} NOT NULL, local_id TEXT NOT NULL, entity_pk {id} NOT NULL,
    name TEXT NOT NULL, type TEXT NOT NULL, roles TEXT NOT NULL,
    PRIMARY KEY (article_pk, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_pk);
CREATE TABLE mentions (
    article_pk {id} NOT NULL, local_id TEXT NOT NULL, entity_pk {id} NOT NULL,
    start_char INTEGER, end_char INTEGER, text TEXT
);
CREATE INDEX mentions_article ON mentions (article_pk);
CREATE INDEX mentions_entity ON mentions (entity_pk);
"""
ENTITY_TYPES = ("PERSON", "ORG", "PLACE")
_SUMMARY = "a.pk, a.id, a.content_id, a.url, a.path, a.line, a.title, a.publisher, a.published"


# --- records passed from the analysis workers to the writer ---------------------------


@dataclass(slots=True)
class Analysed:
    """One analysed article, ready to store (built in a worker process)."""

    location: str
    raw_hash: str
    source_key: str
    article: dict[str, Any]
    title_stem: str
    body_stem: str
    signature: bytes | None

    @property
    def id(self) -> str:
        return store_id(self.source_key)


@dataclass(slots=True)
class Failed:
    """An input that could not be read or analysed, with the reason."""

    location: str
    label: str
    error: str


@dataclass(slots=True)
class Unchanged:
    """An input whose raw record is already stored with the same hash."""

    location: str


Record = Analysed | Failed | Unchanged


@dataclass
class BatchResult:
    """What a write did, for the run summary."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: BatchResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.failures.extend(other.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "failures": [{"source": s, "error": e} for s, e in self.failures],
        }


def store_id(source_key: str) -> str:
    """The stored article's id: 16 hex digits of BLAKE2b over its source key.

    Not the Article ``id`` (a content hash): two sources with identical text
    are two stored articles, so the store needs an id per source.
    """
    return hashlib.blake2b(source_key.encode("utf-8"), digest_size=8).hexdigest()


def source_key(article: dict[str, Any], resolved_path: str | None = None) -> str:
    """Identity of a stored article: URL, else resolved path[:line], else content id."""
    source = article.get("source") or {}
    if source.get("url"):
        return "url:" + str(source["url"]).strip()
    if resolved_path:
        line = source.get("line")
        return f"path:{resolved_path}:{line}" if line else f"path:{resolved_path}"
    return "id:" + str(article["id"])


def prepare(
    article: dict[str, Any], *, location: str, raw_hash: str, resolved_path: str | None
) -> Analysed:
    """Everything a worker can compute ahead of the write: key, stems, MinHash signature."""
    from warta.corpus.search import stem_text

    text = str(article.get("text") or "")
    return Analysed(
        location=location,
        raw_hash=raw_hash,
        source_key=source_key(article, resolved_path),
        article=article,
        title_stem=stem_text(article.get("title")),
        body_stem=stem_text(text),
        signature=dedup.signature(text),
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _marks(n: int) -> str:
    return ",".join("?" * n)


def check_day(value: str | None, option: str) -> str | None:
    """A ``--since``/``--until`` value as YYYY-MM-DD, or a WartaInputError."""
    if value is None:
        return None
    from warta.pipeline import normalise_date

    day = normalise_date(value)
    if day is None:
        raise WartaInputError(f"invalid {option} {value!r}, expected YYYY-MM-DD")
    return day[:10]


class Corpus(ABC):
    """A store of analysed articles with duplicates, entities and full-text search.

    Open one with :func:`warta.corpus.open_corpus`; use it as a context
    manager so the connection is closed. The same methods behave the same on
    SQLite and PostgreSQL.
    """

    backend: str = "?"

    def __init__(self, url: str) -> None:
        self.url = url

    # --- what a backend provides ------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; return a cursor. Database errors become WartaStoreError."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A write transaction: committed on exit, rolled back on error."""

    @abstractmethod
    def _index_text(self, pk: int, title_stem: str, body_stem: str) -> None: ...

    @abstractmethod
    def _unindex_text(self, pk: int) -> None: ...

    @abstractmethod
    def _search_rows(
        self, terms: list[str], any_term: bool, where: list[str], params: list[Any], limit: int
    ) -> list[tuple[int, float]]:
        """(pk, score) of the best matches, best first; ``where`` filters alias ``a``."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- small helpers ----------------------------------------------------------------

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a query without holding them all in memory."""
        yield from self._execute(sql, params)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._execute(sql, params).fetchall())

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row = self._execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._one(sql, params)
        return row[0] if row else None

    # --- ingest -------------------------------------------------------------------------

    def ingest(self, paths: Sequence[str], **options: Any) -> BatchResult:
        """Analyse and store files, directories and JSON Lines (see :func:`ingest.ingest`)."""
        from warta.corpus.ingest import ingest

        return ingest(self, paths, **options)

    def add(self, article: Any, *, location: str | None = None) -> str:
        """Store one analysed :class:`warta.Article` (or its dict); return its store id."""
        data = article.to_dict() if hasattr(article, "to_dict") else dict(article)
        raw_hash = hashlib.blake2b(
            json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8"), digest_size=16
        ).hexdigest()
        path = (data.get("source") or {}).get("path")
        resolved = None
        if path:
            from pathlib import Path

            resolved = str(Path(path).resolve())
        record = prepare(
            data, location=location or f"article:{raw_hash}", raw_hash=raw_hash,
            resolved_path=resolved,
        )  # fmt: skip
        with self.transaction():
            self.write(record_list := [record])
        return record_list[0].id

    def input_hashes(self, locations: Sequence[str]) -> dict[str, str]:
        """Stored raw hashes of these input locations (to skip unchanged inputs)."""
        out: dict[str, str] = {}
        for i in range(0, len(locations), 500):
            chunk = list(locations[i : i + 500])
            for location, raw_hash in self._all(
                f"SELECT location, raw_hash FROM inputs WHERE location IN ({_marks(len(chunk))})",
                chunk,
            ):
                out[location] = raw_hash
        return out

    def write_batch(self, records: Sequence[Record]) -> BatchResult:
        """Write records in one transaction: all of them are stored, or none."""
        with self.transaction():
            return self.write(records)

    def write(self, records: Sequence[Record]) -> BatchResult:
        """Write records inside the caller's transaction."""
        result = BatchResult()
        touched: set[int] = set()
        now = _now()
        for record in records:
            if isinstance(record, Unchanged):
                result.unchanged += 1
            elif isinstance(record, Failed):
                result.failed += 1
                result.failures.append((record.label, record.error))
                self._execute(
                    "INSERT INTO failures (location, source, error, failed_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (location) DO UPDATE SET source = excluded.source,"
                    " error = excluded.error, failed_at = excluded.failed_at",
                    (record.location, record.label, record.error, now),
                )
            else:
                status, pk, duplicate = self._store(record, now, touched)
                setattr(result, status, getattr(result, status) + 1)
                result.duplicates += int(duplicate and status != "unchanged")
                self._execute(
                    "INSERT INTO inputs (location, raw_hash, article_pk) VALUES (?, ?, ?)"
                    " ON CONFLICT (location) DO UPDATE SET raw_hash = excluded.raw_hash,"
                    " article_pk = excluded.article_pk",
                    (record.location, record.raw_hash, pk),
                )
                self._execute("DELETE FROM failures WHERE location = ?", (record.location,))
        self._refresh_entities(touched)
        return result

    def _store(self, record: Analysed, now: str, touched: set[int]) -> tuple[str, int, bool]:
        data = record.article
        data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        source = data.get("source") or {}
        published = data.get("published")
        language = (data.get("language") or {}).get("code")
        values = (
            str(data["id"]), source.get("url"), source.get("path"), source.get("line"),
            source.get("format"), data.get("title"), data.get("publisher"), published,
            published[:10] if published else None, language, str(data.get("text") or ""),
            data_json, record.signature,
        )  # fmt: skip
        row = self._one(
            "SELECT pk, data, cluster FROM articles WHERE source_key = ?", (record.source_key,)
        )
        if row is None:
            pk = int(
                self._one(
                    "INSERT INTO articles (id, source_key, content_id, url, path, line, format,"
                    " title, publisher, published, published_day, language, text, data,"
                    " signature, ingested_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
                    (record.id, record.source_key, *values, now, now),
                )[0]  # type: ignore[index]
            )
            status = "new"
        else:
            pk = int(row[0])
            if row[1] == data_json:
                return "unchanged", pk, row[2] is not None
            self._unlink(pk, touched)
            self._execute(
                "UPDATE articles SET content_id = ?, url = ?, path = ?, line = ?, format = ?,"
                " title = ?, publisher = ?, published = ?, published_day = ?, language = ?,"
                " text = ?, data = ?, signature = ?, updated_at = ? WHERE pk = ?",
                (*values, now, pk),
            )
            status = "updated"
        self._index_text(pk, record.title_stem, record.body_stem)
        duplicate = self._cluster(pk, str(data["id"]), record.signature)
        self._link_entities(pk, data, touched)
        return status, pk, duplicate

    def _unlink(self, pk: int, touched: set[int]) -> None:
        """Detach an article that is about to be replaced from index, bands, entities, cluster."""
        self._execute("DELETE FROM lsh_bands WHERE article_pk = ?", (pk,))
        self._unindex_text(pk)
        touched.update(
            int(r[0])
            for r in self._all("SELECT entity_pk FROM article_entities WHERE article_pk = ?", (pk,))
        )
        self._execute("DELETE FROM mentions WHERE article_pk = ?", (pk,))
        self._execute("DELETE FROM article_entities WHERE article_pk = ?", (pk,))
        label = self._scalar("SELECT cluster FROM articles WHERE pk = ?", (pk,))
        if label is None:
            return
        self._execute("UPDATE articles SET cluster = NULL WHERE pk = ?", (pk,))
        rest = [int(r[0]) for r in self._all("SELECT pk FROM articles WHERE cluster = ?", (label,))]
        # Relabel what remains so that the label never names the departed article.
        new_label = min(rest) if len(rest) > 1 else None
        self._execute("UPDATE articles SET cluster = ? WHERE cluster = ?", (new_label, label))

    def _cluster(self, pk: int, content_id: str, signature: bytes | None) -> bool:
        """Find confirmed near-duplicates of a new article and merge their clusters."""
        matched = {
            int(r[0])
            for r in self._all(
                "SELECT pk FROM articles WHERE content_id = ? AND pk <> ? LIMIT 1000",
                (content_id, pk),
            )
        }
        if signature is not None:
            keys = dedup.band_keys(signature)
            candidates = [
                r
                for r in self._all(
                    "SELECT a.pk, a.cluster, a.signature FROM articles a WHERE a.pk IN"
                    f" (SELECT article_pk FROM lsh_bands WHERE key IN ({_marks(len(keys))}))"
                    " AND a.pk <> ? LIMIT 2000",
                    (*keys, pk),
                )
                if int(r[0]) not in matched
            ]
            confirmed_clusters: set[int] = set()
            for cand_pk, label, cand_sig in sorted(candidates, key=lambda r: int(r[0])):
                if label is not None and int(label) in confirmed_clusters:
                    continue  # one confirmation per cluster is enough
                if cand_sig is not None and (
                    dedup.similarity(signature, bytes(cand_sig)) >= dedup.THRESHOLD
                ):
                    matched.add(int(cand_pk))
                    if label is not None:
                        confirmed_clusters.add(int(label))
            self._executemany(
                "INSERT INTO lsh_bands (key, article_pk) VALUES (?, ?)", [(k, pk) for k in keys]
            )
        if not matched:
            return False
        group = sorted(matched)
        labels = sorted(
            {
                int(r[0])
                for r in self._all(
                    f"SELECT DISTINCT cluster FROM articles WHERE pk IN ({_marks(len(group))})"
                    " AND cluster IS NOT NULL",
                    group,
                )
            }
        )
        target = min([pk, *group, *labels])
        members = [pk, *group]
        self._execute(
            f"UPDATE articles SET cluster = ? WHERE pk IN ({_marks(len(members))})",
            (target, *members),
        )
        if labels:
            self._execute(
                f"UPDATE articles SET cluster = ? WHERE cluster IN ({_marks(len(labels))})",
                (target, *labels),
            )
        return True

    # --- entities -------------------------------------------------------------------------

    def _find_entity(self, strong: set[str], weak: set[str]) -> int | None:
        if strong:
            keys = sorted(strong)
            rows = self._all(
                "SELECT DISTINCT entity_pk FROM entity_keys WHERE weak = 0 AND key IN"
                f" ({_marks(len(keys))})",
                keys,
            )
            if rows:
                return min(int(r[0]) for r in rows)
        if weak:
            keys = sorted(weak)
            rows = self._all(
                "SELECT DISTINCT entity_pk FROM entity_keys WHERE weak = 0 AND key IN"
                f" ({_marks(len(keys))})",
                keys,
            )
            if len(rows) == 1:
                return int(rows[0][0])
        single = [k for k in strong if " " not in k]
        if len(strong) == 1 and single:
            rows = self._all(
                "SELECT DISTINCT entity_pk FROM entity_keys WHERE weak = 1 AND key = ?", single
            )
            if len(rows) == 1:
                return int(rows[0][0])
        return None

    def _link_entities(self, pk: int, data: dict[str, Any], touched: set[int]) -> None:
        for local in data.get("entities") or []:
            if not isinstance(local, dict) or not local.get("name"):
                continue
            keys = entity_keys(local)
            if not keys.strong:
                continue
            entity_pk = self._find_entity(keys.strong, keys.weak)
            if entity_pk is None:
                entity_pk = int(
                    self._one(
                        "INSERT INTO entities (name, type, types, curated, article_count,"
                        " mention_count) VALUES (?, ?, ?, ?, 0, 0) RETURNING pk",
                        (keys.name, keys.type, json.dumps({keys.type: 1}), int(keys.curated)),
                    )[0]  # type: ignore[index]
                )
            else:
                name, is_curated = self._one(
                    "SELECT name, curated FROM entities WHERE pk = ?", (entity_pk,)
                )  # type: ignore[misc]
                new_name, new_curated = better_name(name, bool(is_curated), keys)
                if (new_name, new_curated) != (name, bool(is_curated)):
                    self._execute(
                        "UPDATE entities SET name = ?, curated = ? WHERE pk = ?",
                        (new_name, int(new_curated), entity_pk),
                    )
                    if new_curated:
                        self._execute(
                            "UPDATE entities SET type = ? WHERE pk = ?", (keys.type, entity_pk)
                        )
            touched.add(entity_pk)
            self._executemany(
                "INSERT INTO entity_keys (key, entity_pk, weak) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(k, entity_pk, 0) for k in sorted(keys.strong)]
                + [(k, entity_pk, 1) for k in sorted(keys.weak)],
            )
            self._executemany(
                "INSERT INTO entity_aliases (entity_pk, alias) VALUES (?, ?)"
                " ON CONFLICT DO NOTHING",
                [(entity_pk, form) for form in keys.forms],
            )
            local_id = str(local.get("id") or keys.name)
            self._execute(
                "INSERT INTO article_entities (article_pk, local_id, entity_pk, name, type, roles)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (pk, local_id, entity_pk, str(local["name"]), str(local.get("type") or keys.type),
                 json.dumps(local.get("roles") or [], ensure_ascii=False)),
            )  # fmt: skip
            self._executemany(
                "INSERT INTO mentions (article_pk, local_id, entity_pk, start_char, end_char, text)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (pk, local_id, entity_pk, m.get("start"), m.get("end"), m.get("text"))
                    for m in local.get("mentions") or []
                    if isinstance(m, dict)
                ],
            )

    def _refresh_entities(self, touched: set[int]) -> None:
        """Recompute counts, types and first/last seen of entities a batch touched."""
        for entity_pk in sorted(touched):
            stats = self._one(
                "SELECT COUNT(DISTINCT ae.article_pk), MIN(a.published), MAX(a.published)"
                " FROM article_entities ae JOIN articles a ON a.pk = ae.article_pk"
                " WHERE ae.entity_pk = ?",
                (entity_pk,),
            )
            articles = int(stats[0]) if stats else 0
            if articles == 0:
                for table in ("entity_keys", "entity_aliases"):
                    self._execute(f"DELETE FROM {table} WHERE entity_pk = ?", (entity_pk,))
                self._execute("DELETE FROM entities WHERE pk = ?", (entity_pk,))
                continue
            mentions = self._scalar(
                "SELECT COUNT(*) FROM mentions WHERE entity_pk = ?", (entity_pk,)
            )
            types = Counter(
                {
                    str(t): int(n)
                    for t, n in self._all(
                        "SELECT type, COUNT(*) FROM article_entities WHERE entity_pk = ?"
                        " GROUP BY type",
                        (entity_pk,),
                    )
                }
            )
            main_type = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            self._execute(
                "UPDATE entities SET article_count = ?, mention_count = ?, first_seen = ?,"
                " last_seen = ?, types = ?,"
                " type = CASE WHEN curated = 1 THEN type ELSE ? END WHERE pk = ?",
                (articles, int(mentions or 0), stats[1], stats[2],  # type: ignore[index]
                 json.dumps(dict(sorted(types.items()))), main_type, entity_pk),
            )  # fmt: skip

    def find_entities(self, name: str, type: str | None = None) -> list[int]:
        """Corpus entity pks a user-typed name refers to ("Jokowi" finds Joko Widodo)."""
        keys = sorted(resolve_name(name))
        if not keys:
            return []
        sql = (
            "SELECT DISTINCT k.entity_pk FROM entity_keys k JOIN entities e ON e.pk = k.entity_pk"
            f" WHERE k.key IN ({_marks(len(keys))})"
        )
        params: list[Any] = list(keys)
        if type:
            sql += " AND e.type = ?"
            params.append(type)
        return sorted(int(r[0]) for r in self._all(sql, params))

    def entities(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Corpus entities, most mentioned in most articles first."""
        sql = (
            "SELECT pk, name, type, types, article_count, mention_count, first_seen, last_seen"
            " FROM entities ORDER BY article_count DESC, mention_count DESC, name"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._all(sql, params)
        aliases: dict[int, list[str]] = {}
        if rows:
            pks = [int(r[0]) for r in rows]
            for i in range(0, len(pks), 500):
                chunk = pks[i : i + 500]
                for entity_pk, alias in self._all(
                    "SELECT entity_pk, alias FROM entity_aliases WHERE entity_pk IN"
                    f" ({_marks(len(chunk))}) ORDER BY alias",
                    chunk,
                ):
                    aliases.setdefault(int(entity_pk), []).append(str(alias))
        return [
            {
                "id": int(r[0]),
                "name": r[1],
                "type": r[2],
                "types": json.loads(r[3] or "{}"),
                "aliases": [a for a in aliases.get(int(r[0]), []) if a != r[1]],
                "articles": int(r[4] or 0),
                "mentions": int(r[5] or 0),
                "first_seen": r[6],
                "last_seen": r[7],
            }
            for r in rows
        ]

    # --- reading ----------------------------------------------------------------------------

    @staticmethod
    def _summary(row: Sequence[Any]) -> dict[str, Any]:
        _pk, id_, content_id, url, path, line, title, publisher, published = row[:9]
        source = url or (f"{path}:{line}" if path and line else path)
        return {
            "id": id_,
            "content_id": content_id,
            "source": source,
            "url": url,
            "path": path,
            "line": line,
            "publisher": publisher,
            "title": title,
            "published": published,
        }

    def count(self) -> int:
        return int(self._scalar("SELECT COUNT(*) FROM articles") or 0)

    def get(self, ident: str) -> dict[str, Any]:
        """The stored ``warta.article/1`` dict for a store id, content id, URL or path.

        Raises :class:`WartaInputError` when nothing or more than one article matches.
        """
        rows = self._all(
            "SELECT pk, id, data FROM articles WHERE id = ? OR source_key = ? OR url = ?",
            (ident, ident, ident),
        )
        if not rows:
            rows = self._all(
                "SELECT pk, id, data FROM articles WHERE content_id = ? OR path = ? ORDER BY pk",
                (ident, ident),
            )
        if not rows:
            raise WartaInputError(f"no stored article with id, URL or path {ident!r}")
        if len({r[1] for r in rows}) > 1:
            ids = ", ".join(str(r[1]) for r in rows[:10])
            raise WartaInputError(
                f"{ident!r} matches {len(rows)} stored articles ({ids})",
                hint="use one of these store ids",
            )
        return json.loads(rows[0][2])

    def store_info(self, ident: str) -> dict[str, Any]:
        """Store-level facts about one article: store id, source key, its duplicate cluster."""
        data = self.get(ident)
        row = self._one(
            f"SELECT {_SUMMARY}, a.source_key, a.cluster FROM articles a"
            " WHERE a.content_id = ? AND (a.id = ? OR a.source_key = ? OR a.url = ? OR a.path = ?"
            " OR a.content_id = ?) ORDER BY a.pk",
            (data["id"], ident, ident, ident, ident, ident),
        )
        assert row is not None
        info = self._summary(row)
        info["source_key"] = row[9]
        info["duplicates"] = []
        if row[10] is not None:
            info["duplicates"] = [
                self._summary(r)
                for r in self._all(
                    f"SELECT {_SUMMARY} FROM articles a WHERE a.cluster = ? AND a.pk <> ?"
                    " ORDER BY a.published IS NULL, a.published, a.pk",
                    (row[10], row[0]),
                )
            ]
        return info

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        """Every stored article dict, in storage order (streamed)."""
        for row in self._stream("SELECT data FROM articles ORDER BY pk"):
            yield json.loads(row[0])

    def duplicates(self) -> list[dict[str, Any]]:
        """Duplicate clusters: the earliest article as ``original``, the others as ``members``."""
        clusters: list[dict[str, Any]] = []
        current: Any = object()
        original_sig: bytes | None = None
        for row in self._stream(
            f"SELECT {_SUMMARY}, a.cluster, a.signature FROM articles a"
            " WHERE a.cluster IS NOT NULL"
            " ORDER BY a.cluster, a.published IS NULL, a.published, a.pk"
        ):
            article = self._summary(row)
            sig = bytes(row[10]) if row[10] is not None else None
            if row[9] != current:
                current = row[9]
                original_sig = sig
                clusters.append({"original": article, "members": []})
            else:
                article["similarity"] = (
                    round(dedup.similarity(original_sig, sig), 3)
                    if original_sig is not None and sig is not None
                    else None
                )
                clusters[-1]["members"].append(article)
        clusters.sort(key=lambda c: (-len(c["members"]), c["original"]["published"] or ""))
        return clusters

    # --- search -------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        entity: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        publisher: str | None = None,
        limit: int = 10,
    ) -> list[dict[str, Any]]:
        """Ranked hits for a free-text query, with highlighted snippets.

        The query is folded and stemmed like the index, so any text is a
        valid query; all words must match (when none does, any word may).
        """
        if limit < 1:
            raise WartaInputError("--limit must be at least 1")
        if type is not None and type.upper() not in ENTITY_TYPES:
            raise WartaInputError(f"invalid --type {type!r}, expected PERSON, ORG or PLACE")
        since_day, until_day = check_day(since, "--since"), check_day(until, "--until")
        where: list[str] = []
        params: list[Any] = []
        if entity is not None or type is not None:
            if entity is not None:
                pks = self.find_entities(entity, type.upper() if type else None)
                if not pks:
                    return []
                where.append(
                    "a.pk IN (SELECT article_pk FROM article_entities WHERE entity_pk IN"
                    f" ({_marks(len(pks))}))"
                )
                params.extend(pks)
            else:
                where.append(
                    "a.pk IN (SELECT ae.article_pk FROM article_entities ae"
                    " JOIN entities e ON e.pk = ae.entity_pk WHERE e.type = ?)"
                )
                params.append(type.upper())  # type: ignore[union-attr]
        if since_day:
            where.append("a.published_day >= ?")
            params.append(since_day)
        if until_day:
            where.append("a.published_day <= ?")
            params.append(until_day)
        if publisher:
            where.append("LOWER(a.publisher) = LOWER(?)")
            params.append(publisher)
        terms = query_terms(query)
        if terms:
            rows = self._search_rows(terms, False, where, params, limit)
            if not rows and len(terms) > 1:
                rows = self._search_rows(terms, True, where, params, limit)
        elif where:
            rows = [
                (int(r[0]), 0.0)
                for r in self._all(
                    f"SELECT a.pk FROM articles a WHERE {' AND '.join(where)}"
                    " ORDER BY a.published DESC, a.pk LIMIT ?",
                    (*params, limit),
                )
            ]
        else:
            return []
        if not rows:
            return []
        pks = [pk for pk, _ in rows]
        details = {
            int(r[0]): r
            for r in self._all(
                f"SELECT {_SUMMARY}, a.text FROM articles a WHERE a.pk IN ({_marks(len(pks))})", pks
            )
        }
        hits = []
        for pk, score in rows:
            row = details[pk]
            hit = self._summary(row)
            hit["score"] = round(float(score), 4)
            hit["snippet"] = snippet(row[9], terms)
            hits.append(hit)
        return hits

    # --- statistics ----------------------------------------------------------------------------

    def stats(self, *, top: int = 10) -> dict[str, Any]:
        """Counts: articles, clusters, entities, failures; per publisher, per day; top entities."""
        clusters = self._scalar(
            "SELECT COUNT(DISTINCT cluster) FROM articles WHERE cluster IS NOT NULL"
        )
        in_clusters = self._scalar("SELECT COUNT(*) FROM articles WHERE cluster IS NOT NULL")
        return {
            "articles": self.count(),
            "duplicate_clusters": int(clusters or 0),
            "duplicates": int(in_clusters or 0) - int(clusters or 0),
            "entities": int(self._scalar("SELECT COUNT(*) FROM entities") or 0),
            "failed": int(self._scalar("SELECT COUNT(*) FROM failures") or 0),
            "publishers": [
                {"publisher": p, "articles": int(n)}
                for p, n in self._all(
                    "SELECT publisher, COUNT(*) AS n FROM articles GROUP BY publisher"
                    " ORDER BY n DESC, publisher"
                )
            ],
            "days": [
                {"day": d, "articles": int(n)}
                for d, n in self._all(
                    "SELECT published_day, COUNT(*) FROM articles GROUP BY published_day"
                    " ORDER BY published_day"
                )
            ],
            "top_entities": [
                {k: e[k] for k in ("name", "type", "articles", "mentions")}
                for e in self.entities(limit=top)
            ],
        }

    def failures(self) -> list[dict[str, Any]]:
        return [
            {"location": r[0], "source": r[1], "error": r[2], "failed_at": r[3]}
            for r in self._all(
                "SELECT location, source, error, failed_at FROM failures ORDER BY location"
            )
        ]

    def rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """Stream rows of a fixed, internal query (used by export)."""
        yield from self._stream(sql)
