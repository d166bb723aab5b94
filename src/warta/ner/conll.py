"""Read and write CoNLL-style NER files.

Format: one ``token<TAB>tag`` a line, a blank line between sentences. Corpora
disagree on type names (PER/ORG/LOC versus PERSON/ORGANISATION/PLACE) and on
the chunk scheme (IOB1 starts a chunk with ``I-``); everything is normalised
here to BIO over warta's three type names so the rest of the code sees one
convention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from warta.errors import WartaInputError

ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORGANISATION", "PLACE")

TYPE_ALIASES: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORGANISATION",
    "ORGANIZATION": "ORGANISATION",
    "ORGANISATION": "ORGANISATION",
    "LOC": "PLACE",
    "LOCATION": "PLACE",
    "PLACE": "PLACE",
    "GPE": "PLACE",
}

Sentence = tuple[list[str], list[str]]


def normalise_tag(tag: str) -> str:
    """Map one tag onto warta's names; unknown entity types pass through upper-cased.

    Unknown types are kept (not dropped) so that scoring a foreign file still
    counts them as misses instead of silently hiding them.
    """
    tag = tag.strip()
    if tag in ("", "O", "0"):
        return "O"
    if len(tag) > 2 and tag[1] in "-_" and tag[0] in "BIESLU":
        prefix, kind = tag[0], tag[2:].upper()
    else:
        prefix, kind = "I", tag.upper()
    prefix = {"S": "B", "U": "B", "E": "I", "L": "I"}.get(prefix, prefix)
    return f"{prefix}-{TYPE_ALIASES.get(kind, kind)}"


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIO to BIOES: a one-token chunk is ``S-``, the last token of a longer one ``E-``.

    With ``warta train ner --crf-tags bioes`` the CRF trains on these labels:
    its marginals then tell where a name ends, which BIO leaves implicit; they
    are summed back into BIO columns (see :func:`normalise_tag`) before mixing.
    """
    out: list[str] = []
    for k, tag in enumerate(tags):
        if tag == "O":
            out.append(tag)
            continue
        continues = k + 1 < len(tags) and tags[k + 1] == "I-" + tag[2:]
        if tag.startswith("B-"):
            out.append(("B-" if continues else "S-") + tag[2:])
        else:
            out.append(("I-" if continues else "E-") + tag[2:])
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """Repair IOB1 (and stray ``I-``) into BIO: an ``I-`` that opens a chunk becomes ``B-``."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def parse_conll(lines: Iterable[str], source: str = "<text>") -> list[Sentence]:
    """Parse CoNLL lines into ``(tokens, tags)`` pairs with BIO tags.

    The tag is the last whitespace-separated field and the token the first,
    so files with extra middle columns (POS, chunk) also read. ``-DOCSTART-``
    lines are skipped. A line with one field is an error: silently reading it
    as ``O`` would hide a broken file.
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                sentences.append((tokens, to_bio(tags)))
                tokens, tags = [], []
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        fields = [f for f in fields if f.strip()]
        if len(fields) < 2:
            raise WartaInputError(
                f"line {number}: expected 'token<TAB>tag', got {line[:60]!r}", source=source
            )
        if fields[0] == "-DOCSTART-":
            continue
        tokens.append(fields[0].strip())
        tags.append(normalise_tag(fields[-1]))
    if tokens:
        sentences.append((tokens, to_bio(tags)))
    return sentences


def read_conll(path: Path) -> list[Sentence]:
    """Read a CoNLL file; a missing, unreadable or empty file is a :class:`WartaInputError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WartaInputError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise WartaInputError("is a directory, expected a CoNLL file", source=str(path)) from None
    except UnicodeDecodeError:
        raise WartaInputError("not UTF-8 text", source=str(path)) from None
    except OSError as exc:
        raise WartaInputError(f"cannot read: {exc.strerror}", source=str(path)) from None
    sentences = parse_conll(text.splitlines(), source=str(path))
    if not sentences:
        raise WartaInputError("no sentences found", source=str(path))
    return sentences


def format_conll(rows: Iterable[Sequence[Sequence[str]]]) -> str:
    """Render sentences given as lists of column tuples, blank line between sentences."""
    blocks = ["\n".join("\t".join(cols) for cols in sentence) for sentence in rows]
    return "\n\n".join(blocks) + "\n" if blocks else ""
