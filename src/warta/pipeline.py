"""``analyze``: raw input in, :class:`Article` out.

Data flows one way: read → clean → structure → segment → language → time,
then the analysis layers (entities, quotes, summary) as they land. Each stage is
one module with one public function; this module only wires them together.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from warta.article import Article, CitedMedium, Related, Source, SourceFormat
from warta.clean import clean_text
from warta.corrections import find_corrections
from warta.entities import find_entities
from warta.errors import WartaInputError
from warta.keywords import extract_keywords
from warta.language import LANGUAGE_NAMES, detect_language
from warta.ner.tagger import NerTagger
from warta.quotes import find_quotes
from warta.read import DEFAULT_MAX_BYTES, RawArticle, decode, raw_from_text
from warta.segment import split_paragraphs, split_sentences
from warta.structure import (
    classify_block,
    find_cited_media,
    publisher_name,
    read_structure,
    split_dateline,
)
from warta.summary import summarize
from warta.temporal import find_times, infer_reference_date, weekday_warnings

#: The analysis layers after the structure layer, in pipeline order; each can be excluded.
LAYERS = ("times", "entities", "quotes", "summary", "keywords", "corrections")
MAX_CHARS = DEFAULT_MAX_BYTES  # a guard for library callers that pass huge strings
_TERMINAL = tuple('.!?:;"”’)')


def analyze(
    text_or_html: str | bytes,
    *,
    published: str | date | None = None,
    url: str | None = None,
    title: str | None = None,
    format: SourceFormat | None = None,
    encoding: str = "auto",
    exclude: Collection[str] = (),
    fast: bool = False,
) -> Article:
    """Analyse one article given as plain text, HTML, TimeML or a JSON object line.

    ``published`` is the publication date to use when the input carries none
    (like ``--date`` on the command line). Raises :class:`WartaInputError` for
    input that cannot be an article. ``exclude`` names analysis layers to skip
    (see :data:`LAYERS`); their lists stay empty, as in spaCy's ``disable``.
    ``fast`` tags names with the CRF alone, without the networks: about twice
    as fast, a little less accurate (docs/models.md, "Fast mode").
    """
    if isinstance(text_or_html, bytes):
        text, warnings = decode(text_or_html, label="<bytes>", encoding=encoding)
    elif isinstance(text_or_html, str):
        text, warnings = text_or_html, []
    else:
        raise WartaInputError(f"expected str or bytes, got {type(text_or_html).__name__}")
    if len(text) > MAX_CHARS:
        raise WartaInputError(f"input is over the limit of {MAX_CHARS:,} characters")
    if not text.strip():
        raise WartaInputError("empty input")
    items = list(raw_from_text(text, url=url, fmt=format))
    if len(items) != 1:
        raise WartaInputError(f"expected one article, found {len(items)} records; use analyze_many")
    item = items[0]
    if isinstance(item, WartaInputError):
        raise item
    if title and not item.title:
        item.title = title
    item.warnings = (*item.warnings, *warnings)
    return analyze_raw(item, published=published, exclude=exclude, fast=fast)


def analyze_raw(
    raw: RawArticle,
    *,
    published: str | date | None = None,
    exclude: Collection[str] = (),
    fast: bool = False,
) -> Article:
    """Analyse a :class:`RawArticle` produced by :mod:`warta.read` (options as :func:`analyze`)."""
    unknown = set(exclude) - set(LAYERS)
    if unknown:
        raise WartaInputError(
            f"unknown layer(s) {', '.join(sorted(unknown))}; layers are {', '.join(LAYERS)}"
        )
    label = raw.source.label()
    warnings = list(raw.warnings)
    page = _read_page(raw, warnings) if raw.is_html else _Page(body=raw.text, title=raw.title)
    source = raw.source
    if page.url and not source.url:
        source = Source(path=source.path, url=page.url, format=source.format, line=source.line)

    cleaned, clean_warnings = clean_text(page.body)
    warnings.extend(clean_warnings)
    blocks = text_blocks(cleaned)
    title = page.title
    if not raw.is_html and title is None:
        title, blocks = _title_line(blocks)
    structure = read_structure(blocks, page.links)
    title = title or structure.syndicated_title
    if not structure.paragraphs:
        raise WartaInputError("no article body found (only boilerplate)", source=label)
    body = "\n\n".join(structure.paragraphs)
    paragraphs = split_paragraphs(body)
    sentences = [span for s, e in paragraphs for span in split_sentences(body, s, e)]

    pub_value, pub_source = _published(raw.published or page.published, published, warnings)
    if pub_value is None:
        inferred = infer_reference_date(body)
        if inferred is not None:
            pub_value, pub_source = inferred.isoformat(), "text"
    language = detect_language(body)
    if language.code != "id":
        name = LANGUAGE_NAMES.get(language.code, language.code)
        warnings.append(
            f"language looks like {name} ({language.code}, confidence {language.confidence:.2f}),"
            " not Indonesian"
        )
    cited_media = find_cited_media(body)
    reference = date.fromisoformat(pub_value[:10]) if pub_value else None
    layers = _analysis_layers(
        body, sentences, paragraphs, cited_media, reference, title, set(exclude), warnings, fast
    )
    return Article(
        text=body,
        source=source,
        title=title,
        publisher=(
            structure.publisher
            or structure.publisher_hint
            or page.publisher
            or _publisher_from_url(source.url)
        ),
        dateline=structure.dateline,
        authors=structure.authors or [a for a in page.authors if publisher_name(a) is None],
        published=pub_value,
        published_source=pub_source,
        language=language,
        paragraphs=paragraphs,
        sentences=sentences,
        related=_dedupe_related(structure.related),
        cited_media=cited_media,
        warnings=warnings,
        boilerplate=structure.boilerplate,
        **layers,
    )


@dataclass(slots=True)
class _Page:
    """What reading gave before cleaning: the body and any page metadata."""

    body: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)


def _read_page(raw: RawArticle, warnings: list[str]) -> _Page:
    from warta.html import extract_page  # trafilatura is slow to import: only for HTML

    page = extract_page(raw.text)
    if not page.text.strip():
        raise WartaInputError("no article text found in the HTML", source=raw.source.label())
    if page.method != "container":
        warnings.append(f"article text found by the {page.method} extractor")
    return _Page(
        body=page.text,
        title=raw.title or page.title,
        published=page.published,
        url=page.url,
        publisher=publisher_name(page.site_name) if page.site_name else None,
        authors=page.authors,
        links=page.links,
    )


def _analysis_layers(
    body: str,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    cited_media: list[CitedMedium],
    reference: date | None,
    title: str | None,
    exclude: set[str],
    warnings: list[str],
    fast: bool = False,
) -> dict[str, list[dict[str, Any]]]:
    """The layers after the structure layer, in order; an excluded layer stays empty."""
    times = find_times(body, reference) if "times" not in exclude else []
    warnings.extend(weekday_warnings(body, times))
    time_dicts = [t.to_dict() for t in times]
    entities = []
    if "entities" not in exclude:
        tagger = NerTagger.load().fast() if fast else NerTagger.load()
        entities = find_entities(body, sentences, tagger, cited_media)
    quotes = (
        find_quotes(body, sentences, paragraphs, entities, time_dicts)
        if "quotes" not in exclude
        else []
    )
    return {
        "times": time_dicts,
        "entities": entities,
        "quotes": quotes,
        "summary": (
            summarize(body, sentences, entities=entities, quotes=quotes, title=title)
            if "summary" not in exclude
            else []
        ),
        "keywords": extract_keywords(body, entities=entities) if "keywords" not in exclude else [],
        "corrections": find_corrections(body, entities) if "corrections" not in exclude else [],
    }


def text_blocks(text: str) -> list[str]:
    """Blocks (candidate paragraphs) of a cleaned text.

    Paragraphs are separated by blank lines, or, in text pasted from a web
    page, one paragraph per line. Lines inside a block are joined only when the
    block looks hard-wrapped (similar line lengths, lines ending mid-sentence).
    """
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _hard_wrapped(lines) and not any(map(_furniture, lines)):
            blocks.append(" ".join(lines))
        else:
            blocks.extend(lines)
    return blocks


def _furniture(line: str) -> bool:
    kind, _ = classify_block(line, near_start=True, near_end=True)
    return kind != "body"


def _hard_wrapped(lines: list[str]) -> bool:
    body = lines[:-1]
    if not all(40 <= len(line) <= 100 for line in body):
        return False
    open_ended = sum(1 for line in body if not line.endswith(_TERMINAL))
    return open_ended * 2 >= len(body)


def _title_line(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Take a first line that reads as a headline (short, no final punctuation)."""
    if len(blocks) < 2:
        return None, blocks
    first = blocks[0]
    words = first.split()
    if not 2 <= len(words) <= 25 or len(first) > 200 or first.endswith(_TERMINAL[:6]):
        return None, blocks
    kind, _ = classify_block(first, near_start=True, near_end=False)
    if kind != "body" or split_dateline(first):
        return None, blocks
    return first, blocks[1:]


_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$")


def normalise_date(value: str | date) -> str | None:
    """ISO date or datetime string for a date-like value, or None if unreadable."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = value.strip()
    match = _DATE_RE.match(text)
    if not match:
        return None
    year, month, day, rest = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not rest.strip():
        return day_value.isoformat()
    candidate = f"{day_value.isoformat()}{rest.replace(' ', 'T', 1) if rest[0] == ' ' else rest}"
    try:
        return datetime.fromisoformat(candidate.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return day_value.isoformat()


def _published(
    metadata: str | None, argument: str | date | None, warnings: list[str]
) -> tuple[str | None, str | None]:
    if metadata:
        value = normalise_date(metadata)
        if value:
            return value, "metadata"
        warnings.append(f"unreadable publication date in metadata: {metadata!r}")
    if argument:
        value = normalise_date(argument)
        if value:
            return value, "argument"
        raise WartaInputError(f"invalid date {argument!r}, expected YYYY-MM-DD")
    return None, None


def _publisher_from_url(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"^[a-z]+://(?:[^/@]*@)?([^/:?#]+)", url.strip(), re.IGNORECASE)
    if not match:
        return None
    host = match.group(1).lower()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = publisher_name(".".join(labels[i:]))
        if name and "." in ".".join(labels[i:]):
            exact = publisher_name(labels[i])
            return exact or name
    return None


def _dedupe_related(items: list[Related]) -> list[Related]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.title not in seen:
            seen.add(item.title)
            out.append(item)
    return out
