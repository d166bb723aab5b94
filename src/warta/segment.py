"""Paragraphs, sentences and tokens for Indonesian news, as character offsets.

Hand-written because no library splits Indonesian news well: the hard cases
are dates in parentheses "(11/9/2023)", amounts "Rp 1,25 triliun", titles and
abbreviations ("Prof.", "dr.", "No.", "Jl."), initials ("B.J. Habibie"),
sentence-final acronyms ("... dengan AS.") and quotes that close after the
full stop ("... tahu." Belum ...). Everything here is a pure function of the
text so that offsets can be trusted by every later layer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from warta.article import Token

# Abbreviations that are never the end of a sentence when followed by a full stop.
# Kept as a data file beside the code; lower-cased, without the final dot.


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    text = resources.files("warta.data").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


# Abbreviations that often close a sentence ("..., beras, gula, dll. Harga ...").
_SENTENCE_FINAL_ABBREVIATIONS = frozenset({"dll", "dsb", "dst", "dkk", "etc"})

_TOKEN_RE = re.compile(
    r"""
    https?://[^\s<>"”“]+[^\s<>"”“.,;:!?)\]]       # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                  # e-mail addresses
    | \d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)    # dates 11/9/2023, 11-9, 17.30
    | \d+(?:[.,]\d+)+                               # 1.000.000, 1,25
    | (?:[A-Za-z]\.){2,}(?![A-Za-z])                # initialisms: a.n. S.H. B.J.
    | \w+(?:[-'’]\w+)*                              # words, Bangsa-Bangsa, ke-10, Jum'at
    | \.{2,}|[-–—]{2,}                              # ellipsis, double dashes
    | \S                                            # any other single character
    """,
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, stop)]


_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space. Whether it really ends a sentence is decided by
# looking at the word before and the text after.
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), offsets into ``text``."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = _skip_space(text, start, stop)
    for match in _END_RE.finditer(text, sentence_start, stop):
        cut = match.end()
        if cut <= sentence_start or not _is_sentence_end(text, match.start(), cut, stop):
            continue
        spans.append((sentence_start, cut))
        sentence_start = _skip_space(text, cut, stop)
    tail_end = _trim_end(text, sentence_start, stop)
    if tail_end > sentence_start:
        spans.append((sentence_start, tail_end))
    return spans


def _skip_space(text: str, i: int, stop: int) -> int:
    while i < stop and text[i].isspace():
        i += 1
    return i


def _trim_end(text: str, start: int, stop: int) -> int:
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return stop


def _is_sentence_end(text: str, punct: int, cut: int, stop: int) -> bool:
    nxt = _skip_space(text, cut, stop)
    if nxt >= stop:
        return True
    following = text[nxt]
    mark = text[punct]
    # A lower-case continuation ("...," ujarnya / "... tahu." katanya) is the same sentence.
    if following.islower():
        return False
    if following in ",;:)":
        return False
    if mark != ".":
        return True  # ! ? … followed by a capital, digit or quote
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    word_match = _WORD_BEFORE_RE.search(text, max(0, punct - 40), punct)
    word = word_match.group(1) if word_match else ""
    if not word:
        return True
    bare = word.rstrip(".").lower()
    if bare in _SENTENCE_FINAL_ABBREVIATIONS:
        return True
    if bare in _abbreviations():
        return False
    last_part = bare.rsplit(".", 1)[-1]
    if "." in bare and last_part in _abbreviations():
        return False
    # Single letters and dotted initials: "B.J. Habibie", "M. Nuh", "S.H."
    if len(last_part) == 1 and word[-1:].isalpha() and word[-1].isupper():
        return False
    return not ("." in word.rstrip(".") and len(last_part) <= 2 and last_part.isalpha())


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of a clean body whose paragraphs are joined by blank lines."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        s, e = match.start(), _trim_end(text, match.start(), match.end())
        s = _skip_space(text, s, e)
        if e > s:
            spans.append((s, e))
    return spans
