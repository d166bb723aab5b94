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

The steps before this one: :mod:`warta.chunks` makes the tagger's chunks clean
mentions, :mod:`warta.article_mentions` adds the mentions only the whole article shows
(listed names, repeats, lone name parts, definitions) and puts cut names back into
shape, and :mod:`warta.roles` attaches roles. This module resolves the mentions into
entities; the tests on two names it asks are in :mod:`warta.name_match`, the word
lists in :mod:`warta.names`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from warta.article import CitedMedium
from warta.article_mentions import complete_mentions
from warta.chunks import Tagger, role_complements, tag_mentions
from warta.mentions import INITIALS_RE, LEADING_TITLES, Mention
from warta.name_match import (
    CLUB_TAILS,
    area_or_parent,
    brand_case,
    club_short_name,
    company_tail,
    dropped_letter,
    first_name_cut,
    listed_company,
    misspelt,
    name_initials,
    other_word,
    same_body,
    same_company,
    short_name_of,
    subsequence,
    without_article,
    without_legal_form,
)
from warta.names import alias_table, bare_name_word, known_places
from warta.roles import attach_roles

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
                if " " not in other and n > uses and dropped_letter(word, other):
                    words[k] = other
        return " ".join(words)


def _same_entity(entity: Entity, mention: Mention, alias: tuple[str, str] | None) -> bool:
    if alias and entity.canonical == alias[0]:
        return True
    names = set(entity.forms())
    if mention.text in names:
        return True  # one surface form is one entity within an article, whatever its tags
    if any(brand_case(mention.text, name) for name in names):
        return True  # "BigDish" ... "Bigdish"
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
            if len(words) == 1 and target in map(without_article, name_words):
                return True  # "Ali al-Naimi" ... "Naimi"
            if len(words) == 1 and any(dropped_letter(target, w) for w in name_words):
                return True  # "Bamban PS Brodjonegoro" ... "Bambang": the full name slipped
            if len(name_words) == 1 and any(dropped_letter(name, w) for w in words):
                return True
            if subsequence(words, name_words) or subsequence(name_words, words):
                return True  # "Pri Agung" / "Pri Agung Rakhmanto", "Bambang (PS) Brodjonegoro"
            if first_name_cut(words, name_words):
                return True  # "Rudianto Rimbono" / "Rudiantoro Rimbono"
            if len(words) == 1 and len(name_words) > 1 and short_name_of(target, name_words):
                return True  # "Enggar" for "Enggartiasto Lukita", "Demiz" for "Deddy Mizwar"
        if target.isupper() and 2 <= len(target) <= 6 and name_initials(name) == target:
            return True
        if entity.type == "ORG" == mention.type and (
            same_company(target, name) or same_body(mention.text, name)
        ):
            return True
        if (
            name.isupper()
            and 2 <= len(name) <= 6
            and name_initials(target) == name
            and not any(len(other.split()) > 1 for other in names)
        ):
            # "Arab Saudi" has the initials of "AS", but once "AS" stands for "Amerika
            # Serikat" in this entity, another long form is another entity.
            return True
        if (
            len(lower) >= 5
            and len(target.split()) == len(name.split())
            and misspelt(lower, name.lower())
            and target[0].lower() == name[0].lower()
            and not other_word(lower, name.lower())
            # acronyms and numerals are never slips: "Komisi II DPR", "Komisi IX DPR"
            and not any(
                x.isupper() or y.isupper()
                for x, y in zip(target.split(), name.split(), strict=True)
                if x != y
            )
            # each word slips on its own: "Henry Potter" is 2 edits from "Harry Potter",
            # within the limit for 12 letters, but 2 edits in a 5-letter word are a name
            and all(
                misspelt(x, y)
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
        bare = without_legal_form(form).split()
        if len(bare) <= len(words):
            continue
        if club_short_name(bare, words, mention.type):
            return True
        if bare[: len(words)] != words:
            continue
        tail = bare[len(words) :]
        if len(words) == 1 and all(company_tail(t) or t.lower() in CLUB_TAILS for t in tail):
            return True
        if area_or_parent(tail):
            return True
    return False


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
            and misspelt(lower, surface.lower())
            and not other_word(lower, surface.lower())
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
    :func:`warta.article_mentions.defined_acronyms`); they act like alias-table
    entries. ``known_name`` (the tagger's gazetteer) keeps listed places out of
    people's names.
    """
    entities: list[Entity] = []
    table = alias_table()
    defined = defined or {}
    for mention in sorted(mentions, key=lambda m: m.start):
        # the article's own definition first: "Federasi Sepak Bola Internasional (FIFA)"
        alias = (
            defined.get(mention.text)
            or table.get(mention.text)
            or listed_company(mention.text, table)
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
            if entity.type == "ORG" and all(form in known_places() for form in entity.forms()):
                entity.type = "PLACE"  # "Konsul Jenderal RI di [Chicago] ...": a city
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
        initials = name_initials(mention.text)
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
    mentions, defined = complete_mentions(text, sentences, mentions, tagger)
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
