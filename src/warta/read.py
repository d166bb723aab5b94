"""Read inputs: bytes in, :class:`RawArticle` records out.

This is the only module that touches files. It refuses what cannot be an
article (empty, binary, oversized, undecodable) with a :class:`WartaInputError`
that names the input and says how to get past the problem, and it recognises
the four input formats warta reads: plain text, HTML pages, TimeML files (the
Kompas/IndoTimex format: TITLE, TEXT and the DCT as publication date) and JSON
Lines records with ``text`` or ``html`` plus optional ``url``, ``title`` and
``published``.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from warta.article import Source, SourceFormat
from warta.errors import WartaInputError

DEFAULT_MAX_BYTES = 5_000_000

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Longest marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(slots=True)
class RawArticle:
    """One article as read, before any analysis."""

    source: Source
    text: str  # the body text, or the whole HTML page when source.format == "html"
    title: str | None = None
    published: str | None = None
    is_html: bool = False
    warnings: tuple[str, ...] = ()


def decode(data: bytes, *, label: str, encoding: str = "auto") -> tuple[str, list[str]]:
    """Decode bytes to text, refusing binary data and undecodable text.

    ``encoding="auto"`` (the default) reads what the world actually sends:
    UTF-8 (with or without BOM); UTF-16/32 announced by a byte-order mark;
    and Windows-1252, the encoding of most "broken quotes" in Indonesian news
    archives (the Kompas files carry 0x93/0x94 quote bytes), accepted only when
    the bytes really look like that code page. Anything else is refused with a
    hint. Every fallback is reported as a warning. Any other value is a codec
    name to use strictly.
    """
    warnings: list[str] = []
    if not data:
        raise WartaInputError("empty input", source=label)
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if bom is None:
        for signature, what in _BINARY_SIGNATURES:
            if data.startswith(signature):
                raise WartaInputError(f"binary input ({what}), not text", source=label)
        if b"\x00" in data[:8192]:
            raise WartaInputError(
                "binary input (contains NUL bytes), not text",
                source=label,
                hint="if it is UTF-16 without a byte-order mark, pass --encoding utf-16-le",
            )
    codec = encoding.lower().replace("_", "-")
    if codec == "auto":
        text, used = _decode_auto(data, bom, label)
        if used not in ("utf-8", "utf-8-sig"):
            warnings.append(f"input is not UTF-8: decoded as {used}")
    else:
        try:
            codecs.lookup(codec)
        except LookupError:
            raise WartaInputError(f"unknown encoding {encoding!r}", source=label) from None
        if codec in ("utf-8", "utf8"):
            codec = "utf-8-sig"  # a UTF-8 byte-order mark is harmless
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise WartaInputError(
                f"not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                source=label,
                hint="try --encoding auto",
            ) from None
        if text.startswith("\ufeff"):
            text = text[1:]
    if not text.strip():
        raise WartaInputError("input is only white space", source=label)
    if _looks_binary(text):
        raise WartaInputError("binary input (mostly control characters), not text", source=label)
    return text, warnings


# Bytes that Windows-1252 leaves undefined: their presence rules that code page out.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _decode_auto(data: bytes, bom: str | None, label: str) -> tuple[str, str]:
    if bom:
        try:
            text = data[len(_bom_bytes(data)) :].decode(bom)
        except UnicodeDecodeError as exc:
            raise WartaInputError(
                f"byte-order mark says {bom.upper()} but the bytes are not ({exc.reason})",
                source=label,
            ) from None
        return text, "utf-8" if bom == "utf-8" else bom.upper()
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    high = [b for b in data if b >= 0x80]
    plausible = not any(b in _CP1252_UNDEFINED for b in high) and len(high) <= max(
        8, len(data) // 10
    )
    if plausible:
        text = data.decode("cp1252")
        letters = sum(ch.isalpha() for ch in text)
        if letters * 2 >= len(text.strip() or "x"):
            return text, "windows-1252"
    raise WartaInputError(
        f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad})"
        " and not recognisable Windows-1252 text",
        source=label,
        hint="name the encoding with --encoding, e.g. --encoding latin-1",
    )


def _bom_bytes(data: bytes) -> bytes:
    return next(mark for mark, _ in _BOMS if data.startswith(mark))


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 20)


# --- formats -----------------------------------------------------------------

_HTML_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<article\b|<div\b)",
    re.IGNORECASE | re.DOTALL,
)
_TIMEML_RE = re.compile(r"<TimeML\b", re.IGNORECASE)


def sniff_format(text: str, path: str | None = None) -> SourceFormat:
    """Guess the input format from the content (and, as a hint, the file name)."""
    head = text[:2048]
    if _TIMEML_RE.search(head) or (path and path.lower().endswith((".tml", ".timeml"))):
        return "timeml"
    if path and path.lower().endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if head.lstrip().startswith("{") and _first_line_is_json_object(text):
        return "jsonl"
    if _HTML_RE.match(head) or (path and path.lower().endswith((".html", ".htm"))):
        return "html"
    return "text"


def _first_line_is_json_object(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def parse_timeml(text: str, *, source: Source) -> RawArticle:
    """TITLE, TEXT and the DCT value of a TimeML document (tags inside TEXT dropped)."""
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=etree.XMLParser(recover=True))
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise WartaInputError("malformed TimeML (no XML root element)", source=source.label())
    body = root.find("TEXT")
    if body is None:
        raise WartaInputError("TimeML without a TEXT element", source=source.label())
    title_el = root.find("TITLE")
    dct = root.find("DCT/TIMEX3")
    return RawArticle(
        source=source,
        text="".join(body.itertext()),
        title=("".join(title_el.itertext()).strip() or None) if title_el is not None else None,
        published=dct.get("value") if dct is not None else None,
    )


def parse_json_record(record: object, *, source: Source) -> RawArticle:
    """A JSON Lines record: ``text`` or ``html``, optional ``url``, ``title``, ``published``."""
    if not isinstance(record, dict):
        raise WartaInputError("JSON record is not an object", source=source.label())
    body, is_html = record.get("text"), False
    if not isinstance(body, str) or not body.strip():
        body, is_html = record.get("html"), True
    if not isinstance(body, str) or not body.strip():
        raise WartaInputError('JSON record has no "text" or "html" string', source=source.label())
    url = record.get("url") if isinstance(record.get("url"), str) else None
    title = record.get("title") if isinstance(record.get("title"), str) else None
    published = record.get("published")
    return RawArticle(
        source=Source(path=source.path, url=url, format="jsonl", line=source.line),
        text=body,
        title=title,
        published=str(published) if published not in (None, "") else None,
        is_html=is_html,
    )


def iter_jsonl(text: str, *, path: str | None) -> Iterator[RawArticle | WartaInputError]:
    """Records of a JSON Lines text; a bad line is yielded as an error, not raised."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = Source(path=path, format="jsonl", line=number)
        try:
            record = json.loads(line)
            yield parse_json_record(record, source=source)
        except ValueError as exc:
            if isinstance(exc, WartaInputError):
                yield exc
            else:
                yield WartaInputError(f"invalid JSON ({exc.args[0]})", source=source.label())


def raw_from_text(
    text: str, *, path: str | None = None, url: str | None = None, fmt: SourceFormat | None = None
) -> Iterator[RawArticle | WartaInputError]:
    """Turn decoded input into raw articles (one, or several for JSON Lines)."""
    fmt = fmt or sniff_format(text, path)
    if fmt == "jsonl":
        yield from iter_jsonl(text, path=path)
        return
    source = Source(path=path, url=url, format=fmt)
    if fmt == "timeml":
        yield parse_timeml(text, source=source)
    else:
        yield RawArticle(source=source, text=text, is_html=fmt == "html")


def read_bytes_from(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file (or stdin for ``-``), refusing directories, missing and oversized files."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        label = "<stdin>"
    else:
        p = Path(path)
        label = path
        if not p.exists():
            raise WartaInputError("no such file", source=label)
        if p.is_dir():
            raise WartaInputError(
                "is a directory",
                source=label,
                hint="give the files, e.g. DIR/*, or use warta ingest",
            )
        if not p.is_file():
            raise WartaInputError("not a regular file", source=label)
        size = p.stat().st_size
        if size > max_bytes:
            raise WartaInputError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes",
                source=label,
                hint="raise it with --max-bytes",
            )
        try:
            with p.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise WartaInputError(f"cannot read ({exc.strerror})", source=label) from None
    if len(data) > max_bytes:
        raise WartaInputError(
            f"input is over the limit of {max_bytes:,} bytes",
            source=label,
            hint="raise it with --max-bytes",
        )
    return data


def read_path(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str = "auto"
) -> Iterator[RawArticle | WartaInputError]:
    """Raw articles from one path; errors are yielded so that other inputs go on."""
    label = "<stdin>" if path == "-" else path
    try:
        data = read_bytes_from(path, max_bytes=max_bytes)
        text, warnings = decode(data, label=label, encoding=encoding)
        for item in raw_from_text(text, path=None if path == "-" else path):
            if isinstance(item, RawArticle) and warnings:
                item.warnings = (*item.warnings, *warnings)
            yield item
    except WartaInputError as exc:
        yield exc
