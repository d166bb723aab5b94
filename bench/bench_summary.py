"""Benchmark SUMMARY and KEYWORDS: articles per second on already analysed articles.

Run ``python bench/bench_summary.py`` (add ``--write docs/benchmarks.md`` to
update the ``summary`` section). The articles are IndoSum dev texts when
``../shared/data`` is present, else warta's bundled examples; they are run
through ``warta.analyze`` once beforehand so that only ``summarize`` and
``extract_keywords`` are timed (the pipeline has its own benchmark).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import warta  # noqa: E402
from bench.machine import machine_info, replace_section  # noqa: E402
from warta.article import Article  # noqa: E402
from warta.keywords import extract_keywords  # noqa: E402
from warta.summary import summarize  # noqa: E402

INDOSUM = ROOT.parent / "shared" / "data" / "summaries" / "indosum" / "dev.jsonl"


def load_articles(limit: int) -> tuple[str, list[Article]]:
    """Analysed articles to time, and a label saying where they came from."""
    texts: list[str] = []
    if INDOSUM.exists():
        with INDOSUM.open(encoding="utf-8") as handle:
            texts = [
                json.loads(line)["text"] for _, line in zip(range(limit), handle, strict=False)
            ]
        label = f"{len(texts)} IndoSum dev articles"
    else:
        texts = [
            p.read_text("utf-8") for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))
        ]
        label = f"{len(texts)} bundled example articles"
    articles = []
    for text in texts:
        try:
            articles.append(warta.analyze(text))
        except Exception:  # a pipeline bug must not stop the benchmark
            continue
    return label, articles


def rate(articles: list[Article], work: Callable[[Article], object], repeat: int) -> float:
    """Median articles per second over ``repeat`` passes."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for article in articles:
            work(article)
        rates.append(len(articles) / (time.perf_counter() - start))
    return statistics.median(rates)


def _summary(a: Article) -> object:
    return summarize(a.text, a.sentences, entities=a.entities, quotes=a.quotes, title=a.title)


def _keywords(a: Article) -> object:
    return extract_keywords(a.text, entities=a.entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=500, help="articles to time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", type=Path, help="update this benchmarks.md")
    args = parser.parse_args()
    label, articles = load_articles(args.limit)
    if not articles:
        sys.exit("error: no articles to benchmark")
    words = statistics.mean(len(a.text.split()) for a in articles)
    results = {
        "summarize": rate(articles, _summary, args.repeat),
        "extract_keywords": rate(articles, _keywords, args.repeat),
        "both": rate(articles, lambda a: (_summary(a), _keywords(a)), args.repeat),
    }
    lines = [
        "## Summary and keywords",
        "",
        f"{label} (mean {words:.0f} words), analysed once beforehand; median of "
        f"{args.repeat} passes on one core. Reproduce: "
        "`python bench/bench_summary.py --write docs/benchmarks.md`.",
        "",
        "| step | articles/s |",
        "|---|---:|",
        *(f"| `{name}` | {value:,.0f} |" for name, value in results.items()),
        "",
        f"Machine: {machine_info()}",
    ]
    markdown = "\n".join(lines)
    print(markdown)
    if args.write:
        replace_section(args.write, "summary", markdown)


if __name__ == "__main__":
    main()
