"""The local batch engine: the pipeline in N worker processes on one machine."""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hadath.batch.core import (
    DOCUMENT_COLUMNS,
    ERROR_COLUMNS,
    EVENT_COLUMNS,
    BatchSummary,
    Item,
    _pipeline,
    arrow_schema,
    iter_items,
    prepare_output,
    process_item,
    write_summary,
)

FLUSH_ROWS = 2000

_PUBLISHED: date | datetime | None = None


def _init_worker(published: date | datetime | None) -> None:
    global _PUBLISHED
    _PUBLISHED = published
    _pipeline()  # load models once per worker process


def _work(item: Item) -> list[tuple[str, dict[str, Any]]]:
    return process_item(item, _PUBLISHED)


class _Sink:
    """Buffers rows of one dataset and writes them as Parquet parts partitioned by date."""

    def __init__(self, folder: Path, columns: list[tuple[str, str]], partitioned: bool = True) -> None:
        self.folder = folder
        self.schema = arrow_schema(columns)
        self.partitioned = partitioned
        self.rows: list[dict[str, Any]] = []
        self.part = 0
        self.count = 0

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self, final: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.dataset as ds

        if not self.rows:
            if final and self.count == 0:
                # an empty dataset still has its schema, so readers of OUTPUT never fail
                import pyarrow.parquet as pq

                self.folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(self.schema.empty_table(), self.folder / "part-empty.parquet")
            return

        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        self.folder.mkdir(parents=True, exist_ok=True)
        ds.write_dataset(
            table,
            str(self.folder),
            format="parquet",
            partitioning=["date"] if self.partitioned else None,
            partitioning_flavor="hive" if self.partitioned else None,
            existing_data_behavior="overwrite_or_ignore",
            basename_template=f"part-{self.part:05d}-{{i}}.parquet",
        )
        self.part += 1
        self.rows = []


def run_local(
    input: str | Path,
    output: str | Path,
    *,
    workers: int = 1,
    published: date | datetime | None = None,
    overwrite: bool = False,
    chunksize: int = 8,
    progress: Any = None,
) -> BatchSummary:
    """Analyze every article under ``input`` with ``workers`` processes; write OUTPUT datasets."""
    out = prepare_output(output, overwrite)
    summary = BatchSummary(engine="local", input=str(input), output=str(out), workers=workers)
    sinks = {
        "document": _Sink(out / "documents", DOCUMENT_COLUMNS),
        "event": _Sink(out / "events", EVENT_COLUMNS),
        "error": _Sink(out / "errors", ERROR_COLUMNS, partitioned=False),
    }
    t0 = time.perf_counter()
    items = iter_items(input)
    results: Iterable[list[tuple[str, dict[str, Any]]]]
    pool = None
    if workers <= 1:
        _init_worker(published)
        summary.startup_seconds = time.perf_counter() - t0
        results = (_work(item) for item in items)
    else:
        ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(published,))
        summary.startup_seconds = time.perf_counter() - t0
        results = pool.imap(_work, items, chunksize=chunksize)
    try:
        for rows in _counted(results, summary, progress):
            for kind, row in rows:
                sinks[kind].add(row)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    for sink in sinks.values():
        sink.flush(final=True)
    summary.articles_out = sinks["document"].count
    summary.failed = sinks["error"].count
    summary.events = sinks["event"].count
    summary.seconds = time.perf_counter() - t0
    write_summary(out, summary)
    return summary


def _counted(
    results: Iterable[list[tuple[str, dict[str, Any]]]], summary: BatchSummary, progress: Any
) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    for rows in results:
        n = sum(1 for kind, _ in rows if kind in ("document", "error"))
        summary.articles_in += n
        if progress is not None:
            progress(n)
        yield rows
