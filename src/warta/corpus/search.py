"""Indonesian-aware text matching shared by both backends.

Full-text engines tokenise but do not stem Indonesian, so "menyerang" would
never find "serangan". Rather than a custom FTS tokenizer (a C extension for
SQLite, a dictionary for PostgreSQL), the store indexes a *stemmed copy* of the
title and body, produced here with PySastrawi, and stems the query the same
way. Accents and case are folded first so "Pérez" finds "perez".

Because the index holds stems, highlights are computed here too: the original
body is tokenised with offsets, each token stemmed, and the best window of
tokens that contains the query stems becomes the snippet. This keeps snippets
in the words the journalist wrote, identically on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_WORD_RE = re.compile(r"\w+")
_ALPHA_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
MARK = ("<mark>", "</mark>")


def fold(text: str) -> str:
    """Case- and accent-folded text (NFKD, combining marks dropped, casefold)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Sastrawi stem of one folded word; non-alphabetic tokens stay as they are."""
    if not word.isascii() or not word.isalpha() or len(word) < 4:
        return word
    return _stemmer().stem(word) or word


def words(text: str) -> list[str]:
    """Folded word tokens (letters, digits) in order."""
    return _WORD_RE.findall(fold(text))


def stem_text(text: str | None) -> str:
    """The stemmed copy of a text that goes into the full-text index."""
    if not text:
        return ""
    return " ".join(stem(w) for w in words(text))


def query_terms(query: str) -> list[str]:
    """Distinct stems of a user query, in order.

    Only word characters survive tokenisation, so FTS5 syntax (quotes, ``*``,
    ``NEAR``, ``-``, parentheses, column filters) can never reach the engine
    as syntax: ``NEAR`` becomes the ordinary word "near".
    """
    seen: dict[str, None] = {}
    for word in words(query):
        seen.setdefault(stem(word), None)
    return list(seen)


def fts5_match(terms: list[str], *, any_term: bool = False) -> str:
    """An FTS5 MATCH expression of quoted terms (AND by default, OR with ``any_term``)."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    return (" OR " if any_term else " AND ").join(quoted)


def snippet(text: str, terms: list[str], *, width: int = 24, mark: tuple[str, str] = MARK) -> str:
    """A window of about ``width`` words of ``text`` with query-stem matches highlighted.

    The window chosen is the one covering the most distinct query terms (ties:
    the earliest), so a two-word query shows both words together when the
    article has them close.
    """
    if not text:
        return ""
    wanted = set(terms)
    tokens = [(m.start(), m.end(), stem(fold(m.group()))) for m in _WORD_RE.finditer(text)]
    if not tokens:
        return text[:200]
    hits = [i for i, t in enumerate(tokens) if t[2] in wanted]
    best_start = 0
    if hits:
        best_score = -1
        for i in hits:
            start = max(0, i - width // 4)
            window = {tokens[j][2] for j in hits if start <= j < start + width}
            if len(window) > best_score:
                best_score, best_start = len(window), start
    end_index = min(len(tokens), best_start + width)
    char_start = tokens[best_start][0]
    char_end = tokens[end_index - 1][1]
    if end_index < len(tokens) and text[char_end : char_end + 1] in ".,;:!?":
        char_end += 1
    out: list[str] = []
    cursor = char_start
    for i in range(best_start, end_index):
        s, e, st = tokens[i]
        if st in wanted:
            out.append(text[cursor:s])
            out.append(mark[0] + text[s:e] + mark[1])
            cursor = e
    out.append(text[cursor:char_end])
    body = "".join(out).replace("\n", " ")
    prefix = "…" if char_start > 0 else ""
    suffix = "…" if char_end < len(text.rstrip()) else ""
    return prefix + body + suffix
