"""Benchmark ``warta.analyze`` on the bundled sample corpus: articles per second and memory.

Run with ``make bench`` (or ``python bench/bench_analyze.py --write docs/benchmarks.md``).
Each format is timed separately because HTML extraction costs far more than
reading text; the language detector's one-off model load is excluded by a
warm-up pass. Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine_info, replace_section  # noqa: E402
from warta.pipeline import LAYERS, analyze, analyze_raw  # noqa: E402
from warta.read import read_path  # noqa: E402


def load_corpus() -> dict[str, list]:
    groups: dict[str, list] = {"text": [], "html": []}
    for path in sorted((ROOT / "examples" / "articles").iterdir()):
        for raw in read_path(str(path)):
            if hasattr(raw, "source"):
                groups["html" if raw.is_html else "text"].append(raw)
    return groups


#: What each row runs (layers excluded, fast mode): the structure layer alone, plus
#: time, and the whole pipeline, with the full NER model and in fast mode.
CONFIGURATIONS: dict[str, tuple[tuple[str, ...], bool]] = {
    "structure only": (tuple(LAYERS), False),
    "structure + time": (tuple(layer for layer in LAYERS if layer != "times"), False),
    "full pipeline": ((), False),
    "full pipeline, `--fast`": ((), True),
}


def measure(
    raws: list, repeat: int, exclude: tuple[str, ...], fast: bool = False
) -> tuple[float, float]:
    """Articles per second (median of ``repeat`` passes) and the spread."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in raws:
            analyze_raw(raw, exclude=exclude, fast=fast)
        rates.append(len(raws) / (time.perf_counter() - start))
    return statistics.median(rates), (max(rates) - min(rates))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--write", type=Path, help="update this markdown file")
    args = parser.parse_args()
    start = time.perf_counter()
    groups = load_corpus()
    for raws in groups.values():  # warm-up: loads lingua's models and word lists
        for raw in raws:
            analyze_raw(raw)
    warm = time.perf_counter() - start
    rows = []
    for label, (exclude, fast) in CONFIGURATIONS.items():
        for name, raws in [*groups.items(), ("all", groups["text"] + groups["html"])]:
            if not raws:
                continue
            rate, spread = measure(raws, args.repeat, exclude, fast)
            rows.append(f"| {label} | {name} | {len(raws)} | {rate:,.0f} | ±{spread / 2:,.0f} |")
    long_rows = []
    bodies = [analyze_raw(raw, exclude=LAYERS).text for raw in groups["text"]]
    for copies in (2, 8):
        # One long article: every sample body, repeated; cost should grow linearly.
        text = "\n\n".join(bodies * copies)
        start = time.perf_counter()
        analyze(text)
        elapsed = time.perf_counter() - start
        long_rows.append(f"| {len(text) / 1000:,.0f} kB | {elapsed:.2f} s |")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table = "\n".join(
        [
            "## analyze",
            "",
            f"Machine: {machine_info()}.",
            "",
            "Command: `make bench` (`python bench/bench_analyze.py`), one process, one core,",
            f"median of {args.repeat} passes over the bundled sample corpus (`examples/articles`).",
            "",
            "| layers | input | articles | articles/second | spread |",
            "|---|---|---:|---:|---:|",
            *rows,
            "",
            f"Peak memory (max RSS of the whole process): {peak_mb:,.0f} MB. "
            f"Start-up and warm-up pass (imports, language and NER models): {warm:.2f} s. "
            "About 35 MB of the peak are lingua's English and Indonesian models for single "
            "words, which the corrections layer loads the first time it must tell an English "
            "word from a typo.",
            "",
            "One long article (all sample bodies joined, repeated), full pipeline:",
            "",
            "| size | time |",
            "|---:|---:|",
            *long_rows,
            "",
            "`structure only` is `analyze --exclude` of every layer (read, clean, structure,",
            "segment, language); the issue-2 target for it is 500 articles/second on one core.",
        ]
    )
    print(table)
    if args.write:
        replace_section(args.write, "analyze", table)


if __name__ == "__main__":
    main()
