"""Cost of the event stage: milliseconds per article added by ``EventStage`` on real news.

    PYTHONPATH=src python benchmarks/events_cost.py [ARTICLES.jsonl] [--limit N]

Runs the stages the event coder needs (text, dates, ner, actors, geocode) once per article
outside the clock, then times ``EventStage`` alone over the same documents (after one warm-up
pass, so the lexicon load is not counted; it is reported apart). Also prints events per
article and the most frequent rules. The budget is 2 ms per article on average.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT = "/work/shared/data/news/ant_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    path = Path(args.articles)
    if not path.exists():
        print(f"{path}: not found (give the path of an ANT-style JSONL file)", file=sys.stderr)
        return 2

    from hadath.events.evaluate import article_document, full_pipeline
    from hadath.events.stage import EventStage

    t0 = time.perf_counter()
    stage = EventStage()
    stage.coder.matcher.lex.entries  # noqa: B018 - force the lexicon load
    load_s = time.perf_counter() - t0
    pipe = full_pipeline()
    pre = pipe.stages[:-1]  # everything but the event stage
    docs = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= args.limit:
                break
            doc = article_document(json.loads(line))
            for s in pre:
                doc = s(doc)
            docs.append(doc)
    for doc in docs:  # warm-up (caches of readings and normalized words)
        stage(doc)
    t1 = time.perf_counter()
    for doc in docs:
        stage(doc)
    elapsed = time.perf_counter() - t1
    n_events = sum(len(d.events) for d in docs)
    rules = Counter(e.rule for d in docs for e in d.events)
    roots = Counter(e.cameo_root for d in docs for e in d.events)
    out = {
        "articles": len(docs),
        "ms_per_article": round(1000 * elapsed / max(1, len(docs)), 3),
        "lexicon_load_s": round(load_s, 3),
        "events": n_events,
        "events_per_article": round(n_events / max(1, len(docs)), 3),
        "roots": dict(sorted(roots.items())),
        "top_rules": rules.most_common(15),
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
