"""Ingest throughput: articles/s of `ingest` on ant_dev (read + analyze + store), SQLite or PostgreSQL.

    PYTHONPATH=src python benchmarks/store_ingest.py [--db PATH|URL] [--limit N] [--store-only]

--store-only skips the analysis (documents stored as read) to measure the storage layer alone.
The database must be new (the run is idempotent: a second run only skips).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

DEFAULT_DATA = "/work/shared/data/news/ant_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("HADATH_ANT_DEV", DEFAULT_DATA))
    ap.add_argument("--db", default=None, help="default: a new SQLite file in a temp dir")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--store-only", action="store_true")
    a = ap.parse_args()

    from hadath.store.ingest import ingest

    data = a.data
    tmp = tempfile.mkdtemp(prefix="hadath-bench-")
    if a.limit:
        data = os.path.join(tmp, "subset.jsonl")
        with open(a.data, encoding="utf-8") as src, open(data, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= a.limit:
                    break
                dst.write(line)
    db = a.db or os.path.join(tmp, "bench.db")
    analyze = (lambda d: d) if a.store_only else None
    if analyze is None:
        from hadath.pipeline import default_pipeline

        t = time.perf_counter()
        analyze = default_pipeline()
        load = time.perf_counter() - t
    else:
        load = 0.0
    t = time.perf_counter()
    s = ingest([data], db, batch_size=a.batch_size, analyze=analyze)
    dt = time.perf_counter() - t
    print(
        json.dumps(
            {
                "backend": "postgresql" if str(db).startswith("postgres") else "sqlite",
                "store_only": a.store_only,
                "articles_read": s.read,
                "stored": s.new,
                "errors": s.errors,
                "mentions": s.mentions,
                "events_new": s.events_new,
                "events_merged": s.events_merged,
                "near_duplicates": s.near_duplicates,
                "pipeline_load_s": round(load, 2),
                "seconds": round(dt, 2),
                "articles_per_s": round(s.read / dt, 1),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
