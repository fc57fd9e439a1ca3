"""Export a store: JSONL documents, Parquet events, or GDELT 2.0 event rows (tab-separated).

``export(db, "jsonl", out)`` writes one ``hadath.document/1`` JSON object per stored article;
``"parquet"`` writes the events table (one row per merged event, flat columns, plus the source URL);
``"gdelt"`` writes GDELT 2.0 event table rows, 61 tab-separated columns, no header.
``out`` is a path, or ``"-"`` for standard output (jsonl and gdelt).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from hadath.errors import StoreError, UsageError
from hadath.export import gdelt
from hadath.store.db import Store, opened
from hadath.store.query import EventFilter, event_conditions
from hadath.store.schema import articles, events

FORMATS = ("jsonl", "parquet", "gdelt")
CHUNK = 5000


@dataclass
class ExportSummary:
    format: str
    out: str
    rows: int


@contextmanager
def _text_out(out: str | os.PathLike[str]) -> Iterator[IO[str]]:
    if str(out) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as f:
            yield f
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}", hint="choose another -o path") from exc


def _event_rows(conn: sa.Connection, conds: list[Any]) -> Iterator[dict[str, Any]]:
    q = (
        sa.select(events, articles.c.url.label("source_url"))
        .join(articles, articles.c.id == events.c.first_article_id, isouter=True)
        .where(*conds)
        .order_by(events.c.id)
        .execution_options(yield_per=CHUNK)
    )
    for r in conn.execute(q):
        yield dict(r._mapping)


def export_jsonl(store: Store, out: str | os.PathLike[str]) -> int:
    n = 0
    with _text_out(out) as f, store.connect() as conn:
        q = sa.select(articles.c.doc_json).order_by(articles.c.id).execution_options(yield_per=CHUNK)
        for (doc_json,) in conn.execute(q):
            f.write(doc_json)
            f.write("\n")
            n += 1
    return n


def export_gdelt(store: Store, out: str | os.PathLike[str], conds: list[Any] | None = None) -> int:
    n = 0
    with _text_out(out) as f, store.connect() as conn:
        for e in _event_rows(conn, conds or []):
            f.write("\t".join(gdelt.row(e, e.get("source_url"))))
            f.write("\n")
            n += 1
    return n


PARQUET_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "int64"),
    ("cameo", "string"),
    ("cameo_root", "string"),
    ("plover", "string"),
    ("quad_class", "int32"),
    ("goldstein", "float64"),
    ("modality", "string"),
    ("confidence", "float64"),
    ("source_code", "string"),
    ("source_name", "string"),
    ("source_country", "string"),
    ("target_code", "string"),
    ("target_name", "string"),
    ("target_country", "string"),
    ("location_name", "string"),
    ("location_country", "string"),
    ("location_lat", "float64"),
    ("location_lon", "float64"),
    ("date", "string"),
    ("date_granularity", "string"),
    ("day", "string"),
    ("num_mentions", "int32"),
    ("num_sources", "int32"),
    ("num_articles", "int32"),
    ("is_root", "int8"),
    ("first_article_id", "int64"),
    ("source_url", "string"),
    ("text_en", "string"),
    ("text_ar", "string"),
    ("added_at", "timestamp"),
)


def export_parquet(store: Store, out: str | os.PathLike[str], conds: list[Any] | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if str(out) == "-":
        raise UsageError("Parquet cannot be written to standard output", hint="give a file with -o")
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "int32": pa.int32(),
        "int8": pa.int8(),
        "float64": pa.float64(),
        "timestamp": pa.timestamp("us", tz="UTC"),
    }
    schema = pa.schema([(name, types[t]) for name, t in PARQUET_FIELDS])
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    try:
        with pq.ParquetWriter(str(path), schema, compression="zstd") as w, store.connect() as conn:
            buf: list[dict[str, Any]] = []
            for e in _event_rows(conn, conds or []):
                buf.append(e)
                if len(buf) >= CHUNK:
                    w.write_table(_table(buf, schema))
                    n += len(buf)
                    buf = []
            if buf or n == 0:
                w.write_table(_table(buf, schema))
                n += len(buf)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}", hint="choose another -o path") from exc
    return n


def _table(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.table(cols, schema=schema)


def export(
    db: Store | str | os.PathLike[str] | None,
    format: str,
    out: str | os.PathLike[str],
    *,
    filt: EventFilter | Mapping[str, Any] | None = None,
) -> ExportSummary:
    """Export the store ``db`` in ``format`` (jsonl | parquet | gdelt) to ``out``.

    ``filt`` (event filters, as for :func:`hadath.store.query.find_events`) restricts the event
    formats.
    """
    fmt = format.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {format!r}", hint=f"use one of: {', '.join(FORMATS)}")
    conds = event_conditions(EventFilter.of(filt)) if filt else []
    if fmt == "jsonl" and conds:
        raise UsageError(
            "event filters apply to the gdelt and parquet formats only",
            hint="drop the filters or export events",
        )
    with opened(db) as store:
        if fmt == "jsonl":
            n = export_jsonl(store, out)
        elif fmt == "gdelt":
            n = export_gdelt(store, out, conds)
        else:
            n = export_parquet(store, out, conds)
    return ExportSummary(format=fmt, out=str(out), rows=n)


__all__ = ["FORMATS", "ExportSummary", "export"]
