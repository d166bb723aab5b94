"""Tests of the TIME layer: coverage items, the seed article, reference inference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.temporal import TimeExpression, find_times, infer_reference_date, weekday_warnings

ROOT = Path(__file__).resolve().parents[1]
REF = dt.date(2023, 9, 11)  # a Monday


@pytest.fixture
def shared_dir() -> Path:
    """../shared/data relative to the repo root, or skip."""
    path = ROOT.parent / "shared"
    if not (path / "data").exists():
        pytest.skip(f"shared data not available: {path / 'data'}")
    return path


def one(text: str, ref: dt.date | None = REF) -> TimeExpression:
    found = find_times(text, ref)
    assert len(found) == 1, found
    return found[0]


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, ref)]


# --- the seed article -----------------------------------------------------------------


def test_seed_values(shared_dir: Path) -> None:
    text = (shared_dir / "seeds" / "000_c1e14d936c10e2fb.txt").read_text("utf-8")
    got = {(t.text, t.value) for t in find_times(text, REF)}
    seed_pairs = find_times(text, REF)
    assert sum(t.text == "Senin (11/9/2023)" and t.value == "2023-09-11" for t in seed_pairs) == 2
    assert ("April 2019", "2019-04") in got
    assert ("tahun 2011", "2011") in got
    assert ("Selasa pekan lalu", "2023-09-05") in got
    assert ("dalam waktu dekat", "FUTURE_REF") in got
    durations = {t.text for t in seed_pairs if t.type == "DURATION"}
    assert {"dua dekade", "lebih dari 1,5 tahun"} <= durations
    assert infer_reference_date(text) == REF
    assert weekday_warnings(text, seed_pairs) == []


def test_seed_like_sentence_without_file() -> None:
    text = "Kremlin mengatakan pada Senin (11/9/2023) bahwa Kim akan datang dalam waktu dekat."
    assert infer_reference_date(text) == REF
    assert values(text) == [
        ("Senin (11/9/2023)", "DATE", "2023-09-11"),
        ("dalam waktu dekat", "DATE", "FUTURE_REF"),
    ]


# --- explicit dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pada 11/9/2023 lalu", "2023-09-11"),
        ("pada 11-9-2023 lalu", "2023-09-11"),
        ("pada 11 September 2023", "2023-09-11"),
        ("pada 11 Sept 2023", "2023-09-11"),
        ("sepanjang Sept. 2023", "2023-09"),
        ("Kamis, 18 Oktober 2013", "2013-10-18"),
        ("diumumkan 1 Juni", "2023-06-01"),
        ("tanggal 1 Juni 2014", "2014-06-01"),
        ("April 2019", "2019-04"),
        ("Nopember 2020", "2020-11"),
        ("bulan Maret", "2023-03"),
    ],
)
def test_explicit_dates(text: str, value: str) -> None:
    assert one(text).value == value


def test_weekday_with_short_date_takes_year_from_reference() -> None:
    assert one("Rapat digelar Senin (11/9).").value == "2023-09-11"
    assert one("Pemerintah, Kamis (28/12), menyatakan", dt.date(2024, 1, 2)).value == "2023-12-28"
    assert one("rilis kemarin (10/9) menunjukkan").text == "kemarin (10/9)"


def test_tanggal_and_bare_numeric() -> None:
    assert one("paling lambat tanggal 11").value == "2023-09-11"
    assert one("dibayar tanggal 11/9").value == "2023-09-11"
    assert one("paling lambat tanggal 11", None).value == "XXXX-XX-11"


def test_day_range_gives_two_dates() -> None:
    assert values("pada 11-12 September 2023") == [
        ("11", "DATE", "2023-09-11"),
        ("12 September 2023", "DATE", "2023-09-12"),
    ]


def test_missing_year_is_nearest_to_reference() -> None:
    jan = dt.date(2015, 1, 7)
    assert one("hingga 26 Desember, menurut EIA", jan).value == "2014-12-26"
    assert one("minyak untuk pengiriman Februari turun", jan).value == "2015-02"


# --- years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("sejak memimpin pada tahun 2011.", "tahun 2011", "2011"),
        ("pada 2019 ia pindah", "2019", "2019"),
        ("sejak 2015 kasus meningkat", "2015", "2015"),
        ("hingga akhir 2013 ini", "akhir 2013", "2013"),
        ("revolusi sejak tahun 1970-an", "tahun 1970-an", "197"),
        ("asumsi APBN 2015", "2015", "2015"),
        ("perlawanan sejak abad ke-19", "abad ke-19", "18"),
    ],
)
def test_years(text: str, span: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.value) == (span, value)


@pytest.mark.parametrize(
    "text",
    ["sebanyak 2011 orang hadir", "pada 2011 orang datang", "terjual 2019 unit", "No 1/2013"],
)
def test_amounts_are_not_years(text: str) -> None:
    assert find_times(text, REF) == []


def test_year_pairs() -> None:
    assert values("dikerjakan pada 2018 hingga 2020") == [
        ("2018", "DATE", "2018"),
        ("2020", "DATE", "2020"),
    ]


# --- relative dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hari ini", "2023-09-11"),
        ("kemarin", "2023-09-10"),
        ("besok", "2023-09-12"),
        ("lusa", "2023-09-13"),
        ("kemarin lusa", "2023-09-09"),
        ("pekan lalu", "2023-W36"),
        ("minggu depan", "2023-W38"),
        ("pekan ini", "2023-W37"),
        ("bulan lalu", "2023-08"),
        ("bulan depan", "2023-10"),
        ("bulan ini", "2023-09"),
        ("tahun lalu", "2022"),
        ("tahun depan", "2024"),
        ("tahun ini", "2023"),
        ("tiga hari lalu", "2023-09-08"),
        ("dua pekan yang lalu", "2023-W35"),
        ("dua bulan lagi", "2023-11"),
        ("lima tahun mendatang", "2028"),
        ("awal bulan", "2023-09"),
        ("pertengahan tahun", "2023"),
        ("akhir tahun", "2023"),
        ("akhir pekan", "2023-W37-WE"),
        ("akhir pekan lalu", "2023-W36-WE"),
        ("Selasa pekan lalu", "2023-09-05"),
        ("Jumat lalu", "2023-09-08"),
        ("Rabu depan", "2023-09-13"),
        ("Juli lalu", "2023-07"),
        ("Oktober mendatang", "2023-10"),
        ("beberapa tahun lalu", "PAST_REF"),
        ("kuartal I-2024", "2024-Q1"),
        ("paruh pertama tahun depan", "2024-H1"),
        ("semester II", "2023-H2"),
        ("pekan ke-52 tahun 2014", "2014-W52"),
    ],
)
def test_relative_dates(text: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.value) == (text, value)


def test_bare_weekday_is_past_unless_announced() -> None:
    ref = dt.date(2014, 11, 26)  # Wednesday
    assert one("Presiden Venezuela, Senin, mengatakan", ref).value == "2014-11-24"
    assert one("OPEC akan bertemu Kamis di Wina", ref).value == "2014-11-27"


@pytest.mark.parametrize(
    ("text", "value"),
    [("saat ini", "PRESENT_REF"), ("kini", "PRESENT_REF"), ("masa lalu", "PAST_REF")],
)
def test_reference_values(text: str, value: str) -> None:
    assert one(text).value == value


# --- minggu: week or Sunday ----------------------------------------------------------------


def test_minggu_week_or_sunday() -> None:
    assert values("Laga digelar pada Minggu malam.")[0][2] == "2023-09-10TNI"
    assert values("Ia kembali minggu lalu.") == [("minggu lalu", "DATE", "2023-W36")]
    assert values("Minggu lalu harga naik.") == [("Minggu lalu", "DATE", "2023-W36")]
    assert values("Rapat digelar Minggu lalu di Bogor.") == [("Minggu lalu", "DATE", "2023-09-10")]
    assert values("selama dua minggu") == [("dua minggu", "DURATION", "P2W")]
    assert values("pada hari Minggu (10/9/2023)") == [
        ("hari Minggu (10/9/2023)", "DATE", "2023-09-10")
    ]
    assert find_times("SPBU Jl Raya Pasar Minggu 14, Pancoran", REF) == []
    assert values("libur Sabtu-Minggu")[1][2] == "2023-09-10"


# --- times of day and time zones ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "tz"),
    [
        ("pukul 19.30 WIB", "2023-09-11T19:30", "+07:00"),
        ("pukul 08.00 WITA", "2023-09-11T08:00", "+08:00"),
        ("pukul 08.00 WIT", "2023-09-11T08:00", "+09:00"),
        ("pada 10:14 WIB", "2023-09-11T10:14", "+07:00"),
        ("jam 3 sore", "2023-09-11T15:00", None),
        ("pukul 7 malam", "2023-09-11T19:00", None),
    ],
)
def test_clock_times(text: str, value: str, tz: str | None) -> None:
    t = next(t for t in find_times(text, REF) if t.type == "TIME")
    assert (t.value, t.timezone) == (value, tz)


def test_date_and_time_join() -> None:
    t = one("Rabu (31/12/2014) sekitar pukul 09.00 WIB", None)
    assert (t.type, t.value, t.timezone) == ("TIME", "2014-12-31T09:00", "+07:00")
    t = one("waktu setempat (Rabu pagi WIB)", dt.date(2014, 11, 19))
    assert (t.text, t.value, t.timezone) == ("Rabu pagi WIB", "2014-11-19TMO", "+07:00")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Senin pagi", "2023-09-11TMO"),
        ("Senin siang", "2023-09-11TMI"),
        ("Senin sore", "2023-09-11TAF"),
        ("Senin malam", "2023-09-11TNI"),
        ("Senin dini hari", "2023-09-11TMO"),
        ("pagi ini", "2023-09-11TMO"),
        ("tadi malam", "2023-09-10TNI"),
        ("kemarin sore", "2023-09-10TAF"),
        ("hingga tengah hari", "2023-09-11T12:00"),
    ],
)
def test_parts_of_day(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, REF)] == [value]


def test_bare_part_of_day_words_are_not_times() -> None:
    assert find_times("Mereka makan malam bersama dan mengucapkan selamat pagi.", REF) == []


def test_clock_takes_date_of_sentence() -> None:
    text = "Pada Kamis (7/3/2024), pesawat lepas landas pukul 08.00 WIT."
    assert find_times(text, REF)[-1].value == "2024-03-07T08:00"


# --- durations and sets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dua dekade", "P2DE"),
        ("tiga pekan", "P3W"),
        ("1,5 tahun", "P1.5Y"),
        ("setengah jam", "PT30M"),
        ("satu setengah tahun", "P1.5Y"),
        ("dua puluh satu hari", "P21D"),
        ("10 menit", "PT10M"),
        ("24 jam", "PT24H"),
        ("sepekan", "P1W"),
        ("beberapa tahun terakhir", "PXY"),
        ("tiga tahun ke depan", "P3Y"),
        ("berbulan-bulan", "PXM"),
        ("lebih dari 1,5 tahun", "P1.5Y"),
    ],
)
def test_durations(text: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.type, t.value) == (text, "DURATION", value)


def test_anchored_quantity_is_duration() -> None:
    assert values("sehari sebelumnya") == [("sehari", "DURATION", "P1D")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("setiap Senin", "XXXX-WXX-1"),
        ("tiap tahun", "P1Y"),
        ("setiap hari", "P1D"),
        ("setiap minggu", "P1W"),
        ("setiap Minggu", "XXXX-WXX-7"),
        ("setiap 5 menit", "PT5M"),
        ("setiap malam", "XXXX-XX-XXTNI"),
        ("setiap tanggal 1", "XXXX-XX-01"),
        ("dua kali sehari", "P1D"),
        ("laporan bulanan", "P1M"),
    ],
)
def test_sets(text: str, value: str) -> None:
    sets = [t for t in find_times(text, REF) if t.type == "SET"]
    assert [t.value for t in sets] == [value]


def test_coordinated_weekday_sets() -> None:
    assert values("setiap Senin dan Kamis") == [
        ("setiap Senin", "SET", "XXXX-WXX-1"),
        ("Kamis", "SET", "XXXX-WXX-4"),
    ]


# --- other calendars -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("1 Ramadhan 1445 H", "islamic"),
        ("selama bulan Ramadan", "islamic"),
        ("menjelang Idul Fitri", "islamic"),
        ("tahun 1445 Hijriah", "islamic"),
        ("kirab malam 1 Suro", "javanese"),
        ("pada bulan Sura", "javanese"),
    ],
)
def test_other_calendars_are_recognised(text: str, calendar: str) -> None:
    t = one(text)
    assert (t.type, t.calendar, t.value) == ("DATE", calendar, None)


def test_weekday_with_pasaran() -> None:
    t = one("malam Selasa Kliwon (18/7/2023)", None)
    assert (t.value, t.calendar) == ("2023-07-18", "javanese")
    t = one("pada Jumat Legi (17/8/1945)", None)
    assert weekday_warnings("", [t]) == []
    bad = one("pada Jumat Pon (17/8/1945)", None)
    assert weekday_warnings("", [bad]) == [
        'pasaran "Pon" does not match 1945-08-17 (a Legi day) at 5'
    ]


# --- no reference ---------------------------------------------------------------------------------


def test_null_reference() -> None:
    got = {t.text: t.value for t in find_times("kemarin, pekan lalu, tiga hari lalu", None)}
    assert got == {"kemarin": None, "pekan lalu": None, "tiga hari lalu": None}
    assert one("beberapa tahun lalu", None).value == "PAST_REF"
    assert one("dalam waktu dekat", None).value == "FUTURE_REF"
    assert one("pada Senin", None).value == "XXXX-WXX-1"
    assert one("11 September", None).value == "XXXX-09-11"
    assert one("11 September 2023", None).value == "2023-09-11"


# --- reference date and warnings ----------------------------------------------------------------


def test_infer_reference_prefers_reporting_dates() -> None:
    text = (
        "JAKARTA - Pemasangan rampung pada 1 Januari 2014 mendatang, kata Ali di Jakarta, "
        "Rabu (23/10/2013). Sebelumnya ia ditemui Senin (21/10/2013)."
    )
    assert infer_reference_date(text) == dt.date(2013, 10, 23)


def test_infer_reference_falls_back_to_first_sentence() -> None:
    text = "Harga minyak turun pada Selasa (18/11/2014) waktu setempat. Pasar lesu."
    assert infer_reference_date(text) == dt.date(2014, 11, 18)
    assert infer_reference_date("Tidak ada tanggal di sini.") is None
    assert infer_reference_date("Rapat digelar Senin (11/9).") is None


def test_weekday_mismatch_warning() -> None:
    text = "Ia berbicara pada Selasa (11/9/2023)."
    times = find_times(text, None)
    assert weekday_warnings(text, times) == [
        'weekday "Selasa" does not match 2023-09-11 (a Monday) at 18'
    ]
    ok = "Ia berbicara pada Senin (11/9/2023)."
    assert weekday_warnings(ok, find_times(ok, None)) == []


def test_to_dict_shape() -> None:
    t = one("pukul 19.30 WIB")
    assert t.to_dict() == {
        "start": 0,
        "end": 15,
        "text": "pukul 19.30 WIB",
        "type": "TIME",
        "value": "2023-09-11T19:30",
        "timezone": "+07:00",
        "calendar": None,
    }


# --- real Kompas text -------------------------------------------------------------------------


def test_kompas_files_tag_without_errors(shared_dir: Path) -> None:
    from warta.evaluation.time import read_timeml

    files = sorted((shared_dir / "data" / "news" / "kompas-indotimex-dev").glob("*.tml"))
    if not files:
        pytest.skip("Kompas dev files absent")
    total = exact_ref = 0
    for path in files:
        _title, text, dct, _gold = read_timeml(path)
        times = find_times(text, dct)
        total += len(times)
        for t in times:
            assert text[t.start : t.end] == t.text
        inferred = infer_reference_date(text)
        exact_ref += inferred is not None and dct is not None and abs((inferred - dct).days) <= 1
    assert total > 300
    assert exact_ref >= 40  # within a day of the DCT: oil news is dated the WIB morning after


# --- properties ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Senin", "(11/9/2023)", "Minggu", "minggu", "lalu", "depan", "pukul", "19.30", "WIB",
        "tahun", "2011", "orang", "setiap", "dua", "dekade", "1,5", "malam", "pagi", "kemarin",
        "lusa", "akhir", "pekan", "tanggal", "11", "September", "Sept.", "(", ")", ",", ".",
        "setengah", "jam", "Ramadhan", "Suro", "Kliwon", "-", "/", "\n", "kuartal", "I",
    ]
)  # fmt: skip


def _check_spans(text: str, ref: dt.date | None) -> None:
    times = find_times(text, ref)
    end = 0
    for t in times:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= end
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        end = t.end
    weekday_warnings(text, times)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join), st.none() | st.dates())
def test_property_news_like_text(text: str, ref: dt.date | None) -> None:
    _check_spans(text, ref)
    infer_reference_date(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.none() | st.dates())
def test_property_arbitrary_text(text: str, ref: dt.date | None) -> None:
    _check_spans(text, ref)
    infer_reference_date(text)


def test_numbers_that_are_not_dates_never_crash() -> None:
    """A badminton score "(21/15)" or "(13/0)" beside a weekday once raised ValueError."""
    import datetime as _dt

    from warta.temporal import find_times as _find

    text = "Pada Senin (21/15) skor akhir, lalu Selasa (13/0) dan (0/5), kemarin (32/12)."
    for reference in (_dt.date(2017, 8, 17), None):
        for t in _find(text, reference):
            assert t.value is None or not t.value.startswith(("2017-15", "2017-00"))
