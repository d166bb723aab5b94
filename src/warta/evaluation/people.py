"""Score people and their roles on real reporting: the PFSA-ID Kompas articles.

The sample corpus (:mod:`warta.evaluation.entities`) is warta's own writing;
PFSA-ID is 408 real Kompas articles with the sources of their statements
annotated by others: PERSON spans and, next to many of them, the person's ROLE
and AFFILIATION ("Direktur Jenderal Penanganan Fakir Miskin | Kementerian
Sosial | Asep Sasa Purnama"). It annotates only people who make a statement,
so it measures *recall* of people and the *accuracy* of their roles, not
precision (an unannotated person is not a wrong one).

- **people**: a gold PERSON is found when a predicted PERSON entity has a
  mention overlapping it (*exact* when the mention has the same span); *other
  type* counts gold people covered only by an ORG or PLACE mention. The entity
  layer runs on the article text rebuilt from the tokens, without the pipeline's
  structure layer (the corpus has no datelines or bylines to strip).
- **roles**: a gold role is a ROLE chunk, extended by an AFFILIATION chunk that
  follows it directly, that ends at most three tokens before the person or
  starts at most three tokens after the person, in the same sentence. Scored
  on the gold roles whose person was found: *exact* when a predicted role of
  that entity equals the role or the role with its affiliation (case, spaces
  and punctuation aside), *partial* when one contains the other.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.entities import Tagger, find_entities
from warta.evaluation.pfsa import (
    GoldFormatError,
    Sentence,
    chunk_span,
    chunks,
    detokenize,
    load_articles,
)
from warta.segment import split_paragraphs, split_sentences

_NEAR = 3  # tokens between a role and its person
_NORMALISE_RE = re.compile(r"[^\w]+")


@dataclass(slots=True)
class GoldPerson:
    start: int
    end: int
    roles: tuple[str, ...]  # acceptable forms of the role; empty when none is annotated


def _normalise(text: str) -> str:
    return " ".join(_NORMALISE_RE.sub(" ", text.lower()).split())


def gold_people(article: list[Sentence]) -> tuple[str, list[GoldPerson]]:
    """The article's text and its annotated people with their roles."""
    text, offsets = detokenize(article)
    found = chunks(article)

    roles = [c for c in found if c[0] == "ROLE" and c[1] == c[3]]
    affiliations = {(c[1], c[2]): c for c in found if c[0] == "AFFILIATION" and c[1] == c[3]}
    people = []
    for person in (c for c in found if c[0] == "PERSON"):
        forms: tuple[str, ...] = ()
        for role in roles:
            if role[1] != person[1]:
                continue
            affiliation = affiliations.get((role[1], role[4] + 1))
            end = affiliation[4] if affiliation is not None else role[4]
            before = 0 < person[2] - end <= _NEAR
            after = 0 < role[2] - person[4] <= _NEAR
            if not (before or after):
                continue
            start, end_of_role = chunk_span(offsets, role)
            plain = text[start:end_of_role]
            if affiliation is not None:
                forms = (text[start : chunk_span(offsets, affiliation)[1]], plain)
            else:
                forms = (plain,)
            break
        people.append(GoldPerson(*chunk_span(offsets, person), forms))
    return text, people


def score_people(gold: list[GoldPerson], entities: list[dict[str, Any]]) -> dict[str, int]:
    """Counts for one article (see the module docstring)."""
    mentions = [(m["start"], m["end"], e) for e in entities for m in e["mentions"]]
    counts = dict.fromkeys(
        ("people", "found", "exact", "other_type", "roles", "roles_scored", "exact_roles",
         "partial_roles"), 0,
    )  # fmt: skip
    for person in gold:
        counts["people"] += 1
        counts["roles"] += bool(person.roles)
        overlapping = [(s, e, ent) for s, e, ent in mentions if s < person.end and person.start < e]
        persons = [(s, e, ent) for s, e, ent in overlapping if ent["type"] == "PERSON"]
        if not persons:
            counts["other_type"] += bool(overlapping)
            continue
        counts["found"] += 1
        counts["exact"] += any(s == person.start and e == person.end for s, e, _ in persons)
        if not person.roles:
            continue
        counts["roles_scored"] += 1
        gold_forms = {_normalise(r) for r in person.roles}
        predicted = {_normalise(r) for r in persons[0][2]["roles"]}
        counts["exact_roles"] += bool(gold_forms & predicted)
        counts["partial_roles"] += any(g in p or p in g for g in gold_forms for p in predicted if p)
    return counts


def evaluate_people(path: str | Path, tagger: Tagger | None = None) -> dict[str, Any]:
    """People recall and role accuracy on PFSA-ID (a file, or a folder of ``.txt`` files)."""
    if tagger is None:
        from warta.ner.tagger import NerTagger

        tagger = NerTagger.load()
    articles = load_articles(Path(path))
    if not articles:
        raise GoldFormatError(f"{path}: no PFSA-ID articles")
    total: dict[str, int] = {}
    start = time.perf_counter()
    for article in articles:
        text, gold = gold_people(article)
        paragraphs = split_paragraphs(text)
        sentences = [s for a, b in paragraphs for s in split_sentences(text, a, b)]
        for key, value in score_people(gold, find_entities(text, sentences, tagger)).items():
            total[key] = total.get(key, 0) + value

    def share(part: str, whole: str) -> float:
        return round(total.get(part, 0) / total[whole], 4) if total.get(whole) else 0.0

    return {
        "format": "pfsa",
        "articles": len(articles),
        "people": {
            "gold": total.get("people", 0),
            "found": total.get("found", 0),
            "recall": share("found", "people"),
            "exact_recall": share("exact", "people"),
            "other_type": total.get("other_type", 0),
        },
        "roles": {
            "gold": total.get("roles", 0),
            "scored": total.get("roles_scored", 0),
            "exact_accuracy": share("exact_roles", "roles_scored"),
            "partial_accuracy": share("partial_roles", "roles_scored"),
        },
        "articles_per_second": round(len(articles) / (time.perf_counter() - start), 1),
    }
