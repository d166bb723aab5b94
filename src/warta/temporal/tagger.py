"""find_times: run every rule, keep the longest spans, then join and anchor times.

The pipeline is deliberately simple so it stays fast and predictable:
1. every precompiled rule proposes candidates (a few dozen per article);
2. the longest non-overlapping candidates win, rule rank breaking ties;
3. a date directly followed by a time of day becomes one TIME ("Senin (11/9)
   malam", "Rabu (31/12/2014) sekitar pukul 09.00 WIB");
4. weak candidates (a bare "malam", the second year of "2014-2015") are kept
   only right after a kept expression;
5. remaining clock times take their date from the adjacent or last full date
   of the sentence, else from the reference.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.temporal.context import Context
from warta.temporal.model import Candidate, TimeExpression
from warta.temporal.rules_calendar import RULES as CALENDAR_RULES
from warta.temporal.rules_calendar import Rule
from warta.temporal.rules_relative import RULES as RELATIVE_RULES

ALL_RULES: tuple[Rule, ...] = (*CALENDAR_RULES, *RELATIVE_RULES)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lowered(regex: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """The rule compiled for a lower-cased text, which runs about twice as fast.

    Case-insensitive matching costs sre a lower-casing per character; matching
    a pre-lowered copy (same length, ASCII letters only) avoids it. Rules
    compiled without IGNORECASE are case-sensitive on purpose and keep the
    original text.
    """
    if not regex.flags & re.IGNORECASE:
        return regex, False
    pattern = regex.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(pattern, regex.flags & ~re.IGNORECASE), True


_COMPILED = tuple((*_lowered(regex), handler, keys) for regex, handler, _r, keys in ALL_RULES)

_JOIN_GAP = re.compile(r"\s*,?\s*(?:(?:sekitar|pada|mulai|sejak|hingga|sampai)\s+)?", re.IGNORECASE)
_WEAK_GAP = re.compile(r"\s*(?:[-–/,]|dan|hingga|sampai|s\.d\.?|atau)?\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(
    r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-\d{2}|\d{2}-XX|XX-XX|WXX-\d|W\d{2}-\d)$"
)
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DIGIT = re.compile(r"\d")
# Cheap gate: text without a digit or any of these stems cannot hold a time expression.
_GATE = re.compile(
    r"\d|hari|pekan|minggu|bulan|tahun|jam|menit|detik|dekade|abad|windu|kini|sekarang|saat|"
    r"masa|dekat|kemarin|besok|lusa|malam|pagi|siang|sore|petang|subuh|senin|selasa|rabu|kamis|"
    r"jum|sabtu|ahad|natal|baru|lebaran|idul|ramad|syawal|suro|sura|kuartal|triwulan|semester|"
    r"paruh|paro|harian|bulanan|tahunan|mingguan|tiap|kelak|waktu|jan|feb|peb|mar|apr|mei|jun|"
    r"jul|agu|agt|ags|sep|okt|nov|nop|des|muhar|safar|rabiul|jumadil|rajab|sya|zul|dzul|maulid|"
    r"isra|kemerdekaan|hut|dini|tengah|depan|lalu|kemudian|abad|era|hijri",
    re.IGNORECASE,
)


def _propose(ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    text = ctx.text
    low = text.translate(_ASCII_LOWER)
    for regex, on_lower, handler, keywords in _COMPILED:
        if not any(k in low for k in keywords):
            continue
        for m in regex.finditer(low if on_lower else text):
            if m.end() > m.start():
                found.extend(handler(m, ctx))
    return found


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest spans first, then better rank, then earlier; no overlaps."""
    cands.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
    taken: list[Candidate] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _join(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Fold a time of day into the date right before it."""
    out: list[Candidate] = []
    for c in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.tpart is not None
            and prev.type == "DATE"
            and prev.tpart is None
            and c.start - prev.end <= 12
            and _JOIN_GAP.fullmatch(text, prev.end, c.start)
            and (prev.value is None or _DAY_VALUE.match(prev.value))
        ):
            value = None if prev.value is None else prev.value + c.tpart
            out[-1] = Candidate(
                prev.start, c.end, "TIME", value, c.timezone, prev.calendar, None, False, prev.rank
            )
            continue
        out.append(c)
    return out


def _drop_weak(text: str, kept: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in kept:
        if c.weak:
            if c.tpart is not None:
                continue  # a bare "malam" only counts when joined to a date
            prev = out[-1] if out else None
            if prev is None or c.start - prev.end > 12:
                continue
            if not _WEAK_GAP.fullmatch(text, prev.end, c.start):
                continue
            if c.tpart is None and not (prev.value or "").startswith(("1", "2")):
                continue
        out.append(c)
    return out


def _anchor(ctx: Context, kept: list[Candidate]) -> None:
    """Give each unjoined clock time or part of day the date it belongs to."""
    text = ctx.text
    for i, c in enumerate(kept):
        if c.tpart is None:
            continue
        anchor: str | None = None
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if nxt is not None and nxt.value and _FULL_DAY.match(nxt.value):
            gap = text[c.end : nxt.start]
            if len(gap) <= 4 and gap.strip() in ("", ","):
                anchor = nxt.value[:10]
        if anchor is None:
            # News narrates forward from the last explicit date, so look back a little.
            # Within the sentence any dated expression anchors; further back only a
            # written date does ("kemarin" in the previous sentence is a side remark).
            sentence = ctx.sentence_start(c.start)
            horizon = min(sentence, c.start - 400)
            for p in reversed(kept[:i]):
                if p.end <= horizon:
                    break
                if not (p.value and _FULL_DAY.match(p.value)):
                    continue
                if p.start >= sentence or _DIGIT.search(text, p.start, p.end):
                    anchor = p.value[:10]
                    break
        if anchor is None:
            anchor = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
        c.value = anchor + c.tpart
        c.tpart = None


def find_times(text: str, reference: dt.date | None) -> list[TimeExpression]:
    """All time expressions of ``text``, sorted and non-overlapping.

    ``reference`` is the article's date; relative expressions ("kemarin",
    "pekan lalu") resolve against it, and without it they get value None,
    or PAST_REF/FUTURE_REF where the direction alone is known.
    """
    if not text or not _GATE.search(text):
        return []
    ctx = Context(text, reference)
    kept = _select(_propose(ctx))
    kept = _drop_weak(text, _join(text, kept))
    _anchor(ctx, kept)
    return [
        TimeExpression(
            c.start, c.end, text[c.start : c.end], c.type, c.value, c.timezone, c.calendar
        )
        for c in kept
    ]
