"""A readable terminal view of an Article (``warta analyze --format pretty``).

The body is shown with its layers marked in place (people, organisations,
places, time expressions, cited media), then one compact table per layer:
summary, who said what, entities, times, keywords and suggested corrections.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta.article import Article

_ENTITY_STYLES = {"PERSON": "bold cyan", "ORG": "bold green", "PLACE": "bold yellow"}
_TIME_STYLE = "underline magenta"
_MEDIA_STYLE = "italic magenta"


def render(article: Article) -> Panel:
    """A Rich panel with the metadata, the marked-up body and one table per layer."""
    parts: list[RenderableType] = [_metadata(article), Text(""), _body(article)]
    for section in (
        _summary(article),
        _quotes(article),
        _entities(article),
        _times(article),
        _related(article),
    ):
        if section is not None:
            parts.extend([Text(""), section])
    if article.keywords:
        parts.append(Text("Keywords: " + ", ".join(k["text"] for k in article.keywords), "bold"))
    if article.corrections:
        fixes = ", ".join(f"{c['text']} → {c['suggestion']}" for c in article.corrections)
        parts.append(Text("Possible typos: " + fixes, style="red"))
    if article.cited_media:
        parts.append(Text("Cited media: " + ", ".join(c.name for c in article.cited_media)))
    for warning in article.warnings:
        parts.append(Text(f"⚠ {warning}", style="yellow"))
    title = article.title or "(no title)"
    return Panel(Group(*parts), title=Text(title, style="bold"), title_align="left")


def _metadata(article: Article) -> Table:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold cyan", no_wrap=True)
    meta.add_column()
    meta.add_row("id", article.id)
    meta.add_row("source", article.source.label() + f" ({article.source.format})")
    if article.source.url:
        meta.add_row("url", article.source.url)
    meta.add_row("publisher", article.publisher or "—")
    if article.dateline:
        meta.add_row("dateline", f"{article.dateline.text}  →  {article.dateline.place or '—'}")
    meta.add_row("authors", ", ".join(article.authors) or "—")
    published = article.published or "—"
    if article.published_source:
        published += f"  ({article.published_source})"
    meta.add_row("published", published)
    meta.add_row("language", f"{article.language.code} ({article.language.confidence:.2f})")
    meta.add_row(
        "layout", f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences"
    )
    legend = Text()
    for kind, style in _ENTITY_STYLES.items():
        legend.append(kind.lower(), style=style).append("  ")
    legend.append("time", style=_TIME_STYLE).append("  ")
    legend.append("cited medium", style=_MEDIA_STYLE)
    meta.add_row("marks", legend)
    return meta


def _body(article: Article) -> Text:
    marks: list[tuple[int, int, str]] = [(t["start"], t["end"], _TIME_STYLE) for t in article.times]
    marks += [(c.start, c.end, _MEDIA_STYLE) for c in article.cited_media]
    for entity in article.entities:
        style = _ENTITY_STYLES.get(entity["type"], "bold")
        marks += [(m["start"], m["end"], style) for m in entity["mentions"]]
    body = Text()
    for number, (start, end) in enumerate(article.paragraphs, start=1):
        paragraph = Text(article.text[start:end])
        for m_start, m_end, style in marks:
            if start <= m_start and m_end <= end:
                paragraph.stylize(style, m_start - start, m_end - start)
        body.append(f"{number:>2} ", style="dim")
        body.append(paragraph)
        body.append("\n")
    return body


def _summary(article: Article) -> Table | None:
    if not article.summary:
        return None
    table = Table(title="Summary", show_header=False, box=None, title_justify="left")
    for number, item in enumerate(article.summary, start=1):
        table.add_row(f"{number}.", item["text"])
    return table


def _quotes(article: Article) -> Table | None:
    if not article.quotes:
        return None
    table = Table(title="Who said what", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("speaker", style="bold cyan", max_width=28)
    table.add_column("cue", style="dim", max_width=16)
    table.add_column("said", ratio=1)
    for quote in article.quotes:
        speaker = quote["speaker"]
        who = Text(speaker.get("text") or "?")
        if speaker.get("role"):
            who.append(f"\n{speaker['role']}", style="dim")
        said = quote["content"]["text"]
        said = f"“{said}”" if quote["direct"] else said
        table.add_row(who, quote.get("cue") or "", said)
    return table


def _entities(article: Article) -> Table | None:
    if not article.entities:
        return None
    table = Table(title="Entities", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("id", style="dim")
    table.add_column("type")
    table.add_column("name", style="bold")
    table.add_column("also", style="dim")
    table.add_column("roles")
    table.add_column("×", justify="right")
    for entity in article.entities:
        table.add_row(
            entity["id"],
            Text(entity["type"], style=_ENTITY_STYLES.get(entity["type"], "")),
            entity["name"],
            ", ".join(entity["aliases"]),
            "; ".join(entity["roles"]),
            str(len(entity["mentions"])),
        )
    return table


def _times(article: Article) -> Table | None:
    if not article.times:
        return None
    table = Table(title="Times", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("expression")
    table.add_column("type", style="dim")
    table.add_column("value", style="magenta")
    for item in article.times:
        table.add_row(item["text"], item["type"], str(item["value"]))
    return table


def _related(article: Article) -> Table | None:
    if not article.related:
        return None
    table = Table(title="Related (Baca juga)", show_header=False, box=None, title_justify="left")
    for item in article.related:
        table.add_row("•", item.title, Text(item.url or "", style="dim"))
    return table


def print_article(article: Article, console: Console | None = None) -> None:
    (console or Console()).print(render(article))
