"""Batch throughput: articles/s with 1 and 2 local workers, and Spark's fixed start-up cost.

    python benchmarks/batch_throughput.py [--data ../shared/data/news/ant_unlabeled.jsonl.gz]
        [--limit N] [--spark]

Skips with a message when the data file is absent. Peak RSS is reported for the parent and,
through RUSAGE_CHILDREN, for the largest worker process.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_unlabeled.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=4000, help="articles to run (0: all)")
    ap.add_argument("--spark", action="store_true", help="also run the Spark engine on local[2]")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent", file=sys.stderr)
        return 0
    from hadath.batch.local import run_local

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with gzip.open(args.data, "rt", encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
            lines = fh if not args.limit else itertools.islice(fh, args.limit)
            n = sum(out.write(line) > 0 for line in lines)
        print(f"data: {args.data.name}, {n} articles")
        for workers in (1, 2):
            s = run_local(src, Path(tmp) / f"out{workers}", workers=workers)
            print(f"local, {workers} worker(s): {s.articles_out / s.seconds:,.1f} articles/s "
                  f"({s.articles_out} ok, {s.failed} failed, {s.events} events, {s.seconds:.1f} s, "
                  f"start-up {s.startup_seconds:.2f} s)")
        print(f"peak RSS: parent {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
              f"largest worker {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
        if args.spark:
            from hadath.batch.spark import run_spark

            t0 = time.perf_counter()
            s = run_spark(src, Path(tmp) / "spark", master="local[2]", partitions=8)
            print(f"spark local[2]: {s.articles_out / s.seconds:,.1f} articles/s overall, "
                  f"session start-up {s.startup_seconds:.1f} s, wall {time.perf_counter() - t0:.1f} s")
            tiny = Path(tmp) / "one.jsonl"
            with open(src, encoding="utf-8") as fh:
                tiny.write_text(next(fh), encoding="utf-8")
            s1 = run_spark(tiny, Path(tmp) / "spark1", master="local[2]")
            print(f"spark fixed cost (one article, new session): {s1.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
