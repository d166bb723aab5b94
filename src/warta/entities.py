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

The tagger's chunks are made clean mentions in :mod:`warta.chunks`; the word lists
and name predicates both passes share are in :mod:`warta.names`. This module adds the
mentions only the whole article shows (listed names, repeats, lone name parts,
definitions) and resolves all of them into entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from warta.article import CitedMedium
from warta.chunks import Tagger, given_name_word, role_complements, tag_mentions
from warta.institutions import AREA_WORDS, OFFICE_HEADS, institution_names
from warta.mentions import (
    AGE_AFTER_RE,
    INITIALS_RE,
    LEADING_TITLES,
    NAME_ABBREVIATIONS,
    Coverage,
    Mention,
)
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
from warta.roles import attach_roles, role_at
from warta.segment import tokenize

# One-word forms that name a country only where the article also names it in full:
# "Amerika" in a report that says "Amerika Serikat" (or "AS") is the United States,
# not the continent. Only where the short form has no other common reading: "Korea"
# may be either Korea, "Papua" is a province beside Papua Nugini.
_SHORT_COUNTRY_NAMES = {"Amerika": "Amerika Serikat"}


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
        if len(run) < 6 or run.lower() in NEVER_ALONE:
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
_OPENERS_BEFORE_NAMES = NEVER_ALONE | LEADING_TITLES


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
                and word.lower() not in NEVER_ALONE
                and word.lower() not in title_words()
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


def _first_names_from_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's first name the tagger ended an organisation or place with: "Ketua [KPU
    Kota Metro Nurris] [Septa Pratama]", "Konsul Jenderal RI di [Chicago Meri] [Binsar
    Simorangkir]". The article itself tells: it calls the person by that word alone
    ("Nurris mengatakan") or writes the full name elsewhere."""
    persons = [m for m in mentions if m.type == "PERSON"]
    if not persons:
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    out = list(ordered)
    for k in range(len(ordered) - 1):
        body, person = out[k], ordered[k + 1]
        words = body.text.split(" ")
        if (
            body.type == "PERSON"
            or person.type != "PERSON"
            or len(words) < 2
            or text[body.end : person.start] != " "
            or not bare_name_word(words[-1])
        ):
            continue
        first = words[-1]
        full = f"{first} {person.text}"
        if not any(p.text == first or p.text.startswith(full) for p in persons if p is not person):
            continue
        cut = body.end - len(first)
        out[k] = Mention(body.start, cut - 1, text[body.start : cut - 1], body.type)
        out[k + 1] = Mention(cut, person.end, text[cut : person.end], "PERSON", person.role)
    return out


# Capitalised words that stand between two names without joining them into one.
_NOT_IN_NAMES = frozenset(
    "dan atau serta bersama dengan kepada untuk dari di ke oleh pada vs versus and or with".split()
)
_GAP_WORD_RE = re.compile(r" ([A-Z][a-z]+) ")


def _name_gap(between: str) -> bool:
    """What stands between two person mentions of one name: a space, or one capitalised
    word the tagger left out ("Budi | Karya | Sumadi": "karya" is also a common noun)
    that is no function, title or place word."""
    if between == " ":
        return True
    gap = _GAP_WORD_RE.fullmatch(between)
    if gap is None:
        return False
    word = gap.group(1)
    return word.lower() not in _NOT_IN_NAMES and given_name_word(word)


def _join_split_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two person mentions with only a space, or a word the tagger left out, between
    are one name cut in two.

    The cut comes from the consistency pass: "ujar Sambari" later in the article
    makes "Sambari" a mention everywhere, and inside "Bupati Gresik Sambari Halim
    Radianto", where the tagger read only "Halim Radianto", it stands beside it. Or
    the tagger leaves out a middle name that is also a common noun: "Menteri
    Perhubungan [Budi] Karya [Sumadi]".
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    for mention in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.type == mention.type == "PERSON"
            and _name_gap(text[last.end : mention.start])
            and len(text[last.start : mention.end].split()) <= 5
        ):
            joined[-1] = Mention(last.start, mention.end, text[last.start : mention.end], "PERSON")
            continue
        joined.append(mention)
    return joined


# Lower-case particles inside European, Latin American and Arabic names: "Sander van
# der Linden", "Lula da Silva", "Ursula von der Leyen", "Salman bin Abdulaziz".
NAME_PARTICLES = frozenset(
    "van von der den de da das do dos del della du ter ten bin binti".split()
)
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_PARTICLES_AFTER_RE = re.compile(rf"(?:\s+(?:{_PARTICLES}))+\s+[A-Z][\w'’-]*[a-z][\w'’-]*")
_PARTICLES_BEFORE_RE = re.compile(r"\b((?:[Vv]an|[Vv]on|[Dd]e)(?:\s+(?:der|den))?)\s+$")


# Two particles in a row only ever sit inside a name: "Ursula von der Leyen", whom the
# tagger may miss altogether.
_DOUBLE_PARTICLE_RE = re.compile(r"\b[A-Z][a-z]+ (?:van|von) (?:der|den) [A-Z][a-z]+\b")


def _free_before(text: str, position: int) -> bool:
    """No capitalised word but a title stands right before ``position``: "Dr. van der
    Linden" is a surname with its particles, "Termas de Rio Hondo" a longer name."""
    word = re.search(r"(\S+)\s*$", text[max(0, position - 30) : position])
    if word is None:
        return True
    before = word.group(1)
    return not before[0].isupper() or before.rstrip(".").lower() in LEADING_TITLES


def _name_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name runs on over lower-case particles: the tagger, which rarely saw
    them, stops before "van der" and reads "Linden" as a second person ("Dr. Sander |
    van der | Linden") or leaves the surname out ("Lula | da Silva"). A surname
    mentioned alone keeps its particles ("Dr. van der Linden"), so that it joins the
    full name. A capitalised word after the particles that another, longer mention
    covers is left to it. A name with two particles in a row is a person even when the
    tagger missed it ("Ursula von der Leyen")."""
    covered = Coverage(len(text), mentions)
    mentions = mentions + [
        Mention(m.start(), m.end(), m.group(), "PERSON")
        for m in _DOUBLE_PARTICLE_RE.finditer(text)
        if not covered.overlaps(m.start(), m.end())
    ]
    if not any(m.type == "PERSON" for m in mentions):
        return mentions
    out: list[Mention] = []
    absorbed: set[int] = set()
    for mention in sorted(mentions, key=lambda m: m.start):
        if id(mention) in absorbed:
            continue
        if mention.type != "PERSON":
            out.append(mention)
            continue
        start, end = mention.start, mention.end
        after = _PARTICLES_AFTER_RE.match(text, end)
        if after:
            inside = [
                m for m in mentions if m is not mention and end < m.end and m.start < after.end()
            ]
            if all(m.type == "PERSON" and m.end <= after.end() for m in inside):
                end = after.end()
                absorbed.update(id(m) for m in inside)
        before = _PARTICLES_BEFORE_RE.search(text, max(0, start - 12), start)
        if (
            before
            and not any(m.start < start and m.end > before.start(1) for m in mentions)
            and _free_before(text, before.start(1))
        ):
            start = before.start(1)
        out.append(Mention(start, end, text[start:end], "PERSON", mention.role))
    return [m for m in out if id(m) not in absorbed]


def _split_named_heads(
    text: str, mentions: list[Mention], capitalisation: Callable[[str], str] | None = None
) -> list[Mention]:
    """A person chunk that opens with an organisation the article names on its own
    elsewhere is that organisation, then the person: "Wakil presiden [Boca Juniors
    Horacio Paolini]" where "Boca Juniors" also stands alone. The tagger glues an
    unfamiliar club or firm after a role to the name; the alias table covers only the
    frequent ones (see :func:`warta.chunks._split_known_prefix`). Only right after a role ("CEO
    [Gogobli Joyce Lim]"), so that a first name the tagger also read as an
    organisation elsewhere ("Gregoria") stays the person's; at least two words stay the
    person's, and only organisations count: a person may share a first name with a
    place ("Bima Arya"). The article's own way of calling the person tells too: when
    the second word stands alone as a person later and the first never does, the
    first is the firm ("CIO [Investree Dickie Widjaja] ... Dickie menekankan"), if it
    is a word the unlabelled news text never showed (``capitalisation`` "u"): a brand
    new firm, not a given name such as "Muhammad", by which nobody is called."""
    bodies = {m.text for m in mentions if m.type == "ORG" and len(m.text) >= 3}
    lone = Counter(m.text for m in mentions if m.type == "PERSON" and " " not in m.text)
    if not bodies and not lone:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        glued = m.type == "PERSON" and len(words) >= 3 and _right_after_role(text, m.start)
        for k in range(len(words) - 2, 0, -1) if glued else ():
            head = " ".join(words[:k])
            # the brand is named alone, or the article calls the person by the word
            # after it ("CIO [Investree] Dickie Widjaja ... Dickie menekankan")
            if head in bodies or (
                k == 1
                and lone[words[1]]
                and not lone[words[0]]
                and capitalisation is not None
                and capitalisation(words[0]) == "u"
            ):
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


# An English body's name before its short form in brackets: capitalised words joined
# by English connectors, "Center for Strategic and International Studies (CSIS)".
_ENGLISH_BODY_RE = re.compile(
    r"((?:[A-Z][\w&'-]*\s+(?:(?:for|of|and|on|the|&)\s+)*)+)\(([A-Z][A-Za-z]{1,9})\)"
)
_ENGLISH_CONNECTORS = frozenset("for of and on the &".split())
_ENGLISH_BODY_WORDS = frozenset(
    """institute center centre network foundation studies council association alliance
    organization organisation society forum watch agency fund initiative""".split()
)


def _english_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """English-named bodies an article defines a short form for, whole: "Institute for
    Development of Economics and Finance (Indef)", "Indonesia Corruption Watch (ICW)".
    The tagger, trained on Indonesian, cuts them at the connectors or misses them. The
    name starts at the first capitalised word whose letters, with the following
    words', spell the short form in order ("Direktur Eksekutif | Institute ..."), and it
    must read as English: a connector inside, or a body word such as *Watch* or
    *Institute*."""
    added: list[Mention] = []
    for match in _ENGLISH_BODY_RE.finditer(text):
        words = list(re.finditer(r"\S+", match.group(1)))
        short = match.group(2).lower()
        for k, word in enumerate(words):
            tail = [w.group() for w in words[k:]]
            content = [w for w in tail if w.lower() not in _ENGLISH_CONNECTORS]
            english = len(content) < len(tail) or content[-1].lower() in _ENGLISH_BODY_WORDS
            if (
                word.group()[0].isupper()
                and len(content) >= 2
                and english
                and content[0][0].lower() == short[0]
                and _spells(short, [w.lower() for w in content])
            ):
                start = match.start(1) + word.start()
                end = match.start(1) + words[-1].end()
                added.append(Mention(start, end, text[start:end], "ORG"))
                break
    if not added:
        return mentions
    covered = Coverage(len(text), added)
    kept = [m for m in mentions if not covered.overlaps(m.start, m.end)]
    return sorted(kept + added, key=lambda m: m.start)


def _spells(short: str, words: list[str]) -> bool:
    """``short`` is spelt by the leading letters of ``words``, in order, words allowed to
    give none: "csis" from *C*enter, *S*trategic, *I*nternational, *S*tudies; "indef" from
    *In*stitute, *De*velopment, *F*inance."""
    position = 0
    for word in words:
        if position < len(short) and word[0] == short[position]:
            position += 1
            for letter in word[1:]:
                if position == len(short) or letter != short[position]:
                    break
                position += 1
    return position == len(short)


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
        match = DEFINITION_RE.match(text, m.end)
        if not match or match.group(1) == m.text or match.group(1).lower() in LEGAL_FORMS:
            continue
        short = match.group(1)
        head, _, word = short.partition(" ")
        if word.istitle() and head.isupper() and not _initials(m.text).startswith(head):
            continue  # "(BPH Migas)" opens with the long form's initials; "(ANTARA News)" not
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
    match = DEFINITION_RE.match(text, person.end)
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


def _listed_company(name: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The alias-table entry of a listed firm written with its legal form: "PT Pertamina
    (Persero)" is the table's "Pertamina", so that every article names it alike."""
    bare = _without_legal_form(name)
    listed = table.get(bare) if bare != name else None
    return listed if listed is not None and listed[1] == "ORG" else None


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
    or more ("Enggar" for "Enggartiasto Lukita"), four of a long first name ("Alex" for
    "Alexander Marwata"; "Budi" is no short form of "Budiman"), or a blend of two word
    beginnings of two letters or more ("Demiz" for "Deddy Mizwar")."""
    if len(short) < 4 or not short[0].isupper() or short in full:
        return False
    if (len(short) >= 5 or len(full[0]) >= 8) and full[0].startswith(short):
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
    # a particle is capitalised at a sentence start or alone: "Van Gaal", "Louis van Gaal"
    rest = iter([w.lower() if w.lower() in NAME_PARTICLES else w for w in long])
    return all((w.lower() if w.lower() in NAME_PARTICLES else w) in rest for w in short)


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


def _name_part_of_person(
    entity: Entity, mention: Mention, known_name: Callable[[list[str]], str] | None = None
) -> bool:
    """A one-word mention the tagger typed ORG or PLACE that is part of a person's full
    name already mentioned: "Leslie Uggams ... Uggams" (read as ORG), "Lulu Hashimoto
    ... Lulu" (read as PLACE). Known places and alias-table names keep their type, and
    so does a word of a longer "name", which is more often a place glued to a name by
    the tagger ("Jeddah M. Hery Saripudin") than a person's own. A place the gazetteer
    lists as a region stays one too: "Kabupaten Bima" is not "Bima Arya"."""
    word = mention.text
    return (
        entity.type == "PERSON"
        and mention.type != "PERSON"
        and " " not in word
        and len(word) >= 3
        and word not in known_places()
        and not (mention.type == "PLACE" and known_name and "P" in known_name([word]))
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
        and all(bare_name_word(w) for w in words)
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
_OFFICE_NAME_HEADS = INSTITUTION_HEADS | OFFICE_HEADS | AREA_WORDS | ORG_HEADS


def _club_short_name(name: list[str], words: list[str], kind: str) -> bool:
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
        lower in COMPANY_TAILS
        or lower in LEGAL_FORMS
        or lower in _CORPORATE_WORDS
        or word in known_places()
    )


def _part_of(
    entity: Entity, mention: Mention, known_name: Callable[[list[str]], str] | None = None
) -> bool:
    """A one-word mention that joins a longer name whatever its type (see the two rules)."""
    return _name_part_of_person(entity, mention, known_name) or _short_of(entity, mention)


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


# "Kepala Polri sekaligus Wakil Ketua Komite ...": two offices held at once, two roles.
_SEKALIGUS_RE = re.compile(r"\s+(?:sekaligus|merangkap)\s+")


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
        alias = (
            defined.get(mention.text)
            or table.get(mention.text)
            or _listed_company(mention.text, table)
            or _typo_alias(mention)
        )
        target = _nearest_match([e for e in entities if _same_entity(e, mention, alias)], mention)
        if target is None and alias is None:
            target = next((e for e in entities if _part_of(e, mention, known_name)), None)
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
            and _part_of(target, mention, known_name)
        ):
            mention = replace(mention, type=target.type)
        if target is None:
            target = Entity(type=alias[1] if alias else mention.type)
            entities.append(target)
        if alias and target.canonical is None:
            target.canonical = alias[0]
            target.type = alias[1]
        target.add(mention)
        for role in _SEKALIGUS_RE.split(mention.role or ""):
            if role and role not in target.roles:
                target.roles.append(role)
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


_TITLE_BEFORE_RE = re.compile(r"(\w+)\.?\s+$")


def _initials_of(entity: Entity, text: str) -> set[str]:
    """The initials a person goes by: of each full name, with the first letter of a
    title written before it ("Habib Rizieq Shihab" is "HRS", "Basuki Tjahaja Purnama"
    "BTP")."""
    out: set[str] = set()
    for mention in entity.mentions:
        if " " not in mention.text:
            continue
        initials = _initials(mention.text)
        out.add(initials)
        before = _TITLE_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start)
        if before and before.group(1).lower() in LEADING_TITLES and before.group(1)[0].isupper():
            out.add(before.group(1)[0] + initials)
    return out


def _merge_initials(
    entities: list[Entity], text: str, defined: dict[str, tuple[str, str]]
) -> list[Entity]:
    """Fold an entity known only by capital initials into the one person of the article
    they stand for: Indonesian news names public figures by their initials ("SBY",
    "HRS", "BTP"), and the tagger, seeing an acronym, types them ORG. An acronym the
    article defines or the alias table lists ("KPK", "AS") is never a person's."""
    table = alias_table()
    people = [e for e in entities if e.type == "PERSON"]
    if not people:
        return entities
    merged: list[Entity] = []
    for entity in entities:
        forms = set(entity.forms())
        form = next(iter(forms)) if len(forms) == 1 else ""
        target = None
        if (
            2 <= len(form) <= 5
            and form.isalpha()
            and form.isupper()
            and form not in table
            and form not in defined
        ):
            owners = [p for p in people if p is not entity and form in _initials_of(p, text)]
            target = owners[0] if len(owners) == 1 else None
        if target is None:
            merged.append(entity)
            continue
        for mention in entity.mentions:
            target.add(replace(mention, type="PERSON"))
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
    mentions = _name_particles(
        text, _join_split_names(text, _first_names_from_bodies(text, mentions))
    )
    mentions = _split_named_heads(text, mentions, capitalisation)
    mentions = _english_bodies(text, mentions)
    defined = defined_acronyms(text, mentions)
    mentions.extend(apply_definitions(text, mentions, defined))
    attach_roles(text, sentences, mentions)
    entities = _merge_initials(resolve(mentions, defined, known_name), text, defined)
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
