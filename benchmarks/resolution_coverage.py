"""Share of PER, ORG and GPE entities that resolve to an actor or a place, on real articles.

    python benchmarks/resolution_coverage.py [--data ../shared/data/news/ant_dev.jsonl] [--limit N]

Runs the default pipeline. Counts NER entities (origin "ner") and all entities (including those
the actor and geocode stages add), by type: resolved to an actor, to a place, to either.
Skips with a message when the data file is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} is absent", file=sys.stderr)
        return 0
    from hadath.pipeline import default_pipeline
    from hadath.readers import read_path

    pipe = default_pipeline()
    total: Counter[tuple[str, str]] = Counter()
    actor: Counter[tuple[str, str]] = Counter()
    place: Counter[tuple[str, str]] = Counter()
    either: Counter[tuple[str, str]] = Counter()
    n = 0
    for r in read_path(args.data):
        if r.doc is None:
            continue
        doc = pipe(r.doc)
        n += 1
        for e in doc.entities:
            for scope in ("ner" if e.origin == "ner" else "added", "all"):
                key = (scope, e.type)
                total[key] += 1
                actor[key] += e.actor is not None
                place[key] += e.place is not None
                either[key] += e.actor is not None or e.place is not None
        if args.limit and n >= args.limit:
            break
    print(f"articles: {n}")
    print(f"{'scope':6s} {'type':5s} {'count':>7s} {'actor':>7s} {'place':>7s} {'either':>7s}")
    for scope in ("ner", "all"):
        for t in ("PER", "ORG", "GPE", "LOC", "MISC"):
            k = (scope, t)
            if total[k]:
                c = total[k]
                print(f"{scope:6s} {t:5s} {c:7d} {actor[k] / c:7.1%} {place[k] / c:7.1%} {either[k] / c:7.1%}")
        keys = [(scope, t) for t in ("PER", "ORG", "GPE")]
        c = sum(total[k] for k in keys)
        if c:
            print(f"{scope:6s} PER+ORG+GPE {c:7d} resolved to an actor or place: {sum(either[k] for k in keys) / c:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
