"""Repair and normalise raw article text before any structure is read from it.

The world sends mojibake ("â€œ" for a curly quote), U+FFFD where a quote mark
was lost in transcoding (the Kompas files are full of it), stray HTML entities
and tags in "plain" text, non-breaking and zero-width spaces and Windows line
ends. ftfy repairs the mojibake; the rest are small rules here. The output
keeps line structure (``\\n``) because the structure layer reads lines.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # done below, only where entities really occur
    uncurl_quotes=False,  # curly quotes are information for the quote layer
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)

_ENTITY_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li|/h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)
_INLINE_TAG_RE = re.compile(
    r"<\s*/?\s*(?:a|b|i|u|em|strong|span|font|small|sup|sub|mark)\b[^<>]{0,300}>", re.IGNORECASE
)
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]"
)
_SPACE_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# U+FFFD stands where a quote mark or dash was lost; its neighbours tell which.
_FFFD_DASH_RE = re.compile(r"(?<=\s)\ufffd(?=\s)")
_FFFD_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\ufffd(?=\S)", re.MULTILINE)
_FFFD_CLOSE_RE = re.compile(r"(?<=\S)\ufffd(?=[\s,.;:!?)\]]|$)", re.MULTILINE)
_FFFD_APOSTROPHE_RE = re.compile(r"(?<=\w)\ufffd(?=\w)")


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return the repaired text and warnings describing what was repaired."""
    warnings: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        # ftfy is the slow step; its own quick test tells whether there is mojibake at all.
        if is_bad(text):
            fixed = ftfy.fix_text(text, _FTFY_CONFIG)
            if fixed != text and _mojibake_fixed(text, fixed):
                warnings.append("repaired mis-decoded characters (mojibake)")
            text = fixed
        else:
            text = unicodedata.normalize("NFC", text)
    if "<" in text:
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _INLINE_TAG_RE.sub("", text)
    if "&" in text and _ENTITY_RE.search(text):
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
    if "\ufffd" in text:
        text, count = _repair_replacement_chars(text)
        warnings.append(f"repaired {count} damaged characters (U+FFFD)")
    text = _CONTROL_RE.sub("", text)
    text = _SPACE_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return text.strip("\n"), warnings


def _mojibake_fixed(before: str, after: str) -> bool:
    # ftfy also normalises (NFC, line breaks); only report real repairs.
    return unicodedata.normalize("NFC", before) != after


def _repair_replacement_chars(text: str) -> tuple[str, int]:
    count = text.count("\ufffd")
    text = _FFFD_DASH_RE.sub("–", text)
    text = _FFFD_OPEN_RE.sub("“", text)
    text = _FFFD_CLOSE_RE.sub("”", text)
    text = _FFFD_APOSTROPHE_RE.sub("’", text)
    text = text.replace("\ufffd", "")
    return text, count
