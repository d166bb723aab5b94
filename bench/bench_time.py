"""Benchmark the time tagger: expressions per second and articles per second.

Run with ``python bench/bench_time.py --write docs/benchmarks.md``. Texts are
the gold set (``tests/data/time-gold``) and, when ``../shared`` is present, the
50 Kompas development articles. The last row times ``find_times`` on the
bundled example articles next to ``analyze`` on the same articles, to show what
adding the TIME layer costs the pipeline (it must not halve its throughput).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine_info, replace_section  # noqa: E402
from warta.evaluation.time import read_timeml  # noqa: E402
from warta.temporal import find_times  # noqa: E402

KOMPAS = ROOT.parent / "shared" / "data" / "news" / "kompas-indotimex-dev"


def load(directory: Path) -> list[tuple[str, object]]:
    """(text, reference date) pairs of every TimeML file in ``directory``."""
    out = []
    for path in sorted(directory.glob("*.tml")):
        _title, text, dct, _gold = read_timeml(path)
        out.append((text, dct))
    return out


def median_rate(run: Callable[[], int], repeat: int) -> tuple[float, float, int]:
    """Median seconds per pass, spread, and the count ``run`` returns."""
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times) - min(times), count


def tag_all(corpus: list[tuple[str, object]]) -> Callable[[], int]:
    def run() -> int:
        return sum(len(find_times(text, ref)) for text, ref in corpus)  # type: ignore[arg-type]

    return run


def pipeline_row(repeat: int) -> str | None:
    """find_times against analyze on the bundled examples, or None if the core lacks them."""
    try:
        from warta.pipeline import analyze_raw
        from warta.read import read_path
    except ImportError:
        return None
    raws = []
    for path in sorted((ROOT / "examples" / "articles").iterdir()):
        raws.extend(r for r in read_path(str(path)) if hasattr(r, "source"))
    if not raws:
        return None
    articles = [analyze_raw(r) for r in raws]  # warm-up, and the clean bodies
    texts = [(a.text, None) for a in articles]
    analyze_s, _, _ = median_rate(lambda: sum(1 for r in raws if analyze_raw(r)), repeat)
    times_s, _, n_expr = median_rate(tag_all(texts), repeat)
    share = times_s / analyze_s * 100 if analyze_s else 0.0
    return (
        f"| examples (`analyze` = {len(raws) / analyze_s:,.0f} art/s) | {len(raws)} | {n_expr} | "
        f"{n_expr / times_s:,.0f} | {len(raws) / times_s:,.0f} | +{share:.1f}% of analyze time |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--write", type=Path, help="update this markdown file")
    args = parser.parse_args()
    corpora = [("gold set", load(ROOT / "tests" / "data" / "time-gold"))]
    if KOMPAS.exists():
        corpora.append(("Kompas dev (50)", load(KOMPAS)))
    for _name, corpus in corpora:  # warm-up
        tag_all(corpus)()
    rows = []
    for name, corpus in corpora:
        seconds, spread, n_expr = median_rate(tag_all(corpus), args.repeat)
        rows.append(
            f"| {name} | {len(corpus)} | {n_expr} | {n_expr / seconds:,.0f} | "
            f"{len(corpus) / seconds:,.0f} | ±{spread / seconds * 50:.0f}% |"
        )
    extra = pipeline_row(args.repeat)
    if extra:
        rows.append(extra)
    table = "\n".join(
        [
            "## Time tagger",
            "",
            f"Machine: {machine_info()}; processor `{platform.processor() or 'n/a'}`.",
            "",
            "Command: `python bench/bench_time.py --write docs/benchmarks.md`; one core, median",
            f"of {args.repeat} passes of `find_times(text, reference)` over each corpus.",
            "",
            "| corpus | articles | expressions | expressions/second | articles/second | note |",
            "|---|---:|---:|---:|---:|---|",
            *rows,
        ]
    )
    print(table)
    if args.write:
        replace_section(args.write, "time", table)


if __name__ == "__main__":
    main()
