"""Pair quote marks into direct-quote spans, tolerating damaged and straight marks.

Indonesian news uses “…”, "…", sometimes ‘…’ and, after encoding damage or
copy-editing, ”…” with the same glyph on both sides. A mark's direction is
read from its surroundings first (space before and a letter after opens) and
from its glyph only when the surroundings say nothing. A quote that runs over
several paragraphs repeats the opening mark at the start of each paragraph
and closes only at the end; those continuation marks stay inside the span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_DOUBLE_RE = re.compile(r"[\"“”„‟«»]")
_SINGLE_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))[‘'](?=\w)(?P<body>[^\n‘’']{3,}?)(?<=[\w.,!?])[’'](?!\w)"
)
_OPEN, _CLOSE, _EITHER = 1, 2, 3
_RIGHT_SPACE = set(".,;:!?)]…-–—")


@dataclass(slots=True)
class Span:
    """Inner bounds of one direct quote (marks excluded) and how it ended."""

    start: int  # first character after the opening mark
    end: int  # position of the closing mark (or paragraph end)
    closed: bool


def _direction(text: str, i: int) -> int:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left_open = before.isspace() or before in "([{"
    right_open = after.isspace() or after in _RIGHT_SPACE
    if left_open and not right_open:
        return _OPEN
    if right_open and not left_open:
        return _CLOSE
    mark = text[i]
    if mark in "“„«":
        return _OPEN
    if mark in "»‟":
        return _CLOSE
    return _EITHER


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Direct-quote spans in text order (inner offsets, marks excluded)."""
    starts = [s for s, _ in paragraphs] or [0]
    ends = [e for _, e in paragraphs] or [len(text)]

    def para(i: int) -> int:
        return max(0, bisect_right(starts, i) - 1)

    spans: list[Span] = []
    open_at = -1  # index of the opening mark
    last_para = -1  # paragraph of the last mark that kept the quote open
    for match in _DOUBLE_RE.finditer(text):
        i = match.start()
        kind = _direction(text, i)
        p = para(i)
        if open_at < 0:
            if kind != _CLOSE:
                open_at, last_para = i, p
            continue
        if p == last_para:
            if kind == _OPEN:  # an opener inside an open quote: the first one was stray
                spans.append(Span(open_at + 1, _trim(text, ends[para(open_at)]), False))
                open_at = i
            else:
                spans.append(Span(open_at + 1, i, True))
                open_at = -1
            continue
        at_paragraph_start = not text[starts[p] : i].strip()
        if kind != _CLOSE and at_paragraph_start and p == last_para + 1:
            last_para = p  # continuation of a multi-paragraph quote
            continue
        if kind != _OPEN and p == last_para + 1:
            spans.append(Span(open_at + 1, i, True))  # closer after a missing re-opener
            open_at = -1
            continue
        spans.append(Span(open_at + 1, _trim(text, ends[last_para]), False))
        open_at = -1
        if kind != _CLOSE:
            open_at, last_para = i, p
    if open_at >= 0:
        spans.append(Span(open_at + 1, _trim(text, ends[last_para]), False))
    spans.extend(_single_spans(text, spans))
    spans.sort(key=lambda s: s.start)
    return spans


def _single_spans(text: str, taken: list[Span]) -> list[Span]:
    """‘…’ quotes of three words or more, outside double-quoted spans."""
    found = []
    for match in _SINGLE_RE.finditer(text):
        s, e = match.span("body")
        if len(match.group("body").split()) < 3:
            continue
        if any(t.start - 1 <= s <= t.end for t in taken):
            continue
        found.append(Span(s, e, True))
    return found


def _trim(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
