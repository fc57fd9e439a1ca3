"""Cost of date finding and resolution over the ant_dev news sample.

Runs ``find_dates`` over every article of /work/shared/data/news/ant_dev.jsonl (title + body,
publication date from the ``time`` field) and prints milliseconds per article and articles per
second, next to the cost of building the normalized view alone (which a pipeline can share between
stages). Times are CPU time of this process (``time.process_time``), the best of ``--repeat``
passes, so that other work on the machine does not inflate them. Skips with a message when the
file is absent.

    PYTHONPATH=src python benchmarks/dates_cost.py [--repeat N] [--path FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

from hadath.dates import find_dates
from hadath.text.normalize import NormalizedView

DEFAULT = Path("/work/shared/data/news/ant_dev.jsonl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: {args.path} not found (the benchmark needs the ant_dev sample)")
        return 0
    docs = []
    with args.path.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            text = (a.get("title") or "") + "\n\n" + (a.get("text") or "")
            try:
                pub = parsedate_to_datetime(a["time"]).date()
            except (KeyError, TypeError, ValueError):
                pub = None
            docs.append((text, pub))
    n = len(docs)
    chars = sum(len(t) for t, _ in docs)
    find_dates(docs[0][0], docs[0][1])  # load lexicons and caches outside the timing

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    views = [NormalizedView(t) for t, _ in docs]
    found = [0]

    def run_full() -> None:
        k = 0
        for text, pub in docs:
            k += len(find_dates(text, pub))
        found[0] = k

    def run_shared_view() -> None:
        for (text, pub), view in zip(docs, views, strict=True):
            find_dates(text, pub, view=view)

    def run_view() -> None:
        for text, _ in docs:
            NormalizedView(text)

    t_full = best(run_full)
    t_shared = best(run_shared_view)
    t_view = best(run_view)
    print(f"articles: {n}  chars/article: {chars / n:.0f}  expressions/article: {found[0] / n:.2f}")
    print(f"find_dates (own view):    {1000 * t_full / n:.3f} ms/article  {n / t_full:,.0f} articles/s")
    print(f"find_dates (shared view): {1000 * t_shared / n:.3f} ms/article  {n / t_shared:,.0f} articles/s")
    print(f"NormalizedView alone:     {1000 * t_view / n:.3f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
