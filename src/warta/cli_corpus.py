"""The corpus commands: ``ingest``, ``duplicates``, ``search``, ``show``, ``export``, ``stats``.

A thin Typer layer over :mod:`warta.corpus`; the main CLI adds them with
:func:`register`. Every problem a user can cause (a bad path, a foreign
database, an invalid date) is one ``error: ...`` line on stderr and exit
status 1; Ctrl-C during ingest keeps what was committed and says how to
resume. ``python -m warta.cli_corpus`` runs these commands alone.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.console import error
from warta.errors import WartaError

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="WARTA_DB",
        help="SQLite file or postgresql:// URL (default warta.db here, or $WARTA_DB).",
    ),
]


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ShowFormat(StrEnum):
    json = "json"
    text = "text"


@contextmanager
def _errors() -> Iterator[None]:
    """User errors and store errors → one line and exit 1 (never a traceback)."""
    try:
        yield
    except WartaError as exc:
        error(str(exc))
        raise typer.Exit(1) from None
    except OSError as exc:
        error(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        raise typer.Exit(1) from None


def _console() -> Console:
    """Standard output; wide when redirected, so tables stay readable in files and pipes."""
    return Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def _highlight(snippet: str) -> str:
    return escape(snippet).replace("<mark>", "[bold yellow]").replace("</mark>", "[/]")


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories (recursive): text, HTML, TimeML, JSON Lines, .jsonl.gz."
        ),
    ],
    db: DbOption = "warta.db",
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Analysis processes (default: all cores)."),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    format: Annotated[
        TableOrJson, typer.Option("--format", "-f", help="Summary as table or json.")
    ] = TableOrJson.table,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast", help="Tag names with the CRF alone: about twice as fast, less exact."
        ),
    ] = False,
) -> None:
    """Analyse articles and store them; safe to repeat and to resume after a crash."""
    from warta.corpus import open_corpus
    from warta.corpus.base import check_day

    show_progress = sys.stderr.isatty() if progress is None else progress
    with _errors():
        check_day(date, "--date")
        with open_corpus(db) as corpus:
            try:
                report = corpus.ingest(
                    paths, workers=workers, published=date, progress=show_progress, fast=fast
                )
            except KeyboardInterrupt:
                error("interrupted; committed articles are kept, run the same command to resume")
                raise typer.Exit(130) from None
    if format is TableOrJson.json:
        _print_json(report.to_dict())
        return
    out = _console()
    out.print(
        f"{report.processed:,} inputs in {report.seconds:.1f} s"
        f" ({report.rate:,.1f} articles/s, {report.workers} workers):"
        f" {report.new:,} new, {report.updated:,} updated, {report.unchanged:,} unchanged,"
        f" {report.duplicates:,} duplicates, {report.failed:,} failed"
    )
    for source, reason in report.failures[:50]:
        out.print(f"  failed: {escape(source)}: {escape(reason)}")
    if len(report.failures) > 50:
        out.print(f"  … and {len(report.failures) - 50:,} more (see `warta stats`)")


def duplicates(
    db: DbOption = "warta.db",
    format: Annotated[TableOrJson, typer.Option("--format", "-f")] = TableOrJson.table,
) -> None:
    """List near-duplicate clusters, each with its earliest article as the original."""
    from warta.corpus import open_corpus

    with _errors(), open_corpus(db, readonly=True) as corpus:
        clusters = corpus.duplicates()
    if format is TableOrJson.json:
        _print_json({"clusters": clusters})
        return
    table = Table("cluster", "role", "id", "published", "publisher", "title", "source", "sim")
    for number, cluster in enumerate(clusters, start=1):
        for role, article in [("original", cluster["original"])] + [
            ("copy", m) for m in cluster["members"]
        ]:
            table.add_row(
                str(number), role, article["id"], article["published"] or "",
                escape(article["publisher"] or ""), escape(article["title"] or ""),
                escape(str(article["source"] or "")), str(article.get("similarity") or ""),
            )  # fmt: skip
    _console().print(table if clusters else "no duplicate clusters")


def search(
    query: Annotated[str, typer.Argument(help="Words to find (stemmed: menyerang ~ serangan).")],
    db: DbOption = "warta.db",
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only articles mentioning this entity.")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PERSON, ORG or PLACE (of --entity, or any).")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published on or after.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Published on or before.")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", help="e.g. Kompas.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 10,
    format: Annotated[TableOrJson, typer.Option("--format", "-f")] = TableOrJson.table,
) -> None:
    """Full-text search ranked by BM25, with highlighted snippets."""
    from warta.corpus import open_corpus

    with _errors(), open_corpus(db, readonly=True) as corpus:
        hits = corpus.search(
            query, entity=entity, type=type, since=since, until=until, publisher=publisher,
            limit=limit,
        )  # fmt: skip
    if format is TableOrJson.json:
        _print_json(hits)
        return
    out = _console()
    if not hits:
        out.print("no matches")
    for hit in hits:
        out.print(
            f"[bold]{escape(hit['title'] or '(untitled)')}[/]  [dim]{hit['id']}"
            f" · {escape(hit['publisher'] or '?')} · {hit['published'] or '?'}"
            f" · score {hit['score']}[/]"
        )
        out.print(f"  {_highlight(hit['snippet'])}")
        out.print(f"  [dim]{escape(str(hit['source'] or ''))}[/]\n")


def show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="Store id, content id, URL or path.")],
    db: DbOption = "warta.db",
    format: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="json (warta.article/1) or text.")
    ] = ShowFormat.json,
) -> None:
    """Print one stored article (the warta.article/1 JSON by default)."""
    from warta.corpus import open_corpus

    with _errors(), open_corpus(db, readonly=True) as corpus:
        article = corpus.get(ident)
        info = corpus.store_info(ident) if format is ShowFormat.text else None
    if format is ShowFormat.json or info is None:
        _print_json(article)
        return
    out = _console()
    out.print(f"[bold]{escape(article.get('title') or '(untitled)')}[/]")
    out.print(
        f"[dim]{info['id']} · {escape(article.get('publisher') or '?')}"
        f" · {article.get('published') or '?'} · {escape(str(info['source'] or ''))}[/]"
    )
    for dup in info["duplicates"]:
        out.print(f"[dim]duplicate: {dup['id']} {escape(str(dup['source'] or ''))}[/]")
    out.print()
    out.print(escape(article.get("text") or ""))


def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("export"),
    db: DbOption = "warta.db",
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
) -> None:
    """Write articles, entities, mentions, quotes and times as tables (one file each)."""
    from warta.corpus import open_corpus
    from warta.corpus.export import export as run_export

    with _errors(), open_corpus(db, readonly=True) as corpus:
        paths = run_export(corpus, out, format=format.value)
    for table, path in paths.items():
        typer.echo(f"{table}: {path}")


def stats(
    db: DbOption = "warta.db",
    format: Annotated[TableOrJson, typer.Option("--format", "-f")] = TableOrJson.table,
    top: Annotated[int, typer.Option("--top", min=1, help="How many entities to list.")] = 10,
) -> None:
    """Counts per publisher and per day, duplicate clusters, failures, top entities."""
    from warta.corpus import open_corpus

    with _errors(), open_corpus(db, readonly=True) as corpus:
        payload = corpus.stats(top=top)
        failures = corpus.failures()
    if format is TableOrJson.json:
        payload["failures"] = failures
        _print_json(payload)
        return
    out = _console()
    out.print(
        f"{payload['articles']:,} articles, {payload['duplicate_clusters']:,} duplicate clusters"
        f" ({payload['duplicates']:,} copies), {payload['entities']:,} entities,"
        f" {payload['failed']:,} failed inputs"
    )
    _table(out, "publisher", "articles", [(p["publisher"] or "?", p["articles"])
                                          for p in payload["publishers"]])  # fmt: skip
    _table(out, "day", "articles", [(d["day"] or "?", d["articles"]) for d in payload["days"]])
    if payload["top_entities"]:
        table = Table("entity", "type", "articles", "mentions")
        for e in payload["top_entities"]:
            table.add_row(escape(e["name"]), e["type"], str(e["articles"]), str(e["mentions"]))
        out.print(table)
    for failure in failures[:20]:
        out.print(f"failed: {escape(failure['source'] or '')}: {escape(failure['error'])}")


def _table(out: Console, key: str, value: str, rows: list[tuple[Any, Any]]) -> None:
    if rows:
        table = Table(key, value)
        for k, v in rows:
            table.add_row(escape(str(k)), f"{v:,}")
        out.print(table)


COMMANDS: dict[str, Callable[..., None]] = {
    "ingest": ingest,
    "duplicates": duplicates,
    "search": search,
    "show": show,
    "export": export,
    "stats": stats,
}


def register(app: typer.Typer) -> None:
    """Add the corpus commands to a Typer app (the main ``warta`` CLI calls this)."""
    for name, command in COMMANDS.items():
        app.command(name)(command)


def main() -> None:
    """Run the corpus commands on their own: ``python -m warta.cli_corpus ingest ...``."""
    app = typer.Typer(
        name="warta", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
    register(app)
    app(prog_name=os.environ.get("WARTA_PROG", "warta"))


if __name__ == "__main__":
    main()
