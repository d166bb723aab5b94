"""A readable terminal view of an Article (``warta analyze --format pretty``)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from warta.article import Article


def render(article: Article) -> Panel:
    """A Rich panel: metadata table, the body with cited media highlighted, boilerplate found."""
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

    body = Text()
    highlights = [(c.start, c.end, "bold magenta") for c in article.cited_media]
    for number, (start, end) in enumerate(article.paragraphs, start=1):
        paragraph = Text(article.text[start:end])
        for h_start, h_end, style in highlights:
            if start <= h_start and h_end <= end:
                paragraph.stylize(style, h_start - start, h_end - start)
        body.append(f"{number:>2} ", style="dim")
        body.append(paragraph)
        body.append("\n")

    parts: list[object] = [meta, Text(""), body]
    if article.related:
        related = Table(title="Related (Baca juga)", show_header=False, box=None, padding=(0, 1))
        for item in article.related:
            related.add_row("•", item.title, Text(item.url or "", style="dim"))
        parts.append(related)
    if article.cited_media:
        parts.append(
            Text("Cited media: " + ", ".join(c.name for c in article.cited_media), style="magenta")
        )
    for warning in article.warnings:
        parts.append(Text(f"⚠ {warning}", style="yellow"))
    title = article.title or "(no title)"
    return Panel(Group(*parts), title=Text(title, style="bold"), title_align="left")  # type: ignore[arg-type]


def print_article(article: Article, console: Console | None = None) -> None:
    (console or Console()).print(render(article))
