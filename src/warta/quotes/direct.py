"""Attribute direct quotes: the cue and speaker after, before or between quotes.

Indonesian news puts the attribution after the quote far more often than
before it ("“…,” kata Ali." / "“…,” ujarnya."), so that side is tried first;
then an introduction right before the opening mark ("Ali mengatakan, “…”",
"kata Ali: “…”"); a quote with neither is kept only when it stands as a whole
sentence, and gets its speaker from context later.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article import Token
from warta.quotes.lexicon import ADVERBS, after_cue, cues, match_phrase, verb_cue
from warta.quotes.marks import Span
from warta.quotes.speaker import phrase_after, phrase_before, pronoun_at
from warta.segment import tokenize


@dataclass(slots=True)
class Attribution:
    """Where the cue and the speaker phrase of one quote are, as tokens."""

    tokens: list[Token]
    cue: tuple[int, int] | None  # token range of the cue
    speaker: tuple[int, int] | None  # token range of the speaker phrase
    pronoun: bool = False  # speaker is a pronoun ("ujarnya", "kata dia")


def after(text: str, close: int, stop: int) -> Attribution | None:
    """Attribution after a closing mark: ``, kata Ali`` / ``, ujarnya`` / ``Ali menambahkan``."""
    toks = tokenize(text, close + 1, min(stop, close + 400))[:30]
    k = 0
    while k < len(toks) and toks[k].text in ',”"’':
        k += 1
    if k >= len(toks):
        return None
    hit = after_cue(toks[k].text.lower())
    if hit:
        if hit[1]:
            return Attribution(toks, (k, k + 1), None, True)
        if pronoun_at(toks, k + 1):
            return Attribution(toks, (k, k + 1), (k + 1, k + 2), True)
        return Attribution(toks, (k, k + 1), phrase_after(toks, k + 1, cross_commas=True))
    if pronoun_at(toks, k) and toks[k].text[0].islower():
        j = k + 1
        while j < len(toks) and toks[j].text.lower() in ADVERBS:
            j += 1
        if j < len(toks) and verb_cue(toks[j].text.lower()):
            return Attribution(toks, (j, j + 1), (k, k + 1), True)
        return None
    span = phrase_after(toks, k)
    if span:
        j = span[1]
        while j < len(toks) and toks[j].text.lower() in ADVERBS:
            j += 1
        if j < len(toks) and verb_cue(toks[j].text.lower()):
            return Attribution(toks, (j, j + 1), span)
    return None


def before(text: str, open_: int, floor: int) -> Attribution | None:
    """Attribution right before an opening mark: ``Ali mengatakan, “`` / ``kata Ali: “``."""
    toks = tokenize(text, max(floor, open_ - 400), open_)[-30:]
    end = len(toks)
    while end and toks[end - 1].text in ',:“"‘':
        end -= 1
    if end == 0 or (
        end == len(toks) and toks[-1].text not in ("bahwa",) and not verb_cue(toks[-1].text.lower())
    ):
        return None
    last = end - 1
    if toks[last].text.lower() == "bahwa":
        last -= 1
    if last < 0:
        return None
    words = [t.text.lower() for t in toks]
    cue_range: tuple[int, int] | None = None
    if verb_cue(words[last]):
        cue_range = (last, last + 1)
    else:
        for start in range(max(0, last - 2), last + 1):
            n = match_phrase(words, start, cues().phrase)
            if n and start + n == last + 1:
                cue_range = (start, last + 1)
                break
    if cue_range:
        j = cue_range[0]
        while j > 0 and words[j - 1] in ADVERBS:
            j -= 1
        if pronoun_at(toks, j - 1):
            return Attribution(toks, cue_range, (j - 1, j), True)
        span = phrase_before(toks, j, _clause_start(toks, j))
        return Attribution(toks, cue_range, span) if span else None
    # "kata Ali: “…" / "…,” kata Ali, “…"
    for k in range(last, max(-1, last - 10), -1):
        hit = after_cue(words[k])
        if not hit:
            continue
        if hit[1] and k == last:
            return Attribution(toks, (k, k + 1), None, True)
        if pronoun_at(toks, k + 1) and k + 2 == end:
            return Attribution(toks, (k, k + 1), (k + 1, k + 2), True)
        span = phrase_after(toks, k + 1)
        if span and span[1] == end:
            return Attribution(toks, (k, k + 1), span)
        break
    return None


def _clause_start(toks: list[Token], j: int) -> int:
    """Index after the last sentence-ending token before ``j``."""
    for k in range(j - 1, -1, -1):
        if toks[k].text in (".", "!", "?", "”", '"') and k < j - 1:
            return k + 1
    return 0


def cut_unclosed(text: str, span: Span) -> Span | None:
    """An unclosed quote that holds its own attribution (",” lost): cut it there."""
    toks = tokenize(text, span.start, span.end)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k - 1].text == "," and after_cue(toks[k].text.lower()):
            return Span(span.start, toks[k - 1].start, True)
    return None


def is_sentence_like(text: str, span: Span, sentence_start: int) -> bool:
    """A quote with no cue is kept when it opens its sentence and is not a term."""
    lead = text[sentence_start : span.start - 1].strip(' \n“”"‘')
    return not lead and len(text[span.start : span.end].split()) >= 4
