"""SUMMARY: the few most informative sentences of an article, in document order.

Extractive on purpose: every summary sentence is a span of the clean body, so
a reader can always find it in the article and nothing is put in a source's
mouth. News is written lead first (LEAD-3 alone is within a few ROUGE points
of neural summarizers on IndoSum), so the ranking is a *lead prior* corrected
by what the lead sometimes gets wrong:

* centrality: a sentence whose content words recur across the article is on
  topic; a colourful opener ("Ada yang baru dari ...") is not;
* entities: sentences that name the article's main actors carry the facts;
* quotes: a direct quotation is colour, the summary wants the reported fact;
* length: a 3-word fragment tells nothing, a 70-word sentence crowds out two.

The weights were tuned on the first half (by id order) of IndoSum dev and
reported on the second half; see docs/evaluation.md. Pure Python: one pass
over the words of the article, no matrices, thousands of articles a second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Lines that are never summary material even if the cleaner let them through.
_NOT_CONTENT_RE = re.compile(
    r"""^\W*(?:
        baca\s+juga | lihat\s+juga | simak\s+(?:juga|video|berita) | tonton\s+(?:juga|video)
        | berita\s+terkait | artikel\s+terkait | editor | penulis | pewarta | reporter
        | sumber | foto | video | caption | ikuti | follow | advertisement | scroll
        | copyright | hak\s+cipta
    )\b\s*[:|-]?""",
    re.IGNORECASE | re.VERBOSE,
)
# "(ptr)", "(EVY/ant)", "(Antara)": the byline initials some sites put in the body.
_BYLINE_RE = re.compile(r"^\W*\(?[A-Za-z]{1,6}(?:\s*[/,]\s*[A-Za-z]{1,6})*\)?\W*$")
_LEADING_JUNK = "-–—•*·|:;,. \t\n"
_OPEN_QUOTES = "\"“”'‘"


@dataclass(frozen=True, slots=True)
class SummaryWeights:
    """How much each signal counts; the defaults are the tuned values."""

    lead: float = 1.0  # weight of the position prior
    lead_decay: float = 0.3  # prior = 1 / (1 + rank) ** lead_decay
    centrality: float = 0.1
    title: float = 0.2  # not tuned: IndoSum has no titles
    entity: float = 0.1  # not tuned: the pipeline had no entity layer yet
    quote: float = 0.25
    short: float = 1.0  # penalty for sentences under ``short_words`` words
    short_words: int = 10
    long: float = 0.1  # penalty per ``long_words`` words beyond ``long_words``
    long_words: int = 25
    redundancy: float = 0.9  # skip a sentence sharing this share of content words


DEFAULT_WEIGHTS = SummaryWeights()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """warta's Indonesian stopword list (src/warta/data/stopwords-id.txt)."""
    text = resources.files("warta.data").joinpath("stopwords-id.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_content_sentence(sentence: str) -> bool:
    """False for "Baca juga" pointers, bylines, photo credits and other non-news lines."""
    return not (_NOT_CONTENT_RE.match(sentence) or _BYLINE_RE.match(sentence))


def summarize(
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    entities: Sequence[dict[str, Any]] = (),
    quotes: Sequence[dict[str, Any]] = (),
    title: str | None = None,
    size: int = 3,
    weights: SummaryWeights = DEFAULT_WEIGHTS,
) -> list[dict[str, Any]]:
    """The ``size`` best sentences as [{start, end, text, score}], in document order.

    ``sentences`` are (start, end) offsets into ``text`` (``Article.sentences``);
    ``entities`` and ``quotes`` are the article's layers and may be empty.
    Offsets of a picked sentence are trimmed of leading dashes left by a
    dateline ("- PT Pertamina ..."), so ``text[start:end] == item["text"]``.
    """
    if size <= 0:
        return []
    stop = stopwords()
    candidates: list[tuple[int, int, list[str], list[str]]] = []
    for start, end in sentences:
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        sentence = text[start:end]
        if not is_content_sentence(sentence):
            continue
        raw = _WORD_RE.findall(sentence)
        if raw:
            candidates.append((start, end, [w.lower() for w in raw], raw))
    if not candidates:
        return []

    content = [{w for w in words if w not in stop and len(w) > 1} for _, _, words, _ in candidates]
    spread = Counter(w for bag in content for w in bag)  # in how many sentences a word occurs
    title_words = (
        {w for w in (t.lower() for t in _WORD_RE.findall(title)) if w not in stop}
        if title
        else set()
    )
    entity_hits = _entity_hits(candidates, entities)
    quoted = _quoted_share(text, candidates, quotes)

    scored: list[tuple[float, int]] = []
    for rank, (_, _, words, _) in enumerate(candidates):
        bag = content[rank]
        n = len(words)
        # Centrality: mean log-spread of the content words over the *other* sentences.
        centrality = sum(math.log1p(spread[w] - 1) for w in bag) / (len(bag) + 2) if bag else 0.0
        score = weights.lead / (1.0 + rank) ** weights.lead_decay
        score += weights.centrality * centrality
        if title_words:
            score += weights.title * len(bag & title_words) / len(title_words)
        score += weights.entity * entity_hits[rank]
        score -= weights.quote * quoted[rank]
        if n < weights.short_words:
            score -= weights.short * (weights.short_words - n) / weights.short_words
        if n > weights.long_words:
            score -= weights.long * (n - weights.long_words) / weights.long_words
        scored.append((score, rank))

    scored.sort(key=lambda item: (-item[0], item[1]))
    picked: list[tuple[float, int]] = []
    for score, rank in scored:
        bag = content[rank]
        if bag and any(
            len(bag & content[other]) / len(bag) >= weights.redundancy for _, other in picked
        ):
            continue
        picked.append((score, rank))
        if len(picked) == size:
            break
    picked.sort(key=lambda item: item[1])
    return [
        {
            "start": candidates[rank][0],
            "end": candidates[rank][1],
            "text": text[candidates[rank][0] : candidates[rank][1]],
            "score": round(score, 4),
        }
        for score, rank in picked
    ]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _entity_hits(
    candidates: Sequence[tuple[int, int, list[str], list[str]]], entities: Sequence[dict[str, Any]]
) -> list[float]:
    """Per sentence: the share of the article's entity weight it mentions.

    An entity weighs its number of mentions, so naming the protagonist counts
    more than naming a place mentioned once. Without an entity layer this is
    zero: a capitalised-word stand-in was tried and lowered ROUGE on IndoSum.
    """
    if not entities:
        return [0.0] * len(candidates)
    starts = [c[0] for c in candidates]
    total = 0.0
    per_sentence: list[dict[int, float]] = [{} for _ in candidates]
    for index, entity in enumerate(entities):
        mentions = entity.get("mentions") or []
        weight = float(len(mentions))
        total += weight
        for mention in mentions:
            position = _locate(starts, candidates, int(mention.get("start", -1)))
            if position is not None:
                per_sentence[position][index] = weight
    if not total:
        return [0.0] * len(candidates)
    return [sum(found.values()) / total for found in per_sentence]


def _locate(
    starts: Sequence[int], candidates: Sequence[tuple[int, int, list[str], list[str]]], offset: int
) -> int | None:
    """Index of the candidate sentence containing ``offset`` (binary search)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    index = lo - 1
    if index >= 0 and candidates[index][0] <= offset < candidates[index][1]:
        return index
    return None


def _quoted_share(
    text: str,
    candidates: Sequence[tuple[int, int, list[str], list[str]]],
    quotes: Sequence[dict[str, Any]],
) -> list[float]:
    """Per sentence: the share of its characters inside a direct quotation.

    Uses the direct quotes of the QUOTE layer when there are any (reported
    speech, "X mengatakan ...", is often the news itself and is not
    penalised); otherwise a sentence that opens with a quotation mark, or
    whose quoted part is most of it, counts as quote.
    """
    shares = [0.0] * len(candidates)
    spans = [
        (int(q["content"]["start"]), int(q["content"]["end"]))
        for q in quotes
        if isinstance(q.get("content"), dict) and "start" in q["content"] and q.get("direct", True)
    ]
    for index, (start, end, _, _) in enumerate(candidates):
        length = end - start
        if spans:
            inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
            shares[index] = min(1.0, inside / length)
            continue
        sentence = text[start:end]
        if sentence[0] in _OPEN_QUOTES:
            shares[index] = 1.0
            continue
        marks = [i for i, ch in enumerate(sentence) if ch in _OPEN_QUOTES]
        if len(marks) >= 2:
            shares[index] = min(1.0, (marks[-1] - marks[0]) / length)
    return shares
