"""The article's own date, read from its text, and weekday consistency checks.

Indonesian reports date their statements inline: "kata Ali kepada Kompas.com,
Kamis (28/11/2013)". The latest such date in a reporting context is the best
guess for when the article was written; the dateline or first sentence is the
fallback ("Harga minyak turun pada Selasa (18/11/2014) waktu setempat").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from warta.temporal.context import Context
from warta.temporal.dates import parse_iso_day, pasaran
from warta.temporal.lexicon import ENGLISH_WEEKDAYS, PASARAN, WEEKDAYS
from warta.temporal.model import TimeExpression
from warta.temporal.patterns import ABBR, MONTH, PAS, WD
from warta.temporal.tagger import find_times

_REPORTING = re.compile(
    r"\b(?:mengatakan|menyatakan|berkata|kata|katanya|ujar|ujarnya|tutur|tuturnya|ungkap"
    r"|ungkapnya|jelas|jelasnya|menjelaskan|menuturkan|mengungkapkan|menyampaikan|menegaskan"
    r"|tegas|tegasnya|imbuh|imbuhnya|menambahkan|menurut|mengumumkan|melaporkan|dilaporkan"
    r"|menyebutkan|sebut|disampaikan|ditemui|dikonfirmasi|dihubungi|konferensi\s+pers"
    r"|jumpa\s+pers|keterangan|tanya|bilang|papar|paparnya|memaparkan|menilai|mengaku"
    r"|diumumkan|dikutip|dilansir|wawancara|kepada\s+wartawan|kepada\s+\w+\.com)\b",
    re.IGNORECASE,
)
_EXPLICIT_YEAR = re.compile(r"(?:19|20)\d{2}")
_WEEKDAY_WORD = re.compile(rf"\b({WD})\b(?:\s+({PAS})\b)?", re.IGNORECASE)


_BEFORE_YEAR = 48  # "Senin Legi (11/9/2023)", "tanggal 11 September 2023" fit in this


# A year written as the end of a full date: "11/9/2023", "11-9-2023", "11 September 2023",
# "11 Sept. 2023". Only around these can an explicit full date stand.
_FULL_DATE_END = re.compile(
    rf"\d\s*[/.-]\s*[01]?\d\s*[/.-]\s*{_EXPLICIT_YEAR.pattern}"
    rf"|\d\s+(?:{MONTH}|{ABBR})\s*,?\s*{_EXPLICIT_YEAR.pattern}",
    re.IGNORECASE,
)


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans around each full date's year: the only places a full date can be."""
    windows: list[tuple[int, int]] = []
    for match in _FULL_DATE_END.finditer(text):
        start, end = max(0, match.start() - _BEFORE_YEAR), min(len(text), match.end() + 40)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _explicit_full_dates(text: str) -> list[tuple[TimeExpression, dt.date]]:
    """Full dates with a written year, found by tagging only the text around years
    (tagging the whole article here would double the time layer's cost)."""
    out = []
    for start, end in _year_windows(text):
        for t in find_times(text[start:end], None):
            d = parse_iso_day(t.value)
            if d is not None and _EXPLICIT_YEAR.search(t.text):
                shifted = replace(t, start=t.start + start, end=t.end + start)
                out.append((shifted, d))
    return out


def infer_reference_date(text: str) -> dt.date | None:
    """The latest explicit full date in a reporting context, else the dateline's date.

    Only dates whose year is written out count, so the guess never depends on
    another guess. Returns None when the text states no full date.
    """
    found = _explicit_full_dates(text)
    if not found:
        return None
    ctx = Context(text, None)
    reported: list[tuple[bool, dt.date]] = []
    for t, d in found:
        start = ctx.sentence_start(t.start)
        window = text[max(start, t.start - 120) : t.end + 60]
        if _REPORTING.search(window):
            # A "Senin (11/9/2023)" form is how reports date statements; prefer it.
            reported.append((bool(_WEEKDAY_WORD.match(t.text)), d))
    if reported:
        with_weekday = [d for has_wd, d in reported if has_wd]
        return max(with_weekday or [d for _, d in reported])
    first_end = max(ctx.sentence_start(min(len(text), 400)), 250)
    first = [d for t, d in found if t.start < first_end]
    if first:
        return first[0]
    with_weekday = [d for t, d in found if _WEEKDAY_WORD.match(t.text)]
    return max(with_weekday) if with_weekday else None


def weekday_warnings(text: str, times: list[TimeExpression]) -> list[str]:
    """Warnings for weekday (and Javanese pasaran) names that contradict their date.

    Only expressions that state both a weekday and a full date are checked,
    e.g. 'weekday "Selasa" does not match 2023-09-11 (a Monday) at 123'.
    """
    warnings: list[str] = []
    for t in times:
        d = parse_iso_day(t.value)
        if d is None:
            continue
        m = _WEEKDAY_WORD.search(t.text)
        if m is None or not _EXPLICIT_DAY.search(t.text):
            continue
        name = m.group(1)
        if WEEKDAYS[name.lower().replace("’", "'")] != d.weekday():
            warnings.append(
                f'weekday "{name}" does not match {d.isoformat()} '
                f"(a {ENGLISH_WEEKDAYS[d.weekday()]}) at {t.start}"
            )
        pas = m.group(2)
        if pas and pas.lower() in PASARAN and pasaran(d) != pas.lower():
            warnings.append(
                f'pasaran "{pas}" does not match {d.isoformat()} '
                f"(a {pasaran(d).capitalize()} day) at {t.start}"
            )
    return warnings


# A weekday is only checkable when the same expression writes the day number.
_EXPLICIT_DAY = re.compile(r"\d")
