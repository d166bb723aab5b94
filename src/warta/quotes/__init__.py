"""Quotes and attribution: who said what, direct or reported, and when.

``find_quotes`` fills ``Article.quotes``. It works in three passes:

1. pair quote marks into direct quotes and attribute each one from the words
   around it (``warta.quotes.direct``);
2. read every sentence outside direct quotes for reported speech
   (``warta.quotes.indirect``);
3. resolve pronoun and context speakers ("ujarnya", a quote with no cue) in
   text order against earlier speakers and sentence-subject people, so that
   "ujarnya" after "Ali Mundakir mengatakan" is Ali Mundakir.

Everything is rules over tokens and a cue lexicon (``data/cues-id.txt``):
no model, so it runs in microseconds per sentence and errs predictably.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from warta.article import Token
from warta.quotes import direct, indirect
from warta.quotes.marks import Span, quote_spans
from warta.quotes.speaker import Speaker, build, mention_index
from warta.segment import tokenize

__all__ = ["find_quotes"]

_SUBJECT_WINDOW = 8  # a person mention this close to its sentence start is a subject
_CONTEXT_PARAGRAPHS = 3  # how far back a quote with no cue looks for its speaker


@dataclass(slots=True)
class _Quote:
    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None  # character span
    speaker: Speaker | None
    needs_antecedent: bool  # pronoun speaker or no attribution at all
    pronoun_text: str | None = None


def find_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    entities: list[dict[str, Any]],
    times: Sequence[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The ``quotes`` layer: direct and indirect quotes sorted by content start."""
    if not paragraphs:
        paragraphs = [(0, len(text))]
    if not sentences:
        sentences = list(paragraphs)
    mentions = mention_index(entities)
    sent_starts = [s for s, _ in sentences]
    para_starts = [s for s, _ in paragraphs]

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(sent_starts, pos) - 1)

    def paragraph_of(pos: int) -> int:
        return max(0, bisect_right(para_starts, pos) - 1)

    quotes = _direct_quotes(text, sentences, paragraphs, entities, mentions, sentence_of)
    taken = [(q.start - 1, q.end + 1) for q in quotes]
    for index, (s, e) in enumerate(sentences):
        if any(a < e and s < b for a, b in taken):
            continue
        toks = tokenize(text, s, e)
        found = indirect.find(toks)
        if not found:
            continue
        cue = (toks[found.cue[0]].start, toks[found.cue[1] - 1].end)
        speaker, pronoun = _speaker(text, toks, found.speaker, found.pronoun, entities, mentions)
        if found.anaphoric:
            if _attach_backwards(quotes, index, sentences, cue, speaker):
                continue
            if index == 0:
                continue
            ps, pe = sentences[index - 1]
            ptoks = tokenize(text, ps, pe)
            a, b = indirect._trim(ptoks, 0, len(ptoks))
            if b <= a or any(q.start <= ps < q.end for q in quotes):
                continue
            start, end = ptoks[a].start, ptoks[b - 1].end
        else:
            a, b = found.content
            start, end = toks[a].start, toks[b - 1].end
        quotes.append(_Quote(start, end, False, cue, speaker, speaker is None or pronoun,
                             _pronoun_text(text, toks, found)))  # fmt: skip
    _resolve(text, quotes, sentences, mentions, entities, paragraph_of, sentence_of)
    quotes.sort(key=lambda q: q.start)
    return [_as_dict(text, q, sentences, times, sentence_of) for q in quotes]


def _pronoun_text(text: str, toks: list[Token], found: indirect.Found) -> str | None:
    if found.speaker is not None:
        a, b = found.speaker
        return text[toks[a].start : toks[b - 1].end]
    return None


def _speaker(
    text: str,
    toks: list[Token],
    span: tuple[int, int] | None,
    pronoun: bool,
    entities: list[dict[str, Any]],
    mentions: list[tuple[int, int, str, str]],
) -> tuple[Speaker | None, bool]:
    if span is None:
        return None, True
    if pronoun:
        a, b = span
        return Speaker(toks[a].start, toks[b - 1].end, text[toks[a].start : toks[b - 1].end],
                       pronoun=True), True  # fmt: skip
    return build(text, toks, span, entities, mentions), False


def _direct_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    entities: list[dict[str, Any]],
    mentions: list[tuple[int, int, str, str]],
    sentence_of: Any,
) -> list[_Quote]:
    para_starts = [s for s, _ in paragraphs]
    quotes: list[_Quote] = []
    previous: _Quote | None = None
    previous_attr_end = -1
    for span in quote_spans(text, paragraphs):
        p = max(0, bisect_right(para_starts, span.start) - 1)
        para_end = paragraphs[p][1] if p < len(paragraphs) else len(text)
        if not span.closed:
            cut = direct.cut_unclosed(text, span)
            if cut is None:
                continue
            span = cut
        start, end = _inner(text, span)
        if end <= start:
            continue
        close_p = max(0, bisect_right(para_starts, span.end) - 1)
        close_end = paragraphs[close_p][1] if close_p < len(paragraphs) else len(text)
        attr = direct.after(text, span.end if span.closed else span.end - 1, close_end)
        if attr is None or attr.cue is None:
            floor = (
                paragraphs[p - 1][0]
                if p > 0 and not text[para_starts[p] : span.start - 1].strip()
                else para_starts[p]
            )
            attr = direct.before(text, span.start - 1, floor)
        quote: _Quote | None = None
        if attr is not None and attr.cue is not None:
            toks = attr.tokens
            cue = (toks[attr.cue[0]].start, toks[attr.cue[1] - 1].end)
            speaker, pronoun = _speaker(text, toks, attr.speaker, attr.pronoun, entities, mentions)
            quote = _Quote(start, end, True, cue, speaker, speaker is None or pronoun)
            if attr.speaker is not None and toks[attr.speaker[1] - 1].start > span.end:
                previous_attr_end = toks[attr.speaker[1] - 1].end
            elif attr.cue is not None and toks[attr.cue[0]].start > span.end:
                previous_attr_end = toks[attr.cue[1] - 1].end
        elif (
            previous is not None
            and previous.cue is not None
            and previous_attr_end >= 0
            and not text[previous_attr_end : span.start - 1].strip(" ,:\n")
        ):
            # "“…,” kata Ali, “…”": the second part shares the first one's attribution.
            quote = _Quote(start, end, True, previous.cue, previous.speaker,
                           previous.needs_antecedent)  # fmt: skip
        elif direct.is_sentence_like(text, span, sentences[sentence_of(span.start)][0]) or (
            span.start - 1 == para_starts[p] and len(text[start:end].split()) >= 4
        ):
            quote = _Quote(start, end, True, None, None, True)
        del para_end
        if quote is not None:
            quotes.append(quote)
            previous = quote
    return quotes


def _inner(text: str, span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _attach_backwards(
    quotes: list[_Quote],
    index: int,
    sentences: list[tuple[int, int]],
    cue: tuple[int, int],
    speaker: Speaker | None,
) -> bool:
    """ "Hal itu disampaikan Ali": the quote just before gets this speaker if it lacks one."""
    if index == 0:
        return False
    ps, pe = sentences[index - 1]
    for quote in quotes:
        if quote.start < pe and ps < quote.end + 2:
            if quote.cue is None:
                quote.cue = cue
            if quote.speaker is None or quote.needs_antecedent:
                quote.speaker, quote.needs_antecedent = speaker, speaker is None
            return True
    return False


def _resolve(
    text: str,
    quotes: list[_Quote],
    sentences: list[tuple[int, int]],
    mentions: list[tuple[int, int, str, str]],
    entities: list[dict[str, Any]],
    paragraph_of: Any,
    sentence_of: Any,
) -> None:
    """Give pronoun and cue-less quotes the nearest earlier speaker or subject."""
    quoted = bytearray(len(text) + 1)  # characters inside a quote's content
    for q in quotes:
        quoted[q.start : q.end] = b"\x01" * (q.end - q.start)
    names = {str(e["id"]): str(e["name"]) for e in entities}
    subjects: list[tuple[int, Speaker]] = []
    for start, end, eid, kind in mentions:
        if kind != "PERSON" or quoted[start]:
            continue
        s = sentences[sentence_of(start)][0]
        if len(tokenize(text, s, start)) <= _SUBJECT_WINDOW:
            subjects.append(
                (start, Speaker(start, end, names.get(eid, text[start:end]), None, eid))
            )

    def anchor(q: _Quote) -> int:
        return q.cue[0] if q.cue else q.start

    history: list[tuple[int, Speaker]] = []
    for quote in sorted(quotes, key=anchor):
        at = anchor(quote)
        if not quote.needs_antecedent and quote.speaker is not None:
            history.append((quote.speaker.start, quote.speaker))
            continue
        pool = [h for h in history if h[0] < at]
        if quote.cue is not None or not pool:
            pool += [s for s in subjects if s[0] < at]
        if quote.cue is None:
            here = paragraph_of(at)
            pool = [h for h in pool if here - paragraph_of(h[0]) <= _CONTEXT_PARAGRAPHS]
        if pool:
            source = max(pool, key=lambda h: h[0])[1]
            quote.speaker = Speaker(source.start, source.end, source.text, source.role,
                                    source.entity)  # fmt: skip
            history.append((at, quote.speaker))
        elif quote.speaker is None and quote.cue is not None:
            quote.speaker = Speaker(at, at, None)


def _as_dict(
    text: str,
    q: _Quote,
    sentences: list[tuple[int, int]],
    times: Sequence[dict[str, Any]],
    sentence_of: Any,
) -> dict[str, Any]:
    time_index: int | None = None
    if q.cue is not None and times:
        s, e = sentences[sentence_of(q.cue[0])]
        near = [(abs(t["start"] - q.cue[0]), i) for i, t in enumerate(times) if s <= t["start"] < e]
        time_index = min(near)[1] if near else None
    speaker = q.speaker.as_dict() if q.speaker else {"text": None, "entity": None, "role": None}
    return {
        "speaker": speaker,
        "cue": text[q.cue[0] : q.cue[1]] if q.cue else None,
        "content": {"start": q.start, "end": q.end, "text": text[q.start : q.end]},
        "direct": q.direct,
        "time": time_index,
    }
