"""Score ``warta.quotes`` against a gold JSONL set or the PFSA-ID CoNLL corpus.

Two gold formats, told apart by their first non-blank line:

- **warta gold JSONL** (``tests/data/quotes-gold.jsonl``), one article a line::

    {"id": "dev-01", "split": "dev" | "heldout", "text": "...",
     "quotes": [{"speaker": {"text": "Ali Mundakir" | null}, "cue": "ujarnya" | null,
                 "content": {"start": 12, "end": 80, "text": "..."}, "direct": true}]}

  ``content.text`` is looked up in the analysed body (the pipeline drops the
  title and dateline, so raw offsets would not line up); ``start``/``end``
  are offsets into ``text`` for humans and are only a fallback. A pronoun
  speaker is annotated as the person it stands for.
- **PFSA-ID** (token TAB BILOU tag, blank line between sentences, each
  article opening with its ISSUE span). STATEMENT spans are the content,
  the nearest CUE/CUECOREF the cue and the PERSON (else PERSONCOREF) nearest
  that cue the speaker. PFSA-ID annotates direct statements of public
  figures only, so only direct predictions are scored against it.

Matching is one-to-one per article, largest character overlap first. A
content match is *overlap* when the spans share a character and *exact* when
their word tokens are equal. A speaker is correct when its word tokens and
the gold speaker's (or the linked entity's name) are equal or one contains
the other; a cue when it equals the gold cue, case aside.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta.entities import Tagger, find_entities
from warta.evaluation.pfsa import (
    QUOTE_TOKENS,
    GoldFormatError,
    chunk_span,
    chunks,
    detokenize,
    load_articles,
)
from warta.quotes import find_quotes
from warta.segment import split_paragraphs, split_sentences

_WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None
    cue: str | None
    direct: bool


@dataclass(slots=True)
class GoldArticle:
    text: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    quotes: list[GoldQuote]
    split: str = "dev"
    entities: list[dict[str, Any]] = field(default_factory=list)


def _words(text: str | None) -> list[str]:
    return _WORD_RE.findall(text.lower()) if text else []


def speaker_matches(gold: str | None, predicted: str | None, entity_name: str | None) -> bool:
    """Equal word tokens, or one speaker's words contained in the other's."""
    g = _words(gold)
    if not g:
        return False
    for candidate in (predicted, entity_name):
        p = _words(candidate)
        if p and (set(g) <= set(p) or set(p) <= set(g)):
            return True
    return False


# --- reading -------------------------------------------------------------------------------


def _load_jsonl(path: Path) -> list[GoldArticle]:
    from warta.pipeline import analyze

    articles = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            raw_quotes = record["quotes"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldFormatError(f"{path}:{number}: not a gold quote record ({exc})") from None
        article = analyze(text)
        body = article.text
        quotes, cursor = [], 0
        for q in raw_quotes:
            content = q.get("content") or {}
            snippet = content.get("text") or text[content.get("start", 0) : content.get("end", 0)]
            at = body.find(snippet, cursor) if snippet else -1
            if at < 0:
                at = body.find(snippet) if snippet else -1
            if at < 0:
                raise GoldFormatError(f"{path}:{number}: quote not found in text: {snippet[:60]!r}")
            cursor = at
            speaker = (q.get("speaker") or {}).get("text")
            quotes.append(GoldQuote(at, at + len(snippet), speaker, q.get("cue"),
                                    bool(q.get("direct"))))  # fmt: skip
        articles.append(GoldArticle(body, article.sentences, article.paragraphs, quotes,
                                    str(record.get("split", "dev"))))  # fmt: skip
    return articles


def _pfsa_article(article: list[list[tuple[str, str]]]) -> GoldArticle:
    """One PFSA-ID article as text with STATEMENT spans as gold quotes."""
    text, offsets = detokenize(article)
    paragraphs = split_paragraphs(text)
    sentences = [s for a, b in paragraphs for s in split_sentences(text, a, b)]
    found = chunks(article)
    order_of: dict[tuple[int, int], int] = {}
    for si, sent in enumerate(offsets):
        for ti in range(len(sent)):
            order_of[(si, ti)] = len(order_of)

    def first(c: tuple[str, int, int, int, int]) -> int:
        return order_of[(c[1], c[2])]

    def last(c: tuple[str, int, int, int, int]) -> int:
        return order_of[(c[3], c[4])]

    cues = [c for c in found if c[0] in ("CUE", "CUECOREF")]
    people = [c for c in found if c[0] in ("PERSON", "PERSONCOREF")]
    quotes = []
    for c in found:
        if c[0] != "STATEMENT":
            continue
        s, e = chunk_span(offsets, c)
        while s < e and (text[s] in QUOTE_TOKENS or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in QUOTE_TOKENS or text[e - 1] in ", "):
            e -= 1
        a, b = first(c), last(c)
        near = [(min(abs(first(x) - b), abs(last(x) - a)), x) for x in cues]
        near = [n for n in near if n[0] <= 15]
        cue = min(near)[1] if near else None
        speaker = None
        if cue is not None:
            around = [p for p in people if abs(first(p) - first(cue)) <= 25]
            named = [p for p in around if p[0] == "PERSON"] or around
            if named:
                best = min(named, key=lambda p: abs(first(p) - first(cue)))
                speaker = text[slice(*chunk_span(offsets, best))]
        cue_text = text[slice(*chunk_span(offsets, cue))] if cue else None
        quotes.append(GoldQuote(s, e, speaker, cue_text, True))
    return GoldArticle(text, sentences, paragraphs, quotes, "pfsa-id")


def _load_pfsa(path: Path) -> list[GoldArticle]:
    return [_pfsa_article(article) for article in load_articles(path)]


def load_gold(path: str | Path) -> tuple[str, list[GoldArticle]]:
    """``("jsonl" | "pfsa", articles)``; raises :class:`GoldFormatError` or ``OSError``."""
    path = Path(path)
    if path.is_dir():
        return "pfsa", _load_pfsa(path)
    head = ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                head = line.strip()
                break
    if not head:
        raise GoldFormatError(f"{path}: empty file")
    if head.startswith("{"):
        return "jsonl", _load_jsonl(path)
    if "\t" in head:
        return "pfsa", _load_pfsa(path)
    raise GoldFormatError(f"{path}: neither gold JSONL nor tab-separated CoNLL")


# --- scoring -----------------------------------------------------------------------------


def _prf(correct: int, gold: int, predicted: int) -> dict[str, float | int]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "gold": gold, "predicted": predicted, "correct": correct}  # fmt: skip


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """The packaged NER model when there is one; speakers fall back to text otherwise."""
    try:
        from warta.ner.tagger import NerTagger

        return NerTagger.load()  # type: ignore[no-any-return]
    except Exception:
        return None


@dataclass(slots=True)
class _Tally:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    overlap: int = 0
    exact: int = 0
    speaker_gold: int = 0
    speaker_correct: int = 0
    speaker_matched: int = 0
    cue_gold: int = 0
    cue_correct: int = 0
    cue_matched: int = 0
    no_speaker: int = 0  # predictions matched to gold without a speaker: not judged
    no_cue: int = 0

    def report(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "quotes_gold": self.gold,
            "quotes_predicted": self.predicted,
            "content": {"exact": _prf(self.exact, self.gold, self.predicted),
                        "overlap": _prf(self.overlap, self.gold, self.predicted)},
            "speaker": {**_prf(self.speaker_correct, self.speaker_gold,
                               self.predicted - self.no_speaker),
                        "accuracy_on_matched": round(self.speaker_correct / self.speaker_matched, 4)
                        if self.speaker_matched else 0.0},
            "cue": {**_prf(self.cue_correct, self.cue_gold, self.predicted - self.no_cue),
                    "accuracy_on_matched": round(self.cue_correct / self.cue_matched, 4)
                    if self.cue_matched else 0.0},
        }  # fmt: skip


def _score(tally: _Tally, article: GoldArticle, predicted: list[dict[str, Any]]) -> None:
    names = {e["id"]: e["name"] for e in article.entities}
    tally.articles += 1
    tally.gold += len(article.quotes)
    tally.predicted += len(predicted)
    tally.speaker_gold += sum(1 for g in article.quotes if g.speaker)
    tally.cue_gold += sum(1 for g in article.quotes if g.cue)
    pairs = []
    for gi, g in enumerate(article.quotes):
        for pi, p in enumerate(predicted):
            shared = min(g.end, p["content"]["end"]) - max(g.start, p["content"]["start"])
            if shared > 0:
                pairs.append((shared, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = article.quotes[gi], predicted[pi]
        tally.overlap += 1
        if _words(article.text[g.start : g.end]) == _words(p["content"]["text"]):
            tally.exact += 1
        tally.no_speaker += not g.speaker
        tally.no_cue += not g.cue
        if g.speaker:
            tally.speaker_matched += 1
            name = names.get(p["speaker"]["entity"]) if p["speaker"]["entity"] else None
            if speaker_matches(g.speaker, p["speaker"]["text"], name):
                tally.speaker_correct += 1
        if g.cue:
            tally.cue_matched += 1
            if p["cue"] and p["cue"].lower() == g.cue.lower():
                tally.cue_correct += 1


def evaluate_quotes(path: str | Path, tagger: Tagger | None = None) -> dict[str, Any]:
    """Content, speaker and cue precision/recall/F1 of ``find_quotes`` on a gold file.

    ``tagger`` defaults to the packaged NER model (none: speakers are judged
    on their text alone). Adds ``"splits"`` when the gold set has several.
    """
    kind, articles = load_gold(path)
    tagger = tagger if tagger is not None else default_tagger()
    total = _Tally()
    per_split: dict[str, _Tally] = {}
    began = time.perf_counter()
    for article in articles:
        if tagger is not None:
            article.entities = find_entities(article.text, article.sentences, tagger)
        found = find_quotes(article.text, article.sentences, article.paragraphs, article.entities)
        if kind == "pfsa":
            found = [q for q in found if q["direct"]]
        _score(total, article, found)
        _score(per_split.setdefault(article.split, _Tally()), article, found)
    elapsed = time.perf_counter() - began
    speed = round(len(articles) / elapsed, 1) if elapsed else 0.0
    report = {"format": kind, **total.report(), "articles_per_second": speed}
    if len(per_split) > 1:
        report["splits"] = {name: t.report() for name, t in sorted(per_split.items())}
    return report
