"""Rules for relative dates, clock times, parts of day, durations, sets and refs.

These are the expressions whose value depends on the reference date ("pekan
lalu"), on a neighbouring date ("Senin malam") or on nothing at all ("dua
dekade"). Times of day are emitted with ``tpart`` only; the tagger anchors
them afterwards, once it knows which date they belong to.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.temporal import dates
from warta.temporal.context import Context
from warta.temporal.lexicon import PARTS_OF_DAY, TIMEZONES, UNITS, WEEKDAYS
from warta.temporal.model import Candidate
from warta.temporal.numbers import NUMBER, parse_number
from warta.temporal.patterns import FLAGS, MODIFIER, MONTH, TZ, WD
from warta.temporal.rules_calendar import Rule, _key, _month_of

_UNIT = r"(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|windu|dekade|dasawarsa|abad)"
_SE_UNIT = r"se(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|windu|dekade|dasawarsa|abad)"
_PAST = ("lalu", "yang lalu", "silam", "kemarin")
_FUTURE = ("lagi", "mendatang", "yang akan datang", "depan")
_ANCHORED = ("sebelumnya", "kemudian", "setelahnya", "sesudahnya", "berikutnya", "setelah itu")


UNIT_KEYS = (
    "detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "windu", "dekade",
    "dasawarsa", "abad",
)  # fmt: skip
REF_KEYS = (
    "saat ini", "sekarang", "kini", "dewasa ini", "akhir-akhir", "belakangan ini", "masa ",
    "baru-baru", "beberapa waktu", "tempo d", "dahulu kala", "waktu dekat", "kemudian hari",
    "ke depannya", "kelak", "hari-hari ini", "zaman",
)  # fmt: skip


def _tz(code: str | None) -> str | None:
    return TIMEZONES.get(code.lower()) if code else None


# --- "hari ini", "pekan lalu", "akhir tahun", "Selasa pekan lalu" ---------------------
_UNIT_REL = re.compile(
    rf"\b(?:(?P<wd>{WD})\s+)?(?:(?P<pre>awal|akhir|pertengahan|penghujung|medio)\s+)?"
    r"\b(?P<unit>pekan|minggu|bulan|tahun|hari)\b(?:\s+(?P<rel>ini|lalu|yang\s+lalu|kemarin|depan"
    r"|mendatang|yang\s+akan\s+datang|sebelumnya|berikutnya)\b)?",
    FLAGS,
)
_QUANTITY_BEFORE = re.compile(rf"\b{NUMBER}\s+$", FLAGS)
_STEP = {"ini": 0, "lalu": -1, "yang lalu": -1, "kemarin": -1}


def _unit_rel(m: re.Match[str], ctx: Context) -> list[Candidate]:
    unit_word = _key(m.group("unit"))
    rel = _key(m.group("rel") or "")
    pre = _key(m.group("pre") or "")
    wd = m.group("wd")
    if unit_word == "hari" and (pre or wd or rel not in ("ini", "kemarin", "sebelumnya")):
        return []
    if not rel and not pre:
        return []
    if unit_word == "minggu" and not pre:
        reading = ctx.sunday_reading(m.start("unit"), m.end("unit"), rel)
        if reading != "week":
            return []
    if wd and (
        unit_word not in ("pekan", "minggu") or not ctx.text[m.start("wd")].isupper() or pre
    ):
        return []
    if rel in ("sebelumnya", "berikutnya"):
        if _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return []  # "tiga hari sebelumnya" is a duration, handled by _duration
        return [Candidate(m.start(), m.end(), "DATE", None, rank=3)]
    ref = ctx.ref
    if ref is None:
        return [Candidate(m.start(), m.end(), "DATE", None, rank=3)]
    step = _STEP.get(rel, 1 if rel else 0)
    unit = UNITS[unit_word]
    if wd:
        d = dates.monday(ref) + dt.timedelta(weeks=step, days=WEEKDAYS[_key(wd)])
        return [Candidate(m.start(), m.end(), "DATE", dates.day(d), rank=1)]
    value = dates.shift(ref, unit, step)
    if unit == "W" and pre == "akhir":
        value += "-WE"
    return [Candidate(m.start(), m.end(), "DATE", value, rank=3)]


# --- "kemarin", "besok", "lusa", "semalam" ------------------------------------------
_REL_WORD = re.compile(
    r"\b(?P<w>kemarin\s+lusa|besok\s+lusa|kemarin|besok|lusa|semalam|tadi\s+malam)\b", FLAGS
)
_REL_OFFSET = {"kemarin lusa": -2, "besok lusa": 2, "kemarin": -1, "besok": 1, "lusa": 2}


def _rel_word(m: re.Match[str], ctx: Context) -> list[Candidate]:
    w = _key(m.group("w"))
    ref = ctx.ref
    if w in ("semalam", "tadi malam"):
        value = None if ref is None else dates.day(ref - dt.timedelta(days=1)) + "TNI"
        return [Candidate(m.start(), m.end(), "TIME", value, rank=3)]
    value = None if ref is None else dates.day(ref + dt.timedelta(days=_REL_OFFSET[w]))
    return [Candidate(m.start(), m.end(), "DATE", value, rank=3)]


# --- PRESENT_REF / PAST_REF / FUTURE_REF -------------------------------------------
_REFS = re.compile(
    r"\b(?:(?P<present>saat\s+ini|sekarang(?:\s+ini)?|kini|dewasa\s+ini|akhir-akhir\s+ini"
    r"|belakangan\s+ini|masa\s+kini|hari-hari\s+ini|zaman\s+sekarang)|(?P<past>masa\s+lalu"
    r"|masa\s+silam|baru-baru\s+ini|beberapa\s+waktu\s+(?:yang\s+)?lalu|tempo\s+dulu"
    r"|dahulu\s+kala)|(?P<future>masa\s+depan|masa\s+(?:yang\s+)?akan\s+datang|masa\s+mendatang"
    r"|(?:dalam\s+)?waktu\s+dekat|di\s+kemudian\s+hari|ke\s+depannya|kelak))\b",
    FLAGS,
)


def _refs(m: re.Match[str], ctx: Context) -> list[Candidate]:
    kind = "PRESENT_REF" if m.group("present") else "PAST_REF" if m.group("past") else "FUTURE_REF"
    return [Candidate(m.start(), m.end(), "DATE", kind, rank=5)]


# --- durations and "N unit lalu/lagi" ----------------------------------------------
_POST = (
    r"(?:\s+(?P<post>yang\s+lalu|lalu|silam|lagi|mendatang|yang\s+akan\s+datang|ke\s+depan"
    r"|terakhir|belakangan|sebelumnya|kemudian|setelahnya|sesudahnya|berikutnya|setelah\s+itu)\b)?"
)
_DURATION = re.compile(
    rf"(?:\b(?P<mod>{MODIFIER})\s+)?(?<![\d.,/])\b(?P<num>{NUMBER})\s+(?P<unit>{_UNIT})\b{_POST}",
    FLAGS,
)
_SE_DURATION = re.compile(
    rf"(?:\b(?P<mod>{MODIFIER})\s+)?\b(?P<se>{_SE_UNIT})\b(?!-){_POST}", FLAGS
)
_REDUP = re.compile(r"\bber(?P<r>detik|menit|jam|hari|pekan|minggu|bulan|tahun|abad)-(?P=r)\b")


def _duration(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m.groupdict().get("se"):
        amount: float | None = 1.0
        unit = UNITS[_key(m.group("se"))[2:]]
    else:
        amount = parse_number(m.group("num"))
        unit = UNITS[_key(m.group("unit"))]
    post = _key(m.group("post") or "")
    start, end = m.start(), m.end()
    before = ctx.word_before(start)
    as_period = before in ("dalam", "selama", "sepanjang")
    if post in _ANCHORED:
        # TimeBank style: in "dua hari kemudian" the TIMEX is the quantity, a DURATION.
        end = m.end("unit") if m.groupdict().get("unit") else m.end("se")
        return [Candidate(start, end, "DURATION", dates.duration(amount, unit), rank=4)]
    if post in _PAST + _FUTURE and not as_period:
        sign = -1 if post in _PAST else 1
        ref = ctx.ref
        if amount is None or not float(amount).is_integer():
            return [Candidate(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", rank=4)]
        if ref is None:
            return [Candidate(start, end, "DATE", None, rank=4)]
        if unit in ("H", "MIN", "S"):
            return [Candidate(start, end, "DATE", dates.day(ref), rank=4)]
        return [Candidate(start, end, "DATE", dates.shift(ref, unit, sign * int(amount)), rank=4)]
    return [Candidate(start, end, "DURATION", dates.duration(amount, unit), rank=4)]


def _redup(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DURATION", dates.duration(None, UNITS[m.group("r")]))]


# --- sets: "setiap Senin", "tiap tahun", "dua kali sepekan", "bulanan" --------------
_SET = re.compile(
    rf"\b(?:setiap|tiap|saban|tiap-tiap)\s+(?:(?P<wd>{WD})\b|(?P<pod>pagi|siang|sore|malam"
    rf"|subuh)\b(?:\s+hari\b)?|tanggal\s+(?P<d>[0-3]?\d)\b|(?P<mon>{MONTH})|akhir\s+(?P<we>pekan"
    rf"|minggu)\b|(?P<num>{NUMBER})\s+(?P<nunit>{_UNIT})\b|(?P<unit>{_UNIT})\b|(?P<se>{_SE_UNIT})\b)",
    FLAGS,
)
_FREQUENCY = re.compile(
    rf"\b(?:(?:{NUMBER})\s+kali|sekali)\s+(?:dalam\s+)?(?:se|satu\s+|per\s+)"
    r"(?P<unit>jam|hari|pekan|minggu|bulan|tahun|windu|dekade)\b",
    FLAGS,
)
_ADJECTIVE = re.compile(r"\b(?P<a>harian|mingguan|bulanan|tahunan|triwulanan)\b", FLAGS)
_ADJ_VALUE = {"harian": "P1D", "mingguan": "P1W", "bulanan": "P1M", "tahunan": "P1Y"}


_SET_MORE = re.compile(rf"\s*(?:,|dan|serta|atau)\s*(?P<wd>{WD})\b", FLAGS)


def _set(m: re.Match[str], ctx: Context) -> list[Candidate]:
    g = m.groupdict()
    if g["wd"]:
        # "setiap Senin dan Kamis": the second weekday is a SET too.
        out = []
        pos = m.end()
        while more := _SET_MORE.match(ctx.text, pos):
            if not ctx.text[more.start("wd")].isupper():
                break
            value = f"XXXX-WXX-{WEEKDAYS[_key(more.group('wd'))] + 1}"
            out.append(Candidate(more.start("wd"), more.end("wd"), "SET", value, rank=0))
            pos = more.end()
        return _set_one(m, g, ctx) + out
    return _set_one(m, g, ctx)


def _set_one(m: re.Match[str], g: dict[str, str | None], ctx: Context) -> list[Candidate]:
    if g["wd"]:
        wd = str(g["wd"])
        if _key(wd) == "minggu" and ctx.text[m.start("wd")].islower():
            value = "P1W"
        else:
            value = f"XXXX-WXX-{WEEKDAYS[_key(wd)] + 1}"
    elif g["pod"]:
        value = "XXXX-XX-XXT" + PARTS_OF_DAY[_key(g["pod"])].lstrip("T")
    elif g["d"]:
        value = f"XXXX-XX-{int(str(g['d'])):02d}"
    elif g["mon"]:
        value = f"XXXX-{_month_of(str(g['mon'])):02d}"
    elif g["we"]:
        value = "XXXX-WXX-WE"
    elif g["num"]:
        value = dates.duration(parse_number(g["num"]), UNITS[_key(str(g["nunit"]))])
    else:
        unit = _key(g["unit"]) if g["unit"] else _key(str(g["se"]))[2:]
        value = dates.duration(1, UNITS[unit])
    return [Candidate(m.start(), m.end(), "SET", value, rank=0)]


def _frequency(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "SET", dates.duration(1, UNITS[_key(m.group("unit"))]))]


def _adjective(m: re.Match[str], ctx: Context) -> list[Candidate]:
    a = _key(m.group("a"))
    return [Candidate(m.start(), m.end(), "SET", _ADJ_VALUE.get(a, "P3M"), rank=6)]


# --- clock times: "pukul 19.30 WIB", "jam 3 sore", "10:14 WIB" ----------------------
_POD_WORDS = r"dini\s+hari|pagi|siang|sore|petang|malam"
_CLOCK = re.compile(
    r"\b(?:pukul|pkl\.?|jam)\s+(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?(?![\d,])"
    rf"(?:\s*(?P<tz>{TZ}))?(?:\s+(?P<pod>{_POD_WORDS})\b)?(?:\s*(?P<tz2>{TZ}))?",
    FLAGS,
)
_CLOCK_BARE = re.compile(rf"(?<![\d.,:])(?P<h>[012]?\d)[.:](?P<mi>[0-5]\d)\s*(?P<tz>{TZ})", FLAGS)
_CLOCK_RANGE_TZ = re.compile(
    rf"\s*(?:-|–|hingga|sampai|s\.d\.?)\s*(?:pukul\s+)?\d{{1,2}}[.:]\d{{2}}\s*(?P<tz>{TZ})", FLAGS
)


def _clock(m: re.Match[str], ctx: Context) -> list[Candidate]:
    g = m.groupdict()
    hour = int(g["h"])
    minute = int(g["mi"]) if g.get("mi") else 0
    pod = _key(g.get("pod") or "")
    if (pod in ("sore", "petang", "malam") and hour < 12) or (pod == "siang" and hour <= 6):
        hour += 12
    if hour > 24:
        return []
    tz = _tz(g.get("tz") or g.get("tz2"))
    if tz is None:
        tail = _CLOCK_RANGE_TZ.match(ctx.text, m.end())
        tz = _tz(tail.group("tz")) if tail else None
    tpart = f"T{hour:02d}:{minute:02d}"
    return [Candidate(m.start(), m.end(), "TIME", None, timezone=tz, tpart=tpart, rank=1)]


# --- parts of the day: "Senin malam", "pagi ini", "dini hari tadi", "Rabu pagi WIB" ---
_POD = re.compile(
    r"\b(?:(?P<pre>tadi|nanti|pada|kemarin|besok)\s+)?(?P<pod>dini\s+hari|tengah\s+malam"
    r"|tengah\s+hari|pagi|siang|sore|petang|malam|subuh)\b(?:\s+(?P<post>hari\s+ini|hari|ini"
    rf"|tadi|nanti)\b)?(?:\s*(?P<tz>{TZ}))?",
    FLAGS,
)


def _part_of_day(m: re.Match[str], ctx: Context) -> list[Candidate]:
    pre = _key(m.group("pre") or "")
    post = _key(m.group("post") or "")
    pod = _key(m.group("pod"))
    code = PARTS_OF_DAY[pod]
    tpart = code if code.startswith("T") else "T" + code
    tz = _tz(m.group("tz"))
    strong = bool(pre or post or tz or pod.startswith("tengah"))
    start = m.start("pod") if pre == "pada" else m.start()
    ref = ctx.ref
    offset: int | None = None
    if pre == "kemarin" or (pre == "tadi" and pod == "malam"):
        offset = -1
    elif pre == "besok":
        offset = 1
    elif pre in ("tadi", "nanti") or post in ("ini", "hari ini", "tadi", "nanti"):
        offset = 0
    if offset is not None:
        value = None if ref is None else dates.day(ref + dt.timedelta(days=offset)) + tpart
        return [Candidate(start, m.end(), "TIME", value, timezone=tz, rank=2)]
    return [
        Candidate(start, m.end(), "TIME", None, timezone=tz, tpart=tpart, weak=not strong, rank=6)
    ]


RULES: list[Rule] = [
    (_UNIT_REL, _unit_rel, 3, ("pekan", "minggu", "bulan", "tahun", "hari")),
    (_REL_WORD, _rel_word, 3, ("kemarin", "besok", "lusa", "semalam", "tadi")),
    (_REFS, _refs, 5, REF_KEYS),
    (_DURATION, _duration, 4, UNIT_KEYS),
    (_SE_DURATION, _duration, 4, tuple("se" + u for u in UNIT_KEYS)),
    (_REDUP, _redup, 4, ("ber",)),
    (_SET, _set, 0, ("tiap", "saban")),
    (_FREQUENCY, _frequency, 0, ("kali",)),
    (_ADJECTIVE, _adjective, 6, ("harian", "mingguan", "bulanan", "tahunan")),
    (_CLOCK, _clock, 1, ("pukul", "pkl", "jam")),
    (_CLOCK_BARE, _clock, 1, ("wib", "wita", "wit")),
    (
        _POD,
        _part_of_day,
        6,
        ("pagi", "siang", "sore", "petang", "malam", "subuh", "dini", "tengah"),
    ),
]
