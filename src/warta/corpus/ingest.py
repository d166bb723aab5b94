"""Parallel, idempotent, crash-safe ingest.

The main process walks the inputs and cuts them into *tasks* (one file, or a
chunk of JSON Lines, read as a stream so a large or gzip-compressed file
never sits in memory whole). Worker processes read, analyse, stem and
MinHash each article; the main process is the only writer and commits the
results in batches, one transaction per batch.

Idempotency and resumption rest on the ``inputs`` table: every stored input
location (resolved path, plus ``:line`` for JSON Lines) carries a hash of its
raw record. A worker first asks the store which of its locations are
already stored with the same hash and skips them without analysis, so a
second run over the same input stores nothing and costs little more than
reading. A run killed with SIGKILL loses only its uncommitted batch, which
the next run redoes.

Workers are started with the ``forkserver`` method and the analysis modules
preloaded: this is cheap per worker, and unlike ``fork`` it never copies an
open database connection (or a progress-bar thread) into a child.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.article import Source
from warta.corpus.base import Analysed, BatchResult, Corpus, Failed, Record, Unchanged, prepare
from warta.errors import WartaInputError
from warta.read import DEFAULT_MAX_BYTES, RawArticle, parse_json_record, read_path

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".gz")
CHUNK_LINES = 64
BATCH_SIZE = 250
BATCH_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Task:
    """A unit of work: one file (``lines`` empty) or a chunk of JSON Lines."""

    given: str
    resolved: str
    lines: tuple[tuple[int, bytes], ...] = ()
    error: str | None = None  # a problem found while reading the stream itself


@dataclass
class IngestReport(BatchResult):
    """The run summary: counts, failures, rate and memory."""

    seconds: float = 0.0
    workers: int = 1
    worker_peak_rss_mb: float = 0.0
    main_peak_rss_mb: float = 0.0
    per_worker: dict[int, float] = field(default_factory=dict)

    @property
    def processed(self) -> int:
        return self.new + self.updated + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out.update(
            seconds=round(self.seconds, 2),
            articles_per_second=round(self.rate, 1),
            workers=self.workers,
            worker_peak_rss_mb=round(self.worker_peak_rss_mb, 1),
        )
        return out


# --- walking the inputs ------------------------------------------------------------------


def expand(paths: Sequence[str], exclude: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(path as given, resolved path) of every input file; directories recursively.

    Hidden files and directories (``.git``, editor backups) are skipped; the
    same file named twice is read once; ``exclude`` (the store's own database
    files, when it lives inside an input directory) is never read.
    """
    seen: set[str] = {os.path.realpath(p) for p in exclude}
    out: list[tuple[str, str]] = []

    def add(given: str) -> None:
        resolved = os.path.realpath(given)
        if resolved not in seen:
            seen.add(resolved)
            out.append((given, resolved))

    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                relative = child.relative_to(p).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    add(str(child))
        else:
            add(path)
    return out


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _open(path: str) -> Any:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def count_records(files: list[tuple[str, str]]) -> int:
    """Estimated number of articles (lines of JSON Lines files, one per other file)."""
    total = 0
    for given, _ in files:
        if not is_jsonl(given):
            total += 1
            continue
        try:
            with _open(given) as handle:
                while block := handle.read(1 << 20):
                    total += block.count(b"\n")
        except (OSError, EOFError, gzip.BadGzipFile):
            total += 1
    return total


def tasks(files: list[tuple[str, str]], chunk: int = CHUNK_LINES) -> Iterator[Task]:
    """Tasks for the workers, streaming JSON Lines files chunk by chunk."""
    for given, resolved in files:
        if not is_jsonl(given) or not os.path.isfile(given):
            yield Task(given, resolved)
            continue
        lines: list[tuple[int, bytes]] = []
        number = 0
        try:
            with _open(given) as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        lines.append((number, line))
                    if len(lines) >= chunk:
                        yield Task(given, resolved, tuple(lines))
                        lines = []
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            if lines:
                yield Task(given, resolved, tuple(lines))
                lines = []
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield Task(given, resolved, error=f"cannot read past line {number}: {reason}")
        if lines:
            yield Task(given, resolved, tuple(lines))


# --- the worker side --------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _init_worker(url: str, options: dict[str, Any]) -> None:
    from warta.corpus import open_corpus

    _STATE["store"] = open_corpus(url, readonly=True)
    _STATE["options"] = options


def _raw_hash(raw: RawArticle, published: str | None, fast: bool = False) -> str:
    """What decides an input's analysis: warta's version, the input, and the options used.

    A fast-mode analysis hashes differently, so that ingesting the same files
    again without ``--fast`` replaces it with the full model's; the default
    keeps the payload of earlier versions, so stored hashes stay valid.
    """
    from warta import __version__

    fields = [__version__, raw.source.url, raw.title, raw.published, raw.is_html, published]
    payload = json.dumps([*fields, raw.text, *(["fast"] if fast else [])], ensure_ascii=False)
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=16).hexdigest()


def _read(task: Task, options: dict[str, Any]) -> list[tuple[str, RawArticle | WartaInputError]]:
    """(location, raw article or error) for every record of a task."""
    if task.error:
        return [(task.resolved, WartaInputError(task.error, source=task.given))]
    if not task.lines:
        out: list[tuple[str, RawArticle | WartaInputError]] = []
        for item in read_path(
            task.given, max_bytes=options["max_bytes"], encoding=options["encoding"]
        ):
            if isinstance(item, RawArticle):
                line = item.source.line
                out.append((f"{task.resolved}:{line}" if line else task.resolved, item))
            else:
                label = item.source or task.given
                suffix = label[len(task.given) :] if label.startswith(task.given + ":") else ""
                out.append((task.resolved + suffix, item))
        return out
    records: list[tuple[str, RawArticle | WartaInputError]] = []
    for number, line in task.lines:
        location = f"{task.resolved}:{number}"
        source = Source(path=task.given, format="jsonl", line=number)
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
            records.append((location, parse_json_record(json.loads(text), source=source)))
        except UnicodeDecodeError as exc:
            records.append(
                (location, WartaInputError(f"not valid UTF-8 (byte offset {exc.start})",
                                           source=source.label()))
            )  # fmt: skip
        except WartaInputError as exc:
            records.append((location, exc))
        except ValueError as exc:
            records.append(
                (location, WartaInputError(f"invalid JSON ({exc.args[0]})", source=source.label()))
            )
    return records


def process(
    task: Task, options: dict[str, Any], lookup: Callable[[Sequence[str]], dict[str, str]]
) -> list[Record]:
    """Read, skip what is stored unchanged, analyse and prepare the rest."""
    from warta.pipeline import analyze_raw

    published = options.get("published")
    fast = bool(options.get("fast"))
    read = _read(task, options)
    hashes = {
        location: _raw_hash(item, published, fast)
        for location, item in read
        if isinstance(item, RawArticle)
    }
    known = lookup(list(hashes)) if hashes else {}
    out: list[Record] = []
    for location, item in read:
        if isinstance(item, WartaInputError):
            out.append(Failed(location, item.source or task.given, item.message))
            continue
        label = item.source.label()
        if known.get(location) == hashes[location]:
            out.append(Unchanged(location))
            continue
        try:
            article = analyze_raw(item, published=published, fast=fast).to_dict()
            out.append(
                prepare(
                    article,
                    location=location,
                    raw_hash=hashes[location],
                    resolved_path=task.resolved,
                )
            )
        except WartaInputError as exc:
            out.append(Failed(location, label, exc.message))
        except Exception as exc:  # a bug in analysis must not stop a long run
            out.append(Failed(location, label, f"internal error ({type(exc).__name__}: {exc})"))
    return out


def _work(task: Task) -> tuple[list[Record], int, float]:
    records = process(task, _STATE["options"], _STATE["store"].input_hashes)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return records, os.getpid(), rss_mb


# --- the main side ------------------------------------------------------------------------------


def ingest(
    corpus: Corpus,
    paths: Sequence[str],
    *,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str = "auto",
    published: str | None = None,
    progress: bool = False,
    on_batch: Callable[[IngestReport], None] | None = None,
    fast: bool = False,
) -> IngestReport:
    """Analyse and store every article under ``paths``; return the run summary.

    ``workers`` defaults to all cores; ``workers=1`` analyses in this process
    (no pool), which is what tests and small runs want. ``fast`` tags names
    with the CRF alone (see :func:`warta.analyze`).
    """
    if not paths:
        raise WartaInputError("no input paths given")
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise WartaInputError("--workers must be at least 1")
    options = {
        "max_bytes": max_bytes, "encoding": encoding, "published": published, "fast": fast
    }  # fmt: skip
    own: list[str] = []
    if corpus.backend == "sqlite":
        own = [corpus.url + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    files = expand(paths, own)
    report = IngestReport(workers=workers)
    started = time.perf_counter()
    total = count_records(files) if progress else None
    bar = _Progress(total) if progress else None
    pending: list[Record] = []
    last_commit = time.monotonic()

    def flush() -> None:
        nonlocal last_commit
        if pending:
            report.add(corpus.write_batch(pending))
            pending.clear()
            report.seconds = time.perf_counter() - started
            if on_batch:
                on_batch(report)
        last_commit = time.monotonic()

    def take(records: list[Record], pid: int, rss_mb: float) -> None:
        pending.extend(records)
        report.per_worker[pid] = max(report.per_worker.get(pid, 0.0), rss_mb)
        if bar:
            bar.advance(len(records), sum(isinstance(r, Analysed | Unchanged) for r in records))
        if len(pending) >= batch_size or time.monotonic() - last_commit > BATCH_SECONDS:
            flush()

    try:
        if workers == 1:
            for task in tasks(files):
                records = process(task, options, corpus.input_hashes)
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                take(records, os.getpid(), rss)
        else:
            _run_pool(corpus.url, files, options, workers, take)
        flush()
    finally:
        if bar:
            bar.stop()
    report.seconds = time.perf_counter() - started
    report.worker_peak_rss_mb = max(report.per_worker.values(), default=0.0)
    report.main_peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def _run_pool(
    url: str,
    files: list[tuple[str, str]],
    options: dict[str, Any],
    workers: int,
    take: Callable[[list[Record], int, float], None],
) -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["warta.pipeline", "warta.corpus.base", "warta.corpus.ingest"])
    limit = workers * 3
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(url, options),
    ) as pool:
        in_flight: deque[Future[tuple[list[Record], int, float]]] = deque()
        try:
            for task in tasks(files):
                while len(in_flight) >= limit:
                    done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        in_flight.remove(future)
                        take(*future.result())
                in_flight.append(pool.submit(_work, task))
            while in_flight:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    in_flight.remove(future)
                    take(*future.result())
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


class _Progress:
    """A Rich progress bar on stderr: articles done of the estimate, rate and ETA."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.started = time.perf_counter()
        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task("ingest", total=total, rate="-")
        self.progress.start()

    def advance(self, n: int, _stored: int) -> None:
        done = self.progress.tasks[0].completed + n
        elapsed = time.perf_counter() - self.started
        self.progress.update(self.task, advance=n, rate=f"{done / max(elapsed, 1e-9):,.0f}")

    def stop(self) -> None:
        self.progress.stop()
