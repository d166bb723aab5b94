"""Indonesian words for time: months, weekdays, numbers, units and calendars.

Written for warta from Indonesian news usage (the Kompas development files and
everyday journalistic style). Kept as Python constants rather than data files
because every entry feeds a precompiled regular expression and a lookup table,
and keeping both next to each other stops them from drifting apart.
"""

from __future__ import annotations

# Month names as written in news, including old spellings ("Pebruari", "Nopember").
MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
}

# Abbreviations are only trusted next to a day or a year ("11 Sept 2023", "Sept. 2023"),
# because on their own words like "Mar" or "Des" are names.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "agus": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
}

# Monday is 0, as in datetime.date.weekday().
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The five-day Javanese market week. 17 August 1945 was Jumat Legi, the
# anchor used to compute the pasaran of any Gregorian date.
PASARAN: tuple[str, ...] = ("legi", "pahing", "pon", "wage", "kliwon")

ISLAMIC_MONTHS: tuple[str, ...] = (
    "muharam",
    "muharram",
    "safar",
    "shafar",
    r"rabiul\s?awal",
    r"rabiul\s?akhir",
    r"jumadil\s?awal",
    r"jumadil\s?akhir",
    "rajab",
    "syakban",
    "sya'ban",
    "syaban",
    "ramadan",
    "ramadhan",
    "syawal",
    "zulkaidah",
    "zulqaidah",
    "dzulqaidah",
    "dzulkaidah",
    "zulhijah",
    "zulhijjah",
    "dzulhijjah",
)

ISLAMIC_HOLIDAYS: tuple[str, ...] = (
    r"idul\s?fitri",
    r"idul\s?adha",
    "lebaran",
    r"tahun\s+baru\s+(?:islam|hijriah|hijriyah)",
    r"maulid\s+nabi(?:\s+muhammad)?",
    r"isra[’']?\s?mi[’']?raj",
    "nuzulul quran",
)

# Javanese months that are safe to read only after a day number or "bulan"
# (several, such as "Besar" or "Pasa", are everyday words).
JAVANESE_MONTHS: tuple[str, ...] = (
    "sura",
    "suro",
    "sapar",
    "mulud",
    r"bakda\s+mulud",
    "jumadilawal",
    "jumadilakir",
    "rejeb",
    "ruwah",
    "pasa",
    "sawal",
    "sela",
    "dulkangidah",
    "besar",
)

UNITS: dict[str, str] = {
    "detik": "S",
    "menit": "MIN",
    "jam": "H",
    "hari": "D",
    "pekan": "W",
    "minggu": "W",
    "bulan": "M",
    "tahun": "Y",
    "windu": "WINDU",
    "dekade": "DE",
    "dasawarsa": "DE",
    "abad": "CE",
}

DIGITS_WORDS: dict[str, int] = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}

TEENS_AND_TENS: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}

VAGUE_QUANTITIES: tuple[str, ...] = (
    "beberapa",
    "puluhan",
    "belasan",
    "ratusan",
    "ribuan",
    "sejumlah",
    "berapa",
)

ORDINALS: dict[str, int] = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "ke-1": 1,
    "ke-2": 2,
    "ke-3": 3,
    "ke-4": 4,
}

PARTS_OF_DAY: dict[str, str] = {
    "pagi": "MO",
    "subuh": "MO",
    "dini hari": "MO",
    "siang": "MI",
    "tengah hari": "T12:00",
    "sore": "AF",
    "petang": "EV",
    "malam": "NI",
    "tengah malam": "T00:00",
}

TIMEZONES: dict[str, str] = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

# Words that follow a four-digit number when it counts things rather than
# naming a year ("2011 orang").
COUNTED_NOUNS: tuple[str, ...] = (
    "orang",
    "unit",
    "buah",
    "ekor",
    "jiwa",
    "kali",
    "persen",
    "rupiah",
    "dollar",
    "dolar",
    "barel",
    "ton",
    "kg",
    "kilogram",
    "gram",
    "meter",
    "km",
    "kilometer",
    "liter",
    "kiloliter",
    "hektar",
    "hektare",
    "ha",
    "rumah",
    "keluarga",
    "kk",
    "siswa",
    "mahasiswa",
    "peserta",
    "warga",
    "penduduk",
    "pasukan",
    "tentara",
    "personel",
    "kasus",
    "pasien",
    "korban",
    "suara",
    "kursi",
    "lembar",
    "batang",
    "titik",
    "sekolah",
    "desa",
    "perusahaan",
    "kendaraan",
    "mobil",
    "motor",
    "pekerja",
    "karyawan",
    "tenaga",
    "poin",
    "mw",
    "megawatt",
    "mdpl",
    "tahun",
    "hari",
    "bulan",
    "jam",
    "menit",
    "detik",
)
