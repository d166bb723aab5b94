"""Benchmark the packaged NER model: load time, tagging speed, peak memory.

Runs in a fresh process so that load time and peak RSS belong to the model
alone. Prints a markdown section; ``--write docs/benchmarks.md`` replaces the
part between ``<!-- ner:start -->`` and ``<!-- ner:end -->`` (appending the
markers when absent). Tagging text: the shared valid splits when present,
else the tiny test file repeated.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
START, END = "<!-- ner:start -->", "<!-- ner:end -->"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def sentences() -> list[list[str]]:
    from warta.ner.conll import read_conll

    files = [SHARED / "ner" / d / "valid.txt" for d in ("nergrit", "idner-news-2k")]
    found = [f for f in files if f.is_file()]
    if not found:
        found = [ROOT / "tests" / "data" / "ner-tiny.conll"] * 200
    return [tokens for f in found for tokens, _ in read_conll(f)]


def _best_rate(tagger: Any, data: list[list[str]], rounds: int) -> float:
    """Tokens per second of the fastest of ``rounds`` warm passes."""
    n_tokens = sum(map(len, data))
    best = 0.0
    for _ in range(rounds):
        began = time.perf_counter()
        tagger.tag_sentences(data)
        best = max(best, n_tokens / (time.perf_counter() - began))
    return best


def run(rounds: int) -> str:
    rss_before = peak_rss_mb()
    started = time.perf_counter()
    from warta.ner.tagger import NerTagger

    imported = time.perf_counter()
    tagger = NerTagger.load()
    load_seconds = time.perf_counter() - imported
    import_seconds = imported - started
    rss_loaded = peak_rss_mb()
    data = sentences()
    n_tokens = sum(map(len, data))
    cold_started = time.perf_counter()
    tagger.tag_sentences(data)
    cold = n_tokens / (time.perf_counter() - cold_started)
    best = _best_rate(tagger, data, rounds)
    fast = _best_rate(tagger.fast(), data, rounds)
    models = ROOT / "src" / "warta" / "models"
    size = sum(p.stat().st_size for p in models.glob("ner-id-1.*"))
    rows = [
        ("model files (ner-id-1.*)", f"{size / 1e6:.2f} MB"),
        ("model load time (files, after import)", f"{load_seconds:.2f} s"),
        ("import time (warta package + crfsuite)", f"{import_seconds:.2f} s"),
        ("tagging, first pass (cold caches)", f"{cold:,.0f} tokens/s"),
        (f"tagging, best of {rounds} warm passes", f"{best:,.0f} tokens/s"),
        (f"fast mode (CRF alone, `--fast`), best of {rounds} warm passes", f"{fast:,.0f} tokens/s"),
        ("peak RSS after load", f"{rss_loaded:.0f} MB (interpreter alone: {rss_before:.0f} MB)"),
        ("peak RSS after tagging", f"{peak_rss_mb():.0f} MB"),
    ]
    lines = [
        "## NER tagger",
        "",
        f"{n_tokens:,} tokens ({len(data):,} sentences), one core. "
        f"CPU: {cpu_model()}; Python {platform.python_version()}; {_dt.date.today().isoformat()}.",
        "",
        "| measure | value |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in rows],
        "",
        "Reproduce: `.venv/bin/python bench/bench_ner.py`.",
    ]
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    block = f"{START}\n{section}\n{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="markdown file whose NER section to replace")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    section = run(args.rounds)
    print(section)
    if args.write:
        write_section(args.write, section)


if __name__ == "__main__":
    main()
