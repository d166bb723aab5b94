"""Name matching: when two written names name one entity.

The tests :mod:`warta.entities` asks of a new mention against the names an entity
already has, on the strings alone: a slip of the keyboard ("Korea Utra"), a letter
dropped from a name word ("Bamban" for "Bambang"), a company with and without its legal
form ("PT Pertamina", "Pertamina"), a short name taken from a full one ("Enggar",
"Demiz"), initials, a club's name after its city. Each is deliberately narrow: a wrong
"same" merges two people, which a reader notices at once; a wrong "different" leaves a
duplicate entity, which is only untidy.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from warta.institutions import AREA_WORDS, OFFICE_HEADS
from warta.names import (
    CLUB_HEADS,
    COMPANY_TAILS,
    INSTITUTION_HEADS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    alias_table,
    known_places,
)
from warta.ner.lexicon import ORG_HEADS


def blend_of(short: str, words: list[str], pieces: int = 0, min_piece: int = 1) -> bool:
    """``short`` is made of two or more word beginnings of ``words`` (each at least
    ``min_piece`` letters), in order: "setnov" from "setya novanto", "sby" from
    "susilo bambang yudhoyono"."""
    if not short:
        return pieces >= 2
    for k, word in enumerate(words):
        for n in range(min(len(word), len(short)), min_piece - 1, -1):
            if short.startswith(word[:n]) and blend_of(
                short[n:], words[k + 1 :], pieces + 1, min_piece
            ):
                return True
    return False


def name_initials(name: str) -> str:
    """The capital initials of a name's words, hyphenated parts too: "Perserikatan
    Bangsa-Bangsa" gives "PBB"; lower-case connectors give none ("Badan Pemeriksa
    Keuangan" and "Dewan Perwakilan Rakyat" alike)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def misspelt(a: str, b: str) -> bool:
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


def without_article(word: str) -> str:
    """A name word without an Arabic article: "al-Naimi" is "Naimi" on second mention."""
    return _ARABIC_ARTICLE_RE.sub("", word)


def without_legal_form(name: str) -> str:
    """A company's name without the legal form before and after it."""
    return _LEGAL_FORM_RE.sub("", _LEGAL_FORM_RE.sub("", name))


def listed_company(name: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The alias-table entry of a listed firm written with its legal form: "PT Pertamina
    (Persero)" is the table's "Pertamina", so that every article names it alike."""
    bare = without_legal_form(name)
    listed = table.get(bare) if bare != name else None
    return listed if listed is not None and listed[1] == "ORG" else None


def same_company(a: str, b: str) -> bool:
    """Two names of one company, with and without its legal form: "PT Pertamina" and
    "Pertamina", "PT Bank Mandiri Tbk" and "Bank Mandiri". A bare name is not enough:
    one of the two must carry the form."""
    bare_a, bare_b = without_legal_form(a), without_legal_form(b)
    return (bare_a != a or bare_b != b) and len(bare_a) >= 3 and bare_a.lower() == bare_b.lower()


def dropped_letter(a: str, b: str) -> bool:
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


def short_name_of(short: str, full: list[str]) -> bool:
    """A one-word short name taken from a full name: the first name's first five letters
    or more ("Enggar" for "Enggartiasto Lukita"), four of a long first name ("Alex" for
    "Alexander Marwata"; "Budi" is no short form of "Budiman"), or a blend of two word
    beginnings of two letters or more ("Demiz" for "Deddy Mizwar")."""
    if len(short) < 4 or not short[0].isupper() or short in full:
        return False
    if (len(short) >= 5 or len(full[0]) >= 8) and full[0].startswith(short):
        return True
    return blend_of(short.lower(), [w.lower() for w in full], min_piece=2)


def same_body(a: str, b: str) -> bool:
    """Two names of one party or state body: with and without *Partai* ("Partai Golkar",
    "Golkar") or the country's *RI* ("Bawaslu RI", "Bawaslu")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long in (f"Partai {short}", f"{short} RI")


def first_name_cut(a: list[str], b: list[str]) -> bool:
    """Two full names with the same surname whose other words differ only by an ending
    one of them drops, five letters kept: "Rudianto Rimbono" and "Rudiantoro Rimbono".
    "Budi Santoso" and "Budiman Santoso" (four letters) stay two people."""
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or len(a[-1]) < 4 or a == b:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )


def other_word(a: str, b: str) -> bool:
    """A word where ``a`` and ``b`` differ starts with another letter: "Angkatan Darat"
    and "Angkatan Udara" are two forces. Slips and spelling variants keep a word's
    first letter ("Korea Utra", "Sumatera"/"Sumatra", "Syarief"/"Syarif")."""
    return any(x[0] != y[0] for x, y in zip(a.split(), b.split(), strict=False) if x != y)


def subsequence(short: list[str], long: list[str]) -> bool:
    """``short`` (two words or more) appears in ``long`` in order, gaps allowed."""
    if len(short) < 2 or len(short) >= len(long):
        return False
    # a particle is capitalised at a sentence start or alone: "Van Gaal", "Louis van Gaal"
    rest = iter([w.lower() if w.lower() in NAME_PARTICLES else w for w in long])
    return all((w.lower() if w.lower() in NAME_PARTICLES else w) in rest for w in short)


# Words after a club's own name that say where it plays: "Stoke City", "Luton Town".
# Kept apart from the company tails, which make an organisation of any name before
# them: "Mexico City" and "Kansas City" are places.
CLUB_TAILS = frozenset(("city", "town", "county"))


# First words of an office's name, whose last word is its region, not a short name.
_OFFICE_NAME_HEADS = INSTITUTION_HEADS | OFFICE_HEADS | AREA_WORDS | ORG_HEADS


def club_short_name(name: list[str], words: list[str], kind: str) -> bool:
    """``words`` is the last word of a club or firm's name after its city: "Los Angeles
    Lakers ... Lakers", "Manchester United ... United". Never for an office's name
    ("Pemkot Pekanbaru ... Pekanbaru": the city itself), and only for a word the tagger
    read as an organisation too: "Maverick Vinales", mistyped ORG, must not take the
    surname "Vinales" with it. After a club head ("Borussia Dortmund ... Dortmund") the
    word is the club's, whatever the tagger read."""
    return (
        len(words) == 1
        and (kind == "ORG" or name[0].lower() in CLUB_HEADS)
        and 2 <= len(name) <= 4
        and name[-1] == words[0]
        and not words[0].isupper()
        and name[0].lower() not in _OFFICE_NAME_HEADS
    )


def area_or_parent(words: list[str]) -> bool:
    """Words that close an office's name with its area ("Kabupaten Kupang") or its
    parent body ("PBB", "DPR")."""
    if words[0].lower() in AREA_WORDS and len(words) > 1:
        return True
    listed = alias_table().get(" ".join(words))
    return listed is not None and listed[1] == "ORG" and len(words) == 1 and words[0].isupper()


_CORPORATE_WORDS = frozenset("company co limited international".split())


def company_tail(word: str) -> bool:
    """A word that may follow a company's own name: "Securities", "Company", "Inc", or a
    country it operates in ("PT Chevron Indonesia Company" is Chevron's)."""
    lower = word.lower().rstrip(".")
    return (
        lower in COMPANY_TAILS
        or lower in LEGAL_FORMS
        or lower in _CORPORATE_WORDS
        or word in known_places()
    )


def brand_case(a: str, b: str) -> bool:
    """Two spellings of one brand that differ only in case, one of them with a capital
    inside the word: "BigDish" and "Bigdish", "GoPay" and "Gopay". The tagger types
    the two differently (a firm, a person); a plain word in capitals ("PERTAMINA") is
    left to the capitals rule."""
    return (
        len(a) >= 4
        and a != b
        and a.lower() == b.lower()
        and " " not in a
        and any(c.isupper() for c in (a[1:] + b[1:]))
        and not (a.isupper() or b.isupper())
    )
