"""Entities: tag mentions, resolve them into entities with names, aliases and roles.

The NER model (``warta.ner``) finds mentions sentence by sentence. This module
turns mentions into *entities* for one article, the way a reader does:

- "Kim Jong Un" … "Kim" is one person (a later short mention that is part of
  an earlier full name), and a lone first or last name the tagger missed is
  found again ("Manish Mehta" … "Mehta menambahkan");
- a name in capitals ("DOVIZIOSO" in a results table) is the entity written in
  ordinary case;
- "Amerika Serikat" … "AS" and "Perserikatan Bangsa-Bangsa" … "PBB" are one
  entity each (a curated alias table and acronym initials);
- "Korea Utra" is "Korea Utara" (a spelling slip within a small edit
  distance of another mention or of an alias-table name);
- "Presiden Korea Utara, Kim Jong Un" gives the person the role
  "Presiden Korea Utara" (found by :mod:`warta.roles`), and the title never
  becomes part of the name.

The canonical name is the fullest correct form: an alias-table name when
there is one, else the most frequent of the longest forms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from rapidfuzz.distance import Levenshtein

from warta.article import CitedMedium, Token
from warta.institutions import AREA_WORDS, OFFICE_HEADS, institution_names
from warta.mentions import (
    AGE_AFTER_RE,
    INITIALS_RE,
    LEADING_TITLES,
    NAME_ABBREVIATIONS,
    Coverage,
    Mention,
)
from warta.ner.lexicon import ORG_HEADS, PLACE_HEADS
from warta.roles import (
    RANK_OPENERS,
    RANK_QUALIFIERS,
    RANK_WORDS,
    RELATIONAL_HEADS,
    STATUS_HEADS,
    attach_roles,
    rank_at,
    role_at,
    role_heads,
)
from warta.segment import tokenize
from warta.structure import known_media

TYPE_NAMES = {"PERSON": "PERSON", "PER": "PERSON", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
              "ORG": "ORG", "PLACE": "PLACE", "LOC": "PLACE", "GPE": "PLACE"}  # fmt: skip

# Single words that are never an entity on their own, whatever a model says. Apps are
# channels ("melalui WhatsApp", "akun Instagram"), the fasting month is a time ("bulan
# Ramadhan"), and peoples are groups ("pengungsi Rohingya", "adat Dayak"): none of the
# three types.
_NEVER_ALONE = frozenset(
    """kota kabupaten provinsi desa kecamatan kelurahan namun sementara selain kemudian adapun
    menurut baca juga presiden menteri gubernur ketua kepala direktur pemerintah negara
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember pak bu ibu bapak saat hal ini itu dia ia mereka kami
    kita rp pukul wib wita wit tuhan allah alhamdulillah aduh wah astaga the jalan jl jln
    sirkuit stadion gedung kantor instagram whatsapp youtube tiktok kementerian mahkamah
    lembaga badan dinas konsulat kedutaan majelis polda polres vice wakil telegram ramadhan
    ramadan rohingya uighur uyghur minang dayak betawi bugis""".split()
)
# Words that open the title of a law or regulation: what follows its "tentang" is the
# law's subject ("UU No. 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi"),
# not an organisation.
_LAW_WORDS = frozenset(
    """uu undang-undang perppu perpres pp perda perkada pergub perwali perbup permen
    peraturan keppres kepres inpres pasal""".split()
)
# Acronyms of common nouns, not names: technologies, kinds of places, documents,
# budgets, school levels, a stock index and crude-oil prices ("antrean di SPBU",
# "kartu RFID", "lulusan SMP"), diseases ("penderita ISPA"), law codes ("pasal 362
# KUHP"), a ship's crew and tonnage ("12 ABK", "kapal 30 GT"), a legal form standing
# alone ("PT"), economic measures and goods ("pertumbuhan PDB", "harga CPO"), labour
# and law terms ("gelombang PHK", "pembahasan RUU", "pelanggaran HAM", "terjaring
# OTT"), permits and regional revenue ("izin AMDAL", "PAD"). The long form an article
# gives them ("Crude Palm Oil (CPO)") is no name either.
_COMMON_ACRONYMS = frozenset(
    """SPBU SPBE RFID GPS USB LED LCD RGB SIM KTP NIK NPWP SIUP STNK BPKB BBM LPG APBN APBD
    PNS ASN CPNS UMKM UKM TKI TKW WNI WNA PHK UMR UMP PPN PPh PKL PAUD SD SMP SMA SMK SLB
    RT RW TPS DPT ATM PKWT PLTU PLTN PLTD PLTA PT CV IHSG ICP WTI ISPA DBD TBC KUHP KUHAP
    UUD ABK GT CPO GDP PDB PDRB PHK RUU UU HAM KDRT OTT SP3 IMB AMDAL NJOP SKCK THR UMK LNG
    CNG BBG KLHS SDM SDA IPM TKDN PAD PNBP DAU DAK BLT""".split()
)
# A king's or pope's number standing alone ("Pakubuwono XIII ... menurut XIII") is no
# name; only the numerals of regnal numbers, so "MIX" or "DI" are not caught.
_ROMAN_NUMERAL_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_COMMODITIES = frozenset({"west texas intermediate", "brent", "brent crude"})
# Academic degrees written after a name ("Yuliana Rahmi, Sp.PD"): never an entity.
_DEGREE_BEFORE_RE = re.compile(r",\s*(?:S|M|Sp|Dr|Ph|D)\.\s?$")
_CLITIC = "-nya"
# Words that make an English-named firm or club of the capitalised words before them;
# the tagger, trained on Indonesian names, reads "Mizuho Securities" or "Blackburn
# Rovers" as a person.
_COMPANY_TAILS = frozenset(
    """securities futures capital group holdings associates economics partners markets
    exchange investments advisors advisers consulting management bank corporation
    institute foundation united rovers albion athletic wanderers rangers hotspur fc league
    cup team club association federation union council committee agency authority
    syndicate watch network initiative society alliance university college sekuritas
    asuransi sports""".split()
)
# Words that open the name of a state institution, never of a place (unlike "Kantor",
# "Rumah" or "Pengadilan", which also name buildings).
_INSTITUTION_HEADS = frozenset(
    """kepolisian kementerian badan dinas partai komisi dewan direktorat ditjen kejaksaan
    polda polres polresta polrestabes polsek pemkab pemkot pemprov""".split()
)
# A lower-case noun right before a name that says what kind of thing the name is:
# "grup Sistar" and "Manajer tim Ecstar Suzuki" name organisations, whatever the
# tagger read; "ponsel Galaxy", "aplikasi Gojek", "film Dilan" name products and works,
# which are no person (the three entity types have no place for them).
_ORG_NOUNS = frozenset(
    """tim klub grup band perusahaan maskapai partai ormas yayasan koperasi organisasi
    lembaga startup bank harian majalah stasiun""".split()
)
_WORK_NOUNS = frozenset(
    """ponsel smartphone gawai tablet laptop mobil motor sepeda aplikasi produk merek seri
    varian tipe film lagu album novel buku game gim sinetron drama serial""".split()
)
# Last words of English job titles; the unit named after one, before the company,
# belongs to the title ("Vice President Fuel Retail PT Pertamina").
_ENGLISH_TITLE_ENDS = frozenset(
    "president manager director head officer chief executive coordinator".split()
)
# Word classes (POS lexicon) a name never opens with: "Melansir Entertainment Weekly",
# "Menurut Polri". Adjectives are left out: "Indah", "Setia" and "Mulia" are names.
_NOT_NAME_CLASSES = frozenset({"VB", "IN", "SC", "CC", "NEG", "PR", "DT", "MD", "RB", "ADV"})
# Platforms named before an account holder: "(akun) Instagram Bella", "Twitter Tech3".
_CHANNELS = frozenset("instagram whatsapp youtube tiktok twitter facebook".split())
# Words that open the name of a unit inside an institution, never a person's name.
_UNIT_HEADS = frozenset(
    """subbagian subbag bagian bidang seksi subdirektorat direktorat divisi departemen biro
    satuan satgas""".split()
)
# Words that continue an address after a street's name ("Jl Gatot Subroto Kav. 18",
# "Jl Cikini Raya Kel. ..."); a name never ends in them.
_ADDRESS_PARTS = frozenset("kav kel kec no nomor km rt rw gg".split())
_ADMIN_PREFIXES = ("Kota ", "Kabupaten ", "Provinsi ", "Kecamatan ", "Desa ", "Kelurahan ")
_STREET_HEADS = frozenset(("jalan", "jl", "jln"))
# Institutions and places commonly named after a person: "RSUP Dr. Hasan Sadikin",
# "Universitas Gadjah Mada", "Jalan Imam Bonjol", "Bandara Tjilik Riwut". The tagger may
# read the person's name alone; the head before it makes the whole an ORG or a PLACE.
_EPONYM_HEADS = {
    **dict.fromkeys(
        """rs rsu rsud rsup rspad rsia rsab rsj universitas univ institut politeknik akademi
        sekolah yayasan pesantren ponpes""".split(),
        "ORG",
    ),
    **dict.fromkeys([*_STREET_HEADS, "bandara", "stadion", "lapangan"], "PLACE"),
}
# One-word forms that name a country only where the article also names it in full:
# "Amerika" in a report that says "Amerika Serikat" (or "AS") is the United States,
# not the continent. Only where the short form has no other common reading: "Korea"
# may be either Korea, "Papua" is a province beside Papua Nugini.
_SHORT_COUNTRY_NAMES = {"Amerika": "Amerika Serikat"}
_EPONYM_TITLES = frozenset("dr prof ir h kh k.h hj".split())


class Tagger(Protocol):
    def tag(self, tokens: list[str]) -> list[str]: ...


@lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[str, str]]:
    """Surface form -> (canonical name, type) from ``data/aliases.tsv``."""
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("warta.data").joinpath("aliases.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            surface, canonical, kind = line.split("\t")
            table[surface] = (canonical, kind)
            table.setdefault(canonical, (canonical, kind))  # the full name is a form too
    return table


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Countries, regions and world cities (the NER lexicon's list): always places.

    The news NER corpus leaves a country acting as an agent untagged ("Rusia
    dan Jepang melarang ..."); an analyst still wants it as a place.
    """
    from warta.ner.lexicon import COUNTRIES_AND_PLACES

    return frozenset(COUNTRIES_AND_PLACES)


@dataclass(slots=True)
class Entity:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None  # from the alias table
    roles: list[str] = field(default_factory=list)
    # joined by a lone name the tagger read as a person (see _name_of_mistyped_person):
    # a tie between the types goes to PERSON
    person_parts: bool = False

    _forms: Counter[str] = field(default_factory=Counter)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._forms[mention.text] += 1

    def forms(self) -> Counter[str]:
        return self._forms

    def name(self) -> str:
        if self.canonical:
            return self.canonical
        forms = self.forms()
        # ordinary case before capitals of as many words: "Pertamina", not "PERTAMINA"
        full = max(forms, key=lambda f: (len(f.split()), not f.isupper(), forms[f], len(f)))
        if self.type != "PERSON":
            return full
        # A word of the full name written once with a letter dropped, while the
        # article writes it whole more often on its own: the whole spelling wins
        # ("Bamban PS Brodjonegoro" ... "Bambang" ... "Bambang" gives "Bambang PS
        # Brodjonegoro").
        words = full.split()
        for k, word in enumerate(words):
            uses = sum(n for form, n in forms.items() if word in form.split())
            for other, n in forms.items():
                if " " not in other and n > uses and _dropped_letter(word, other):
                    words[k] = other
        return " ".join(words)


# --- mentions -----------------------------------------------------------------------


def tag_mentions(text: str, sentences: list[tuple[int, int]], tagger: Tagger) -> list[Mention]:
    """Mentions found by the tagger, sentence by sentence, cleaned of titles and junk."""
    mentions: list[Mention] = []
    tokenized = [tokens for s, e in sentences if (tokens := tokenize(text, s, e))]
    words = [[t.text for t in tokens] for tokens in tokenized]
    many = getattr(tagger, "tag_sentences", None)  # one batched call when the tagger has it
    tagged = many(words) if many is not None else [tagger.tag(w) for w in words]
    capitalisation = getattr(tagger, "capitalisation", None)
    part_of_speech = getattr(tagger, "part_of_speech", None)
    known_name = getattr(tagger, "known_name", None)
    for tokens, tags in zip(tokenized, tagged, strict=True):
        opening = next((k for k, t in enumerate(tokens) if t.text[0].isalnum()), 0)
        chunks = _chunks(tags)
        org_starts = {first for first, _, kind in chunks if kind == "ORG"}
        taken = -1  # the last token a grown person chunk took from the next chunk
        for first, last, kind in chunks:
            if first <= taken or _in_law_title(tokens, first):
                continue
            if (
                kind == "ORG"
                and first > 0
                and tokens[first - 1].text.lower() in _ENGLISH_TITLE_ENDS
                and last + 1 in org_starts
            ):
                continue  # "Vice President Fuel Retail PT Pertamina": a unit in a job title
            if first == opening and capitalisation is not None:
                # "Jelang pembukaan ...", "Belanja negara ...": a sentence's first word is
                # capitalised whatever it is; one that is usually lower-case is no name.
                word = tokens[first].text
                bucket = capitalisation(word)
                pos = part_of_speech(word) if part_of_speech is not None else ""
                if (
                    bucket == "0"
                    or (bucket == "1" and first == last)
                    or (pos in _NOT_NAME_CLASSES and bucket in "u012")
                    or (pos == "JJ" and bucket == "u")  # "Sepengetahuan Bambang ..."
                ):
                    first += 1
                    if first > last:
                        continue
            if kind in ("PERSON", "PLACE") and (eponym := _eponym_head(tokens, tags, first, last)):
                first, kind = eponym  # "RSUP Dr. [Hasan Sadikin]", "Jalan [Imam Bonjol]"
                # the head may have been a chunk of its own ("[RSUP Dr]. Hasan ..."); it
                # is part of this name now
                mentions = [m for m in mentions if m.start < tokens[first].start]
            if kind == "PERSON" and part_of_speech is not None and capitalisation is not None:
                # a title-cased headline run into the body: "Lee Min Ho Buka", "Stevie
                # Wonder Akan Nikah"; no name ends in a verb or a function word, though a
                # two-word foreign name may ("Zakir Naik", "Lee Yang")
                while last > first + 1 and (
                    part_of_speech(tokens[last].text) in _NOT_NAME_CLASSES
                    and capitalisation(tokens[last].text) in "u012"
                ):
                    last -= 1
            while (
                kind == "PERSON"
                and 0 < first < last
                and tokens[first].text.lower() in RANK_QUALIFIERS
                and tokens[first - 1].text.rstrip(".").lower() in RANK_WORDS | LEADING_TITLES
            ):
                first += 1  # "Letkol [Inf Arif Budiman]": the corps belongs to the rank
            if kind == "PERSON":
                first, last = _with_initials(tokens, first, last)
                if capitalisation is not None:
                    last = taken = _name_tail(tokens, tags, first, last, capitalisation)
            if (
                kind == "PERSON"
                and (last > first + 1 or (last > first and _role_in_clause(tokens[:first])))
                and _glued_opener(tokens, first, known_name)
            ):
                # "Reformis [Institute Pri Agung]", "KPU [Sulut Ardiles Mewoh]"; with two
                # words only after a role, as many people go by one name: "Bupati
                # [Boyolali Suparno]"
                first += 1
            if kind == "PERSON" and (tail := _company_tail_inside(tokens, first, last)):
                # "Analis [Mandiri Sekuritas Hadiansyah]": the company, then the person
                head = _clean_mention(text, tokens[first : tail + 1], "ORG")
                if head:
                    mentions.append(head)
                first = tail + 1
            if (
                kind != "PERSON"
                and first < last
                and tokens[first].text.lower() in AREA_WORDS
                and (ends := _role_end_inside(tokens, first))
            ):
                first = ends  # "Wali [Kota Bogor Bima Arya]": "Kota" ends the role
            if kind != "PERSON" and (ranked := _rank_inside(tokens, first, last)):
                # "Kepala Polres [Sleman Ajun Komisaris Mega Tetuko]": the rank ends the
                # place or office and opens the person, and is part of neither
                head = _clean_mention(text, tokens[first : ranked[0]], kind)
                if head:
                    mentions.append(head)
                first, kind = ranked[1], "PERSON"
            if kind != "PERSON" and known_name is not None:
                cut = _person_after_name(tokens, tags, first, last, known_name)
                if cut is not None:
                    # "Kepala Pusat Penerangan [Kementerian Dalam Negeri Bahtiar] mengatakan"
                    head = _clean_mention(text, tokens[first:cut], kind)
                    if head:
                        mentions.append(head)
                    first, kind = cut, "PERSON"
            if (
                kind != "PERSON"
                and last + 1 < len(tokens)
                and tokens[last + 1].text[0].isupper()
                and tokens[last + 1].text.lower() in _COMPANY_TAILS
            ):
                last += 1  # "New York Mercantile [Exchange]", "Mizuho [Securities]"
                kind = "ORG"
            chunk = tokens[first : last + 1]
            if kind == "PERSON":
                head, chunk = _split_known_prefix(text, chunk)
                if head:
                    mentions.append(head)
                    if (
                        head.type == "ORG"
                        and len(chunk) == 1
                        and not _role_in_clause(tokens[:first])
                    ):
                        continue  # "Hyundai Kona", "Nissan Micra": a company's product
            mention = _clean_mention(text, chunk, kind)
            if mention and (mention := _typed_by_noun(mention, tokens, first, opening)):
                mentions.append(mention)
    return mentions


def _in_law_title(tokens: list[Token], first: int) -> bool:
    """The chunk at ``first`` follows the "tentang" of a law's title (see :data:`_LAW_WORDS`)."""
    return (
        first > 1
        and tokens[first - 1].text.lower() == "tentang"
        and any(t.text.lower() in _LAW_WORDS for t in tokens[max(0, first - 10) : first - 1])
    )


def _eponym_head(
    tokens: list[Token], tags: list[str], first: int, last: int
) -> tuple[int, str] | None:
    """Where an institution or place named after the person chunk ``first..last`` starts,
    and its type: a capitalised head from :data:`_EPONYM_HEADS`, perhaps with the
    person's titles between ("RSUD Dr. Soetomo", "Jalan Imam Bonjol").

    After a role the chunk may hold the role holder too ("Dekan Fakultas Hukum
    Universitas [Sam Ratulangi Flora Pricilia Kalalo]"); there it is an eponym only when
    the holder is named after a comma ("... RSUP Dr. Hasan Sadikin, dr. Yudhistira").
    """
    k = first - 1
    while k > 0 and (
        tokens[k].text.rstrip(".").lower() in _EPONYM_TITLES
        or (tokens[k].text == "." and tokens[k - 1].text.lower() in _EPONYM_TITLES)
        or (first - k <= 3 and _street_title(tokens, k))
    ):
        k -= 1  # "Dr" and its full stop are tokens of their own
    if k < 0 or not tokens[k].text[:1].isupper():
        return None
    kind = _EPONYM_HEADS.get(tokens[k].text.rstrip(".").lower())
    if kind is None or (
        kind == "ORG" and _role_in_clause(tokens[:k]) and not _named_after(tokens, tags, last)
    ):
        return None  # a street holds no role holder: "Jl Kapten Tendean, Jl MT Haryono"
    return k, kind


_STREET_INITIALS_RE = re.compile(r"^(?:[A-Z]{1,3}|[A-Z][a-z])\.?$")


def _street_title(tokens: list[Token], k: int) -> bool:
    """A rank or initials between a street's head and the hero it is named after: "Jl
    [Letjen] Suprapto", "Jalan [Kapten] Tendean", "Jl [MT] Haryono", "Jl [Tb.]
    Simatupang". Only where a street head comes before them."""
    word = tokens[k].text
    if not (
        word.rstrip(".").lower() in RANK_WORDS or _STREET_INITIALS_RE.match(word) or word == "."
    ):
        return False
    for token in reversed(tokens[max(0, k - 3) : k]):
        lower = token.text.rstrip(".").lower()
        if lower in _STREET_HEADS:
            return True
        if not (lower in RANK_WORDS or _STREET_INITIALS_RE.match(token.text) or token.text == "."):
            return False
    return False


def _named_after(tokens: list[Token], tags: list[str], last: int) -> bool:
    """A comma and a person (or a title opening one) follow the chunk ending at ``last``."""
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and (
            tags[last + 2].endswith(("-PERSON", "-PER"))
            or tokens[last + 2].text.rstrip(".").lower() in LEADING_TITLES
        )
    )


# A comma between two names, and the second's honorifics: "Panglima Laot Aceh, H. Teuku
# Razali Abbas", "RSUP Dr. Hasan Sadikin, dr. Yudhistira Prawira".
_APPOSITION_RE = re.compile(r"\s*,\s*((?:[A-Za-z]{1,8}\.?\s+)*)")
_AFTER_APPOSITION_RE = re.compile(r"\s*,?\s*(?!(?:dan|serta|atau)\b)[a-z]")


def _apposition(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a comma, perhaps followed by honorifics of the next name."""
    gap = _APPOSITION_RE.fullmatch(text, start, end)
    return gap is not None and all(
        word.rstrip(".").lower() in LEADING_TITLES for word in gap.group(1).split()
    )


def _role_in_clause(tokens: list[Token]) -> bool:
    """A role phrase among the last eight tokens, after the last full stop; a plain
    status word ("warga", "pedagang") is no role here."""
    stops = [k for k, t in enumerate(tokens) if t.text in (".", "!", "?")]
    start = max(len(tokens) - 8, stops[-1] + 1 if stops else 0, 0)
    return any(
        role_at(tokens, i) and tokens[i].text.lower() not in STATUS_HEADS
        for i in range(start, len(tokens))
    )


def role_complements(
    text: str, mentions: list[Mention], known_name: Callable[[list[str]], str] | None = None
) -> list[Mention]:
    """Retype a "person" that completes a role given to the next person as ORG or PLACE.

    "Penyerang Tottenham Hotspur, Harry Kane, mencetak ...": the tagger reads the
    club as a person; a role, a name, a comma and a second name closed by a
    verb mean the first name completes the role of the second. A list of
    people ("Pemain timnas A, B, dan C") is closed by "dan" and left alone.
    "CEO Tokopedia William Tanuwijaya", "Ketua Komnas HAM Maluku Benediktus
    Sarkol": one word read as a person right before a full name, after a role,
    is the role's organisation or place (a region when the gazetteer lists it).
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    out = list(ordered)
    for k in range(len(ordered) - 1):
        first, second = ordered[k], ordered[k + 1]
        if first.type != "PERSON" or second.type != "PERSON":
            continue
        before = tokenize(text, max(0, first.start - 80), first.start)
        if (
            " " not in first.text
            and " " in second.text
            and not text[first.end : second.start].strip()
            and _role_in_clause(before)
        ):
            region = _region([first.text], known_name or (lambda _words: ""))
            out[k] = replace(first, type="PLACE" if region else "ORG")
            continue
        if not (
            _apposition(text, first.end, second.start)
            and _AFTER_APPOSITION_RE.match(text, second.end)
        ):
            continue
        heads = [
            tuple(t.text.lower() for t in before[i:])
            for i in range(max(0, len(before) - 4), len(before))
            if role_at(before, i) == len(before) - i
        ]
        if heads and not any(head in RELATIONAL_HEADS for head in heads):
            out[k] = replace(first, type="ORG")  # "pengacara Nelly, Scott ..." keeps Nelly
    return _regions_in_roles(text, out, known_name or (lambda _words: ""))


def _regions_in_roles(
    text: str, mentions: list[Mention], known_name: Callable[[list[str]], str]
) -> list[Mention]:
    """``mentions`` with the regions the tagger left inside a role right before a name:
    "Wali Kota [Surabaya] Tri Rismaharini", "Gubernur [Jawa Barat] Ridwan Kamil" (see
    :func:`_region`). The news corpus leaves such regions untagged; an analyst still
    wants to find the article by its place. A place read short inside the region
    ("Bupati [Bandung] Barat") gives way to the whole region."""
    coverage = Coverage(
        len(text), [m for m in mentions if m.type != "PLACE" or not _in_role_region(text, m)]
    )
    found = []
    for person in mentions:
        if person.type != "PERSON" or not text.startswith(" ", person.start - 1):
            continue
        words = text[max(0, person.start - 60) : person.start].split(" ")[-5:-1]
        for n in range(1, min(3, len(words) - 1) + 1):
            region = words[-n:]
            if words[-n - 1].capitalize() not in _role_ends() or not all(
                w[:1].isupper() for w in region
            ):
                continue
            end = person.start - 1
            start = end - len(" ".join(region))
            if not coverage.overlaps(start, end) and _region(region, known_name):
                coverage.add(start, end)
                found.append(Mention(start, end, text[start:end], "PLACE"))
                break
    if not found:
        return mentions
    kept = [m for m in mentions if not any(r.start <= m.start and m.end <= r.end for r in found)]
    return [*kept, *found]


def _in_role_region(text: str, place: Mention) -> bool:
    """A place mention followed by a compass word, as in "Bupati [Bandung] Barat": it
    may be the start of a longer region, so it does not block one."""
    after = text[place.end : place.end + 12].split(" ", 2)
    return len(after) > 1 and after[0] == "" and after[1].lower() in _COMPASS_WORDS


_COMPASS_WORDS = frozenset("utara selatan barat timur tengah".split())


# Words that end place names ("Sumatera Utara", "Jatinegara Barat"), never a person's.
_PLACE_MODIFIERS = frozenset(
    """utara selatan barat timur tengah raya jaya baru besar pusat laut darat hulu hilir
    atas bawah dalam luar kidul lor wetan kulon putih hitam merah hijau kuning biru lama
    indah makmur sari asri mulya""".split()
)
# Gazetteer sources that make a complete organisation or place name: official regions
# and warta's own lists (DBpedia's lists, districts and villages hold too many words
# that also open longer names or are people's names).
_NAME_SOURCES = frozenset("PCM")


def _known_org_or_place(words: list[str], known_name: Callable[[list[str]], str]) -> bool:
    """Listed as an organisation or place, or ending in a listed region ("Dinas
    Kesehatan Kota Surabaya", "DPRD Sidoarjo")."""
    text = " ".join(words)
    listed = alias_table().get(text)
    if listed is not None:
        return listed[1] != "PERSON"
    if text in known_places() or set(known_name(words)) & _NAME_SOURCES:
        return True
    return any(len(words) > n and _region(words[-n:], known_name) for n in (1, 2))


def _region(words: list[str], known_name: Callable[[list[str]], str]) -> bool:
    """A place in the alias table or the world list, or a region the gazetteer lists."""
    text = " ".join(words)
    listed = alias_table().get(text)
    return (
        (listed is not None and listed[1] == "PLACE")
        or text in known_places()
        or bool(set(known_name(words)) & set("PC"))
    )


def _person_after_name(
    tokens: list[Token],
    tags: list[str],
    first: int,
    last: int,
    known_name: Callable[[list[str]], str],
) -> int | None:
    """Where a person's name starts inside an ORG or PLACE chunk, or None.

    Kompas writes "Kepala Pusat Penerangan Kementerian Dalam Negeri Bahtiar
    mengatakan" with no comma, and the tagger reads the whole run as one
    organisation. When a role stands before the chunk, the chunk opens with a
    listed organisation or place, and one to three capitalised words that are
    no name heads follow it, those words are the person.
    """
    if not _role_in_clause(tokens[:first]) or _named_after(tokens, tags, last):
        return None  # "Kepala Pelaksana BPBD Garut, Drs. Asep ...": the name comes after
    words = [t.text for t in tokens]
    cuts = [
        cut
        for cut in range(max(first + 1, last - 2), last + 1)
        if all(
            _bare_name_word(t.text) and _not_only_region(known_name([t.text]))
            for t in tokens[cut : last + 1]
        )
    ]  # a region ("Garut") ends the organisation's name, so no cut leaves it to the person
    for cut in reversed(cuts):  # a listed name: the shortest person after it
        if _known_org_or_place(words[first:cut], known_name):
            if (
                cut == last
                and cut - 1 in cuts
                and "N" in known_name([words[cut - 1]])
                and _known_org_or_place(words[first : cut - 1], known_name)
            ):
                return cut - 1  # "Bogor | Bima Arya": Bima is a city and a first name
            return cut
    # "Konsul Jenderal RI di [Kota Kinabalu Agus Setiawan Rahardjo]": an unlisted town
    # after its administrative word; the shortest such place leaves the longest person
    return next((cut for cut in cuts if _admin_place(words[first:cut])), None)


def _role_end_inside(tokens: list[Token], first: int) -> int:
    """Where a role phrase that opens before ``first`` ends, when it ends inside the chunk
    starting at ``first`` ("Wali | Kota Bogor"); 0 if none does. Called only for a chunk
    opening with an area word: "Kepala | Bagian Penerangan Umum" keeps its unit."""
    for i in range(max(0, first - 3), first):
        n = role_at(tokens, i)
        if i + n > first:
            return i + n
    return 0


def _rank_inside(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """Where a rank stands inside an ORG or PLACE chunk with one to three name words
    after it: (the rank's first token, the name's first token), or None. Not in a
    street, airport or hospital named after an officer ("Jl Letjen Sutoyo", "Bandara
    Marsma Abdulrachman Saleh")."""
    if any(t.text.rstrip(".").lower() in _EPONYM_HEADS for t in tokens[first : last + 1]):
        return None
    for k in range(first + 1, last):
        n = rank_at(tokens, k)
        if (
            n
            and 1 <= last + 1 - (k + n) <= 3
            and all(_bare_name_word(t.text) for t in tokens[k + n : last + 1])
        ):
            return k, k + n
    return None


def _not_only_region(codes: str) -> bool:
    """Gazetteer codes of a word that may be a person's: not a region's, or a region's
    that is also a listed person's first name ("Bima" of "Wali Kota Bogor Bima Arya")."""
    return "P" not in codes or "N" in codes


def _admin_place(words: list[str]) -> bool:
    """An administrative word and one or two capitalised words: "Kota Kinabalu", "Kabupaten
    Bandung Barat". Such a place is whole in itself, listed or not."""
    return (
        2 <= len(words) <= 3
        and f"{words[0]} " in _ADMIN_PREFIXES
        and all(w[:1].isupper() and w.isalpha() for w in words[1:])
    )


def _bare_name_word(word: str) -> bool:
    """Capitalised letters (an apostrophe allowed: "Ma'arif") and no organisation or
    place head, company tail or known place."""
    lower = word.lower()
    return (
        word[0].isupper()
        and not word.isupper()  # "RI", "DKI": acronyms end organisation names
        and lower not in _PLACE_MODIFIERS
        and lower not in RANK_WORDS  # "Kementerian Pertahanan Laksamana Madya Widodo"
        and word.replace("'", "").replace("’", "").isalpha()
        and lower not in ORG_HEADS
        and lower not in PLACE_HEADS
        and lower not in _INSTITUTION_HEADS
        and lower not in _COMPANY_TAILS
        and word not in known_places()
    )


def _company_tail_inside(tokens: list[Token], first: int, last: int) -> int | None:
    """The last company or club tail inside a person chunk with a name after it:
    "[Mandiri Sekuritas] Hadiansyah", "[Indonesia Corruption Watch] Adnan Topan"."""
    return next(
        (
            k
            for k in range(last - 1, first, -1)
            if tokens[k].text[0].isupper() and tokens[k].text.lower() in _COMPANY_TAILS
        ),
        None,
    )


def _glued_opener(
    tokens: list[Token], first: int, known_name: Callable[[list[str]], str] | None = None
) -> bool:
    """The first word of a long person chunk ends the name before it: a company tail
    ("Reformis Institute | Pri Agung Rakhmanto"), a legal form ("Tbk"), a region
    ("KPU Sulut | Ardiles Mewoh")."""
    word = tokens[first].text
    lower = word.lower()
    if lower in _COMPANY_TAILS or lower in _LEGAL_FORMS:
        return True
    listed = alias_table().get(word)
    if (listed is not None and listed[1] == "PLACE") or word in known_places():
        return True
    if not _role_in_clause(tokens[:first]):
        return False
    if listed is not None and listed[1] == "ORG":
        return True  # "Juru bicara [Chevron Yanto Sianipar]": a listed company, then the name
    if known_name is None:
        return False
    # after a role, a word listed as an organisation or region (and never as a person)
    # ends the role's organisation: "Ketua Umum Pimpinan Pusat [Muhammadiyah Haedar
    # Nashir]", "Kepala Dinkes [Indramayu Deden Bonni Koswara]"
    codes = set(known_name([word]))
    return bool(codes & _NAME_SOURCES) and not codes & set("NR")


def _typed_by_noun(
    mention: Mention, tokens: list[Token], first: int, opening: int
) -> Mention | None:
    """Retype a mention by the lower-case noun before it, or drop a product's name.

    ``first`` is the chunk's first token; the mention itself may start later
    once titles are cut ("tim Ecstar Suzuki" tagged whole), so the noun is the
    token just before the mention, whichever it is. It is lower-case, or
    capitalised as the sentence's first word ("Film Senja Merah ...").
    """
    at = next((k for k in range(first, len(tokens)) if tokens[k].start >= mention.start), first)
    noun = tokens[at - 1].text if at > 0 else ""
    if not (noun.islower() or at - 1 == opening):
        return mention
    noun = noun.lower()
    if noun == "tim" and not (at > 1 and role_at(tokens, at - 2)):
        return mention  # "untuk tim Unai Emery" is the coach's team; "Manajer tim X" is X
    if noun in _ORG_NOUNS and mention.type == "PERSON":
        return replace(mention, type="ORG")
    if noun in _WORK_NOUNS and mention.type == "PERSON":
        return None
    return mention


def _name_tail(
    tokens: list[Token],
    tags: list[str],
    first: int,
    last: int,
    capitalisation: Callable[[str], str],
) -> int:
    """Grow a one- or two-word person chunk over surnames the tagger left out: "[Roy]
    Rizali Anwar", "[Budi Karya] Sumadi", to three words at most. Each added word is
    capitalised wherever it stands (a name, by the model's capitalisation ratio) and
    no known place, listed name, title, role or date word, and no other capitalised
    word follows them (that would be a longer name of something else). Only words the
    tagger left outside every chunk, or tagged as a one-word person of their own, are
    taken: a full name after a one-word chunk is the next person ("CEO Promogo | Andrew
    Tanyono")."""
    end = last
    while (
        end - first < 2
        and end + 1 < len(tokens)
        and _loose_word(tags, end + 1)
        and _surname_like(tokens, end + 1, capitalisation)
    ):
        end += 1
    after = tokens[end + 1].text if end + 1 < len(tokens) else ""
    return last if after[:1].isupper() else end


def _loose_word(tags: list[str], k: int) -> bool:
    """Token ``k`` is outside every chunk or a one-word person chunk."""
    if tags[k] == "O":
        return True
    lone = k + 1 >= len(tags) or not tags[k + 1].startswith("I-")
    return lone and tags[k] in ("B-PERSON", "B-PER")


def _surname_like(tokens: list[Token], k: int, capitalisation: Callable[[str], str]) -> bool:
    word = tokens[k].text
    return (
        word.istitle()
        and word.isalpha()
        and capitalisation(word) in ("4", "u")
        and word not in known_places()
        and word not in alias_table()
        and word.lower() not in _NEVER_ALONE
        and word.lower() not in LEADING_TITLES
        and not role_at(tokens, k)
    )


def _is_initial(token: Token) -> bool:
    return (len(token.text) == 1 and token.text.isupper()) or token.text in NAME_ABBREVIATIONS


def _with_initials(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Grow a person chunk over middle and leading initials: "Bambang S. Nugroho",
    "M. Yusuf Latif", "Andi Muh. Syahrir" (the tokenizer splits "S" and ".")."""
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "."
        and _is_initial(tokens[last])
        and tokens[last + 2].text[0].isupper()
        and tokens[last + 2].text.isalpha()
    ):
        last += 2
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].text[0].isupper()
            and tokens[last + 1].text.isalpha()
            and tokens[last + 1].text.lower() not in _NEVER_ALONE
        ):
            last += 1
    while first >= 2 and tokens[first - 1].text == "." and _is_initial(tokens[first - 2]):
        first -= 2
        while (
            first >= 1
            and tokens[first - 1].text[0].isupper()
            and tokens[first - 1].text.isalpha()
            and tokens[first - 1].text.lower() not in LEADING_TITLES
            and not role_at(tokens, first - 1)
        ):
            first -= 1
    return first, last


def _split_known_prefix(text: str, tokens: list[Token]) -> tuple[Mention | None, list[Token]]:
    """Split "Kremlin Dmitry Peskov" (one PERSON chunk) into the ORG and the person."""
    table = alias_table()
    for cut in range(len(tokens) - 1, 0, -1):
        surface = text[tokens[0].start : tokens[cut - 1].end]
        known = table.get(surface)
        if known and known[1] != "PERSON":
            return Mention(tokens[0].start, tokens[cut - 1].end, surface, known[1]), tokens[cut:]
    return None, tokens


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    chunks: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            chunks.append((start, i - 1, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, label
    return [(a, b, TYPE_NAMES.get(k, k)) for a, b, k in chunks if TYPE_NAMES.get(k)]


def _clean_mention(text: str, tokens: list[Token], kind: str) -> Mention | None:
    while tokens and (
        tokens[0].text.rstrip(".").lower() in LEADING_TITLES
        or (len(tokens) > 1 and tokens[0].text.lower() in _CHANNELS)  # "Instagram Bella"
        or (kind == "PERSON" and role_at(tokens, 0))
        or not tokens[0].text[0].isalnum()
        or tokens[0].text[0].islower()  # "pedalaman Sabah", "wilayah pesisir ..."
    ):
        # a whole role phrase goes at once: "Vice President" leaves no "President"
        tokens = tokens[max(1, role_at(tokens, 0) if kind == "PERSON" else 1) :]
    while tokens and (
        not tokens[-1].text[-1].isalnum()
        or tokens[-1].text.rstrip(".").lower() in LEADING_TITLES
        or tokens[-1].text.islower()  # "Kementerian Riset Teknologi dan"
        or (len(tokens) > 2 and tokens[-1].text.lower() in _ADDRESS_PARTS)
    ):
        tokens = tokens[:-1]  # "KPK Brigjen Pol", "Dinas Kesehatan NTT Dr", "Jl X Kav"
    opened = [k for k, token in enumerate(tokens) if token.text == "("]
    if opened and not any(token.text == ")" for token in tokens[opened[-1] :]):
        # the closing bracket went with the trailing punctuation: "PT Pupuk Sriwijaya
        # (Persero", "Komisi Pemilihan Umum (KPU" end before the bracket
        tokens = tokens[: opened[-1]]
    if tokens and kind != "PERSON" and (title := role_at(tokens, 0)):
        # "Vice President Corporate Communication PT Pertamina" tagged as one ORG: the
        # job title is a role, the organisation starts at its head word.
        head = next(
            (k for k in range(title, len(tokens)) if tokens[k].text.lower() in ORG_HEADS), None
        )
        rest = text[tokens[title].start : tokens[-1].end] if title < len(tokens) else ""
        if head is not None:
            tokens = tokens[head:]
        elif title == len(tokens):
            return None  # a title alone ("Vice President") names nobody
        elif rest in alias_table() or rest in known_places():
            tokens = tokens[title:]  # "Presiden Rusia" tagged as a place: the place is Rusia
        else:
            return None  # "Wakapolda Metro Jaya" tagged ORG: a role phrase, no name
    if not tokens or _DEGREE_BEFORE_RE.search(text, max(0, tokens[0].start - 6), tokens[0].start):
        return None
    start, end = tokens[0].start, tokens[-1].end
    surface = text[start:end]
    if _only_titles(surface) or _ROMAN_NUMERAL_RE.fullmatch(surface):
        return None  # "Letnan" before "Kolonel X", "Executive Vice" of a job title, "XIII"
    defined = _DEFINITION_RE.match(text, end)
    if defined and defined.group(1) in _COMMON_ACRONYMS:
        return None  # "Crude Palm Oil (CPO)", "Produk Domestik Bruto (PDB)"
    if surface.endswith(_CLITIC) and len(surface) > len(_CLITIC) + 1:
        end -= len(_CLITIC)  # "SPBU-nya", "Bank Sentral-nya": the clitic is not the name
        surface = text[start:end]
    if kind == "PLACE":
        for prefix in _ADMIN_PREFIXES:
            if surface.startswith(prefix) and len(tokens) > 1:
                start += len(prefix)
                surface = text[start:end]
                break
    if surface.lower() in _COMMODITIES:
        return None  # crude-oil benchmarks read as names
    if kind == "PERSON" and any(ch.isdigit() for ch in surface):
        return None  # "Galaxy S8", "Moto2": no one's name holds a digit
    if (
        surface.lower() in _NEVER_ALONE
        or surface in _COMMON_ACRONYMS
        or all(w.lower() in _LEGAL_FORMS for w in re.findall(r"\w+", surface))  # "Persero) Tbk"
        or not any(ch.isupper() for ch in surface)
    ):
        return None
    known = alias_table().get(surface)
    if known:
        kind = known[1]  # "Presiden Rusia" tagged as a person leaves the place "Rusia"
    elif (
        surface.lower() in known_media()
        or any(t.text.lower() in _COMPANY_TAILS for t in tokens[1:])
        or (kind == "PLACE" and len(tokens) > 1 and tokens[0].text.lower() in _INSTITUTION_HEADS)
        or tokens[0].text.lower() in _UNIT_HEADS  # "Kepala [Subbagian Humas] RSUD ..."
        or tokens[0].text.lower() in OFFICE_HEADS  # "[Dishub Pekanbaru]" read as a person
    ):
        # "Bloomberg", "Mizuho Securities", "Price Futures Group"; and "Kepolisian Resor
        # Kota Besar" read as a place because of "Kota": an institution is no place.
        kind = "ORG"
    if len(surface) < 2:
        return None
    return Mention(start, end, surface, kind)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words that open a role or make up a rank or title: "Letnan", "Executive", "Vice"."""
    words = {phrase[0] for phrase in role_heads()} | RANK_WORDS | LEADING_TITLES
    # "TNI" and "Polri" follow ranks ("Mayjen TNI") but name the forces themselves
    return frozenset(words | {"president", "officer", "director", "manager"}) - {"tni", "polri"}


def _only_titles(surface: str) -> bool:
    """A mention made only of title words names nobody: two or more of them ("Executive
    Vice", "Senior Manager"), or the first word of a rank ("Letnan", "Kapten"). A word
    that only follows a rank may be a name alone: "Gigi" (of "dokter gigi") is a band."""
    words = [w.rstrip(".").lower() for w in surface.split()]
    if len(words) == 1:
        return words[0] in RANK_OPENERS
    return all(w in _title_words() for w in words)


@lru_cache(maxsize=1)
def _known_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every alias-table form and known place, longest first."""
    kinds = {name: "PLACE" for name in known_places()}
    kinds.update({surface: kind for surface, (_, kind) in alias_table().items()})
    surfaces = sorted(kinds, key=len, reverse=True)
    # Not followed by another capitalised word: "Korea" in "Korea Utra" is part of a
    # longer name (here a misspelt one) and is left to the tagger and typo matching.
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, surfaces)) + r")(?![\w-])(?! [A-Z])"
    )
    return pattern, kinds


@lru_cache(maxsize=1)
def _role_ends() -> frozenset[str]:
    """Last words of role phrases, capitalised: "Gubernur", "Bupati", "Kota" (Wali Kota)."""
    return frozenset(phrase[-1].capitalize() for phrase in role_heads())


_CAPITALISED_RUN_RE = re.compile(r"(?<![\w-])[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?![\w-])")


def known_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Alias-table forms and known places, as whole tokens.

    A known form wins over tagger mentions it contains ("Badan Meteorologi,
    Klimatologi, dan Geofisika" tagged in pieces) and yields to one that
    contains it ("Pemerintah Provinsi Jawa Timur").
    """
    pattern, kinds = _known_names()
    by_start: dict[int, list[Mention]] = {}
    for m in taken:
        by_start.setdefault(m.start, []).append(m)
    coverage = Coverage(len(text), taken)
    removed: set[int] = set()
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if match.group().isupper() and AGE_AFTER_RE.match(text, end):
            continue  # "AS (27)": a person's initials and age, not Amerika Serikat
        inside = [
            m
            for pos in range(start, end)
            for m in by_start.get(pos, ())
            if m.end <= end and id(m) not in removed
        ]
        inner = sum(m.end - m.start for m in inside)
        if coverage.covered[start:end].count(1) > inner:
            continue  # overlaps a mention that reaches outside it
        removed.update(id(m) for m in inside)
        coverage.add(start, end)
        found.append(Mention(start, end, match.group(), kinds[match.group()]))
    if removed:
        taken[:] = [m for m in taken if id(m) not in removed]
    return found


def consistent_mentions(
    text: str, taken: list[Mention], capitalisation: Callable[[str], str] | None = None
) -> list[Mention]:
    """Document-level consistency: every other occurrence of a found name is a mention
    too, and so is a capitalised run within a small edit distance of one ("Korea Utra").

    ``capitalisation`` (the tagger's, see ``NerTagger.capitalisation``) keeps a
    capitalised common word from passing for a misspelt name: a sentence opening
    with "Jelang" or "Belanja" is not "Jepang" or "Belanda" mistyped.
    """
    coverage = Coverage(len(text), taken)
    types: dict[str, Counter[str]] = {}
    for m in taken:
        if len(m.text) >= 3 and m.text[0].isupper():
            types.setdefault(m.text, Counter())[m.type] += 1
    if not types:
        return []
    found: list[Mention] = []
    forms = sorted(types, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    for match in pattern.finditer(text):
        if not coverage.overlaps(*match.span()):
            coverage.add(*match.span())
            kind = types[match.group()].most_common(1)[0][0]
            found.append(Mention(match.start(), match.end(), match.group(), kind))
    candidates = [f for f in forms if len(f) >= 6] + [a for a in _known_names()[1] if len(a) >= 6]
    for match in _CAPITALISED_RUN_RE.finditer(text):
        run = match.group()
        start, end = match.span()
        if len(run) < 6 or run.lower() in _NEVER_ALONE:
            continue
        # Tagger mentions inside the run may give way to a misspelt known name: the
        # tagger reads "Korea Utra" as "Korea" and a person "Utra".
        inner = [m for m in taken if start <= m.start and m.end <= end]
        covered = coverage.covered[start:end].count(1)
        if covered > sum(m.end - m.start for m in inner):
            continue  # overlaps a mention that reaches outside the run
        words = len(run.split())
        if words == 1 and capitalisation is not None and capitalisation(run) in ("0", "1"):
            continue
        lower = run.lower()
        for form in candidates:
            if (
                len(form.split()) == words
                and form[0] == run[0]
                and form != run
                and _misspelt(lower, form.lower())
                and (
                    not covered
                    or (  # "Di Jakarta" is no slip of "DKI Jakarta": Jakarta is found
                        words > 1
                        and form in _known_names()[1]
                        and not any(m.text in _known_names()[1] for m in inner)
                    )
                )
            ):
                kind = (
                    types[form].most_common(1)[0][0] if form in types else _known_names()[1][form]
                )
                if inner:
                    taken[:] = [m for m in taken if all(m is not i for i in inner)]
                coverage.add(start, end)
                found.append(Mention(start, end, run, kind))
                break
    return found


_PART_BEFORE_RE = re.compile(r"([A-Z][\w'.-]*) $")
# Capitalised words that may stand right before a lone name: "Menurut Mehta", "Pak Mehta".
_OPENERS_BEFORE_NAMES = _NEVER_ALONE | LEADING_TITLES


def name_part_mentions(
    text: str,
    taken: list[Mention],
    capitalisation: Callable[[str], str] | None = None,
    known_name: Callable[[list[str]], str] | None = None,
) -> list[Mention]:
    """A person's first or last name standing alone elsewhere in the article: "Letnan
    Kolonel Manish Mehta ... Mehta menambahkan". The tagger often misses such a lone,
    unfamiliar word, most of all at the start of a sentence.

    Careful on purpose: only words of four letters or more that are usually
    capitalised (``capitalisation``), not a listed region (``known_name``: "Bima" is a
    city as well as a first name), not a title, and not part of an organisation or
    place mentioned in the article ("Bakrie" of "Bakrie Group"). A word next to another
    capitalised word is part of a longer name and left alone.
    """
    others = {w for m in taken if m.type != "PERSON" for w in m.text.split()}
    parts: set[str] = set()
    for m in taken:
        words = m.text.split()
        if m.type != "PERSON" or len(words) < 2:
            continue
        for word in (words[0], words[-1]):
            if (
                len(word) >= 4
                and word.isalpha()
                and word[0].isupper()
                and not word.isupper()
                and word.lower() not in _NEVER_ALONE
                and word.lower() not in _title_words()
                and word not in NAME_ABBREVIATIONS
                and word not in others
                and word not in _known_names()[1]
                and (capitalisation is None or capitalisation(word) not in ("0", "1"))
                and (known_name is None or "P" not in known_name([word]))
            ):
                parts.add(word)
    if not parts:
        return []
    coverage = Coverage(len(text), taken)
    found: list[Mention] = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(parts))) + r")(?![\w-])")
    for match in pattern.finditer(text):
        start, end = match.span()
        if coverage.overlaps(start, end) or re.match(r" [A-Z]", text[end : end + 2]):
            continue
        before = _PART_BEFORE_RE.search(text, max(0, start - 40), start)
        if before and before.group(1).rstrip(".").lower() not in _OPENERS_BEFORE_NAMES:
            continue  # "Sekolah Mehta", "Rumah Mehta": a longer name
        coverage.add(start, end)
        found.append(Mention(start, end, match.group(), "PERSON"))
    return found


# "PT Pertamina (Persero)", "PT Bank Mandiri (Tbk)": a company's legal form in
# parentheses, not an acronym the article defines.
_LEGAL_FORMS = frozenset({"persero", "tbk", "ltd", "inc", "plc", "corp", "llc", "gmbh", "bhd"})
# "(Baleg)", "(BPKP)", and two-word short forms whose second word is an acronym
# ("(PB PASI)", "(PT KAI)"); "(Jawa Barat)" is a place, not a short form.
_DEFINITION_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9&-]{1,11}(?: [A-Z][A-Z0-9&-]{1,11})?)\)")


def _join_split_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two person mentions with only a space between are one name cut in two.

    The cut comes from the consistency pass: "ujar Sambari" later in the article
    makes "Sambari" a mention everywhere, and inside "Bupati Gresik Sambari Halim
    Radianto", where the tagger read only "Halim Radianto", it stands beside it.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    for mention in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.type == mention.type == "PERSON"
            and text[last.end : mention.start] == " "
            and len(last.text.split()) + len(mention.text.split()) <= 5
        ):
            joined[-1] = Mention(last.start, mention.end, text[last.start : mention.end], "PERSON")
            continue
        joined.append(mention)
    return joined


def _split_named_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person chunk that opens with an organisation the article names on its own
    elsewhere is that organisation, then the person: "Wakil presiden [Boca Juniors
    Horacio Paolini]" where "Boca Juniors" also stands alone. The tagger glues an
    unfamiliar club or firm after a role to the name; the alias table covers only the
    frequent ones (see :func:`_split_known_prefix`). Only right after a role ("CEO
    [Gogobli Joyce Lim]"), so that a first name the tagger also read as an
    organisation elsewhere ("Gregoria") stays the person's; at least two words stay the
    person's, and only organisations count: a person may share a first name with a
    place ("Bima Arya")."""
    bodies = {m.text for m in mentions if m.type == "ORG" and len(m.text) >= 3}
    if not bodies:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        glued = m.type == "PERSON" and len(words) >= 3 and _right_after_role(text, m.start)
        for k in range(len(words) - 2, 0, -1) if glued else ():
            head = " ".join(words[:k])
            if head in bodies:
                cut = m.start + len(head)
                out.append(Mention(m.start, cut, head, "ORG"))
                m = Mention(cut + 1, m.end, text[cut + 1 : m.end], "PERSON")
                break
        out.append(m)
    return out


def _right_after_role(text: str, start: int) -> bool:
    """A role phrase ends right before ``start`` ("Wakil presiden |", "CEO |")."""
    tokens = tokenize(text, max(0, start - 60), start)
    return any((n := role_at(tokens, i)) and i + n == len(tokens) for i in range(len(tokens)))


def defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """Short forms an article defines: "Badan Legislasi (Baleg)" -> {"Baleg": (long, ORG)},
    and nicknames of people ("Setya Novanto (Setnov)", "X alias Y").

    A definition binds harder than the tagger's guess for a lone short word,
    which is often wrong out of context (*Baleg* read as a person).
    """
    defined: dict[str, tuple[str, str]] = {}
    table = alias_table()
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if len(m.text.split()) < 2:
            continue
        if m.type == "PERSON":
            short = _nickname_after(text, m, starts)
            if short:
                defined.setdefault(short, (m.text, "PERSON"))
            continue
        match = _DEFINITION_RE.match(text, m.end)
        if not match or match.group(1) == m.text or match.group(1).lower() in _LEGAL_FORMS:
            continue
        short = match.group(1)
        listed = table.get(short)
        if short in known_places() or (listed and listed[1] != m.type):
            continue  # "RS Fatmawati (Jakarta)": a place in parentheses, not a short form
        if listed is None:
            defined.setdefault(short, (m.text, m.type))
        elif listed[0] not in m.text:
            # The table knows the acronym: the article's own long form ("Organisasi Negara
            # Pengekspor Minyak (OPEC)", "Federasi Sepak Bola Internasional (FIFA)") joins
            # the table's entity; a longer phrase holding the table's name ("Kepala
            # Eksekutif ... Otoritas Jasa Keuangan (OJK)") is left to the table.
            defined.setdefault(m.text, listed)
    return defined


_ALIAS_WORD_RE = re.compile(r"\s+alias\s+(?:(?:Om|Mbah|Bang|Mas|Cak|Pak|Bu|Kang)\s+)?")


def _nickname_after(text: str, person: Mention, starts: dict[int, Mention]) -> str | None:
    """A short name a person is given right after the full one.

    "Setya Novanto (Setnov)": a parenthesised word blended from the name's own
    syllables (a party or a town in parentheses, "(Gerindra)", is not); "Kusuma
    Hartanto alias Om Shancoz": whatever follows "alias" (a familiar title aside).
    """
    match = _DEFINITION_RE.match(text, person.end)
    if match and _blend_of(match.group(1).lower(), person.text.lower().split()):
        return match.group(1)
    alias = _ALIAS_WORD_RE.match(text, person.end)
    if alias and (other := starts.get(alias.end())) is not None and other.text != person.text:
        return other.text
    return None


def _blend_of(short: str, words: list[str], pieces: int = 0, min_piece: int = 1) -> bool:
    """``short`` is made of two or more word beginnings of ``words`` (each at least
    ``min_piece`` letters), in order: "setnov" from "setya novanto", "sby" from
    "susilo bambang yudhoyono"."""
    if not short:
        return pieces >= 2
    for k, word in enumerate(words):
        for n in range(min(len(word), len(short)), min_piece - 1, -1):
            if short.startswith(word[:n]) and _blend_of(
                short[n:], words[k + 1 :], pieces + 1, min_piece
            ):
                return True
    return False


def apply_definitions(
    text: str, mentions: list[Mention], defined: dict[str, tuple[str, str]]
) -> list[Mention]:
    """Give every mention of a defined acronym its definition's type; return new mentions
    for its untagged occurrences (the one in parentheses included)."""
    if not defined:
        return []
    for m in mentions:
        if m.text in defined:
            m.type = defined[m.text][1]
    coverage = Coverage(len(text), mentions)
    found: list[Mention] = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, defined)) + r")(?![\w-])")
    for match in pattern.finditer(text):
        if not coverage.overlaps(*match.span()):
            coverage.add(*match.span())
            found.append(
                Mention(match.start(), match.end(), match.group(), defined[match.group()][1])
            )
    return found


# --- resolution -----------------------------------------------------------------------


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def _misspelt(a: str, b: str) -> bool:
    """``a`` and ``b`` (lower case) differ by a slip of the keyboard: edit distance 1,
    or 2 from nine characters on. Numbers never slip: "Moto3" and "Moto2" (and
    "MotoGP") are different classes, "G20" and "G7" different groups."""
    if [c for c in a if c.isdigit()] != [c for c in b if c.isdigit()]:
        return False
    return Levenshtein.distance(a, b) <= (1 if len(a) < 9 else 2)


_ARABIC_ARTICLE_RE = re.compile(r"^(?:al|el|ad|an|ar|as|asy|at|az)-(?=[A-Z])", re.IGNORECASE)
# A company's legal form, before or after its name: "PT Pertamina (Persero)", "PT
# Bank Mandiri Tbk", "Perum Bulog", "CV Maju Jaya".
_LEGAL_FORM_RE = re.compile(
    r"^(?:PT\.?|CV\.?|Perum|Persero)\s+|\s+(?:Tbk\.?|\(Persero\)|\(Tbk\)|Persero)$"
)


def _without_article(word: str) -> str:
    """A name word without an Arabic article: "al-Naimi" is "Naimi" on second mention."""
    return _ARABIC_ARTICLE_RE.sub("", word)


def _without_legal_form(name: str) -> str:
    """A company's name without the legal form before and after it."""
    return _LEGAL_FORM_RE.sub("", _LEGAL_FORM_RE.sub("", name))


def _same_company(a: str, b: str) -> bool:
    """Two names of one company, with and without its legal form: "PT Pertamina" and
    "Pertamina", "PT Bank Mandiri Tbk" and "Bank Mandiri". A bare name is not enough:
    one of the two must carry the form."""
    bare_a, bare_b = _without_legal_form(a), _without_legal_form(b)
    return (bare_a != a or bare_b != b) and len(bare_a) >= 3 and bare_a.lower() == bare_b.lower()


def _dropped_letter(a: str, b: str) -> bool:
    """One of two capitalised name words (six letters or more) is the other with one
    letter left out or doubled: "Bamban" for "Bambang", "Brodjonegorro". Only a
    missing or extra letter counts, not another one in its place: "Susanti" and
    "Susanto", "Santosa" and "Santoso" are different people."""
    return (
        abs(len(a) - len(b)) == 1
        and min(len(a), len(b)) >= 6
        and a[0] == b[0]
        and a[0].isupper()
        and Levenshtein.distance(a, b) == 1
    )


def _short_name_of(short: str, full: list[str]) -> bool:
    """A one-word short name taken from a full name: the first name's first five letters
    or more ("Enggar" for "Enggartiasto Lukita"), or a blend of two word beginnings of
    two letters or more ("Demiz" for "Deddy Mizwar")."""
    if len(short) < 4 or not short[0].isupper() or short in full:
        return False
    if len(short) >= 5 and full[0].startswith(short):
        return True
    return _blend_of(short.lower(), [w.lower() for w in full], min_piece=2)


def _same_body(a: str, b: str) -> bool:
    """Two names of one party or state body: with and without *Partai* ("Partai Golkar",
    "Golkar") or the country's *RI* ("Bawaslu RI", "Bawaslu")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long in (f"Partai {short}", f"{short} RI")


def _first_name_cut(a: list[str], b: list[str]) -> bool:
    """Two full names with the same surname whose other words differ only by an ending
    one of them drops, five letters kept: "Rudianto Rimbono" and "Rudiantoro Rimbono".
    "Budi Santoso" and "Budiman Santoso" (four letters) stay two people."""
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or len(a[-1]) < 4 or a == b:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )


def _other_word(a: str, b: str) -> bool:
    """A word where ``a`` and ``b`` differ starts with another letter: "Angkatan Darat"
    and "Angkatan Udara" are two forces. Slips and spelling variants keep a word's
    first letter ("Korea Utra", "Sumatera"/"Sumatra", "Syarief"/"Syarif")."""
    return any(x[0] != y[0] for x, y in zip(a.split(), b.split(), strict=False) if x != y)


def _subsequence(short: list[str], long: list[str]) -> bool:
    """``short`` (two words or more) appears in ``long`` in order, gaps allowed."""
    if len(short) < 2 or len(short) >= len(long):
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _same_entity(entity: Entity, mention: Mention, alias: tuple[str, str] | None) -> bool:
    if alias and entity.canonical == alias[0]:
        return True
    names = set(entity.forms())
    if mention.text in names:
        return True  # one surface form is one entity within an article, whatever its tags
    compatible = entity.type == mention.type or alias is not None or entity.canonical is not None
    if not compatible:
        return False
    if entity.canonical:
        names.add(entity.canonical)
    target = alias[0] if alias else mention.text
    lower = target.lower()
    person = mention.type == "PERSON" == entity.type
    if person and len(target.split()) > 1:
        # A full name joins only a full name it agrees with: "Roberto Baggio" must not
        # reach "Roberto Bettega" through the one-word form "Roberto".
        full = [n for n in names if len(n.split()) > 1]
        if full:
            names = set(full)
    for name in names:
        if name.lower() == lower:
            return True
        if person:
            words, name_words = target.split(), name.split()
            if len(words) == 1 and len(target) >= 3 and target in name_words:
                return True
            if len(name_words) == 1 and len(name) >= 3 and name in words:
                return True
            if len(words) == 1 and target in map(_without_article, name_words):
                return True  # "Ali al-Naimi" ... "Naimi"
            if len(words) == 1 and any(_dropped_letter(target, w) for w in name_words):
                return True  # "Bamban PS Brodjonegoro" ... "Bambang": the full name slipped
            if len(name_words) == 1 and any(_dropped_letter(name, w) for w in words):
                return True
            if _subsequence(words, name_words) or _subsequence(name_words, words):
                return True  # "Pri Agung" / "Pri Agung Rakhmanto", "Bambang (PS) Brodjonegoro"
            if _first_name_cut(words, name_words):
                return True  # "Rudianto Rimbono" / "Rudiantoro Rimbono"
            if len(words) == 1 and len(name_words) > 1 and _short_name_of(target, name_words):
                return True  # "Enggar" for "Enggartiasto Lukita", "Demiz" for "Deddy Mizwar"
        if target.isupper() and 2 <= len(target) <= 6 and _initials(name) == target:
            return True
        if entity.type == "ORG" == mention.type and (
            _same_company(target, name) or _same_body(mention.text, name)
        ):
            return True
        if (
            name.isupper()
            and 2 <= len(name) <= 6
            and _initials(target) == name
            and not any(len(other.split()) > 1 for other in names)
        ):
            # "Arab Saudi" has the initials of "AS", but once "AS" stands for "Amerika
            # Serikat" in this entity, another long form is another entity.
            return True
        if (
            len(lower) >= 5
            and len(target.split()) == len(name.split())
            and _misspelt(lower, name.lower())
            and target[0].lower() == name[0].lower()
            and not _other_word(lower, name.lower())
            # acronyms and numerals are never slips: "Komisi II DPR", "Komisi IX DPR"
            and not any(
                x.isupper() or y.isupper()
                for x, y in zip(target.split(), name.split(), strict=True)
                if x != y
            )
            # each word slips on its own: "Henry Potter" is 2 edits from "Harry Potter",
            # within the limit for 12 letters, but 2 edits in a 5-letter word are a name
            and all(
                _misspelt(x, y)
                for x, y in zip(lower.split(), name.lower().split(), strict=True)
                if x != y
            )
        ):
            return True
    return False


def _name_part_of_person(entity: Entity, mention: Mention) -> bool:
    """A one-word mention the tagger typed ORG or PLACE that is part of a person's full
    name already mentioned: "Leslie Uggams ... Uggams" (read as ORG), "Lulu Hashimoto
    ... Lulu" (read as PLACE). Known places and alias-table names keep their type, and
    so does a word of a longer "name", which is more often a place glued to a name by
    the tagger ("Jeddah M. Hery Saripudin") than a person's own."""
    word = mention.text
    return (
        entity.type == "PERSON"
        and mention.type != "PERSON"
        and " " not in word
        and len(word) >= 3
        and word not in known_places()
        and any(word in form.split() for form in entity.forms() if 2 <= len(form.split()) <= 3)
    )


def _name_of_mistyped_person(
    entity: Entity, mention: Mention, known_name: Callable[[list[str]], str] | None = None
) -> bool:
    """A lone first name or surname the tagger read as a person, of a full name it read
    once as an organisation: "Christian Pulisic" (ORG) ... "Pulisic" ...
    "Pulisic". The mention joins without changing type, and the entity's type goes to
    the majority of its mentions, so two or more such mentions make it a person. A
    name repeated in full as an organisation ("Crystal Palace" three times) is one, and
    so is a name holding a listed place ("[Chicago Meri]", a city glued to a name)."""
    if entity.type != "ORG" or entity.canonical is not None or " " in mention.text:
        return False  # places are left alone: "Saudi Arabia" ... "Saudi" read as a person
    forms = entity.forms()
    if len(forms) != 1 or sum(forms.values()) != 1 or mention.type != "PERSON":
        return False
    words = next(iter(forms)).split()
    return (
        2 <= len(words) <= 3
        and len(mention.text) >= 4
        and mention.text in (words[0], words[-1])
        and all(_bare_name_word(w) for w in words)
        and (known_name is None or not any(set(known_name([w])) & set("LP") for w in words))
    )


def _short_of(entity: Entity, mention: Mention) -> bool:
    """A mention that is an organisation's name without its tail, whatever the tagger
    typed it: one word without a company or club tail ("Bhayangkara FC ...
    Bhayangkara", "Mizuho Securities ... Mizuho"), or the name without the area or
    the parent body it belongs to ("BPBD Kabupaten Kupang ... BPBD", "Dewan Keamanan
    PBB ... Dewan Keamanan")."""
    surface = mention.text
    if entity.type != "ORG" or len(surface) < 3 or surface in known_places():
        return False
    words = surface.split()
    for form in entity.forms():
        bare = _without_legal_form(form).split()
        if len(bare) <= len(words):
            continue
        if _club_short_name(bare, words, mention.type):
            return True
        if bare[: len(words)] != words:
            continue
        tail = bare[len(words) :]
        if len(words) == 1 and all(_company_tail(t) or t.lower() in _CLUB_TAILS for t in tail):
            return True
        if _area_or_parent(tail):
            return True
    return False


# Words after a club's own name that say where it plays: "Stoke City", "Luton Town".
# Kept apart from the company tails, which make an organisation of any name before
# them: "Mexico City" and "Kansas City" are places.
_CLUB_TAILS = frozenset(("city", "town", "county"))
# First words of an office's name, whose last word is its region, not a short name.
_OFFICE_NAME_HEADS = _INSTITUTION_HEADS | OFFICE_HEADS | AREA_WORDS | ORG_HEADS


def _club_short_name(name: list[str], words: list[str], kind: str) -> bool:
    """``words`` is the last word of a club or firm's name after its city: "Los Angeles
    Lakers ... Lakers", "Manchester United ... United". Never for an office's name
    ("Pemkot Pekanbaru ... Pekanbaru": the city itself), and only for a word the tagger
    read as an organisation too: "Maverick Vinales", mistyped ORG, must not take the
    surname "Vinales" with it."""
    return (
        len(words) == 1
        and kind == "ORG"
        and 2 <= len(name) <= 4
        and name[-1] == words[0]
        and not words[0].isupper()
        and name[0].lower() not in _OFFICE_NAME_HEADS
    )


def _area_or_parent(words: list[str]) -> bool:
    """Words that close an office's name with its area ("Kabupaten Kupang") or its
    parent body ("PBB", "DPR")."""
    if words[0].lower() in AREA_WORDS and len(words) > 1:
        return True
    listed = alias_table().get(" ".join(words))
    return listed is not None and listed[1] == "ORG" and len(words) == 1 and words[0].isupper()


_CORPORATE_WORDS = frozenset("company co limited international".split())


def _company_tail(word: str) -> bool:
    """A word that may follow a company's own name: "Securities", "Company", "Inc", or a
    country it operates in ("PT Chevron Indonesia Company" is Chevron's)."""
    lower = word.lower().rstrip(".")
    return (
        lower in _COMPANY_TAILS
        or lower in _LEGAL_FORMS
        or lower in _CORPORATE_WORDS
        or word in known_places()
    )


def _part_of(entity: Entity, mention: Mention) -> bool:
    """A one-word mention that joins a longer name whatever its type (see the two rules)."""
    return _name_part_of_person(entity, mention) or _short_of(entity, mention)


@lru_cache(maxsize=1)
def _alias_by_lower() -> dict[str, tuple[str, str]]:
    return {surface.lower(): value for surface, value in alias_table().items()}


def _typo_alias(mention: Mention) -> tuple[str, str] | None:
    """An alias-table name written in other capitals ("JAKARTA" in a dateline,
    "Youtube") or within a small edit distance ("Amerika Serika")."""
    lower = mention.text.lower()
    if len(lower) > 3 and (same := _alias_by_lower().get(lower)):
        return same
    if len(mention.text) < 8:
        return None  # "Persiba" is another club than "Persib", not a slip
    for surface, value in alias_table().items():
        if (
            len(surface) >= 6
            and surface[0] == mention.text[0]
            and _misspelt(lower, surface.lower())
            and not _other_word(lower, surface.lower())
        ):
            return value
    return None


def resolve(
    mentions: list[Mention],
    defined: dict[str, tuple[str, str]] | None = None,
    known_name: Callable[[list[str]], str] | None = None,
) -> list[Entity]:
    """Group mentions into entities, in order of first mention.

    ``defined`` holds the article's own acronym definitions (see
    :func:`defined_acronyms`); they act like alias-table entries. ``known_name`` (the
    tagger's gazetteer) keeps listed places out of people's names.
    """
    entities: list[Entity] = []
    table = alias_table()
    defined = defined or {}
    for mention in sorted(mentions, key=lambda m: m.start):
        # the article's own definition first: "Federasi Sepak Bola Internasional (FIFA)"
        alias = defined.get(mention.text) or table.get(mention.text) or _typo_alias(mention)
        target = _nearest_match([e for e in entities if _same_entity(e, mention, alias)], mention)
        if target is None and alias is None:
            target = next((e for e in entities if _part_of(e, mention)), None)
            if target is None:
                target = next(
                    (e for e in entities if _name_of_mistyped_person(e, mention, known_name)),
                    None,
                )
                if target is not None:
                    target.person_parts = True
        elif target is None and alias == (mention.text, "ORG"):
            # a company the table lists under its short name, after the article's full
            # name: "PT Chevron Indonesia Company ... Chevron" is one company, named as
            # the table names it so that articles agree
            target = next((e for e in entities if _short_of(e, mention)), None)
        if (
            target is not None
            and alias is None
            and mention.type != target.type
            and _part_of(target, mention)
        ):
            mention = replace(mention, type=target.type)
        if target is None:
            target = Entity(type=alias[1] if alias else mention.type)
            entities.append(target)
        if alias and target.canonical is None:
            target.canonical = alias[0]
            target.type = alias[1]
        target.add(mention)
        if mention.role and mention.role not in target.roles:
            target.roles.append(mention.role)
    entities = _merge_capitals(_merge_short_country_names(entities))
    for entity in entities:
        if entity.canonical is None:
            types = Counter(m.type for m in entity.mentions)
            entity.type = types.most_common(1)[0][0]
            if entity.person_parts and types["PERSON"] == types[entity.type]:
                entity.type = "PERSON"
        if entity.type != "PERSON":
            entity.roles = []  # roles are a person's: "Bupati" is no role of Ogan Ilir
    return entities


def _merge_short_country_names(entities: list[Entity]) -> list[Entity]:
    """Fold an entity known only by a short country name ("Amerika") into the country's
    entity when the article names it in full; entities stay in order of first mention."""
    by_name = {entity.name(): entity for entity in reversed(entities)}  # first one wins
    merged: list[Entity] = []
    for entity in entities:
        full = {_SHORT_COUNTRY_NAMES.get(form) for form in entity.forms()}
        target = by_name.get(full.pop()) if len(full) == 1 else None
        if target is None or target is entity:
            merged.append(entity)
            continue
        for mention in entity.mentions:
            target.add(replace(mention, type=target.type))
    return sorted(merged, key=lambda e: min(m.start for m in e.mentions))


def _capitals_of(surface: str, entity: Entity) -> bool:
    """``surface``, written in capitals, is a name of ``entity``: one of its forms
    ("PERTAMINA", "Pertamina"), or a person's surname with initials or nothing before it
    ("M. MARQUEZ", "DOVIZIOSO" for "Marc Marquez", "Andrea Dovizioso")."""
    upper = surface.upper()
    forms = [form for form in entity.forms() if not form.isupper()]
    if any(form.upper() == upper for form in forms):
        return True
    *initials, last = surface.split()
    if entity.type != "PERSON" or not all(INITIALS_RE.match(i) for i in initials):
        return False
    for form in forms:
        words = form.split()
        if (
            len(words) >= 2
            and words[-1].upper() == last
            and all(i[0] == w[0].upper() for i, w in zip(initials, words, strict=False))
        ):
            return True
    return False


def _merge_capitals(entities: list[Entity]) -> list[Entity]:
    """Fold an entity written only in capitals into the entity it names in ordinary
    case: a results table ("1. M. MARQUEZ 2. DOVIZIOSO") or a shouted headline
    repeats names the text gives in full. The tagger types such words badly (most
    become ORG), so the entity they join gives the type. Short acronyms ("DPR") have
    no ordinary-case form and stay as they are."""
    merged: list[Entity] = []
    for entity in entities:
        forms = entity.forms()
        target = None
        if all(form.isupper() and sum(c.isalpha() for c in form) >= 4 for form in forms):
            target = next(
                (
                    other
                    for other in entities
                    if other is not entity
                    and not all(f.isupper() for f in other.forms())
                    and all(_capitals_of(form, other) for form in forms)
                ),
                None,
            )
        if target is None:
            merged.append(entity)
            continue
        for mention in entity.mentions:
            target.add(replace(mention, type=target.type))
    return sorted(merged, key=lambda e: min(m.start for m in e.mentions))


def _nearest_match(candidates: list[Entity], mention: Mention) -> Entity | None:
    """The entity a mention joins when several could take it: the first, except for a
    one-word name shared by people mentioned in full ("Kim Jong Un" … "Kim Yo Jong" …
    "Kim"), which means the one mentioned last, as a reader takes it."""
    if len(candidates) > 1 and mention.type == "PERSON" and " " not in mention.text:
        people = [e for e in candidates if e.type == "PERSON"]
        if len(people) > 1:
            return max(people, key=lambda e: max(m.start for m in e.mentions))
    return candidates[0] if candidates else None


def find_entities(
    text: str,
    sentences: list[tuple[int, int]],
    tagger: Tagger,
    cited_media: list[CitedMedium] = (),  # type: ignore[assignment]
) -> list[dict[str, Any]]:
    """The ``entities`` layer of an article."""
    known_name = getattr(tagger, "known_name", None)
    mentions = role_complements(text, tag_mentions(text, sentences, tagger), known_name)
    mentions = [m for m in mentions if not any(c.start <= m.start < c.end for c in cited_media)]
    mentions.extend(Mention(c.start, c.end, c.name, "ORG") for c in cited_media)
    mentions.extend(known_mentions(text, mentions))
    capitalisation = getattr(tagger, "capitalisation", None)
    mentions.extend(consistent_mentions(text, mentions, capitalisation))
    mentions.extend(name_part_mentions(text, mentions, capitalisation, known_name))
    mentions = institution_names(text, sentences, mentions)
    mentions = _split_named_heads(text, _join_split_names(text, mentions))
    defined = defined_acronyms(text, mentions)
    mentions.extend(apply_definitions(text, mentions, defined))
    attach_roles(text, sentences, mentions)
    entities = resolve(mentions, defined, known_name)
    out = []
    for number, entity in enumerate(entities, start=1):
        name = entity.name()
        aliases = [form for form in entity.forms() if form != name]
        out.append(
            {
                "id": f"E{number}",
                "type": entity.type,
                "name": name,
                "aliases": aliases,
                "roles": entity.roles,
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text}
                    for m in sorted(entity.mentions, key=lambda m: m.start)
                ],
            }
        )
    return out
