"""What both batch engines share: input discovery, per-article processing, output rows.

Both engines (local multiprocessing and Spark) run :func:`process_item` on each input item,
with the pipeline loaded once per worker process, and write the same three datasets:

* ``OUTPUT/documents/``: one row per analyzed article (metadata, counts, the full Document
  JSON), Parquet partitioned by ``date`` (the publication day, or ``unknown``);
* ``OUTPUT/events/``: one row per event (flat columns plus the event JSON), Parquet
  partitioned by ``date`` (the event's date, else the publication day, else ``unknown``);
* ``OUTPUT/errors/``: one row per article that failed (origin, id, error type, message);
* ``OUTPUT/summary.json``: counts (in, out, failed, events), engine, timings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hadath.errors import HadathError, UsageError

# kinds of input items: ("record", origin, dict) from JSONL/Parquet, ("file", origin, bytes, fmt)
Item = tuple[Any, ...]

DOCUMENT_COLUMNS = [
    ("id", "string"),
    ("source", "string"),
    ("title", "string"),
    ("url", "string"),
    ("published", "string"),
    ("origin", "string"),
    ("n_sentences", "int32"),
    ("n_tokens", "int32"),
    ("n_entities", "int32"),
    ("n_events", "int32"),
    ("document", "string"),
    ("date", "string"),
]
EVENT_COLUMNS = [
    ("doc_id", "string"),
    ("event_index", "int32"),
    ("cameo", "string"),
    ("cameo_root", "string"),
    ("plover", "string"),
    ("quad_class", "int32"),
    ("goldstein", "double"),
    ("modality", "string"),
    ("confidence", "double"),
    ("source_code", "string"),
    ("source_name", "string"),
    ("source_country", "string"),
    ("target_code", "string"),
    ("target_name", "string"),
    ("target_country", "string"),
    ("location_name", "string"),
    ("location_country", "string"),
    ("lat", "double"),
    ("lon", "double"),
    ("event_date", "string"),
    ("trigger", "string"),
    ("rule", "string"),
    ("text_en", "string"),
    ("event", "string"),
    ("date", "string"),
]
ERROR_COLUMNS = [("origin", "string"), ("id", "string"), ("error_type", "string"), ("message", "string")]

INPUT_EXTENSIONS = (".jsonl", ".jsonl.gz", ".ndjson", ".json.gz", ".parquet", ".txt", ".html", ".htm", ".xml",
                    ".rss", ".atom", ".json")


@dataclass
class BatchSummary:
    engine: str
    input: str
    output: str
    articles_in: int = 0
    articles_out: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0
    workers: int = 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "input": self.input,
            "output": self.output,
            "in": self.articles_in,
            "out": self.articles_out,
            "failed": self.failed,
            "events": self.events,
            "seconds": round(self.seconds, 3),
            "startup_seconds": round(self.startup_seconds, 3),
            "workers": self.workers,
            "articles_per_second": round(self.articles_out / self.seconds, 2) if self.seconds else None,
        }


def input_files(path: str | Path) -> list[Path]:
    """The input files under ``path`` (a file or a folder, read recursively), sorted."""
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f for f in p.rglob("*")
            if f.is_file() and f.name.lower().endswith(INPUT_EXTENSIONS)
            and not any(part.startswith((".", "_")) for part in f.relative_to(p).parts)
        )
        if not files:
            raise UsageError(f"no input files under {p}", hint=f"batch reads {', '.join(INPUT_EXTENSIONS)}")
        return files
    if not p.exists():
        raise UsageError(f"input {p} does not exist", hint="give a JSONL/Parquet file or a folder")
    return [p]


def iter_items(path: str | Path) -> Iterator[Item]:
    """Input items in order: one per JSONL line or Parquet row, one per other file."""
    for f in input_files(path):
        name = f.name.lower()
        if name.endswith(".parquet"):
            import pyarrow.parquet as pq

            table = pq.read_table(f)
            for n, rec in enumerate(table.to_pylist(), 1):
                yield ("record", f"{f}#{n}", rec)
        elif name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".json.gz")):
            import gzip

            opener = gzip.open if name.endswith(".gz") else open
            with opener(f, "rt", encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        yield ("line", f"{f}:{n}", line)
        else:
            yield ("file", str(f), f.read_bytes())


def _pipeline() -> Any:
    from hadath.pipeline import default_pipeline

    return default_pipeline()


def _read(item: Item, published: date | datetime | None) -> list[Any]:
    """Turn an input item into ReadResults."""
    from hadath.errors import FormatError
    from hadath.readers import ReadOptions, detect_format, read_bytes, sniff_format
    from hadath.readers.base import ReadResult
    from hadath.readers.jsonl import parse_record

    opts = ReadOptions(published=published)
    kind, origin = item[0], item[1]
    if kind == "record":
        try:
            return [parse_record(item[2], origin=origin, opts=opts)]
        except HadathError as exc:
            return [ReadResult(origin, error=exc)]
    if kind == "line":
        try:
            rec = json.loads(item[2])
        except json.JSONDecodeError as exc:
            return [ReadResult(origin, error=FormatError(f"invalid JSON ({exc.msg})", path=origin))]
        try:
            return [parse_record(rec, origin=origin, opts=opts)]
        except HadathError as exc:
            return [ReadResult(origin, error=exc)]
    data: bytes = item[2]
    fmt = detect_format(Path(origin).name) or sniff_format(data)
    return list(read_bytes(data, fmt, path=origin, opts=opts))


def _day(value: Any) -> str:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return "unknown"


def process_item(item: Item, published: date | datetime | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Read and analyze one input item. Returns ("document"|"event"|"error", row) pairs."""
    from hadath.doc.serialize import to_json

    out: list[tuple[str, dict[str, Any]]] = []
    pipeline = _pipeline()
    for result in _read(item, published):
        if result.error is not None:
            out.append(("error", error_row(result.origin, None, result.error)))
            continue
        doc = result.doc
        try:
            doc = pipeline(doc)
            data = to_json(doc)
        except Exception as exc:  # one bad article never kills the job
            out.append(("error", error_row(result.origin, doc.id, exc)))
            continue
        out.append(("document", document_row(data, result.origin)))
        for i, ev in enumerate(data["events"]):
            out.append(("event", event_row(data, i, ev)))
    return out


def error_row(origin: str, doc_id: str | None, exc: BaseException) -> dict[str, Any]:
    kind = exc.kind if isinstance(exc, HadathError) else f"InternalError.{type(exc).__name__}"
    message = exc.message if isinstance(exc, HadathError) else str(exc)
    return {"origin": origin, "id": doc_id, "error_type": kind, "message": message}


def document_row(data: dict[str, Any], origin: str) -> dict[str, Any]:
    return {
        "id": data["id"],
        "source": data.get("source"),
        "title": data.get("title"),
        "url": data.get("url"),
        "published": data.get("published"),
        "origin": origin,
        "n_sentences": len(data["sentences"]),
        "n_tokens": len(data["tokens"]),
        "n_entities": len(data["entities"]),
        "n_events": len(data["events"]),
        "document": json.dumps(data, ensure_ascii=False, sort_keys=True),
        "date": _day(data.get("published")),
    }


def event_row(data: dict[str, Any], index: int, ev: dict[str, Any]) -> dict[str, Any]:
    src = ev.get("source") or {}
    tgt = ev.get("target") or {}
    loc = ev.get("location") or {}
    day = ev.get("date")
    part = _day(day) if day else _day(data.get("published"))
    if day and len(day) < 10:
        part = day  # month or year granularity keeps its own partition (e.g. 2018-05)
    return {
        "doc_id": data["id"],
        "event_index": index,
        "cameo": ev.get("cameo"),
        "cameo_root": ev.get("cameo_root"),
        "plover": ev.get("plover"),
        "quad_class": ev.get("quad_class"),
        "goldstein": ev.get("goldstein"),
        "modality": ev.get("modality"),
        "confidence": ev.get("confidence"),
        "source_code": src.get("code"),
        "source_name": src.get("name_en"),
        "source_country": src.get("country"),
        "target_code": tgt.get("code"),
        "target_name": tgt.get("name_en"),
        "target_country": tgt.get("country"),
        "location_name": loc.get("name_en"),
        "location_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "event_date": day,
        "trigger": (ev.get("trigger") or {}).get("text"),
        "rule": ev.get("rule"),
        "text_en": ev.get("text_en"),
        "event": json.dumps(ev, ensure_ascii=False, sort_keys=True),
        "date": part,
    }


def arrow_schema(columns: list[tuple[str, str]]) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "double": pa.float64()}
    return pa.schema([(name, types[t]) for name, t in columns])


def prepare_output(output: str | Path, overwrite: bool) -> Path:
    out = Path(output)
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise UsageError(f"output folder {out} is not empty", hint="choose another folder or pass --overwrite")
        import shutil

        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    return out


def write_summary(out: Path, summary: BatchSummary) -> None:
    (out / "summary.json").write_text(json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8")


def read_documents(output: str | Path) -> list[dict[str, Any]]:
    """The Document JSON dicts of a batch output, sorted by id (for loading and comparing)."""
    import pyarrow.dataset as ds

    folder = Path(output) / "documents"
    if not folder.exists():
        raise UsageError(f"{folder} does not exist", hint="give the OUTPUT folder of `hadath batch`")
    table = ds.dataset(str(folder), format="parquet", partitioning="hive").to_table(columns=["id", "document"])
    docs = [json.loads(s) for s in table.column("document").to_pylist()]
    docs.sort(key=lambda d: d["id"])
    return docs


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
