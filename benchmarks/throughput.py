"""Throughput of hadath's pipeline on real articles.

    python benchmarks/throughput.py [--data ../shared/data/news/ant_dev.jsonl] [--stages text,...]
        [--limit N] [--repeat R]

Prints articles/s, tokens/s and peak RSS for: reading (JSONL -> Documents), each stage of the
pipeline on its own, and the whole; and, in the same run, a bare regex tokenization pass over
the same texts, so that the ratio holds across machines. Runs on one core (one process).
Skips with a message when the data file is absent.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_dev.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--stages", default=None, help="comma-separated stages (default: the default pipeline)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the data (best is reported)")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent", file=sys.stderr)
        return 0

    from hadath.pipeline import DEFAULT_STAGES, make_stage
    from hadath.readers import ReadOptions, read_path

    names = args.stages.split(",") if args.stages else list(DEFAULT_STAGES)
    read_s = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        raw_docs = [r.doc for r in read_path(args.data, ReadOptions()) if r.doc is not None]
        read_s = min(read_s, time.perf_counter() - t0)
    if args.limit:
        raw_docs = raw_docs[: args.limit]
    n = len(raw_docs)
    texts = [d.text for d in raw_docs]
    chars = sum(len(t) for t in texts)

    bare = re.compile(r"\w+|[^\w\s]")
    best_bare = min(_time(lambda: [bare.findall(t) for t in texts]) for _ in range(args.repeat))
    bare_tokens = sum(len(bare.findall(t)) for t in texts)

    t0 = time.perf_counter()
    stages = [make_stage(name) for name in names]
    load_s = time.perf_counter() - t0

    from hadath.doc.model import Document

    def fresh() -> list[Document]:
        out = []
        for d in raw_docs:
            doc = Document(d.text, id=d.id, source=d.source, title=d.title, url=d.url, published=d.published)
            out.append(doc)
        return out

    # warm-up pass (fills caches the way a long run would)
    docs = fresh()
    for st in stages:
        for d in docs:
            st(d)
    per_stage: dict[str, float] = {}
    for _ in range(args.repeat):
        docs = fresh()
        for st in stages:
            t0 = time.perf_counter()
            for d in docs:
                st(d)
            el = time.perf_counter() - t0
            per_stage[st.name] = min(per_stage.get(st.name, float("inf")), el)
    tokens = sum(len(d.tokens) for d in docs)
    total = sum(per_stage.values())

    print(f"data: {args.data.name}: {n} articles, {chars} chars, {tokens} hadath tokens")
    print(f"read (JSONL -> Documents, with language check): {n / read_s:,.0f} articles/s")
    print(f"model/data load: {load_s:.2f} s")
    print(f"bare regex tokenization: {n / best_bare:,.0f} articles/s, {bare_tokens / best_bare:,.0f} tokens/s")
    for name, el in per_stage.items():
        print(f"stage {name:10s}: {n / el:,.0f} articles/s, {tokens / el:,.0f} tokens/s, "
              f"{1000 * el / n:.3f} ms/article, {100 * el / total:.1f}% of pipeline")
    print(f"pipeline ({','.join(names)}): {n / total:,.0f} articles/s, {tokens / total:,.0f} tokens/s; "
          f"{(total / best_bare):.1f}x the bare regex pass")
    if "text" in per_stage:
        layer = read_s + per_stage["text"]
        print(f"text layer incl. reading (read, normalize, sentences, tokens, clitics): "
              f"{n / layer:,.0f} articles/s")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


def _time(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
