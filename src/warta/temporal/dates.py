"""Date arithmetic and TIMEX3 value formatting, kept apart from the regexes.

All functions are pure and cheap; they exist so the rules read as
"previous week of the reference" instead of as calendar arithmetic.
"""

from __future__ import annotations

import datetime as dt

from warta.temporal.lexicon import PASARAN

_PASARAN_ANCHOR = dt.date(1945, 8, 17)  # Jumat Legi


def day(d: dt.date) -> str:
    """TIMEX3 value at day granularity."""
    return d.isoformat()


def month(year: int, mon: int) -> str:
    """TIMEX3 value at month granularity."""
    return f"{year:04d}-{mon:02d}"


def week(d: dt.date) -> str:
    """ISO week of a date, the granularity TIMEX3 uses for "pekan ini"."""
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    """Shift by whole months, clamping the day (31 Jan + 1 month is 28/29 Feb)."""
    total = d.year * 12 + (d.month - 1) + n
    year, mon = divmod(total, 12)
    mon += 1
    last = _days_in_month(year, mon)
    return dt.date(year, mon, min(d.day, last))


def _days_in_month(year: int, mon: int) -> int:
    if mon == 12:
        return 31
    return (dt.date(year, mon + 1, 1) - dt.timedelta(days=1)).day


def safe_date(year: int, mon: int, dd: int) -> dt.date | None:
    """A date or None when the numbers do not form one (31/2, 0/5)."""
    try:
        return dt.date(year, mon, dd)
    except ValueError:
        return None


def monday(d: dt.date) -> dt.date:
    """Monday of the ISO week containing ``d``."""
    return d - dt.timedelta(days=d.weekday())


def weekday_on_or_before(ref: dt.date, wd: int) -> dt.date:
    """The most recent ``wd`` up to and including ``ref`` (news reports the past)."""
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def weekday_on_or_after(ref: dt.date, wd: int) -> dt.date:
    """The next ``wd`` from ``ref`` on, for announced events ("akan digelar Kamis")."""
    return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)


def nearest_year(ref: dt.date, mon: int, dd: int = 1, tense: int = 0) -> int:
    """Year for a day/month written without one.

    ``tense`` < 0 forces the latest occurrence not after ``ref``, > 0 the next
    one not before it, 0 the occurrence closest to ``ref`` (so "26 Desember"
    in a 7 January article is last December).
    """
    best_year = ref.year
    best_gap: int | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = safe_date(year, mon, min(dd, _days_in_month(year, mon)))
        if cand is None:
            continue
        gap = (cand - ref).days
        if tense < 0 and gap > 0 and not (cand.year == ref.year and cand.month == ref.month):
            continue
        if tense > 0 and gap < 0 and not (cand.year == ref.year and cand.month == ref.month):
            continue
        if best_gap is None or abs(gap) < best_gap:
            best_year, best_gap = year, abs(gap)
    return best_year


def pasaran(d: dt.date) -> str:
    """Javanese market day (Legi, Pahing, Pon, Wage, Kliwon) of a date."""
    return PASARAN[(d - _PASARAN_ANCHOR).days % 5]


def parse_iso_day(value: str | None) -> dt.date | None:
    """The date at the start of a TIMEX3 value like "2023-09-11T19:30", if any."""
    if value is None or len(value) < 10 or not value[:4].isdigit():
        return None
    try:
        return dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None


def shift(ref: dt.date, unit: str, amount: int) -> str:
    """Reference moved by a whole number of units, at that unit's granularity."""
    if unit == "D":
        return day(ref + dt.timedelta(days=amount))
    if unit == "W":
        return week(ref + dt.timedelta(weeks=amount))
    if unit == "M":
        d = add_months(ref, amount)
        return month(d.year, d.month)
    if unit == "Y":
        return f"{ref.year + amount:04d}"
    if unit == "DE":
        return f"{(ref.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(ref.year + 100 * amount) // 100:02d}"
    if unit == "WINDU":
        return f"{ref.year + 8 * amount:04d}"
    base = dt.datetime(ref.year, ref.month, ref.day)
    if unit == "H":
        return (base + dt.timedelta(hours=amount)).strftime("%Y-%m-%dT%H")
    if unit == "MIN":
        return (base + dt.timedelta(minutes=amount)).strftime("%Y-%m-%dT%H:%M")
    return (base + dt.timedelta(seconds=amount)).strftime("%Y-%m-%dT%H:%M:%S")


def duration(amount: float | None, unit: str) -> str:
    """ISO 8601 duration as TIMEX3 writes it ("P3D", "P1.5Y", "PT30M", "PXY")."""
    if unit == "WINDU":
        unit = "Y"
        amount = None if amount is None else amount * 8
    time_unit = unit in ("H", "MIN", "S")
    letter = "M" if unit == "MIN" else unit
    if amount is None:
        number = "X"
    else:
        if unit == "H" and amount == 0.5:
            return "PT30M"
        if unit == "D" and amount == 0.5:
            return "PT12H"
        if unit == "Y" and amount == 0.5:
            return "P6M"
        number = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    return f"PT{number}{letter}" if time_unit else f"P{number}{letter}"
