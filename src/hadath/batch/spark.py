"""The Spark batch engine: the same per-article processing, distributed with ``mapInArrow``.

Only the DataFrame API is used, so the job runs on a local master, a standalone cluster
(``spark://``) or through Spark Connect (``sc://``). The pipeline is loaded once per Python
worker process (Spark reuses its Python workers), never per article.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hadath.batch.core import (
    DOCUMENT_COLUMNS,
    ERROR_COLUMNS,
    EVENT_COLUMNS,
    BatchSummary,
    input_files,
    prepare_output,
    process_item,
    write_summary,
)
from hadath.errors import UsageError

_SPARK_TYPES = {"string": "string", "int32": "int", "double": "double"}


def _ddl(columns: list[tuple[str, str]], drop: tuple[str, ...] = ()) -> str:
    return ", ".join(f"`{n}` {_SPARK_TYPES[t]}" for n, t in columns if n not in drop)


def spark_session(master: str = "local[*]", app_name: str = "hadath") -> Any:
    """A SparkSession on ``master``; local masters bind to 127.0.0.1 with the UI off."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError(
            "the Spark engine needs pyspark", hint="pip install 'hadath[spark]' (and Java 17)"
        ) from None
    if master.startswith("sc://"):
        return SparkSession.builder.remote(master).appName(app_name).getOrCreate()
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
    )
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    return builder.getOrCreate()


def _inputs(spark: Any, input: str | Path) -> Any:
    """One DataFrame (kind, origin, payload) over every input file."""
    from pyspark.sql import functions as F

    frames = []
    files = input_files(input)
    lines = [str(f) for f in files if f.name.lower().endswith((".jsonl", ".ndjson", ".jsonl.gz", ".json.gz"))]
    parquet = [str(f) for f in files if f.name.lower().endswith(".parquet")]
    other = [str(f) for f in files if str(f) not in set(lines) | set(parquet)]
    if lines:
        df = spark.read.text(lines).where(F.length(F.trim("value")) > 0)
        frames.append(
            df.select(
                F.lit("line").alias("kind"),
                F.concat(F.input_file_name(), F.lit("#"), F.monotonically_increasing_id().cast("string")).alias(
                    "origin"
                ),
                F.col("value").cast("binary").alias("payload"),
            )
        )
    if parquet:
        df = spark.read.parquet(*parquet)
        frames.append(
            df.select(
                F.lit("line").alias("kind"),
                F.concat(F.input_file_name(), F.lit("#"), F.monotonically_increasing_id().cast("string")).alias(
                    "origin"
                ),
                F.to_json(F.struct(*df.columns)).cast("binary").alias("payload"),
            )
        )
    if other:
        df = spark.read.format("binaryFile").load(other)
        frames.append(
            df.select(F.lit("file").alias("kind"), F.col("path").alias("origin"), F.col("content").alias("payload"))
        )
    out = frames[0]
    for f in frames[1:]:
        out = out.unionByName(f)
    return out


def _process_batches(published: str | None) -> Any:
    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        from hadath.readers.base import parse_datetime

        pub = parse_datetime(published) if published else None
        for batch in batches:
            kinds, dates, rows = [], [], []
            for kind, origin, payload in zip(
                batch.column("kind").to_pylist(),
                batch.column("origin").to_pylist(),
                batch.column("payload").to_pylist(),
                strict=True,
            ):
                item = (kind, origin, payload.decode("utf-8") if kind == "line" else payload)
                if kind == "file" and origin.startswith("file:"):
                    item = (kind, origin[5:], payload)
                for out_kind, row in process_item(item, pub):
                    kinds.append(out_kind)
                    dates.append(row.pop("date", None))
                    rows.append(json.dumps(row, ensure_ascii=False))
            yield pa.RecordBatch.from_arrays(
                [pa.array(kinds, pa.string()), pa.array(dates, pa.string()), pa.array(rows, pa.string())],
                names=["kind", "date", "row"],
            )

    return run


def run_spark(
    input: str | Path,
    output: str | Path,
    *,
    master: str = "local[*]",
    partitions: int | None = None,
    published: date | datetime | None = None,
    overwrite: bool = False,
    spark: Any = None,
) -> BatchSummary:
    """Analyze every article under ``input`` on Spark; write the same datasets as the local engine."""
    from pyspark.sql import functions as F

    out = prepare_output(output, overwrite)
    summary = BatchSummary(engine="spark", input=str(input), output=str(out))
    t0 = time.perf_counter()
    own = spark is None
    if own:
        spark = spark_session(master)
    summary.startup_seconds = time.perf_counter() - t0
    try:
        df = _inputs(spark, input)
        if partitions:
            df = df.repartition(partitions)
        pub = published.isoformat() if published is not None else None
        results = df.mapInArrow(_process_batches(pub), "kind string, date string, row string")
        results = results.persist()
        targets = {
            "document": (out / "documents", _ddl(DOCUMENT_COLUMNS, ("date",)), True),
            "event": (out / "events", _ddl(EVENT_COLUMNS, ("date",)), True),
            "error": (out / "errors", _ddl(ERROR_COLUMNS), False),
        }
        counts = {r["kind"]: r["count"] for r in results.groupBy("kind").count().collect()}
        for kind, (folder, ddl, partitioned) in targets.items():
            part = results.where(F.col("kind") == kind).select(F.from_json("row", ddl).alias("r"), "date")
            part = part.select("r.*", "date") if partitioned else part.select("r.*")
            writer = part.write.mode("overwrite")
            if partitioned:
                writer = writer.partitionBy("date")
            writer.parquet(str(folder))
        results.unpersist()
        summary.articles_out = int(counts.get("document", 0))
        summary.failed = int(counts.get("error", 0))
        summary.events = int(counts.get("event", 0))
        summary.articles_in = summary.articles_out + summary.failed
        summary.workers = int(spark.sparkContext.defaultParallelism) if not master.startswith("sc://") else 0
    finally:
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - t0
    write_summary(out, summary)
    return summary
