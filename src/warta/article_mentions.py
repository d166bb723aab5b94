"""Article mentions: the mentions only the whole article shows.

The tagger reads one sentence at a time, and :mod:`warta.chunks` cleans what it
found there. A reader of the whole article finds more, and this module does what
the reader does, before roles are attached and mentions resolved into entities
(:mod:`warta.entities`):

- names the alias table or the place list knows, and every other occurrence of a
  name found once, including a misspelt one ("Korea Utra");
- a lone first or last name of a person named in full ("Mehta menambahkan");
- names the tagger cut or glued to their neighbours, put back into shape: a first
  name left at the end of an organisation or in the role before it, a middle name
  left out, particles ("van der"), a firm or the end of a body glued before a person
  after a role, a results-table row, English-named bodies;
- the short forms the article defines ("Badan Legislasi (Baleg)", "Setya Novanto
  (Setnov)"), with every use of them.

:func:`complete_mentions` runs these passes in order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from warta.chunks import Tagger, given_name_word
from warta.institutions import institution_names
from warta.mentions import AGE_AFTER_RE, LEADING_TITLES, NAME_ABBREVIATIONS, Coverage, Mention
from warta.name_match import blend_of, misspelt, name_initials
from warta.names import (
    DEFINITION_RE,
    LEGAL_FORMS,
    MORE_PLACES,
    NAME_PARTICLES,
    NEVER_ALONE,
    alias_table,
    bare_name_word,
    known_places,
    title_words,
)
from warta.roles import rank_at, role_at
from warta.segment import Token, tokenize


def complete_mentions(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], tagger: Tagger
) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """The article's mentions after every pass of this module, and the short forms it
    defines (see :func:`defined_acronyms`). ``mentions`` are the cleaned chunks of the
    tagger; the tagger's gazetteer and capitalisation ratios, where it has them, keep
    listed places out of people's names and common words out of misspelt names."""
    known_name = getattr(tagger, "known_name", None)
    capitalisation = getattr(tagger, "capitalisation", None)
    mentions.extend(known_mentions(text, mentions))
    mentions.extend(consistent_mentions(text, mentions, capitalisation))
    mentions.extend(name_part_mentions(text, mentions, capitalisation, known_name))
    mentions = institution_names(text, sentences, mentions)
    mentions = _name_particles(
        text, _join_split_names(text, _first_names_from_bodies(text, mentions))
    )
    mentions = _split_named_heads(text, mentions, capitalisation)
    first_name_count = getattr(tagger, "first_name_count", None)
    mentions = _first_names_left_out(text, mentions, first_name_count, known_name, capitalisation)
    mentions = _results_rows(text, mentions)
    _speakers_typed_as_places(text, mentions, known_name)
    mentions = _english_bodies(text, mentions)
    defined = defined_acronyms(text, mentions)
    mentions.extend(apply_definitions(text, mentions, defined))
    return mentions, defined


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
    candidates = [f for f in forms if len(f) >= 6] + [
        a for a in _known_names()[1] if len(a) >= 6 and a not in MORE_PLACES
    ]
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
                and misspelt(lower, form.lower())
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
    new firm, not a given name such as "Muhammad", by which nobody is called.

    After a role and the start of its body, the end of the body glued to the name goes
    back to it when the article names it in an organisation or place of its own:
    "Direktur Utama Kimia [Farma Verdi Budidarmo]" beside "Kimia Farma", "Direktur
    Walhi [Jambi Rudiansyah]" beside "di Jambi". Not a word the article uses alone for
    a person ("Ace"), and not right after a place: "Wali Kota Bogor [Bima Arya]"."""
    bodies = {m.text for m in mentions if m.type == "ORG" and len(m.text) >= 3}
    lone = Counter(m.text for m in mentions if m.type == "PERSON" and " " not in m.text)
    named_bodies = [(m.text.split(" "), m.type) for m in mentions if m.type != "PERSON"]
    if not bodies and not lone and not named_bodies:
        return mentions
    # "Wali Kota Bogor [Bima Arya Santoso]": after a place, a place word opening the name
    # is the person's (a second region would not follow the first)
    after_place = {m.end + 1 for m in mentions if m.type == "PLACE"}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        long_person = m.type == "PERSON" and len(words) >= 3
        glued = long_person and _right_after_role(text, m.start)
        after_body = (
            long_person and m.start not in after_place and _after_role_and_body(text, m.start)
        )
        for k in range(len(words) - 2, 0, -1) if glued or after_body else ():
            head = " ".join(words[:k])
            # the brand is named alone, or the article calls the person by the word
            # after it ("CIO [Investree] Dickie Widjaja ... Dickie menekankan")
            named = glued and (
                head in bodies
                or (
                    k == 1
                    and lone[words[1]]
                    and not lone[words[0]]
                    and capitalisation is not None
                    and capitalisation(words[0]) == "u"
                )
            )
            kind = "ORG" if named else ""
            if not kind and not any(lone[w] for w in words[:k]):
                kind = _words_of_bodies(words[:k], words[k], named_bodies)
            if not kind:
                continue
            cut = m.start + len(head)
            out.append(Mention(m.start, cut, head, kind))
            m = Mention(cut + 1, m.end, text[cut + 1 : m.end], "PERSON")
            break
        out.append(m)
    return out


def _words_of_bodies(head: list[str], next_word: str, bodies: list[tuple[list[str], str]]) -> str:
    """The type of the organisations or places the article names elsewhere that hold every
    word of ``head`` but not ``next_word``, the person's first name: "Direktur Walhi
    [Jambi] Rudiansyah" where "Jambi" is a place of the article. Empty when a word is in
    none, or when the bodies holding them are of two types. A body that holds the next
    word too is the person's own name mistyped ("[Maverick Vinales]" as an organisation)
    and does not count."""
    kinds: set[str] = set()
    for word in head:
        holding = {kind for words, kind in bodies if word in words and next_word not in words}
        if not holding:
            return ""
        kinds |= holding
    return kinds.pop() if len(kinds) == 1 else ""


def _after_role_and_body(text: str, start: int) -> bool:
    """A role phrase and at most three capitalised words of its body stand right before
    ``start``: "Direktur Utama Kimia | Farma Verdi Budidarmo"."""
    tokens = tokenize(text, max(0, start - 80), start)
    for i in range(len(tokens)):
        n = role_at(tokens, i)
        rest = tokens[i + n :]
        if n and len(rest) <= 3 and all(t.text[0].isupper() for t in rest):
            return True
    return False


def _right_after_role(text: str, start: int) -> bool:
    """A role phrase ends right before ``start`` ("Wakil presiden |", "CEO |")."""
    tokens = tokenize(text, max(0, start - 60), start)
    return any((n := role_at(tokens, i)) and i + n == len(tokens) for i in range(len(tokens)))


# A word opens at least this many listed people's names to count as a first name.
_FIRST_NAME_MIN = 3
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n\"“”'‘’])\s*$")
# Kin before a name: "putri Blake Lively" is his daughter, not a woman named Putri.
_KIN_WORDS = frozenset("putri putra putera anak cucu adik kakak istri suami ayah ibu".split())
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


def _first_names_left_out(
    text: str,
    mentions: list[Mention],
    first_name_count: Callable[[str], int] | None = None,
    known_name: Callable[[list[str]], str] | None = None,
    capitalisation: Callable[[str], str] | None = None,
) -> list[Mention]:
    """A person's first name the tagger left before the name, where the role took it.

    - After a rank: nothing but a name stands there. "Komisaris Jenderal [Listyo]
      [Sigit Prabowo]", the first name read alone as an organisation.
    - At the end of the role, when the word opens several listed people's names (the
      gazetteer's persons and members of parliament; ``first_name_count``): "Kepala
      Humas Masjid Istiqlal Abu [Hurairah Abdul Salam]", "Ketua MPR Bambang
      [Soesatyo]". Not a place, body or region word, nor a word that ends a role phrase
      ("Jaksa Agung | Burhanuddin") or a listed name ("Polda Metro Jaya"). Words the
      news text mostly writes in lower case ("Ada", "Putri") and words opening a
      sentence, capitalised whatever they are, stay; so do kinship words ("putri Blake
      Lively": his daughter).

    An organisation or place the tagger ended with the word gives it up."""
    coverage = Coverage(len(text), mentions)
    bodies = {m.end: m for m in mentions if m.type != "PERSON"}
    grown: dict[int, int] = {}  # id of a person -> its new start
    cut: dict[int, int] = {}  # id of a body -> its new end
    for m in mentions:
        before = _WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        if m.type != "PERSON" or before is None:
            continue
        word, start, end = before.group(1), before.start(1), before.end(1)
        body = bodies.get(end)
        if body is None and coverage.overlaps(start, end):
            continue
        tokens = tokenize(text, max(0, start - 60), end)
        after_rank = (
            given_name_word(word)
            and word.lower() not in NEVER_ALONE
            and any(rank_at(tokens, i) == len(tokens) - 1 - i for i in range(len(tokens) - 1))
        )
        if after_rank or (
            first_name_count is not None
            and known_name is not None
            and capitalisation is not None
            and not _SENTENCE_START_RE.search(text, max(0, start - 3), start)
            and start > 0
            and capitalisation(word) in ("2", "3", "4")
            and word.lower() not in _KIN_WORDS
            and _listed_first_name(word, first_name_count, known_name)
            and not _ends_role_or_name(tokens, known_name)
        ):
            grown[id(m)] = start
            if body is not None:
                cut[id(body)] = len(text[:start].rstrip(" ,"))
    if not grown:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if id(m) in grown:
            start = grown[id(m)]
            m = Mention(start, m.end, text[start : m.end], "PERSON", m.role)
        elif id(m) in cut:
            kept = text[m.start : cut[id(m)]]
            if not kept or kept.lower() in NEVER_ALONE:
                continue
            m = Mention(m.start, m.start + len(kept), kept, m.type, m.role)
        out.append(m)
    return out


def _listed_first_name(
    word: str, first_name_count: Callable[[str], int], known_name: Callable[[list[str]], str]
) -> bool:
    """``word`` opens several listed people's names and is no place or body word."""
    return (
        bare_name_word(word)
        and given_name_word(word)
        and word.lower() not in NEVER_ALONE
        and first_name_count(word) >= _FIRST_NAME_MIN
        and not set(known_name([word])) & set("PCMG")
    )


def _ends_role_or_name(tokens: list[Token], known_name: Callable[[list[str]], str]) -> bool:
    """The last token ends a role phrase ("Jaksa Agung") or a listed name of two or three
    words ("Metro Jaya")."""
    words = [t.text for t in tokens]
    if any(known_name(words[-k:]) for k in (2, 3) if len(words) >= k):
        return True
    return any((n := role_at(tokens, i)) and i + n == len(tokens) for i in range(len(tokens)))


# Verbs written after a quotation, before its speaker ("..., tutur Kubais"); the
# "after" cues of data/cues-id.txt that the quotes layer reads.
_SPEECH_VERBS_BEFORE_SPEAKER = frozenset(
    "kata ujar tutur ucap terang imbuh ungkap tegas jelas tambah papar pungkas tandas".split()
)
_SPEECH_VERB_BEFORE_RE = re.compile(r"\b(\w+)\s+$")


def _speakers_typed_as_places(
    text: str, mentions: list[Mention], known_name: Callable[[list[str]], str] | None
) -> None:
    """A one-word name that speaks ("..., tutur Kubais", "ucap Kamaludin") is a person in
    all its mentions, also where the tagger typed it a place or organisation ("Ketua
    KPUD Muna, [Kubais], ..."): places do not speak. Listed places, bodies, titles and
    acronyms keep their type ("kata Polri", "kata General Manager ...")."""
    speakers: set[str] = set()
    for m in mentions:
        if " " in m.text or m.text.isupper() or m.text in speakers:
            continue
        verb = _SPEECH_VERB_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
        if (
            verb is not None
            and verb.group(1) in _SPEECH_VERBS_BEFORE_SPEAKER
            and bare_name_word(m.text)
            and given_name_word(m.text)
            and m.text not in alias_table()
            and not (known_name is not None and set(known_name([m.text])) & set("PCMGKL"))
        ):
            speakers.add(m.text)
    for m in mentions:
        if m.text in speakers:
            m.type = "PERSON"


# Country codes of sports results tables (IOC and FIFA): "Andrea Dovizioso ITA Ducati".
_COUNTRY_CODES = frozenset(
    """ARG AUS AUT BEL BRA CAN CHN COL CZE DEN ESP FIN FRA GBR GER HUN IDN INA IND ITA JPN
    KOR MAS MEX NED NOR NZL PHI POL POR RSA RUS SGP SPA SUI SWE THA TPE TUR USA VIE""".split()
)


def _results_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """A results table run into one person chunk: "[Cal Crutchlow GBR LCR Honda]". The
    name ends at the rider's or player's country code; the words after it are the team.
    Without the cut, two riders of one team share words and become one person. The code
    itself is no entity."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        code = (
            next((k for k, w in enumerate(words) if k >= 2 and w in _COUNTRY_CODES), None)
            if m.type == "PERSON"
            else None
        )
        if code is None:
            out.append(m)
            continue
        name = " ".join(words[:code])
        out.append(Mention(m.start, m.start + len(name), name, "PERSON", m.role))
        team = words[code + 1 :]
        if team and all(w[0].isupper() for w in team):
            start = m.end - len(" ".join(team))
            out.append(Mention(start, m.end, text[start : m.end], "ORG"))
    # a code the tagger read alone after a name ("Maverick Vinales [ESP]") names nothing
    person_ends = {m.end + 1 for m in out if m.type == "PERSON"}
    return [m for m in out if not (m.text in _COUNTRY_CODES and m.start in person_ends)]


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
        if word.istitle() and head.isupper() and not name_initials(m.text).startswith(head):
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
    if match and blend_of(match.group(1).lower(), person.text.lower().split()):
        return match.group(1)
    alias = _ALIAS_WORD_RE.match(text, person.end)
    if alias and (other := starts.get(alias.end())) is not None and other.text != person.text:
        return other.text
    return None


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
