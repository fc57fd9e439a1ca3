"""Actor coverage over the ant_dev news sample.

With an NER stage in the pipeline (``ner``), prints the share of PER, ORG and GPE entities that
the actor stage resolved. Without one, prints what the actor stage finds on its own: mentions
per article by rule, the share of articles with at least one actor, and the actors found most.
Skips with a message when the file is absent.

    PYTHONPATH=src python benchmarks/actor_coverage.py [--path FILE] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from email.utils import parsedate_to_datetime
from pathlib import Path

from hadath.doc import Document
from hadath.errors import PipelineError
from hadath.pipeline import build_pipeline
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder
from hadath.resolve.stage import ActorStage, apply_mentions

DEFAULT = Path("/work/shared/data/news/ant_dev.jsonl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="read at most N articles (0: all)")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: {args.path} not found (the benchmark needs the ant_dev sample)")
        return 0
    try:
        pipe = build_pipeline(["text", "ner"])
        with_ner = True
    except PipelineError:
        pipe = build_pipeline(["text"])
        with_ner = False
    stage = ActorStage(ActorFinder(ActorDictionary.load(strict=False)))
    rules: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    ner_total: Counter[str] = Counter()
    ner_resolved: Counter[str] = Counter()
    added: Counter[str] = Counter()
    n = with_actor = 0
    t_actor = 0.0
    with args.path.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            title = a.get("title") or ""
            text = (title + "\n\n" + (a.get("text") or "")) if title else (a.get("text") or "")
            try:
                pub = parsedate_to_datetime(a["time"]).date()
            except (KeyError, TypeError, ValueError):
                pub = None
            doc = pipe(Document(text, id=a.get("docno", ""), title=title or None, published=pub))
            t0 = time.perf_counter()
            mentions = stage.find(doc)
            apply_mentions(doc, mentions)
            t_actor += time.perf_counter() - t0
            n += 1
            found = [m for m in mentions if m.ref is not None]
            with_actor += bool(found)
            for m in found:
                assert m.ref is not None
                rules[m.ref.reason.split(":", 1)[0]] += 1
                actors[m.ref.id or m.ref.code or "?"] += 1
            for e in doc.entities:
                if e.origin == "actors":
                    added[e.type] += 1
                elif e.type in ("PER", "ORG", "GPE"):
                    ner_total[e.type] += 1
                    ner_resolved[e.type] += e.actor is not None
            if args.limit and n >= args.limit:
                break
    print(f"articles: {n}, with at least one actor: {with_actor} ({100 * with_actor / max(n, 1):.1f}%)")
    print(f"actor stage: {1000 * t_actor / max(n, 1):.2f} ms/article")
    total = sum(rules.values())
    print(f"actor mentions: {total} ({total / max(n, 1):.1f}/article), by rule:")
    for rule, c in rules.most_common():
        print(f"  {rule:14s} {c:7d}  {100 * c / max(total, 1):5.1f}%")
    print("entities added by the actor stage: " + ", ".join(f"{k} {v}" for k, v in sorted(added.items())))
    if with_ner:
        for t in ("PER", "ORG", "GPE"):
            tot = ner_total[t]
            print(f"NER {t}: {ner_resolved[t]}/{tot} resolved ({100 * ner_resolved[t] / max(tot, 1):.1f}%)")
    else:
        print("no 'ner' stage in the pipeline yet: NER entity coverage not measured")
    print("most frequent actors: " + ", ".join(f"{k} {v}" for k, v in actors.most_common(25)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
