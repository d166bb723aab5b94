"""Compile, store and match a gazetteer of Indonesian names.

Entries are lower-cased, space-joined token sequences mapped to a string of
*source codes* (not entity types): the CRF learns how far to trust each
source, which matters because village names collide with common words while
province names almost never do. Codes:

==== ==========================================================  =========
code source                                                      licence
==== ==========================================================  =========
P    provinces, regencies and cities (wilayah, levels 1-2)       MIT
K    districts / kecamatan (wilayah, level 3)                    MIT
V    villages / kelurahan / desa (wilayah, level 4)              MIT
L    DBpedia-derived place names (at most three tokens)          free, cite
N    DBpedia-derived person names                                free, cite
R    members of parliament 2014-2019 (DPR)                       public
G    DBpedia-derived organisation names                          free, cite
C    warta's own countries and world places (lexicon.py)         Apache-2.0
M    warta's own state bodies, ministries, parties (lexicon.py)  Apache-2.0
==== ==========================================================  =========

The compiled file is a gzip TSV committed in the package, so an installed
warta never needs the source data at run time.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from warta.ner.lexicon import COUNTRIES_AND_PLACES, ORGANISATIONS

MAX_TOKENS = 6
_TOKEN_RE = re.compile(r"\w+(?:[-.']\w+)*\.?|[^\w\s]", re.UNICODE)
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_WILAYAH_RE = re.compile(r"^\('([\d.]+)','(.*)'\),?;?$")
_HONORIFIC_RE = re.compile(r"^(?:[A-Za-z]{1,5}\.)+$")


def name_tokens(name: str) -> list[str]:
    """Split a listed name the way NER corpora tokenise: words, with punctuation apart."""
    return _TOKEN_RE.findall(_PAREN_RE.sub("", name))


def _key(tokens: Sequence[str]) -> str:
    return " ".join(t.lower() for t in tokens)


class GazetteerBuilder:
    """Collect entries from the sources, then write the compiled file."""

    def __init__(self) -> None:
        self.entries: dict[str, set[str]] = {}

    def add(self, name: str, code: str) -> None:
        """Add one name; names that are damaged, empty or too long are skipped, not fixed."""
        if "\ufffd" in name or "Ã" in name:
            return
        tokens = name_tokens(name.strip())
        if not tokens or len(tokens) > MAX_TOKENS:
            return
        if len(tokens) == 1 and len(tokens[0]) < 2:
            return
        self.entries.setdefault(_key(tokens), set()).add(code)

    def add_many(self, names: Iterable[str], code: str) -> None:
        for name in names:
            self.add(name, code)

    def write(self, path: Path) -> int:
        """Write ``key<TAB>codes`` lines, sorted so the file is reproducible byte for byte."""
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{k}\t{''.join(sorted(v))}\n" for k, v in sorted(self.entries.items())]
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write("".join(lines).encode("utf-8"))
        return len(lines)


def _wilayah(path: Path, builder: GazetteerBuilder) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _WILAYAH_RE.match(line.strip())
        if not match:
            continue
        code, name = match.group(1), match.group(2).replace("''", "'")
        level = code.count(".")
        src = "P" if level <= 1 else ("K" if level == 2 else "V")
        builder.add(name, src)
        for prefix in ("Kabupaten ", "Kota Administrasi ", "Kota ", "Provinsi "):
            if name.startswith(prefix):
                builder.add(name[len(prefix) :], src)


def _dpr_names(path: Path) -> list[str]:
    """Members' names without academic and religious titles (``DR. H. NAME, MA``)."""
    names = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = row["nama"].split(",")[0].split()
            words = [w for w in words if not _HONORIFIC_RE.match(w)]
            if len(words) >= 2:
                names.append(" ".join(w.title() for w in words))
    return names


def build_gazetteer(data_dir: Path, out: Path) -> int:
    """Compile the gazetteer from ``data_dir`` (the shared data root); returns the entry count."""
    gaz = data_dir / "gazetteers"
    builder = GazetteerBuilder()
    _wilayah(gaz / "wilayah" / "wilayah.sql", builder)
    dbpedia = gaz / "dbpedia-id"
    places = (dbpedia / "place.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    builder.add_many((p for p in places if len(p.split()) <= 3), "L")
    for file, code in (("person.txt", "N"), ("organization.txt", "G")):
        text = (dbpedia / file).read_text(encoding="utf-8", errors="replace")
        builder.add_many(text.splitlines(), code)
    builder.add_many(_dpr_names(gaz / "dpr-2014" / "anggota_dpr.csv"), "R")
    builder.add_many(COUNTRIES_AND_PLACES, "C")
    builder.add_many(ORGANISATIONS, "M")
    return builder.write(out)


class Gazetteer:
    """Longest-match lookup of listed names in a token sequence.

    Every proper prefix of an entry is stored with an empty code string, so a
    match grows one token at a time and stops at the first miss: most tokens
    cost one dict lookup, which keeps matching off the hot path's budget.
    """

    def __init__(self, entries: dict[str, str]) -> None:
        self.table: dict[str, str] = {}
        for key, codes in entries.items():
            parts = key.split(" ")
            for i in range(1, len(parts)):
                self.table.setdefault(" ".join(parts[:i]), "")
            self.table[key] = codes
        self._first_names: dict[str, int] | None = None

    def first_name_count(self, word: str) -> int:
        """How many listed people's full names (DBpedia persons, members of parliament)
        open with ``word`` (lower case): "abu" 17, "bambang" 30, "jalan" 0. Counted once,
        on first use (about 30 ms)."""
        if self._first_names is None:
            counts: dict[str, int] = {}
            for key, codes in self.table.items():
                if " " in key and ("N" in codes or "R" in codes):
                    first = key.split(" ", 1)[0]
                    counts[first] = counts.get(first, 0) + 1
            self._first_names = counts
        return self._first_names.get(word, 0)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            entries = dict(line.rstrip("\n").split("\t", 1) for line in handle)
        return cls(entries)

    def match(self, tokens: Sequence[str], lowered: Sequence[str]) -> list[str]:
        """Per token: ``""`` or ``codes:B``/``codes:I`` for the longest match covering it.

        A match must start at a capitalised token: names in running text are
        capitalised, and this stops common words that happen to be village
        names from matching all over lower-case text.
        """
        table = self.table
        n = len(tokens)
        out = [""] * n
        i = 0
        while i < n:
            first = tokens[i]
            if not first[:1].isupper() or lowered[i] not in table:
                i += 1
                continue
            key = lowered[i]
            best_end, best_codes = -1, ""
            j = i + 1
            while True:
                codes = table.get(key)
                if codes is None:
                    break
                if codes:
                    best_end, best_codes = j, codes
                if j >= n or j - i >= MAX_TOKENS:
                    break
                key = key + " " + lowered[j]
                j += 1
            if best_end < 0:
                i += 1
                continue
            out[i] = best_codes + ":B"
            for k in range(i + 1, best_end):
                out[k] = best_codes + ":I"
            i = best_end
        return out
