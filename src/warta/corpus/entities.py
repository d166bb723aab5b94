"""Cross-article entities: one corpus entity per person, organisation or place.

Each analysed article lists its own entities (name, aliases, roles,
mentions). Across articles the same person appears as "Jokowi", "Joko
Widodo" or "Presiden Joko Widodo"; this module reduces every form to *keys*
that can be looked up in the ``entity_keys`` table:

- a leading role ("Presiden", "Menteri Luar Negeri", "juru bicara") is
  stripped, using the same role list as the per-article resolver;
- a form in warta's curated alias table is replaced by its canonical name
  ("Jokowi" → "Joko Widodo", "KPK" → "Komisi Pemberantasan Korupsi");
- keys are case- and accent-folded.

Multi-word names and alias-table names are *strong* keys: sharing one merges
two entities. A bare one-word form ("Kim", "Widodo") is only a *weak* key: it
joins an existing entity only when exactly one entity carries it, so two
different Kims are never merged through "Kim".

The canonical name of a corpus entity is the alias-table name when there is
one, else the longest (in words) role-free name seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from warta.corpus.search import fold
from warta.names import alias_table
from warta.roles import role_heads


@dataclass(slots=True)
class EntityKeys:
    """What the store needs to place one article entity in the corpus."""

    name: str
    type: str
    curated: bool
    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    forms: list[str] = field(default_factory=list)


def normalise(name: str) -> str:
    """Folded name with punctuation reduced to single spaces."""
    folded = fold(name)
    cleaned = "".join(ch if ch.isalnum() or ch == "-" else " " for ch in folded)
    return " ".join(cleaned.split())


@lru_cache(maxsize=1)
def _folded_aliases() -> dict[str, tuple[str, str]]:
    table = {normalise(surface): value for surface, value in alias_table().items()}
    for canonical, kind in set(alias_table().values()):
        table.setdefault(normalise(canonical), (canonical, kind))
    return table


def strip_role(name: str) -> str:
    """The name without a leading role phrase ("Presiden Joko Widodo" → "Joko Widodo")."""
    tokens = name.split()
    lowered = [t.lower().strip(",.") for t in tokens]
    for head in role_heads():
        n = len(head)
        if len(tokens) > n and tuple(lowered[:n]) == head and tokens[n][:1].isupper():
            return " ".join(tokens[n:]).strip(" ,")
    return name.strip()


def curated(form: str) -> tuple[str, str] | None:
    """The alias-table (canonical name, type) for a form, if it has one."""
    table = alias_table()
    return table.get(form) or _folded_aliases().get(normalise(form))


def resolve_name(name: str) -> set[str]:
    """Keys a user-typed entity name (``--entity``) may match."""
    found = curated(name) or curated(strip_role(name))
    keys = {normalise(strip_role(name)), normalise(name)}
    if found:
        keys.add(normalise(found[0]))
    return {k for k in keys if k}


def entity_keys(entity: dict[str, Any]) -> EntityKeys:
    """Keys, canonical name and type for one entity of an article's ``entities`` layer."""
    raw_name = str(entity.get("name") or "").strip()
    aliases = [str(a) for a in entity.get("aliases") or [] if str(a).strip()]
    mention_forms = [str(m.get("text")) for m in entity.get("mentions") or [] if m.get("text")]
    forms = list(dict.fromkeys([raw_name, *aliases, *mention_forms]))
    kind = str(entity.get("type") or "PERSON")
    canonical: tuple[str, str] | None = None
    stripped_forms = []
    for form in forms:
        bare = strip_role(form)
        stripped_forms.append(bare)
        canonical = canonical or curated(form) or curated(bare)
    name = canonical[0] if canonical else strip_role(raw_name) or raw_name
    keys = EntityKeys(
        name=name, type=canonical[1] if canonical else kind, curated=canonical is not None
    )
    keys.forms = [f for f in forms if f]
    for bare in [name, *stripped_forms]:
        key = normalise(bare)
        if not key:
            continue
        if len(key.split()) > 1 or bare == name:
            keys.strong.add(key)
        else:
            keys.weak.add(key)
    if canonical:
        keys.strong.add(normalise(canonical[0]))
    keys.weak -= keys.strong
    return keys


def better_name(current: str, current_curated: bool, new: EntityKeys) -> tuple[str, bool]:
    """The name a merged entity should carry: curated first, then the longest form."""
    if current_curated:
        return current, True
    if new.curated:
        return new.name, True
    if len(new.name.split()) > len(current.split()):
        return new.name, False
    return current, False
