"""``hadath load``: batch output into the store (SQLite or PostgreSQL).

The Documents are stored as they are (no second analysis); the store's ingest path does the
rest: idempotence by URL and content hash, near-duplicate clusters and the cross-source event
merge with mention counts. Loading the same output twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath.errors import UsageError


def iter_documents(output: str | Path) -> Iterator[dict[str, Any]]:
    """Document JSON dicts from OUTPUT/documents, streamed file by file."""
    import json

    import pyarrow.parquet as pq

    folder = Path(output) / "documents"
    files = sorted(folder.rglob("*.parquet")) if folder.exists() else []
    if not files:
        raise UsageError(f"no Parquet files under {folder}", hint="give the OUTPUT folder of `hadath batch`")
    for f in files:
        pf = pq.ParquetFile(f)
        for batch in pf.iter_batches(columns=["document"], batch_size=256):
            for s in batch.column(0).to_pylist():
                yield json.loads(s)


def load_output(output: str | Path, db: str | None, *, batch_size: int = 200) -> dict[str, Any]:
    from hadath.store.ingest import ingest_items

    summary = ingest_items(iter_documents(output), db, analyze=None, batch_size=batch_size, kind="load",
                           label=str(output))
    return summary.to_dict()
