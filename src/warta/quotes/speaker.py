"""Speaker phrases: find them next to a cue, split role from name, link entities.

A speaker phrase is read token by token away from the cue: capitalised
words, name particles and the lower-case nouns that make up titles and
unnamed sources ("juru bicara", "pejabat", "media pemerintah") belong to it;
any other lower-case word (a verb, a preposition) ends it. Pronouns are kept
as such and resolved later, against the speakers and subjects before them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from warta.article import Token
from warta.quotes.lexicon import CONNECTIVES, DAY_NAMES, NAME_PARTICLES, cues, match_phrase

_NAME_PUNCT = frozenset(".-'’&")


@dataclass(slots=True)
class Speaker:
    """A speaker phrase with offsets; ``pronoun`` speakers are resolved later."""

    start: int
    end: int
    text: str | None
    role: str | None = None
    entity: str | None = None
    pronoun: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "entity": self.entity, "role": self.role}


def _capital(tok: Token) -> bool:
    ch = tok.text[0]
    return ch.isupper() or (ch.isdigit() and len(tok.text) <= 4)


def _phrase_word(tok: Token) -> bool:
    low = tok.text.lower()
    if _capital(tok):
        return low not in DAY_NAMES
    return low in cues().speaker or low in NAME_PARTICLES or tok.text in _NAME_PUNCT


def _joins_names(tokens: list[Token], k: int, floor: int) -> bool:
    """ "dan" between capitalised words inside one name ("Keuangan dan Pembangunan")."""
    return (
        tokens[k].text == "dan"
        and floor < k < len(tokens) - 1
        and _capital(tokens[k - 1])
        and _capital(tokens[k + 1])
    )


def _starts_role(tokens: list[Token], i: int) -> int:
    words = [t.text.lower() for t in tokens]
    return match_phrase(words, i, cues().roles)


def pronoun_at(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].text.lower() in cues().pronoun


def phrase_after(tokens: list[Token], i: int, cross_commas: bool = False) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of a speaker phrase starting at ``tokens[i]``.

    ``cross_commas`` lets a role run over commas up to the name, which only
    makes sense where no content follows the speaker ("…,” kata Kepala X, Y").
    """
    j = i
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        if tok.text == "(":  # "Trismiati (37)" – skip a short parenthesis
            close = next((k for k in range(j + 1, min(n, j + 6)) if tokens[k].text == ")"), -1)
            if close < 0 or j == i:
                break
            j = close + 1
            continue
        if tok.text == ",":
            # "Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo": a role
            # phrase may run across commas until the name.
            if (
                cross_commas
                and j > i
                and _starts_role(tokens, i)
                and j + 1 < n
                and _capital(tokens[j + 1])
                and (tokens[j + 1].text.lower() not in DAY_NAMES)
            ):
                j += 1
                continue
            break
        if not _phrase_word(tok) and not _joins_names(tokens, j, i):
            break
        j += 1
    while j > i and (tokens[j - 1].text in _NAME_PUNCT or tokens[j - 1].text in ",)"):
        j -= 1
    if j == i:
        return None
    if tokens[i].text.lower() in CONNECTIVES and not _capital(tokens[i]):
        return None
    return (i, j)


def phrase_before(tokens: list[Token], end: int, floor: int = 0) -> tuple[int, int] | None:
    """Token range ``[i, end)`` of a speaker phrase ending right before ``tokens[end]``."""
    i = end
    while i > floor:
        tok = tokens[i - 1]
        if tok.text == ",":
            # Apposition "penasihat … Gedung Putih, Jake Sullivan": the part
            # before the comma must hold a role word.
            k = i - 1
            while k > floor and _phrase_word(tokens[k - 1]):
                k -= 1
            if (
                i < end
                and k < i - 1
                and any(_starts_role(tokens, m) for m in range(k, i - 1))
                and _capital(tokens[i])
            ):
                i = k
            break
        if tok.text == ")":  # "Trismiati (37)"
            open_ = next((k for k in range(i - 2, max(floor, i - 6) - 1, -1)
                          if tokens[k].text == "("), -1)  # fmt: skip
            if open_ <= floor:
                break
            i = open_
            continue
        if not _phrase_word(tok) and not _joins_names(tokens, i - 1, floor):
            break
        i -= 1
    # Sentence-initial connectives ("Sementara", "Namun") are not part of the name.
    while i < end and (
        tokens[i].text.lower() in CONNECTIVES
        or tokens[i].text in ",()"
        or tokens[i].text in _NAME_PUNCT
    ):
        i += 1
    while i < end and tokens[i].text.lower() in ("itu", "ini", "tersebut"):
        i += 1
    if i >= end:
        return None
    return (i, end)


def build(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    entities: list[dict[str, Any]],
    mention_index: list[tuple[int, int, str, str]],
) -> Speaker:
    """Split a phrase into role and name and link the name to an entity."""
    i, j = span
    start, end = tokens[i].start, tokens[j - 1].end
    first = bisect_left(mention_index, (start,))  # mention_index is sorted by start
    inside = []
    for k in range(first, len(mention_index)):
        m = mention_index[k]
        if m[0] >= end:
            break
        if m[1] <= end:
            inside.append(m)
    people = [m for m in inside if m[3] == "PERSON"]
    if people:
        ms, me, eid, _ = people[-1]
        return Speaker(ms, me, text[ms:me], _role(text, start, ms), eid)
    whole = [m for m in inside if m[0] == start and m[1] == end]
    if whole:
        return Speaker(start, end, text[start:end], None, whole[0][2])
    commas = [k for k in range(i, j) if tokens[k].text == ","]
    if commas:  # role, name
        k = commas[-1] + 1
        ns = tokens[k].start
        return Speaker(
            ns, end, text[ns:end], _role(text, start, ns), _by_name(text[ns:end], entities)
        )
    n = _starts_role(tokens, i)
    if n and i + n < j and all(_capital(t) for t in tokens[i + n : j]) and _capital(tokens[i]):
        ns = tokens[i + n].start  # "Presiden Joko Widodo"
        return Speaker(
            ns, end, text[ns:end], _role(text, start, ns), _by_name(text[ns:end], entities)
        )
    surface = text[start:end]
    linked = _by_name(surface, entities) or _by_role(surface, entities)
    return Speaker(start, end, surface, None, linked)


def _role(text: str, start: int, name_start: int) -> str | None:
    role = text[start:name_start].strip(" ,\n")
    return role or None


def _by_name(name: str, entities: list[dict[str, Any]]) -> str | None:
    low = name.lower()
    single = " " not in low
    for entity in entities:
        forms = [entity["name"], *entity.get("aliases", [])]
        if any(f.lower() == low for f in forms):
            return str(entity["id"])
    if single and name[:1].isupper():
        for entity in entities:
            if entity.get("type") == "PERSON" and low in entity["name"].lower().split():
                return str(entity["id"])
    return None


def _by_role(phrase: str, entities: list[dict[str, Any]]) -> str | None:
    """ "Presiden" names the one entity whose role is exactly "Presiden"."""
    low = phrase.lower()
    hits = [e for e in entities if any(r.lower() == low for r in e.get("roles", []))]
    return str(hits[0]["id"]) if len(hits) == 1 else None


def mention_index(entities: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    """(start, end, entity id, type) for every mention, by start."""
    out = [
        (m["start"], m["end"], str(e["id"]), str(e.get("type", "")))
        for e in entities
        for m in e.get("mentions", [])
    ]
    out.sort()
    return out
