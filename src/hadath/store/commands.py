"""CLI commands of the store: ``ingest``, ``watch``, ``search``, ``export`` (and the body of ``events``).

``register(app)`` adds them to hadath's Typer app; each is a thin skin over a library function.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from hadath.errors import UsageError

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or postgresql:// URL (default: $XDG_DATA_HOME/hadath/hadath.db)."),
]


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _summary_line(s: Any) -> str:
    return (
        f"hadath: {s.read} read, {s.new} stored, {s.skipped} already stored, {s.near_duplicates} near-duplicates, "
        f"{s.errors} failed; {s.mentions} event mentions ({s.events_new} new events, {s.events_merged} merged) "
        f"in {s.elapsed:.1f}s"
    )


def ingest_cli(
    paths: list[Path],
    db: str | None = None,
    *,
    batch_size: int = 50,
    analyzed: bool = False,
    progress: bool = True,
    as_json: bool = False,
    published: str | None = None,
) -> int:
    """``hadath ingest``: read, analyze and store; a progress bar on a terminal; exit 4 if nothing could be read."""
    from hadath.store.ingest import ingest, read_documents_jsonl

    read: Any = read_documents_jsonl if analyzed else None
    if published is not None and not analyzed:
        from hadath.cli import parse_date_option
        from hadath.readers import ReadOptions, read_paths

        opts = ReadOptions(published=parse_date_option(published))  # type: ignore[arg-type]

        def read_with_date(ps: Any) -> Any:
            return read_paths(ps, opts)

        read = read_with_date
    analyze = (lambda d: d) if analyzed else None
    show = progress and sys.stderr.isatty()
    bar: Any = None
    task: Any = None
    if show:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        bar.start()
        task = bar.add_task("ingesting", total=None)

    def on_batch(s: Any) -> None:
        if bar is not None:
            bar.update(
                task,
                description=f"{s.read} read, {s.new} stored, {s.skipped} skipped, {s.errors} failed, "
                f"{s.mentions} mentions ({s.articles_per_second:.1f} articles/s)",
            )

    try:
        s = ingest(
            [str(p) for p in paths], db, batch_size=batch_size, progress=on_batch, analyze=analyze, read=read
        )
    finally:
        if bar is not None:
            bar.stop()
    if as_json:
        typer.echo(json.dumps(s.to_dict(), ensure_ascii=False))
    _err(_summary_line(s))
    for e in s.error_samples[:5]:
        _err(f"hadath: {e['where']}: {e['kind']}: {e['message']}")
    if s.read == 0:
        raise UsageError(
            "no articles found", hint="check the paths and their extensions (.txt .html .xml .jsonl)"
        )
    if s.new == 0 and s.skipped == 0:
        return 4
    return 0


def watch_cli(feeds: list[str], every: str = "15m", db: str | None = None, *, once: bool = False) -> int:
    """``hadath watch``: poll feeds, one log line per poll on stderr."""
    from hadath.watch import watch

    logger = logging.getLogger("hadath.watch")
    if not logger.handlers:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        logger.addHandler(h)
    logger.setLevel(logging.INFO)
    try:
        polls = watch(feeds, every, db, once=once)
    except KeyboardInterrupt:
        _err("hadath: watch stopped")
        return 0
    return 0 if any(p.status != "error" for p in polls) else 1


def search_cli(
    text: str, db: str | None = None, *, limit: int = 20, offset: int = 0, as_json: bool = False
) -> int:
    """``hadath search``: articles matching an Arabic query, best first."""
    from hadath.store.query import search_articles

    page = search_articles(db, text, limit=limit, offset=offset)
    if as_json:
        typer.echo(json.dumps(page.to_dict(), ensure_ascii=False))
        return 0
    for it in page.items:
        typer.echo(
            f"{it['id']}\t{it.get('published') or ''}\t{it.get('source') or ''}\t{it.get('title') or ''}"
        )
        typer.echo(f"\t{it['snippet']}")
        if it.get("url"):
            typer.echo(f"\t{it['url']}")
    _err(
        f"hadath: {page.total} articles match; showing {offset + 1 if page.items else 0}-{offset + len(page.items)}"
    )
    return 0


def export_cli(db: str | None, fmt: str, out: str, filters: dict[str, Any] | None = None) -> int:
    """``hadath export``."""
    from hadath.export import export

    s = export(db, fmt, out, filt={k: v for k, v in (filters or {}).items() if v is not None} or None)
    _err(
        f"hadath: exported {s.rows} {'documents' if s.format == 'jsonl' else 'events'} as {s.format} to {s.out}"
    )
    return 0


EVENT_COLUMNS = (
    "id",
    "day",
    "cameo",
    "plover",
    "source",
    "target",
    "location",
    "num_mentions",
    "num_sources",
    "confidence",
    "modality",
)


def query_events_cli(
    db: str | None = None,
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    country: str | None = None,
    cameo: str | None = None,
    root: str | None = None,
    plover: str | None = None,
    quad_class: int | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    modality: str | None = None,
    min_confidence: float | None = None,
    min_mentions: int | None = None,
    limit: int = 50,
    offset: int = 0,
    sort: str = "-day",
    as_json: bool = False,
    out: Any = None,
) -> int:
    """The body of ``hadath events --db ...``: stored events matching filters, as TSV (default) or JSON."""
    from hadath.store.query import find_events

    out = out or sys.stdout
    page = find_events(
        db,
        actor=actor,
        source=source,
        target=target,
        country=country,
        cameo=cameo,
        root=root,
        plover=plover,
        quad_class=quad_class,
        since=since,
        until=until,
        place=place,
        modality=modality,
        min_confidence=min_confidence,
        min_mentions=min_mentions,
        limit=limit,
        offset=offset,
        sort=sort,
    )
    if as_json:
        out.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
        return 0

    def side(x: dict[str, Any] | None) -> str:
        return "" if not x else (x.get("code") or x.get("name_en") or x.get("country") or "")

    out.write("\t".join(EVENT_COLUMNS) + "\n")
    for e in page.items:
        loc = e.get("location") or {}
        row = [
            e["id"],
            e.get("day") or "",
            e["cameo"],
            e.get("plover") or "",
            side(e.get("source")),
            side(e.get("target")),
            loc.get("name_en") or loc.get("country") or "",
            e["num_mentions"],
            e["num_sources"],
            "" if e.get("confidence") is None else f"{e['confidence']:.2f}",
            e.get("modality") or "",
        ]
        out.write("\t".join(str(x) for x in row) + "\n")
    _err(
        f"hadath: {page.total} events match; showing {offset + 1 if page.items else 0}-{offset + len(page.items)}"
    )
    return 0


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``watch``, ``search`` and ``export`` to ``app``."""

    @app.command("ingest")
    def ingest_cmd(
        paths: Annotated[
            list[Path], typer.Argument(help="Files or folders of articles (.txt .html .xml .jsonl).")
        ],
        db: DbOption = None,
        batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per transaction.")] = 50,
        analyzed: Annotated[
            bool,
            typer.Option(
                "--analyzed",
                help="Inputs are hadath.document/1 JSONL (from `hadath analyze`): store them as they are.",
            ),
        ] = False,
        no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
        as_json: Annotated[
            bool, typer.Option("--json", help="Print the run summary as JSON on stdout.")
        ] = False,
        published: Annotated[
            str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
        ] = None,
    ) -> None:
        """Analyze articles and store them (idempotent; rerun to resume an interrupted run)."""
        raise typer.Exit(
            ingest_cli(
                paths, db, batch_size=batch_size, analyzed=analyzed, progress=not no_progress, as_json=as_json,
                published=published,
            )
        )

    @app.command("watch")
    def watch_cmd(
        feeds: Annotated[list[str], typer.Argument(help="Feed URLs, or files listing one feed URL a line.")],
        every: Annotated[str, typer.Option("--every", help="Polling interval: 30s, 15m, 2h ...")] = "15m",
        db: DbOption = None,
        once: Annotated[bool, typer.Option("--once", help="Poll every feed once and exit.")] = False,
    ) -> None:
        """Poll RSS/Atom feeds and store their new articles."""
        raise typer.Exit(watch_cli(feeds, every, db, once=once))

    @app.command("search")
    def search_cmd(
        text: Annotated[str, typer.Argument(help='Arabic words, or a "quoted phrase".')],
        db: DbOption = None,
        limit: Annotated[int, typer.Option("--limit", help="Results per page.")] = 20,
        offset: Annotated[int, typer.Option("--offset", help="Results to skip.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    ) -> None:
        """Search stored articles (diacritics, alef forms, digits and clitics do not matter)."""
        raise typer.Exit(search_cli(text, db, limit=limit, offset=offset, as_json=as_json))

    @app.command("export")
    def export_cmd(
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="jsonl (documents), parquet or gdelt (events).")
        ],
        out: Annotated[
            str, typer.Option("--output", "-o", help="Output file ('-' for stdout: jsonl, gdelt).")
        ],
        db: DbOption = None,
        since: Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")] = None,
        until: Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")] = None,
        root: Annotated[str | None, typer.Option("--root", help="CAMEO root code.")] = None,
        country: Annotated[
            str | None, typer.Option("--country", help="Source, target or location country.")
        ] = None,
    ) -> None:
        """Export the store: JSONL documents, Parquet events or GDELT 2.0 event rows."""
        raise typer.Exit(
            export_cli(db, fmt, out, {"since": since, "until": until, "root": root, "country": country})
        )
