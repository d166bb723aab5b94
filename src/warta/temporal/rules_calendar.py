"""Rules for calendar dates: explicit days, months, years, weekdays, quarters.

Each rule is a precompiled regex and a handler that turns a match into
candidates; the tagger runs every rule and keeps the longest spans. Handlers
may return nothing when context shows the match is not a date ("2011 orang",
"Pasar Minggu"), which is cheaper and clearer than encoding that in the regex.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from warta.temporal import dates
from warta.temporal.context import Context
from warta.temporal.lexicon import MONTH_ABBREVIATIONS, MONTHS, ORDINALS, PASARAN, WEEKDAYS
from warta.temporal.model import Candidate
from warta.temporal.patterns import (
    ABBR,
    COUNTED,
    FLAGS,
    ISLAMIC,
    ISLAMIC_DAY,
    JAVANESE,
    MONTH,
    NUMERIC_DATE,
    PAS,
    WD,
    YEAR,
)

Handler = Callable[[re.Match[str], Context], list[Candidate]]
# (regex, handler, rank, keywords): the rule only runs when the lower-cased text
# contains one of its keywords, which skips most rules on most articles.
Rule = tuple[re.Pattern[str], Handler, int, tuple[str, ...]]

WEEKDAY_KEYS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
MONTH_KEYS = (
    "jan", "feb", "peb", "mar", "apr", "mei", "jun", "jul", "agu", "agt", "ags", "sep", "okt",
    "nov", "nop", "des",
)  # fmt: skip
ISLAMIC_KEYS = (
    "muhar", "safar", "shafar", "rabiul", "jumadil", "rajab", "syakban", "sya'ban", "sya’ban",
    "syaban", "ramad", "syawal", "zulk", "zulq", "dzul", "zulh",
)  # fmt: skip
JAVANESE_KEYS = (
    "sura", "suro", "sapar", "mulud", "jumadil", "rejeb", "ruwah", "pasa", "sawal", "sela",
    "dulkangidah", "besar",
)  # fmt: skip

_SPACE = re.compile(r"\s+")


def _key(word: str) -> str:
    return _SPACE.sub(" ", word.lower().replace("’", "'"))


def _month_of(word: str) -> int:
    w = _key(word).rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS[w]


def _weekday_of(word: str) -> int:
    return WEEKDAYS[_key(word)]


def _capitalised(m: re.Match[str], group: str, ctx: Context) -> bool:
    # Rules match a lower-cased copy of the text; case is read from the original.
    return ctx.text[m.start(group)].isupper()


def _calendar(m: re.Match[str]) -> str | None:
    pas = m.groupdict().get("pas")
    return "javanese" if pas else None


def _day_value(ctx: Context, dd: int, mon: int, year: int | None, pos: int) -> str | None:
    """A full date, guessing a missing year from the reference and tense."""
    if not (1 <= mon <= 12 and 1 <= dd <= 31):
        return None  # "(21/15)" is a score, not a date
    if year is None:
        if ctx.ref is None:
            return f"XXXX-{mon:02d}-{dd:02d}" if 1 <= mon <= 12 and 1 <= dd <= 31 else None
        year = dates.nearest_year(ctx.ref, mon, dd, ctx.tense(pos))
    d = dates.safe_date(year, mon, dd)
    return None if d is None else dates.day(d)


def _year4(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


# --- weekday + numeric date: "Senin (11/9/2023)", "kemarin (19/11)" -----------------
_WD_NUMERIC = re.compile(
    rf"(?:(?:hari\s+)?(?P<wd>{WD})(?:\s+(?P<pas>{PAS}))?|(?P<rel>kemarin\s+lusa|kemarin|besok"
    rf"|lusa|hari\s+ini))\s*(?:,\s*)?(?P<open>\(\s*)?{NUMERIC_DATE}(?(open)\s*\)|(?![\d/]))",
    FLAGS,
)


def _wd_numeric(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m.group("wd") and not (_capitalised(m, "wd", ctx) or m.group(0).lower().startswith("hari")):
        return []
    parenthesised = m.group("open") is not None
    if m.group("sep") == "." and not m.group("ny"):
        return []
    if not parenthesised and not m.group("ny"):
        return []
    value = _day_value(
        ctx, int(m.group("nd")), int(m.group("nm")), _year4(m.group("ny")), m.start()
    )
    if value is None:
        return []
    return [Candidate(m.start(), m.end(), "DATE", value, calendar=_calendar(m), rank=0)]


# --- numeric dates without a weekday -------------------------------------------------
_NUMERIC_FULL = re.compile(
    r"(?<![\d/.,])(?P<nd>[0-3]?\d)(?P<sep>[/-])(?P<nm>[01]?\d)(?P=sep)(?P<ny>\d{4})(?![\d/])"
)
_NUMERIC_TANGGAL = re.compile(rf"\b(?:tanggal|tgl\.?)\s+{NUMERIC_DATE}(?![\d/])", FLAGS)
_NUMERIC_PAREN = re.compile(rf"(?<=\()\s*{NUMERIC_DATE}\s*(?=\))")


def _numeric(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m.group("sep") == "." and not m.group("ny"):
        return []
    value = _day_value(
        ctx, int(m.group("nd")), int(m.group("nm")), _year4(m.group("ny")), m.start()
    )
    if value is None:
        return []
    start = m.start("nd") if m.re is _NUMERIC_PAREN else m.start()
    end = m.end("ny") if m.group("ny") else m.end("nm")
    return [Candidate(start, end, "DATE", value, rank=1)]


# --- day + month name: "Kamis, 18 Oktober 2013", "11-12 Sept 2023", "tanggal 1 Juni" -------
_DAY_MONTH = re.compile(
    rf"(?P<d>\d\d?)(?:\s*(?:-|–|hingga|sampai|s\.d\.?|dan)\s*(?P<d2>[0-3]?\d))?\s+"
    rf"(?:(?P<mon>{MONTH})|(?P<abbr>{ABBR}))(?:\s+(?P<y>\d{{4}})(?!\d))?",
    FLAGS,
)
# What may precede the day: "Kamis, 18 Oktober", "Jumat Kliwon 1 Maret", "tanggal 1 Juni".
# Read backwards from the day so the main regex can start on a digit (a fast scan).
_DM_PREFIX = re.compile(
    rf"(?:(?P<hari>hari\s+)?(?P<wd>{WD})(?:\s+(?P<pas>{PAS}))?\s*,?\s*)?"
    r"(?P<tgl>(?:tanggal|tgl\.?)\s+)?$",
    FLAGS,
)


def _day_month(m: re.Match[str], ctx: Context) -> list[Candidate]:
    start = m.start()
    if start and ctx.text[start - 1] in "0123456789.,/:":
        return []
    if int(m.group("d")) > 31 or (m.group("abbr") and not _capitalised(m, "abbr", ctx)):
        return []
    pre = _DM_PREFIX.search(ctx.text, max(0, start - 40), start)
    cal = None
    if pre is not None and pre.start() < start:
        if pre.group("wd") and (ctx.text[pre.start("wd")].isupper() or pre.group("hari")):
            start = pre.start()
            cal = "javanese" if pre.group("pas") else None
        elif pre.group("tgl"):
            start = pre.start("tgl")
    mon = _month_of(m.group("mon") or m.group("abbr"))
    year = int(m.group("y")) if m.group("y") else None
    d1 = int(m.group("d"))
    if m.group("d2"):
        first = _day_value(ctx, d1, mon, year, m.start())
        second = _day_value(ctx, int(m.group("d2")), mon, year, m.start())
        out = []
        if first:
            out.append(Candidate(start, m.end("d"), "DATE", first, calendar=cal, rank=1))
        if second:
            out.append(Candidate(m.start("d2"), m.end(), "DATE", second, rank=1))
        return out
    value = _day_value(ctx, d1, mon, year, m.start())
    return [Candidate(start, m.end(), "DATE", value, calendar=cal, rank=1)] if value else []


# --- month with a year or a relative word: "April 2019", "Juli lalu", "Sept. 2023" ---
_MONTH = re.compile(
    rf"(?P<mon>{MONTH})(?:\s+(?:tahun\s+)?(?P<y>{YEAR})(?!\d)|\s+(?P<rel>tahun\s+lalu|tahun\s+depan"
    rf"|tahun\s+ini|tahun\s+kemarin|yang\s+lalu|lalu|kemarin|ini|depan|mendatang)\b)?",
    FLAGS,
)
_MONTH_PREFIX = re.compile(
    r"(?:\b(?P<pre>awal|akhir|pertengahan|penghujung|medio)\s+)?(?:\b(?P<bulan>bulan)\s+)?$",
    FLAGS,
)
_MONTH_ABBR = re.compile(rf"(?P<abbr>{ABBR})\s*(?P<y>{YEAR})(?!\d)", FLAGS)
_RANGE_TAIL = re.compile(rf"\s*[-–/]\s*{MONTH}\s+(?:tahun\s+)?(?P<y>{YEAR})", FLAGS)


_DAY_BEFORE = re.compile(r"\d\s*$")


def _month(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m.start() and ctx.text[m.start() - 1].isalnum():
        return []
    pre = _MONTH_PREFIX.search(ctx.text, max(0, m.start() - 30), m.start())
    has_pre = pre is not None and bool(pre.group("pre"))
    has_bulan = pre is not None and bool(pre.group("bulan"))
    if not (_capitalised(m, "mon", ctx) or has_bulan):
        return []
    if (
        not has_pre
        and not has_bulan
        and _DAY_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
    ):
        return []  # "27 November mendatang" belongs to the day rule
    start = pre.start() if pre is not None and (has_pre or has_bulan) else m.start()
    return _month_value(m, ctx, start)


def _month_value(m: re.Match[str], ctx: Context, start: int) -> list[Candidate]:
    mon = _month_of(m.group("mon"))
    if m.group("y"):
        return [Candidate(start, m.end(), "DATE", dates.month(int(m.group("y")), mon))]
    tail = _RANGE_TAIL.match(ctx.text, m.end())
    if tail:
        return [Candidate(start, m.end(), "DATE", dates.month(int(tail.group("y")), mon))]
    ref = ctx.ref
    if ref is None:
        return [Candidate(start, m.end(), "DATE", f"XXXX-{mon:02d}", rank=2)]
    rel = _key(m.group("rel") or "")
    if rel in ("lalu", "yang lalu", "kemarin"):
        year = ref.year if mon < ref.month else ref.year - 1
    elif rel in ("depan", "mendatang"):
        year = ref.year if mon >= ref.month else ref.year + 1
    elif rel.startswith("tahun"):
        year = ref.year + {"lalu": -1, "kemarin": -1, "depan": 1}.get(rel.split(" ")[1], 0)
    elif rel == "ini":
        year = ref.year
    else:
        year = dates.nearest_year(ref, mon, 15, ctx.tense(m.start(), month=True))
    return [Candidate(start, m.end(), "DATE", dates.month(year, mon), rank=2)]


def _month_abbr(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if not _capitalised(m, "abbr", ctx):
        return []
    value = dates.month(int(m.group("y")), _month_of(m.group("abbr")))
    return [Candidate(m.start(), m.end(), "DATE", value, rank=2)]


# --- "tanggal 11" ----------------------------------------------------------------------
_TANGGAL = re.compile(r"\b(?:tanggal|tgl\.?)\s+(?P<d>[0-3]?\d)\b(?!\s*[/.-]\s*\d)", FLAGS)


def _tanggal(m: re.Match[str], ctx: Context) -> list[Candidate]:
    dd = int(m.group("d"))
    if not 1 <= dd <= 31:
        return []
    if ctx.ref is None:
        return [Candidate(m.start(), m.end(), "DATE", f"XXXX-XX-{dd:02d}", rank=3)]
    d = dates.safe_date(ctx.ref.year, ctx.ref.month, dd)
    return [Candidate(m.start(), m.end(), "DATE", dates.day(d) if d else None, rank=3)]


# --- years: "tahun 2011", "pada 2019", "akhir 2013", "1970-an", "2014-2015" -------------
_YEAR_CONTEXT = (
    r"pada|sejak|hingga|sampai|mulai|sepanjang|selama|menjelang|jelang|per|dari|era|periode"
    r"|sebelum|setelah|sesudah|usai|anggaran|APBN-P|APBN|APBD-P|APBD|RAPBN|R-APBN|pemilu|pilpres"
    r"|pilkada|musim|outlook|dan|atau|kelahiran|lahir|angkatan|medio"
)
_YEAR = re.compile(
    rf"(?:\b(?P<pre>(?:(?:awal|akhir|pertengahan|penghujung)\s+)?tahun(?:\s+anggaran)?"
    rf"|awal|akhir|pertengahan|penghujung|era|dekade)\s+|\b(?P<ctx>{_YEAR_CONTEXT})\s+)"
    rf"(?P<y>{YEAR})(?P<dec>-?an\b)?(?!\d)(?![.,]\d)",
    FLAGS,
)
_COUNTED_AFTER = re.compile(rf"\s*{COUNTED}", FLAGS)
# After these a four-digit number is a year even before a noun ("sejak 2015 kasus naik").
_STRONG_CONTEXT = frozenset({"sejak", "sepanjang", "mulai", "semenjak", "era", "periode"})
_YEAR_AGO = re.compile(rf"(?<![\d/.,])\b(?P<y>{YEAR})(?=\s+(?:lalu|silam)\b)", FLAGS)
_YEAR_NEXT = re.compile(
    rf"(?<=\d)\s*(?:[-–/]|dan|hingga|sampai|s\.d\.?|atau|,)\s*(?P<y>{YEAR})(?!\d)(?!\s*{COUNTED})",
    FLAGS,
)
_DECADE_SHORT = re.compile(r"\b(?:tahun|era|dekade)\s+(?P<y>[1-9]0)-?an\b", FLAGS)
_CENTURY = re.compile(r"\babad\s+(?:ke-?\s*)?(?P<c>\d{1,2}|[IVX]+)\b", FLAGS)
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    ctx_word = _key(m.group("ctx") or "")
    if ctx_word in ("dan", "atau"):
        return []  # only as the second of a pair, handled by _YEAR_NEXT
    counted = _COUNTED_AFTER.match(ctx.text, m.end())
    if counted and not m.group("pre") and ctx_word not in _STRONG_CONTEXT:
        return []  # "pada 2011 orang" counts people
    start = m.start() if m.group("pre") else m.start("y")
    value = m.group("y")[:3] if m.group("dec") else m.group("y")
    return [Candidate(start, m.end(), "DATE", value, rank=2)]


def _year_plain(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start("y"), m.end("y"), "DATE", m.group("y"), rank=4)]


def _year_next(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start("y"), m.end("y"), "DATE", m.group("y"), weak=True, rank=5)]


def _decade_short(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", "19" + m.group("y")[0], rank=2)]


def _century(m: re.Match[str], ctx: Context) -> list[Candidate]:
    raw = m.group("c").upper()
    if raw.isdigit():
        n = int(raw)
    else:
        vals = [_ROMAN[ch] for ch in raw]
        n = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    if not 1 <= n <= 22:
        return []
    return [Candidate(m.start(), m.end(), "DATE", f"{n - 1:02d}", rank=2)]


# --- quarters and halves: "kuartal I-2015", "paruh pertama tahun depan" -----------------
_QUARTER = re.compile(
    rf"\b(?P<kind>kuartal|triwulan|semester|paruh|paro)\s+(?:(?P<n>IV|I{{1,3}}|pertama|kesatu"
    rf"|kedua|ketiga|keempat|ke-?[1-4]|[1-4])\b(?:\s*[-/]?\s*(?:tahun\s+)?(?P<y>{YEAR})(?!\d)"
    rf"|\s+tahun\s+(?P<rel>ini|lalu|depan))?|(?P<rel0>ini|lalu|depan|mendatang)\b)",
    FLAGS,
)


def _quarter(m: re.Match[str], ctx: Context) -> list[Candidate]:
    kind = _key(m.group("kind"))
    half = kind in ("semester", "paruh", "paro")
    letter, size = ("H", 6) if half else ("Q", 3)
    ref = ctx.ref
    if m.group("rel0"):
        if ref is None:
            return [Candidate(m.start(), m.end(), "DATE", None, rank=2)]
        step = {"ini": 0, "lalu": -1}.get(_key(m.group("rel0")), 1)
        d = dates.add_months(ref, step * size)
        value = f"{d.year:04d}-{letter}{(d.month - 1) // size + 1}"
        return [Candidate(m.start(), m.end(), "DATE", value, rank=2)]
    raw = _key(m.group("n"))
    if raw.startswith("ke") and raw[-1].isdigit():
        raw = "ke-" + raw[-1]
    n = ORDINALS.get(raw)
    if n is None or (half and n > 2):
        return []
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif ref is None:
        year = None
    else:
        year = ref.year + {"lalu": -1, "depan": 1}.get(_key(m.group("rel") or ""), 0)
    value = f"{year:04d}-{letter}{n}" if year else f"XXXX-{letter}{n}"
    return [Candidate(m.start(), m.end(), "DATE", value, rank=2)]


# --- weekday on its own or with "lalu"/"depan": "Senin", "Jumat lalu" -----------------
_WEEKDAY = re.compile(
    rf"(?:(?P<hari>hari)\s+)?(?P<wd>{WD})\b(?:\s+(?P<pas>{PAS})\b)?(?:\s+(?P<rel>lalu|kemarin|depan"
    rf"|mendatang|ini|yang\s+lalu|yang\s+akan\s+datang)\b)?",
    FLAGS,
)


def _weekday(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if not (_capitalised(m, "wd", ctx) or m.group("hari")):
        return []
    end = m.end()
    pas = m.group("pas")
    rel = _key(m.group("rel") or "")
    if pas and not ctx.text[m.start("pas")].isupper():
        end, pas, rel = m.end("wd"), None, ""
    wd = _weekday_of(m.group("wd"))
    is_minggu = wd == 6 and _key(m.group("wd")) == "minggu" and not m.group("hari")
    if is_minggu and ctx.sunday_reading(m.start("wd"), m.end("wd"), rel) != "sunday":
        return []
    cal = "javanese" if pas else None
    ref = ctx.ref
    if ref is None:
        value = None if pas else f"XXXX-WXX-{wd + 1}"
        return [Candidate(m.start(), end, "DATE", value, calendar=cal, rank=3)]
    if rel in ("lalu", "kemarin", "yang lalu"):
        d = ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    elif rel in ("depan", "mendatang", "yang akan datang"):
        d = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    elif rel == "ini":
        d = dates.monday(ref) + dt.timedelta(days=wd)
    elif ctx.tense(m.start()) > 0:
        d = dates.weekday_on_or_after(ref, wd)
    else:
        d = dates.weekday_on_or_before(ref, wd)
    if pas:
        d = _with_pasaran(d, _key(pas), forward=rel in ("depan", "mendatang"))
    return [Candidate(m.start(), end, "DATE", dates.day(d), calendar=cal, rank=3)]


def _with_pasaran(d: dt.date, pas: str, forward: bool) -> dt.date:
    """Move by whole weeks until the pasaran matches too (a 35-day cycle)."""
    step = dt.timedelta(days=7 if forward else -7)
    for _ in range(5):
        if dates.pasaran(d) == pas:
            return d
        d += step
    return d


# --- "pekan ke-52 tahun 2014" --------------------------------------------------------
_WEEK_NUMBER = re.compile(
    rf"\b(?:pekan|minggu)\s+ke-?(?P<n>\d{{1,2}})\s+(?:tahun\s+)?(?P<y>{YEAR})\b", FLAGS
)


def _week_number(m: re.Match[str], ctx: Context) -> list[Candidate]:
    # Only with a year: "pekan ke-12" alone is usually a league round, not a calendar week.
    n = int(m.group("n"))
    if not 1 <= n <= 53:
        return []
    value = f"{int(m.group('y')):04d}-W{n:02d}"
    return [Candidate(m.start(), m.end(), "DATE", value, rank=2)]


# --- Islamic and Javanese calendars: recognised, not converted -----------------------
_ISLAMIC = re.compile(
    rf"(?:(?P<d>[0-3]?\d)\s+)?(?:(?P<bulan>bulan)\s+(?:suci\s+)?)?(?P<m>{ISLAMIC})"
    r"(?:\s+(?P<y>1[34]\d{2})\s*(?:H\b|Hijriah\b|Hijriyah\b)?)?",
    FLAGS,
)
_ISLAMIC_YEAR = re.compile(r"\b(?P<y>1[34]\d{2})\s*(?:H|Hijriah|Hijriyah)\b", FLAGS)
_ISLAMIC_DAY = re.compile(rf"\b(?:hari\s+raya\s+)?(?P<m>{ISLAMIC_DAY})", FLAGS)
_JAVANESE = re.compile(
    rf"(?:\b(?P<d>[0-3]?\d|satu)\s+|\b(?P<bulan>bulan)\s+)(?P<m>{JAVANESE})"
    r"(?:\s+(?P<y>1[89]\d{2}|20\d{2})(?:\s+(?:Jawa|Alip|Ehe|Jimawal|Je|Dal|Be|Wawu|Jimakir))?)?",
    FLAGS,
)


def _islamic(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if not (ctx.text[m.start("m")].isupper() or m.groupdict().get("bulan")):
        return []
    return [Candidate(m.start(), m.end(), "DATE", None, calendar="islamic", rank=2)]


def _islamic_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", None, calendar="islamic", rank=2)]


def _javanese(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if not ctx.text[m.start("m")].isupper():
        return []
    return [Candidate(m.start(), m.end(), "DATE", None, calendar="javanese", rank=2)]


# --- fixed Gregorian holidays --------------------------------------------------------
_HOLIDAY = re.compile(
    r"\b(?:(?:hari\s+)?(?P<natal>Natal)|(?P<ny>Tahun\s+Baru)(?!\s+(?:Islam|Hijriah|Hijriyah|Imlek"
    r"|Jawa|Saka))|(?P<merdeka>Hari\s+Kemerdekaan|HUT\s+(?:ke-?\d+\s+)?RI))\b"
)


def _holiday(m: re.Match[str], ctx: Context) -> list[Candidate]:
    ref = ctx.ref
    mon, dd = (12, 25) if m.group("natal") else (1, 1) if m.group("ny") else (8, 17)
    if ref is None:
        value = f"XXXX-{mon:02d}-{dd:02d}"
    else:
        year = dates.nearest_year(ref, mon, dd, ctx.tense(m.start()))
        value = f"{year:04d}-{mon:02d}-{dd:02d}"
    return [Candidate(m.start(), m.end(), "DATE", value, rank=4)]


RULES: list[Rule] = [
    (_WD_NUMERIC, _wd_numeric, 0, (*WEEKDAY_KEYS, "kemarin", "besok", "lusa", "hari ini")),
    (_NUMERIC_FULL, _numeric, 1, ("/", "-")),
    (_NUMERIC_TANGGAL, _numeric, 1, ("tanggal", "tgl")),
    (_NUMERIC_PAREN, _numeric, 1, ("(",)),
    (_DAY_MONTH, _day_month, 1, MONTH_KEYS),
    (_MONTH, _month, 2, MONTH_KEYS),
    (_MONTH_ABBR, _month_abbr, 2, MONTH_KEYS),
    (_TANGGAL, _tanggal, 3, ("tanggal", "tgl")),
    (_YEAR, _year, 2, ("18", "19", "20")),
    (_YEAR_AGO, _year_plain, 4, ("lalu", "silam")),
    (_YEAR_NEXT, _year_next, 5, ("18", "19", "20")),
    (_DECADE_SHORT, _decade_short, 2, ("0-an", "0an")),
    (_CENTURY, _century, 2, ("abad",)),
    (_QUARTER, _quarter, 2, ("kuartal", "triwulan", "semester", "paruh", "paro")),
    (_WEEKDAY, _weekday, 3, WEEKDAY_KEYS),
    (_WEEK_NUMBER, _week_number, 2, ("pekan ke", "minggu ke")),
    (_ISLAMIC, _islamic, 2, ISLAMIC_KEYS),
    (_ISLAMIC_YEAR, _islamic_year, 2, ("13", "14")),
    (_ISLAMIC_DAY, _islamic, 2, ("idul", "lebaran", "tahun baru", "maulid", "isra", "nuzul")),
    (_JAVANESE, _javanese, 2, JAVANESE_KEYS),
    (_HOLIDAY, _holiday, 4, ("natal", "tahun baru", "kemerdekaan", "hut")),
]

__all__ = ["PASARAN", "RULES", "Rule"]
