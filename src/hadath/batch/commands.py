"""CLI commands of batch runs: ``hadath batch`` and ``hadath load``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from hadath.errors import UsageError


def register(app: typer.Typer) -> None:
    @app.command()
    def batch(
        input: Annotated[str, typer.Argument(help="JSONL (plain or gzip), Parquet, or a folder of them.")],
        output: Annotated[Path, typer.Argument(help="Output folder (documents/, events/, errors/, summary.json).")],
        engine: Annotated[str, typer.Option("--engine", help="local (processes) or spark.")] = "local",
        workers: Annotated[int, typer.Option("--workers", help="Local engine: worker processes.")] = 1,
        master: Annotated[
            str, typer.Option("--master", help="Spark engine: local[*], spark://HOST:PORT or sc://HOST:PORT.")
        ] = "local[*]",
        partitions: Annotated[int | None, typer.Option("--partitions", help="Spark engine: input partitions.")] = None,
        published: Annotated[
            str | None, typer.Option("--published", help="Publication date for articles without one.")
        ] = None,
        overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace a non-empty OUTPUT.")] = False,
    ) -> None:
        """Analyze many articles and write Documents and events as Parquet partitioned by date."""
        from hadath.cli import parse_date_option

        pub = parse_date_option(published)
        if engine == "local":
            from hadath.batch.local import run_local

            summary = run_local(input, output, workers=workers, published=pub, overwrite=overwrite)  # type: ignore[arg-type]
        elif engine == "spark":
            from hadath.batch.spark import run_spark

            summary = run_spark(
                input, output, master=master, partitions=partitions, published=pub, overwrite=overwrite  # type: ignore[arg-type]
            )
        else:
            raise UsageError(f"--engine {engine!r} is not local or spark")
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False), err=True)
        if summary.articles_out == 0 and summary.articles_in > 0:
            raise typer.Exit(4)

    @app.command()
    def load(
        output: Annotated[Path, typer.Argument(help="A folder written by `hadath batch`.")],
        db: Annotated[str | None, typer.Option("--db", help="SQLite path or postgresql:// URL.")] = None,
        batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per transaction.")] = 200,
    ) -> None:
        """Load batch output into the store, with near-duplicate and cross-source event merging."""
        from hadath.batch.load import load_output

        summary = load_output(output, db, batch_size=batch_size)
        typer.echo(json.dumps(summary, ensure_ascii=False), err=True)
        sys.stdout.flush()
