"""Scoring the TIME layer against TimeML files with inline TIMEX3 annotations.

Recognition is scored twice, on exact spans and on overlapping spans (a
one-to-one greedy matching, as TempEval does); normalisation counts a
prediction as correct when it overlaps a gold expression and carries the same
value. The document creation time (DCT) is the reference date, exactly as the
pipeline would use an article's metadata date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warta.temporal import TimeExpression, find_times

_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*?)(/?)>")
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_SECTION = {
    name: re.compile(rf"<{name}\b[^>]*>(.*?)</{name}>", re.DOTALL)
    for name in ("TEXT", "TITLE", "DCT")
}
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class TimeMLError(ValueError):
    """A file that is not TimeML we can read (no TEXT element, unreadable DCT)."""


def _decode(raw: bytes) -> str:
    # Kompas TimeML files mix UTF-8 and Windows-1252 quotes; both must load.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strip(fragment: str) -> tuple[str, list[dict[str, Any]]]:
    """Text content of ``fragment`` without tags, plus the TIMEX3 spans in it."""
    parts: list[str] = []
    length = 0
    spans: list[dict[str, Any]] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    pos = 0
    for m in _TAG.finditer(fragment):
        piece = html.unescape(fragment[pos : m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2).upper() != "TIMEX3":
            continue
        if m.group(1):
            if open_timex:
                start, attrs = open_timex.pop()
                spans.append({"start": start, "end": length, **attrs})
        elif not m.group(4):
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
    parts.append(html.unescape(fragment[pos:]))
    text = "".join(parts)
    gold = [
        {
            "start": s["start"],
            "end": s["end"],
            "text": text[s["start"] : s["end"]],
            "type": s.get("type"),
            "value": s.get("value") or None,
        }
        for s in sorted(spans, key=lambda s: s["start"])
    ]
    return text, gold


def _parse_date(value: str) -> dt.date | None:
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_timeml(path: Path) -> tuple[str, str, dt.date | None, list[dict[str, Any]]]:
    """Title, TEXT content (tags stripped, CRLF as LF), DCT and gold TIMEX3 spans.

    Offsets of the gold spans are character offsets into the returned text.
    The DCT value may be unpadded ("2013-12-4"), as in the Kompas files.
    """
    source = _decode(Path(path).read_bytes())
    body = _SECTION["TEXT"].search(source)
    if body is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    text, gold = _strip(body.group(1))
    title_m = _SECTION["TITLE"].search(source)
    title = _strip(title_m.group(1))[0].strip() if title_m else ""
    dct: dt.date | None = None
    dct_m = _SECTION["DCT"].search(source)
    if dct_m:
        attrs = dict(_ATTR.findall(dct_m.group(1)))
        dct = _parse_date(attrs.get("value", "")) or _parse_date(_strip(dct_m.group(1))[0])
    return title, text, dct, gold


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _same_value(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return gold.strip().upper() == pred.strip().upper()


def match_overlapping(
    gold: list[dict[str, Any]], pred: list[TimeExpression]
) -> list[tuple[dict[str, Any], TimeExpression]]:
    """One-to-one pairs of overlapping gold and predicted spans, largest overlap first."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        best, best_len = -1, 0
        for i, p in enumerate(pred):
            if i in used:
                continue
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > best_len:
                best, best_len = i, overlap
        if best >= 0:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given and the ``*.tml``/``*.xml`` files under given directories, sorted."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix in (".tml", ".xml", ".timeml")))
        else:
            out.append(p)
    return out


def evaluate_timeml(paths: list[Path]) -> dict[str, Any]:
    """Score ``find_times`` on TimeML files; files without TIMEX3 in TEXT are skipped."""
    n_files = skipped = n_gold = n_pred = exact_tp = overlap_tp = type_ok = value_ok = 0
    elapsed = 0.0
    for path in expand_paths(paths):
        _title, text, dct, gold = read_timeml(path)
        if not gold:
            skipped += 1
            continue
        t0 = time.perf_counter()
        pred = find_times(text, dct)
        elapsed += time.perf_counter() - t0
        n_files += 1
        n_gold += len(gold)
        n_pred += len(pred)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        exact_tp += sum((p.start, p.end) in gold_spans for p in pred)
        pairs = match_overlapping(gold, pred)
        overlap_tp += len(pairs)
        type_ok += sum(g["type"] == p.type for g, p in pairs)
        value_ok += sum(_same_value(g["value"], p.value) for g, p in pairs)
    return {
        "files": n_files,
        "skipped_unannotated": skipped,
        "gold": n_gold,
        "predicted": n_pred,
        "exact": _prf(exact_tp, n_pred, n_gold),
        "overlap": _prf(overlap_tp, n_pred, n_gold),
        "type_accuracy": round(type_ok / overlap_tp, 4) if overlap_tp else 0.0,
        "value_accuracy": round(value_ok / overlap_tp, 4) if overlap_tp else 0.0,
        "normalisation_f1": _prf(value_ok, n_pred, n_gold),
        "expressions_per_second": round(n_pred / elapsed, 1) if elapsed > 0 else 0.0,
    }
