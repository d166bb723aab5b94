"""Benchmark the corpus store: ingest throughput and memory, search latency, dedup scaling.

    python bench/bench_corpus.py --articles 100000 --write docs/benchmarks.md

Generates ``--articles`` synthetic news articles (10% edited copies) as one
JSON Lines file, ingests them into a fresh SQLite store with all cores, and
records at 10%, 50% and 100% of the run: articles stored, the peak resident
memory of each worker and of the writer, and the cumulative time spent in
duplicate detection (so its per-article cost can be compared across corpus
sizes: flat means linear). Then it times ``--queries`` two-word searches.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus.generate import ADJ, PLACES, TOPICS, stream  # noqa: E402

from bench.machine import machine_info, replace_section  # noqa: E402
from warta.corpus import open_corpus  # noqa: E402
from warta.corpus.base import Corpus  # noqa: E402
from warta.corpus.ingest import IngestReport  # noqa: E402

_DEDUP = {"seconds": 0.0}


def _timed_cluster() -> None:
    """Wrap Corpus._cluster (the writer runs in this process) to time dedup alone."""
    original = Corpus._cluster

    def cluster(self: Corpus, *args: Any) -> bool:
        start = time.perf_counter()
        try:
            return original(self, *args)
        finally:
            _DEDUP["seconds"] += time.perf_counter() - start

    Corpus._cluster = cluster  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--write", type=Path, help="update this markdown file")
    args = parser.parse_args()
    _timed_cluster()

    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        data = Path(tmp) / "corpus.jsonl"
        start = time.perf_counter()
        with data.open("w", encoding="utf-8") as handle:
            for record in stream(args.articles, seed=2024, duplicate_rate=0.1):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"generated {args.articles:,} articles in {time.perf_counter() - start:.1f} s")
        checkpoints = sorted({max(1, args.articles * p // 100) for p in (10, 50, 100)})
        marks: list[dict[str, float]] = []

        def on_batch(report: IngestReport) -> None:
            done = report.processed
            while len(marks) < len(checkpoints) and done >= checkpoints[len(marks)]:
                marks.append(
                    {
                        "articles": done,
                        "seconds": report.seconds,
                        "dedup_seconds": _DEDUP["seconds"],
                        "worker_rss": max(report.per_worker.values(), default=0.0),
                    }
                )
                print(f"  {done:,} articles, {report.seconds:.0f} s", flush=True)

        db = args.db or str(Path(tmp) / "bench.db")
        with open_corpus(db) as corpus:
            report = corpus.ingest([str(data)], workers=args.workers, on_batch=on_batch)
            latencies = _search_latency(corpus, args.queries)
            stats = corpus.stats()
        db_size = Path(db).stat().st_size if not args.db else None

    body = _render(args, report, marks, latencies, stats, db_size)
    print(body)
    if args.write:
        replace_section(args.write, "corpus", body)


def _search_latency(corpus: Corpus, n: int) -> list[float]:
    rng = random.Random(5)
    words = [w for ws in TOPICS.values() for w in ws] + ADJ + [p.lower() for p in PLACES]
    queries = [f"{rng.choice(words)} {rng.choice(words)}" for _ in range(n)]
    corpus.search(queries[0])  # warm the page cache and the stemmer
    out = []
    for query in queries:
        start = time.perf_counter()
        corpus.search(query, limit=10)
        out.append((time.perf_counter() - start) * 1000)
    return out


def _render(
    args: argparse.Namespace,
    report: IngestReport,
    marks: list[dict[str, float]],
    latencies: list[float],
    stats: dict[str, Any],
    db_size: int | None,
) -> str:
    q = statistics.quantiles(latencies, n=100)
    lines = [
        "## Corpus store (`warta ingest`, `warta search`)",
        "",
        f"Machine: {machine_info()}.",
        f"Command: `python bench/bench_corpus.py --articles {args.articles}"
        f" --workers {args.workers}` (SQLite store; generated articles, 10% edited copies).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| articles ingested | {report.new:,} ({stats['duplicate_clusters']:,} duplicate"
        f" clusters, {report.failed} failed) |",
        f"| ingest time | {report.seconds:,.1f} s |",
        f"| throughput | {report.rate:,.1f} articles/s with {report.workers} workers |",
        f"| peak memory per worker | {report.worker_peak_rss_mb:,.0f} MB |",
        f"| peak memory of the writer (main process) | {report.main_peak_rss_mb:,.0f} MB |",
    ]
    if db_size:
        lines.append(f"| database size | {db_size / 1e6:,.0f} MB |")
    lines += [
        f"| search p50 (two-word query, limit 10) | {statistics.median(latencies):.1f} ms |",
        f"| search p95 | {q[94]:.1f} ms |",
        f"| search max | {max(latencies):.1f} ms |",
        "",
        "Growth during the run (memory flat and dedup cost per article flat mean linear):",
        "",
        "| articles stored | elapsed | worker peak RSS | dedup time so far"
        " | dedup ms per article in this segment |",
        "|---|---|---|---|---|",
    ]
    previous = {"articles": 0.0, "dedup_seconds": 0.0}
    for mark in marks:
        segment = (mark["dedup_seconds"] - previous["dedup_seconds"]) * 1000
        per = segment / max(1.0, mark["articles"] - previous["articles"])
        lines.append(
            f"| {int(mark['articles']):,} | {mark['seconds']:,.0f} s | {mark['worker_rss']:,.0f} MB"
            f" | {mark['dedup_seconds']:,.1f} s | {per:.2f} |"
        )
        previous = mark
    return "\n".join(lines)


if __name__ == "__main__":
    main()
