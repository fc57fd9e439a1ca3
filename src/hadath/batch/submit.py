"""Entry point for ``spark-submit``: ``spark-submit .../hadath/batch/submit.py INPUT OUTPUT [--partitions N]``.

The master, memory and other settings come from spark-submit's own options.
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="hadath-batch-submit", description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--published", default=None)
    ap.add_argument("--overwrite", action="store_true")
    args = ap.parse_args(argv)
    from pyspark.sql import SparkSession

    from hadath.batch.spark import run_spark
    from hadath.readers.base import parse_datetime

    spark = SparkSession.builder.appName("hadath").getOrCreate()
    summary = run_spark(
        args.input,
        args.output,
        partitions=args.partitions,
        published=parse_datetime(args.published) if args.published else None,
        overwrite=args.overwrite,
        spark=spark,
    )
    print(json.dumps(summary.as_dict()), file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
