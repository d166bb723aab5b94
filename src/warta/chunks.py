"""Chunks: the tagger's chunks, sentence by sentence, made clean mentions.

A sequence tagger reads one sentence at a time and makes mistakes a reader never
would: a title glued to a name ("Presiden [Rusia Vladimir Putin]"), an office's region
read as the person's first name ("Kepala Dinkes [Indramayu Deden]"), a rank in the
middle of a place ("Polres [Sleman Ajun Komisaris Mega Tetuko]"), a street read as
the hero it is named after ("Jalan [Imam Bonjol]"), a common word that opens a
sentence read as a name ("Jelang ..."). :func:`tag_mentions` cuts, retypes or drops
each chunk by such rules, every one with its cases in the tests;
:func:`role_complements` then adds the places named inside roles ("Bupati [Bandung
Barat]"). Resolution into entities is :mod:`warta.entities`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from warta.article import Token
from warta.institutions import AREA_WORDS, OFFICE_HEADS
from warta.mentions import LEADING_TITLES, NAME_ABBREVIATIONS, Coverage, Mention
from warta.names import (
    CLUB_HEADS,
    COMPANY_TAILS,
    DEFINITION_RE,
    INSTITUTION_HEADS,
    LEGAL_FORMS,
    NEVER_ALONE,
    alias_table,
    bare_name_word,
    known_places,
    title_words,
)
from warta.ner.lexicon import ORG_HEADS
from warta.roles import (
    RANK_OPENERS,
    RANK_QUALIFIERS,
    RANK_WORDS,
    RELATIONAL_HEADS,
    STATUS_HEADS,
    rank_at,
    role_at,
    role_heads,
)
from warta.segment import tokenize
from warta.structure import known_media

TYPE_NAMES = {"PERSON": "PERSON", "PER": "PERSON", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
              "ORG": "ORG", "PLACE": "PLACE", "LOC": "PLACE", "GPE": "PLACE"}  # fmt: skip


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


_EPONYM_TITLES = frozenset("dr prof ir h kh k.h hj".split())


class Tagger(Protocol):
    def tag(self, tokens: list[str]) -> list[str]: ...


@lru_cache(maxsize=1)
def _role_ends() -> frozenset[str]:
    """Last words of role phrases, capitalised: "Gubernur", "Bupati", "Kota" (Wali Kota)."""
    return frozenset(phrase[-1].capitalize() for phrase in role_heads())


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
            if kind == "PERSON" and first > 0 and tokens[first - 1].text in _COMPANY_FORMS:
                first, kind = first - 1, "ORG"  # "Direktur Utama PT [Bio Farma]": a firm
            if kind == "PERSON" and _portfolio_after_minister(tokens, first):
                continue  # "Menteri [Pendayagunaan Aparatur] dan Reformasi Birokrasi Tjahjo"
            if kind in ("PLACE", "PERSON") and known_name is not None:
                person_end = _person_over_place(tokens, tags, first, last, known_name, kind)
                if person_end is not None and kind == "PLACE":
                    # "Wali Kota Bogor [Bima] Arya [Prasetyo]": the office has its city
                    kind, last, taken = "PERSON", person_end, person_end
                elif person_end is not None:
                    # "Bupati [Bima] Indah [Dhamayanti Putri]": the office's regency first
                    region = _clean_mention(text, tokens[first : first + 1], "PLACE")
                    if region:
                        mentions.append(region)
                    first, last, taken = first + 1, person_end, person_end
            if kind == "PERSON":
                grown = first
                first, last = _with_initials(tokens, first, last)
                if first < grown:
                    # "[DPN APTRI M]. [Nur Khabsyin]": the initial the person grew over
                    # leaves the chunk before it
                    mentions = _cut_before(text, mentions, tokens[first].start)
                before = tokens[first - 1].text if first > opening else ""
                if before in _NAME_OR_TITLE and (first - 1 > opening or before == "Imam"):
                    first -= 1  # "Imam Nahrawi", "sprinter Lalu Muhammad Zohri"
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
                and tokens[last + 1].text.lower() in COMPANY_TAILS
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
            if k > 0 and _first_name_after_body(text, ordered[k - 1], first, known_name):
                continue  # "Kepala [BPS Provinsi Kalsel] Mohammad | Edy Mahmud": his name
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


def _first_name_after_body(
    text: str,
    body: Mention,
    word: Mention,
    known_name: Callable[[list[str]], str] | None,
) -> bool:
    """``word``, one word read as a person between an organisation or place and a full
    name, is that name's first word: the role already has its body right before it
    ("Kepala BPS Provinsi Kalsel Mohammad Edy Mahmud"), unless the word is itself a
    listed region or body ("Ketua Komnas HAM Maluku Benediktus Sarkol")."""
    if body.type == "PERSON" or text[body.end : word.start] != " ":
        return False
    codes = set(known_name([word.text])) if known_name else set()
    return not codes & _NAME_SOURCES and word.text not in known_places()


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
            bare_name_word(t.text) and _not_only_region(known_name([t.text]))
            for t in tokens[cut : last + 1]
        )
    ]  # a region ("Garut") ends the organisation's name, so no cut leaves it to the person
    for cut in reversed(cuts):  # a listed name: the shortest person after it
        if _known_org_or_place(words[first:cut], known_name) or (
            _office_at_place(words[first:cut], known_name)
            and not set(known_name(words[cut : last + 1])) & set("PKLC")
        ):
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


def _person_over_place(
    tokens: list[Token],
    tags: list[str],
    first: int,
    last: int,
    known_name: Callable[[list[str]], str],
    kind: str = "PLACE",
) -> int | None:
    """The end of a person's name the tagger broke up around a one-word region, or None.

    "Wali Kota Bogor Bima Arya Prasetyo": after an office and its region, the tagger
    reads "Bima" (also a regency) as a second place, leaves "Arya" out and tags
    "Prasetyo" alone. An office has one region, so a listed place right after it
    opens the holder's name when bare name words lead on to a person chunk. Right
    after the office ("Bupati Bima Indah Dhamayanti Putri", "Bima" read as a person,
    ``kind`` PERSON) the region is the office's, and the name starts after it.
    """
    if first != last or first < 1:
        return None
    if kind == "PLACE":
        region_at, min_words = first - 1, 0
    else:
        region_at, min_words = first, 1
    if not tokens[region_at].text[0].isupper() or not _region([tokens[region_at].text], known_name):
        return None
    if not any(
        i + role_at(tokens, i) == region_at for i in range(max(0, region_at - 3), region_at)
    ):
        return None
    k = first + 1
    while k < len(tokens) and tags[k] == "O" and given_name_word(tokens[k].text) and k - first <= 2:
        k += 1
    if k >= len(tokens) or tags[k] != "B-PERSON" or k - first - 1 < min_words:
        return None
    end = k
    while end + 1 < len(tokens) and tags[end + 1] == "I-PERSON":
        end += 1
    return end if end - first <= 3 else None


# Legal forms written before a firm's name: what follows is the firm, never a person.
_COMPANY_FORMS = frozenset(("PT", "PT.", "CV", "CV."))
# Words that take a ministry's portfolio after them: "Menteri Pendayagunaan Aparatur ...".
_MINISTER_WORDS = frozenset("menteri menko wamen kementerian kemenko".split())
# An Indonesian abstract noun made with a circumfix: pe(N)-/per-/ke- ... -an
# ("Pendayagunaan", "Perhubungan", "Kelautan"); no given name is built so.
_NOMINALISATION_RE = re.compile(r"^(?:pe|ke)[a-z]{4,}an$")


def _portfolio_after_minister(tokens: list[Token], first: int) -> bool:
    """A chunk read as a person that is a minister's portfolio: right after "Menteri",
    opening with an abstract noun ("Menteri [Pendayagunaan Aparatur] dan Reformasi
    Birokrasi Tjahjo Kumolo"). The words stay in the role."""
    return (
        first > 0
        and tokens[first - 1].text.lower() in _MINISTER_WORDS
        and bool(_NOMINALISATION_RE.match(tokens[first].text.lower()))
    )


def given_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name though the tagger left it out:
    "Arya", also "Indah" (which :func:`bare_name_word` refuses as a place modifier);
    no acronym, title or known place. The entity layer reads a middle name the same way
    ("[Budi] Karya [Sumadi]")."""
    return (
        word[0].isupper()
        and word.isalpha()
        and not word.isupper()
        and word not in known_places()
        and word.lower() not in title_words()
    )


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
            and all(bare_name_word(t.text) for t in tokens[k + n : last + 1])
        ):
            return k, k + n
    return None


def _not_only_region(codes: str) -> bool:
    """Gazetteer codes of a word that may be a person's: not a region's, or a region's
    that is also a listed person's first name ("Bima" of "Wali Kota Bogor Bima Arya")."""
    return "P" not in codes or "N" in codes


# Offices named by their kind and their place: "Puskesmas Pamulang", "Polres Sleman",
# "Puskesmas Kecamatan Palmerah".
_PLACE_OFFICES = frozenset(
    """puskesmas rsud polres polresta polrestabes polsek polda kodim koramil korem kodam
    pemkab pemkot pemprov kpud""".split()
)


# Area words, and the heads of areas, with the gazetteer codes of the places they name:
# villages (V), districts (K), regencies and cities (P).
_AREA_LEVELS = {
    "desa": "V", "kelurahan": "V", "dusun": "V", "kampung": "V", "lurah": "V",
    "kecamatan": "K", "distrik": "K", "camat": "K", "kabupaten": "P", "kota": "P",
}  # fmt: skip


def _office_at_place(words: list[str], known_name: Callable[[list[str]], str]) -> bool:
    """An office named by its kind and its place: "Puskesmas Pamulang", "Puskesmas
    Kecamatan Palmerah". The place closes the name, so a name word after it is no part
    of the office. Villages are left out: their names are too often common words or
    given names ("Indah", "Rahmat")."""
    return (
        len(words) in (2, 3)
        and words[0].lower() in _PLACE_OFFICES
        and (len(words) == 2 or words[1].lower() in AREA_WORDS)
        and words[-1].lower() not in AREA_WORDS
        and (bool(set(known_name(words[-1:])) & set("PKLC")) or words[-1] in known_places())
    )


def _admin_place(words: list[str]) -> bool:
    """An administrative word and one or two capitalised words: "Kota Kinabalu", "Kabupaten
    Bandung Barat". Such a place is whole in itself, listed or not."""
    return (
        2 <= len(words) <= 3
        and f"{words[0]} " in _ADMIN_PREFIXES
        and all(w[:1].isupper() and w.isalpha() for w in words[1:])
    )


def _company_tail_inside(tokens: list[Token], first: int, last: int) -> int | None:
    """The last company or club tail inside a person chunk with a name after it:
    "[Mandiri Sekuritas] Hadiansyah", "[Indonesia Corruption Watch] Adnan Topan"."""
    return next(
        (
            k
            for k in range(last - 1, first, -1)
            if tokens[k].text[0].isupper() and tokens[k].text.lower() in COMPANY_TAILS
        ),
        None,
    )


# Houses of worship, whose own name follows: "Masjid Istiqlal", "Gereja Katedral".
_WORSHIP_HOUSES = frozenset("masjid gereja pura vihara klenteng kuil katedral pesantren".split())


def _glued_opener(
    tokens: list[Token], first: int, known_name: Callable[[list[str]], str] | None = None
) -> bool:
    """The first word of a long person chunk ends the name before it: a company tail
    ("Reformis Institute | Pri Agung Rakhmanto"), a legal form ("Tbk"), a region
    ("KPU Sulut | Ardiles Mewoh"), the name of a house of worship ("Imam Besar Masjid
    Istiqlal | Nasaruddin Umar")."""
    word = tokens[first].text
    lower = word.lower()
    if lower in COMPANY_TAILS or lower in LEGAL_FORMS:
        return True
    if first > 0 and tokens[first - 1].text.lower() in _WORSHIP_HOUSES:
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
    if codes & set("NR"):
        return False
    # after an office named by its place, a listed district or place is that place:
    # "Kepala Puskesmas [Margadana Wahidin]"
    office = first > 0 and tokens[first - 1].text.lower() in _PLACE_OFFICES
    # after an area word, a listed place of that level is the area's name: "Kepala Desa
    # [Tegalmulyo Sutarno]" (a village), not "Wali Kota [Bima Arya]" (also a person's)
    area = _AREA_LEVELS.get(tokens[first - 1].text.lower(), "") if first > 0 else ""
    return (
        bool(codes & _NAME_SOURCES)
        or (office and bool(codes & set("KL")))
        or bool(codes & set(area))
    )


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
        and word.lower() not in NEVER_ALONE
        and word.lower() not in LEADING_TITLES
        and not role_at(tokens, k)
    )


# Words that are a title elsewhere but open a person's name when written right before
# it: "Imam" is a given name ("Menteri Pemuda dan Olahraga Imam Nahrawi"; the imam of a
# mosque is written "imam" or "Imam Besar"), "Lalu" and "Baiq" are Sasak titles borne as
# part of the name ("Lalu Muhammad Zohri"). The tagger, which learnt them as titles,
# leaves them out, and the role before the name took them. "Lalu" opening a sentence
# is "then" ("Lalu Jokowi datang"), so it joins only inside one.
_NAME_OR_TITLE = frozenset(("Imam", "Lalu", "Baiq"))


def _cut_before(text: str, mentions: list[Mention], position: int) -> list[Mention]:
    """``mentions`` with every one reaching past ``position`` cut back to end before it;
    one that starts there or later, or leaves a word that is never an entity alone
    ("Dinas"), is dropped."""
    out = []
    for m in mentions:
        if m.end <= position:
            out.append(m)
        elif (
            m.start < position
            and (kept := text[m.start : position].rstrip(" .,"))
            and kept.lower() not in NEVER_ALONE
        ):
            out.append(Mention(m.start, m.start + len(kept), kept, m.type, m.role))
    return out


def _is_initial(token: Token) -> bool:
    return (len(token.text) == 1 and token.text.isupper()) or token.text in NAME_ABBREVIATIONS


# Balinese names open with birth-order and caste words and "I" (men) or "Ni" (women):
# "I Wayan Koster", "Ni Luh Putu Ayu", "I Gusti Ngurah Rai". The words of the first set
# are names only; those of the second are common words too ("Jaksa Agung", "Anak").
_BALINESE_NAME_WORDS = frozenset(
    "wayan made nyoman ketut putu komang kadek nengah luh gusti ngurah cokorda".split()
)
_BALINESE_TITLE_WORDS = frozenset("gede agung anak ida bagus desak".split())
# Words a capital letter follows as a label, not as a person's initial: "Grup A".
_LABELLED_WORDS = frozenset("tim grup kelas pool seri tipe golongan blok zona kategori".split())


def _balinese_or_bare_initial(tokens: list[Token], first: int) -> bool:
    """The token before a person's name belongs to it: a Balinese name word ("Putu |
    Ayu Wulandari"), "I" or "Ni" or a caste word before one ("I | Wayan Koster"), or a
    capital initial written without a full stop ("A Zaki Iskandar", "M Isa Sarnuri").
    "I", "V" and "X" alone are Roman numerals ("Pangdam I Bukit Barisan") unless a
    Balinese name word follows, and a letter after "Grup" or "Tim" is a label."""
    before, word = tokens[first - 1].text, tokens[first].text.lower()
    if not before[0].isupper():
        return False
    lower = before.lower()
    if lower in _BALINESE_NAME_WORDS:
        return True
    if word in _BALINESE_NAME_WORDS | _BALINESE_TITLE_WORDS and (
        before in ("I", "Ni") or lower in _BALINESE_TITLE_WORDS
    ):
        return True
    return (
        len(before) == 1
        and before not in "IVX"
        and not (first >= 2 and tokens[first - 2].text.lower() in _LABELLED_WORDS)
    )


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
            and tokens[last + 1].text.lower() not in NEVER_ALONE
        ):
            last += 1
    while first >= 1 and _balinese_or_bare_initial(tokens, first):
        first -= 1  # "Gubernur Bali [I Wayan] Koster", "Bupati Tangerang [A] Zaki Iskandar"
    while first >= 2 and tokens[first - 1].text == "." and _is_initial(tokens[first - 2]):
        first -= 2
        while (
            first >= 1
            and tokens[first - 1].text[0].isupper()
            and tokens[first - 1].text.isalpha()
            and not tokens[first - 1].text.isupper()  # "DPN APTRI | M. Nur": a body
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
    defined = DEFINITION_RE.match(text, end)
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
        surface.lower() in NEVER_ALONE
        or surface in _COMMON_ACRONYMS
        or all(w.lower() in LEGAL_FORMS for w in re.findall(r"\w+", surface))  # "Persero) Tbk"
        or not any(ch.isupper() for ch in surface)
    ):
        return None
    known = alias_table().get(surface)
    if known:
        kind = known[1]  # "Presiden Rusia" tagged as a person leaves the place "Rusia"
    elif (
        surface.lower() in known_media()
        or any(t.text.lower() in COMPANY_TAILS for t in tokens[1:])
        or (kind == "PLACE" and len(tokens) > 1 and tokens[0].text.lower() in INSTITUTION_HEADS)
        or tokens[0].text.lower() in _UNIT_HEADS  # "Kepala [Subbagian Humas] RSUD ..."
        or tokens[0].text.lower() in OFFICE_HEADS  # "[Dishub Pekanbaru]" read as a person
        or (len(tokens) > 1 and tokens[0].text.lower() in CLUB_HEADS)  # "[CSKA Moscow]"
    ):
        # "Bloomberg", "Mizuho Securities", "Price Futures Group"; and "Kepolisian Resor
        # Kota Besar" read as a place because of "Kota": an institution is no place.
        kind = "ORG"
    if len(surface) < 2:
        return None
    return Mention(start, end, surface, kind)


def _only_titles(surface: str) -> bool:
    """A mention made only of title words names nobody: two or more of them ("Executive
    Vice", "Senior Manager"), or the first word of a rank ("Letnan", "Kapten"). A word
    that only follows a rank may be a name alone: "Gigi" (of "dokter gigi") is a band."""
    words = [w.rstrip(".").lower() for w in surface.split()]
    if len(words) == 1:
        return words[0] in RANK_OPENERS
    return all(w in title_words() for w in words)
