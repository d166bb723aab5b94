"""Read the PFSA-ID corpus: token TAB BILOU tag, blank line between sentences.

PFSA-ID (Purnomo et al. 2024; CC BY-NC-SA, evaluation only) annotates who
said what in Kompas articles: STATEMENT, PERSON, PERSONCOREF, ROLE,
AFFILIATION, CUE, ... Each article opens with its ISSUE span. Both the quote
scorer (:mod:`warta.evaluation.quotes`) and the people scorer
(:mod:`warta.evaluation.people`) read it through these helpers, which rebuild
an article's text and map every chunk to character offsets in it.
"""

from __future__ import annotations

from pathlib import Path

QUOTE_TOKENS = frozenset("\"“”‘’'„")
_NO_SPACE_BEFORE = frozenset(".,;:!?)]%")
_NO_SPACE_AFTER = frozenset("([")

Sentence = list[tuple[str, str]]
# (label, first sentence, first token, last sentence, last token)
Chunk = tuple[str, int, int, int, int]


class GoldFormatError(ValueError):
    """A gold file that is neither warta gold JSONL nor PFSA-ID CoNLL."""


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of ``(token, tag)``; a line without a tab is a format error."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, sep, tag = line.rpartition("\t")
        if not sep or not token:
            raise GoldFormatError(f"{path}:{number}: expected 'token<TAB>tag'")
        current.append((token, tag.strip()))
    if current:
        sentences.append(current)
    return sentences


def split_articles(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Split at each sentence that opens an ISSUE span (one per article)."""
    articles: list[list[Sentence]] = []
    for sentence in sentences:
        if any(tag in ("B-ISSUE", "U-ISSUE") for _, tag in sentence) or not articles:
            articles.append([])
        articles[-1].append(sentence)
    return articles


def detokenize(article: list[Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text with quote marks glued to their words; a paragraph per sentence outside quotes.

    Returns the text and, per sentence, each token's ``(start, end)`` in it.
    """
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    length = 0
    inside = False
    glue_next = True
    for sentence in article:
        if parts:
            sep = " " if inside else "\n\n"
            parts.append(sep)
            length += len(sep)
            glue_next = True
        spans = []
        for token, _ in sentence:
            is_quote = token in QUOTE_TOKENS
            closing = is_quote and inside
            space = not (glue_next or token in _NO_SPACE_BEFORE or closing)
            if space:
                parts.append(" ")
                length += 1
            spans.append((length, length + len(token)))
            parts.append(token)
            length += len(token)
            glue_next = token in _NO_SPACE_AFTER or (is_quote and not inside)
            if is_quote:
                inside = not inside
        offsets.append(spans)
    return "".join(parts), offsets


def chunks(article: list[Sentence]) -> list[Chunk]:
    """(label, sentence, first token, sentence, last token) for every BILOU chunk."""
    found = []
    start: tuple[int, int] | None = None
    label = ""
    for si, sentence in enumerate(article):
        for ti, (_, tag) in enumerate(sentence):
            prefix, _, kind = tag.partition("-")
            if prefix in ("B", "U"):
                start, label = (si, ti), kind
            if prefix in ("L", "U") and start is not None and kind == label:
                found.append((label, start[0], start[1], si, ti))
                start = None
    return found


def chunk_span(offsets: list[list[tuple[int, int]]], chunk: Chunk) -> tuple[int, int]:
    """A chunk's ``(start, end)`` in the text :func:`detokenize` rebuilt."""
    return offsets[chunk[1]][chunk[2]][0], offsets[chunk[3]][chunk[4]][1]


def load_articles(path: Path) -> list[list[Sentence]]:
    """Every article of a PFSA-ID file, or of every ``.txt`` file in a folder."""
    files = sorted(p for p in path.iterdir() if p.suffix == ".txt") if path.is_dir() else [path]
    return [article for file in files for article in split_articles(read_conll(file))]
