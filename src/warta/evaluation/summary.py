"""ROUGE for Indonesian text, and scoring the SUMMARY layer against references.

Written here rather than taken from ``rouge-score`` because that package's
default tokenizer keeps only ``[a-z0-9]`` runs: it breaks "1,25" into "1" and
"25", "11/9/2023" into three numbers and "masing-masing" into two words, which
inflates unigram and bigram matches on exactly the tokens (amounts, dates,
reduplicated words) that Indonesian news is full of. Here:

* text is lower-cased;
* numbers with inner separators stay whole ("1,25", "1.000.000", "11/9/2023",
  "17.30"), also when the IndoSum re-join spaced them out ("11 / 9 / 2023");
* words keep inner hyphens and apostrophes ("masing-masing", "jum'at");
* punctuation is dropped, as in the original ROUGE toolkit;
* stemming (Sastrawi) is optional and off by default, because the published
  IndoSum numbers use no stemming.

ROUGE-L is the plain LCS over the whole token sequence (``rougeL`` in
``rouge-score``), not the sentence-split "summary-level" variant.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

_TOKEN_RE = re.compile(
    r"""
    \d+(?:(?:[.,:-]|\ ?/\ ?)\d+)+   # 1,25  1.000.000  11/9/2023  11 / 9 / 2023  17.30
    | [^\W_]+(?:[-'’][^\W_]+)*       # words: masing-masing, ke-10, jum'at
    """,
    re.VERBOSE,
)


class SummaryDataError(ValueError):
    """A reference file we cannot read: bad JSON or a record without text/summary."""


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one ROUGE variant."""

    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    return lru_cache(maxsize=65536)(stemmer.stem)


def rouge_tokenize(text: str, *, stem: bool = False) -> list[str]:
    """Lower-cased ROUGE tokens of ``text`` (see the module docstring for the rules)."""
    tokens = [m.group().replace(" ", "") for m in _TOKEN_RE.finditer(text.lower())]
    if stem:
        stem_word = _stemmer()
        tokens = [t if t[0].isdigit() else (stem_word(t) or t) for t in tokens]
    return tokens


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _score(overlap: int, candidate_total: int, reference_total: int) -> Score:
    precision = overlap / candidate_total if candidate_total else 0.0
    recall = overlap / reference_total if reference_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> Score:
    """ROUGE-N on token lists: clipped n-gram overlap."""
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _score(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (one row of the DP table at a time)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> Score:
    """ROUGE-L: LCS-based precision, recall and F1."""
    return _score(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge(candidate: str, reference: str, *, stem: bool = False) -> dict[str, Score]:
    """ROUGE-1, ROUGE-2 and ROUGE-L of one candidate text against one reference."""
    cand = rouge_tokenize(candidate, stem=stem)
    ref = rouge_tokenize(reference, stem=stem)
    return {
        "rouge1": rouge_n(cand, ref, 1),
        "rouge2": rouge_n(cand, ref, 2),
        "rougeL": rouge_l(cand, ref),
    }


class RougeAccumulator:
    """Macro-average of per-article ROUGE scores (the usual way summaries are reported)."""

    def __init__(self) -> None:
        self.count = 0
        self._sums: dict[str, list[float]] = {
            k: [0.0, 0.0, 0.0] for k in ("rouge1", "rouge2", "rougeL")
        }

    def add(self, scores: dict[str, Score]) -> None:
        self.count += 1
        for key, score in scores.items():
            sums = self._sums[key]
            sums[0] += score.precision
            sums[1] += score.recall
            sums[2] += score.f1

    def result(self) -> dict[str, dict[str, float]]:
        n = self.count or 1
        return {
            key: {"precision": p / n, "recall": r / n, "f1": f / n}
            for key, (p, r, f) in self._sums.items()
        }


def read_references(path: Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Records {text, summary} from a JSON Lines file; ``summary`` may be a list of sentences.

    Raises :class:`SummaryDataError` (with the line number) for anything else,
    so the CLI can print one clear line instead of a traceback.
    """
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SummaryDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise SummaryDataError(f"{path}:{number}: expected a JSON object")
            text, summary = record.get("text"), record.get("summary")
            if isinstance(summary, list) and all(isinstance(s, str) for s in summary):
                summary = " ".join(summary)
            if not isinstance(text, str) or not text.strip():
                raise SummaryDataError(f"{path}:{number}: missing or empty 'text'")
            if not isinstance(summary, str) or not summary.strip():
                raise SummaryDataError(f"{path}:{number}: missing or empty 'summary'")
            records.append({**record, "text": text, "summary": summary})
            if limit is not None and len(records) >= limit:
                break
    if not records:
        raise SummaryDataError(f"{path}: no records")
    return records


SPLITS = ("all", "tune", "held-out")


def select_split(records: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """The records of one split: ``tune`` is the first half by id order, ``held-out`` the rest.

    The summarizer's weights were tuned on ``tune`` of IndoSum dev only, so
    ``held-out`` is the honest number. Records without an id sort by position.
    """
    if split == "all":
        return records
    if split not in SPLITS:
        raise SummaryDataError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    ordered = sorted(records, key=lambda r: str(r.get("id", "")))
    half = len(ordered) // 2
    return ordered[:half] if split == "tune" else ordered[half:]


def lead_summary(text: str, sentences: Sequence[tuple[int, int]], size: int = 3) -> str:
    """LEAD-k: the first ``size`` sentences, the baseline every news summarizer must beat."""
    return " ".join(text[s:e] for s, e in list(sentences)[:size])


def evaluate_records(
    records: Iterable[dict[str, Any]], *, size: int = 3, baseline: bool = True, stem: bool = False
) -> dict[str, Any]:
    """Score ``summarize`` (and LEAD-``size``) on already-read records."""
    import warta
    from warta.summary import summarize

    ours, lead = RougeAccumulator(), RougeAccumulator()
    started = time.perf_counter()
    elapsed_summary = 0.0
    failures: list[str] = []
    for record in records:
        try:
            article = warta.analyze(record["text"])
        except Exception as exc:  # a pipeline bug must not hide the other scores
            failures.append(f"{record.get('id', '?')}: {type(exc).__name__}: {exc}")
            continue
        tick = time.perf_counter()
        picked = summarize(
            article.text,
            article.sentences,
            entities=article.entities,
            quotes=article.quotes,
            title=article.title,
            size=size,
        )
        elapsed_summary += time.perf_counter() - tick
        reference = record["summary"]
        ours.add(rouge(" ".join(p["text"] for p in picked), reference, stem=stem))
        if baseline:
            lead.add(
                rouge(lead_summary(article.text, article.sentences, size), reference, stem=stem)
            )
    total = time.perf_counter() - started
    result_ours = ours.result()
    result: dict[str, Any] = {
        "articles": ours.count,
        "size": size,
        **{key: round(value["f1"], 4) for key, value in result_ours.items()},
        "detail": {key: _rounded(value) for key, value in result_ours.items()},
    }
    if baseline:
        result[f"lead{size}"] = {key: round(value["f1"], 4) for key, value in lead.result().items()}
    if failures:
        # Skipped for both systems alike; listed so a pipeline crash is never silent.
        result["failed"] = {"count": len(failures), "first": failures[:3]}
    result["articles_per_second"] = round(ours.count / total, 1) if total else 0.0
    result["summaries_per_second"] = (
        round(ours.count / elapsed_summary, 1) if elapsed_summary else 0.0
    )
    return result


def evaluate_summaries(
    path: Path,
    *,
    size: int = 3,
    baseline: bool = True,
    limit: int | None = None,
    split: str = "all",
    stem: bool = False,
) -> dict[str, Any]:
    """ROUGE-1/2/L F1 of warta's summaries against the references in a JSONL file.

    Each text goes through ``warta.analyze`` exactly as a user's article would;
    ``articles_per_second`` therefore includes the pipeline, while
    ``summaries_per_second`` times the summarizer alone. With ``baseline`` the
    LEAD-``size`` scores on the same sentences are reported under ``lead{size}``
    (``lead3`` for the default), so the two are always compared like for like.
    ``split`` selects ``tune`` / ``held-out`` halves (see :func:`select_split`);
    ``limit`` applies to the file before splitting.
    """
    records = select_split(read_references(path, limit=limit), split)
    result = evaluate_records(records, size=size, baseline=baseline, stem=stem)
    return {"split": split, **result}


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 4) for key, value in scores.items()}
