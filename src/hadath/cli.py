"""The ``hadath`` command line: a thin skin over library functions.

Errors are typed (``hadath.errors``); this module turns them into a one-line message on stderr
and the error's exit code, at one edge (``main``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, TextIO

import typer

from hadath import __version__
from hadath.doc.model import Document
from hadath.errors import HadathError, PipelineError, UsageError

app = typer.Typer(
    name="hadath",
    help="Arabic news to sourced, structured event data (CAMEO and PLOVER).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hadath {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """hadath reads Arabic news and codes who did what to whom, where and when."""


# ---------------------------------------------------------------- shared helpers


@dataclass
class BatchSummary:
    """Counts of a batch run, printed on stderr at the end."""

    read: int = 0
    analyzed: int = 0
    failed: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        noun = "article" if self.read == 1 else "articles"
        parts = [f"{self.read} {noun} read", f"{self.analyzed} analyzed", f"{self.failed} failed"]
        if self.errors:
            return "hadath: " + ", ".join(parts) + " (" + ", ".join(
                f"{k}: {v}" for k, v in self.errors.most_common()) + ")"
        return "hadath: " + ", ".join(parts)


def parse_date_option(value: str | None, option: str = "--published") -> object:
    if value is None:
        return None
    from hadath.readers.base import parse_datetime

    try:
        return parse_datetime(value)
    except HadathError:
        raise UsageError(f"{option}: cannot parse {value!r}", hint="use YYYY-MM-DD") from None


def err(message: str) -> None:
    typer.echo(message, err=True)


def analyzed_documents(
    paths: list[str],
    *,
    published: str | None = None,
    max_bytes: int | None = None,
    stages: str | None = None,
    summary: BatchSummary | None = None,
    progress: bool | None = None,
) -> Iterator[Document]:
    """Read and analyze every article under ``paths``; bad articles are reported and skipped."""
    from hadath.pipeline import build_pipeline, default_pipeline
    from hadath.readers import ReadOptions, read_paths

    opts = ReadOptions(published=parse_date_option(published))  # type: ignore[arg-type]
    if max_bytes is not None:
        opts.max_bytes = max_bytes
    pipeline = build_pipeline([s.strip() for s in stages.split(",")]) if stages else default_pipeline()
    summary = summary if summary is not None else BatchSummary()
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Progress(
            TextColumn("analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
            console=None,
        )
        bar.start()
        task = bar.add_task("analyze", total=None)
    try:
        for result in read_paths(paths, opts):
            summary.read += 1
            if result.error is not None:
                summary.failed += 1
                summary.errors[result.error.kind] += 1
                err(f"hadath: skipped {result.error}")
                continue
            assert result.doc is not None
            try:
                doc = pipeline(result.doc)
            except HadathError as exc:
                summary.failed += 1
                summary.errors[exc.kind] += 1
                err(f"hadath: skipped {result.origin}: {exc}")
                continue
            except Exception as exc:  # a bug in a stage must not lose the other articles
                summary.failed += 1
                summary.errors["InternalError"] += 1
                err(f"hadath: skipped {result.origin}: internal error {type(exc).__name__}: {exc}")
                continue
            summary.analyzed += 1
            if bar is not None:
                bar.advance(task)
            yield doc
    finally:
        if bar is not None:
            bar.stop()


def open_output(output: Path | None) -> TextIO:
    if output is None or str(output) == "-":
        return sys.stdout
    output.parent.mkdir(parents=True, exist_ok=True)
    return open(output, "w", encoding="utf-8")


# ---------------------------------------------------------------- analyze


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one.")
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", help="json (indented, one article) or jsonl (one line per article)."),
    ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    stages: Annotated[
        str | None, typer.Option("--stages", help="Comma-separated stages to run (default: all).")
    ] = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", help="File size limit in bytes.")] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: on a terminal).")
    ] = None,
) -> None:
    """Analyze articles and print one JSON document per article."""
    from hadath.doc.serialize import to_json

    if format not in (None, "json", "jsonl"):
        raise UsageError(f"--format {format!r} is not json or jsonl")
    summary = BatchSummary()
    docs = analyzed_documents(
        paths, published=published, max_bytes=max_bytes, stages=stages, summary=summary, progress=progress
    )
    out = open_output(output)
    try:
        if format == "jsonl":
            for doc in docs:
                out.write(json.dumps(to_json(doc), ensure_ascii=False) + "\n")
        else:
            first = next(docs, None)
            second = next(docs, None) if first is not None else None
            if second is None and first is not None:
                out.write(json.dumps(to_json(first), ensure_ascii=False, indent=2) + "\n")
            elif first is not None and format == "json":
                raise UsageError("--format json prints one article; use --format jsonl for several")
            elif first is not None:
                for pending in (first, second):
                    if pending is not None:
                        out.write(json.dumps(to_json(pending), ensure_ascii=False) + "\n")
                for doc in docs:
                    out.write(json.dumps(to_json(doc), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if summary.failed or summary.read > 1:
        err(summary.line())
    finish(summary)


def finish(summary: BatchSummary) -> None:
    """Exit status of a batch: 0 when something was analyzed, else the failure's code."""
    if summary.read == 0:
        raise UsageError("no articles found", hint="check the paths and their extensions (.txt .html .xml .jsonl)")
    if summary.analyzed == 0:
        raise typer.Exit(4)


# ---------------------------------------------------------------- sub-commands from other modules

_COMMAND_MODULES: tuple[str, ...] = (
    "hadath.commands",
    "hadath.store.commands",
    "hadath.web.commands",
    "hadath.batch.commands",
)


def _register_commands() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script and of ``python -m hadath``."""
    _register_commands()
    try:
        rc = app(args=argv, standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except HadathError as exc:
        err(f"hadath: error: {exc}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err("hadath: aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        err("hadath: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        # click's usage errors (typer may carry its own copy of click): print them cleanly
        show = getattr(exc, "show", None)
        code = getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            show()
            sys.exit(code)
        raise


__all__ = ["PipelineError", "analyzed_documents", "app", "main"]
