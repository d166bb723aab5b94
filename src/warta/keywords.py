"""KEYWORDS: up to ten key phrases of an article, best first.

A small statistical extractor in the spirit of YAKE (no training data, no
model), written for news: candidates are runs of up to three content words
between stopwords and punctuation, scored by how often and how widely they
occur, how early they first appear and whether they are names. Two rules come
from how keywords are used (tags, facets, search):

* names are atomic: a capitalised run ("Kementerian Pertanian") is one
  candidate, never split into "Kementerian" and "Pertanian"; when the ENTITY
  layer is given, its names are candidates, and any part of a name or alias
  ("Jong", "Jong Un" of "Kim Jong Un") is never a keyword on its own;
* one concept, one keyword: a phrase whose words are contained in a better
  phrase ("transportasi" after "transportasi online") is dropped.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from warta.summary import stopwords

_CHUNK_RE = re.compile(r"[^.,;:!?()\[\]\"“”‘’«»\n|/–—]+")
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_MAX_WORDS = 3  # longest generic (lower-case) phrase
_MAX_NAME_WORDS = 6  # longest capitalised run kept whole
_NAME_BOOST = 1.6
_ENTITY_BOOST = 2.2


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words that open a title ("Presiden", "Kepala"): they split a capitalised run.

    Taken from the first words of warta's role list (data/roles.txt), so that
    "Kepala Dinas Kebudayaan" gives "Dinas Kebudayaan", not a job title.
    """
    text = resources.files("warta.data").joinpath("roles.txt").read_text("utf-8")
    return frozenset(
        line.split()[0].lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    ) - {"wakil"}


@dataclass(slots=True)
class _Candidate:
    count: int = 0
    first: int = 0
    chunks: set[int] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    name: bool = False
    entity: str | None = None


def extract_keywords(
    text: str, *, entities: Sequence[dict[str, Any]] = (), limit: int = 10
) -> list[dict[str, Any]]:
    """Up to ``limit`` key phrases as [{text, score}], best first (scores in 0..1)."""
    if limit <= 0 or not text.strip():
        return []
    stop = stopwords()
    names, fragments, masked = _entity_index(entities)
    candidates: dict[tuple[str, ...], _Candidate] = {}
    roles = _role_words()
    # Words the article also writes in lower case are ordinary words when they
    # open a sentence ("Moon menyambut" keeps "Moon", "Ada yang" does not).
    common = {w for w in _WORD_RE.findall(text) if w[0].islower()}

    for chunk_id, chunk in enumerate(_CHUNK_RE.finditer(text)):
        run: list[tuple[str, int]] = []
        for match in _WORD_RE.finditer(text, chunk.start(), chunk.end()):
            word, start = match.group(), match.start()
            lower = word.lower()
            if (
                lower in stop
                or lower in roles
                or len(word) < 2
                or word[0].isdigit()
                or masked.contains(start)
            ):
                _add_run(candidates, run, chunk_id, chunk.start(), common)
                run = []
            else:
                run.append((word, start))
        _add_run(candidates, run, chunk_id, chunk.start(), common)

    for name, (surface, mentions) in names.items():
        cand = candidates.setdefault(name, _Candidate(first=mentions[0] if mentions else len(text)))
        cand.entity = surface
        cand.count += len(mentions)
        cand.first = min([cand.first, *mentions])
        cand.chunks.update(mentions)

    length = max(len(text), 1)
    base = {key: _base_score(cand, length) for key, cand in candidates.items()}
    # A repeated lower-case phrase ("operasi pasar") inherits the weight of its
    # words in proportion to how many of their occurrences it accounts for, and
    # those words lose that share as keywords on their own (RAKE's insight:
    # the phrase, not its parts, is what the article keeps saying).
    absorbed: dict[str, float] = {}
    phrase_score: dict[tuple[str, ...], float] = {}
    for key, cand in candidates.items():
        if len(key) < 2 or cand.name or cand.entity is not None or cand.count < 2:
            continue
        total = 0.0
        for word in key:
            single = candidates.get((word,))
            if single is None:
                continue
            share = min(1.0, cand.count / single.count)
            total += base[(word,)] * share
            absorbed[word] = max(absorbed.get(word, 0.0), share)
        phrase_score[key] = max(total, base[key])

    scored: list[tuple[float, tuple[str, ...]]] = []
    for key, cand in candidates.items():
        if key in fragments and cand.entity is None:
            continue
        score = phrase_score.get(key, base[key])
        if len(key) == 1:
            score *= 1.0 - 0.5 * absorbed.get(key[0], 0.0)
        if cand.entity is not None:
            score *= _ENTITY_BOOST
        elif cand.name:
            score *= _NAME_BOOST
        scored.append((score, key))
    scored.sort(key=lambda item: (-item[0], candidates[item[1]].first))

    chosen: list[tuple[float, tuple[str, ...], str]] = []
    for score, key in scored:
        if any(_near_duplicate(key, other) for _, other, _ in chosen):
            continue
        cand = candidates[key]
        chosen.append((score, key, cand.entity or _surface(cand)))
        if len(chosen) == limit:
            break
    top = chosen[0][0] if chosen else 1.0
    return [{"text": surface, "score": round(score / top, 4)} for score, _, surface in chosen]


def _base_score(cand: _Candidate, length: int) -> float:
    """Frequency x spread x earliness: how much the article keeps coming back to it."""
    position = 1.0 - 0.5 * cand.first / length  # 1.0 at the top, 0.5 at the end
    score = (1.0 + math.log(cand.count)) * (1.0 + math.log(len(cand.chunks) or 1)) * position
    if cand.count == 1 and cand.entity is None:
        score *= 0.5  # said once is rarely what the article is about
    return score


def _entity_index(
    entities: Sequence[dict[str, Any]],
) -> tuple[dict[tuple[str, ...], tuple[str, list[int]]], set[tuple[str, ...]], _Spans]:
    """Entity names (lower-cased word tuples) with mention offsets, their fragments, and spans.

    Every contiguous part of a name or alias is a fragment; the full name or
    alias of another entity is not (an alias maps to its entity's name).
    """
    names: dict[tuple[str, ...], tuple[str, list[int]]] = {}
    fragments: set[tuple[str, ...]] = set()
    masked: list[tuple[int, int]] = []
    for entity in entities:
        name = str(entity.get("name") or "").strip()
        key = tuple(w.lower() for w in _WORD_RE.findall(name))
        if not key:
            continue
        mentions = entity.get("mentions") or []
        starts = sorted(int(m["start"]) for m in mentions if "start" in m)
        masked.extend((int(m["start"]), int(m["end"])) for m in mentions if "start" in m)
        previous = names.get(key)
        names[key] = (name, sorted([*(previous[1] if previous else []), *starts]))
        for form in (name, *(str(a) for a in entity.get("aliases") or [])):
            words = tuple(w.lower() for w in _WORD_RE.findall(form))
            for size in range(1, len(words) + 1):
                for i in range(len(words) - size + 1):
                    fragments.add(words[i : i + size])
    return names, fragments - set(names), _Spans.of(masked)


@dataclass(frozen=True, slots=True)
class _Spans:
    """Sorted mention spans, answering "is this offset inside one?" by bisection.

    A span contains ``offset`` exactly when the furthest end among the spans
    starting at or before it lies past it, so prefix maxima of the ends suffice.
    """

    starts: list[int]
    reach: list[int]

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> _Spans:
        starts, reach, furthest = [], [], -1
        for start, end in sorted(spans):
            furthest = max(furthest, end)
            starts.append(start)
            reach.append(furthest)
        return cls(starts, reach)

    def contains(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset


def _add_run(
    candidates: dict[tuple[str, ...], _Candidate],
    run: list[tuple[str, int]],
    chunk_id: int,
    chunk_start: int,
    common: set[str],
) -> None:
    """Turn one run of content words into candidates: capitalised parts whole, the rest n-grams."""
    if not run:
        return
    # Split the run into maximal capitalised / lower-case stretches. A capitalised
    # word at the very start of a chunk may just open the sentence: it is a
    # name when the next word is capitalised too or the article never writes
    # it in lower case.
    parts: list[tuple[bool, list[tuple[str, int]]]] = []
    for index, (word, start) in enumerate(run):
        capital = word[0].isupper()
        if capital and index == 0 and _opens_sentence(start, chunk_start):
            capital = (len(run) > 1 and run[1][0][0].isupper()) or word.lower() not in common
        if parts and parts[-1][0] == capital:
            parts[-1][1].append((word, start))
        else:
            parts.append((capital, [(word, start)]))
    for capital, words in parts:
        if capital and len(words) <= _MAX_NAME_WORDS:
            _count(candidates, words, chunk_id, name=True)
            continue
        for size in range(1, _MAX_WORDS + 1):
            for i in range(len(words) - size + 1):
                _count(candidates, words[i : i + size], chunk_id, name=False)


def _opens_sentence(start: int, chunk_start: int) -> bool:
    return start - chunk_start <= 2


def _count(
    candidates: dict[tuple[str, ...], _Candidate],
    words: list[tuple[str, int]],
    chunk_id: int,
    *,
    name: bool,
) -> None:
    key = tuple(w.lower() for w, _ in words)
    cand = candidates.get(key)
    if cand is None:
        cand = candidates[key] = _Candidate(first=words[0][1])
    cand.count += 1
    cand.chunks.add(chunk_id)
    cand.forms[" ".join(w for w, _ in words)] += 1
    cand.name = cand.name or name


def _surface(cand: _Candidate) -> str:
    """The form to show: the most frequent spelling, lower case unless it is a name."""
    form = cand.forms.most_common(1)[0][0] if cand.forms else ""
    return form if cand.name else form.lower()


def _near_duplicate(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same concept: one phrase's words inside the other's, or the same word stems."""
    set_a, set_b = set(a), set(b)
    if set_a <= set_b or set_b <= set_a:
        return True
    return len(a) == len(b) and all(_stem(x) == _stem(y) for x, y in zip(a, b, strict=True))


def _stem(word: str) -> str:
    """A crude stem for duplicate detection only: drop "-nya" and common suffixes."""
    if word.endswith("nya") and len(word) >= 7:
        word = word[:-3]
    for suffix in ("kan", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
