"""The Article: one analysed news article, the single document of warta.

Like spaCy's ``Doc``, an :class:`Article` owns one text (the clean body) and
every layer is a list of spans given as character offsets into that text.
``Article.to_dict()`` is exactly the JSON contract ``warta.article/1``
described by ``docs/schema/article-1.json``; nothing else is serialised, so
the schema and the code cannot drift apart without a test failing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

SCHEMA_ID = "warta.article/1"

SourceFormat = Literal["text", "html", "timeml", "jsonl"]
PublishedSource = Literal["metadata", "argument", "text"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from."""

    path: str | None = None
    url: str | None = None
    format: SourceFormat = "text"
    line: int | None = None  # 1-based line number inside a JSON Lines file

    def label(self) -> str:
        """A short human name for messages: path[:line], url or ``<text>``."""
        if self.path:
            return f"{self.path}:{self.line}" if self.line else self.path
        return self.url or "<text>"


@dataclass(frozen=True, slots=True)
class Dateline:
    """The "JAKARTA, KOMPAS.com -" opener: its raw text and the place it names."""

    text: str
    place: str | None


@dataclass(frozen=True, slots=True)
class Related:
    """A "Baca juga:" style pointer to another article."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class CitedMedium:
    """A medium the article cites ("dilansir Reuters"), with offsets into the body."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the clean body: its text and character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Language:
    """Detected language (ISO 639-1 code) and the detector's confidence, 0..1."""

    code: str
    confidence: float


@dataclass(slots=True)
class Boilerplate:
    """A piece removed from the body (byline, ad line, ...), kept for inspection.

    Not part of the JSON contract: it is what a developer looks at when asking
    "why did this line disappear?".
    """

    kind: str
    text: str


@dataclass
class Article:
    """One analysed article. Offsets in every span point into :attr:`text`."""

    text: str
    source: Source = field(default_factory=Source)
    title: str | None = None
    publisher: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: PublishedSource | None = None
    language: Language = field(default_factory=lambda: Language("und", 0.0))
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    cited_media: list[CitedMedium] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Later layers (entities, times, quotes, summary, keywords, corrections)
    # fill these; they are declared now so the JSON shape stays stable.
    entities: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    summary: list[dict[str, Any]] = field(default_factory=list)
    keywords: list[dict[str, Any]] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list, repr=False)

    @property
    def id(self) -> str:
        """Content id: the same clean body always gives the same id."""
        return content_id(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """Tokens of the clean body (computed on first use)."""
        from warta.segment import tokenize

        return tokenize(self.text)

    def paragraph_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.paragraphs]

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract ``warta.article/1``."""
        return {
            "schema": SCHEMA_ID,
            "id": self.id,
            "source": {
                "path": self.source.path,
                "url": self.source.url,
                "format": self.source.format,
                "line": self.source.line,
            },
            "publisher": self.publisher,
            "dateline": (
                {"text": self.dateline.text, "place": self.dateline.place}
                if self.dateline
                else None
            ),
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "published_source": self.published_source,
            "language": {
                "code": self.language.code,
                "confidence": round(self.language.confidence, 4),
            },
            "text": self.text,
            "paragraphs": [[s, e] for s, e in self.paragraphs],
            "sentences": [[s, e] for s, e in self.sentences],
            "related": [{"title": r.title, "url": r.url} for r in self.related],
            "cited_media": [
                {"name": c.name, "start": c.start, "end": c.end} for c in self.cited_media
            ],
            "warnings": list(self.warnings),
            "entities": list(self.entities),
            "times": list(self.times),
            "quotes": list(self.quotes),
            "summary": list(self.summary),
            "keywords": list(self.keywords),
            "corrections": list(self.corrections),
        }


def content_id(text: str) -> str:
    """16 hex digits of BLAKE2b over the UTF-8 body: short, stable, collision-safe enough."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
