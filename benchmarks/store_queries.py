"""Query latency on a store of >= 100k events.

Builds the store (unless --reuse) from real ant_dev texts: each article is copied with a small
perturbation (so every copy is a new article) and given synthetic events drawn from pools of actors,
CAMEO codes, places and dates; then times the main queries of hadath.store.query.

    PYTHONPATH=src python benchmarks/store_queries.py [--db PATH|URL] [--events 100000] [--reuse]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

DEFAULT_DATA = "/work/shared/data/news/ant_dev.jsonl"
COUNTRIES = [
    "EGY",
    "SYR",
    "IRQ",
    "JOR",
    "LBN",
    "SAU",
    "YEM",
    "LBY",
    "SDN",
    "TUN",
    "DZA",
    "MAR",
    "ISR",
    "PSE",
    "IRN",
    "TUR",
    "USA",
    "RUS",
    "QAT",
    "ARE",
]
ROLES = ["GOV", "MIL", "REB", "CVL", "COP", "OPP", "BUS", "MED", "JUD", "LEG"]
PLACES = [
    ("Cairo", "EG", 30.06, 31.25),
    ("Damascus", "SY", 33.51, 36.29),
    ("Baghdad", "IQ", 33.34, 44.40),
    ("Amman", "JO", 31.95, 35.93),
    ("Beirut", "LB", 33.89, 35.50),
    ("Riyadh", "SA", 24.69, 46.72),
    ("Sanaa", "YE", 15.35, 44.21),
    ("Tripoli", "LY", 32.89, 13.19),
    ("Khartoum", "SD", 15.55, 32.53),
    ("Gaza", "PS", 31.50, 34.47),
    ("Aleppo", "SY", 36.20, 37.15),
    ("Mosul", "IQ", 36.34, 43.13),
    ("Tehran", "IR", 35.69, 51.39),
    ("Ankara", "TR", 39.93, 32.86),
    ("Doha", "QA", 25.29, 51.53),
]
CAMEO = [
    "010",
    "020",
    "036",
    "040",
    "042",
    "043",
    "051",
    "057",
    "061",
    "071",
    "111",
    "112",
    "120",
    "130",
    "141",
    "160",
    "172",
    "173",
    "180",
    "183",
    "190",
    "193",
    "195",
    "200",
]


def _docs(data: str, n_events: int, per_doc: int, seed: int) -> Iterator[dict[str, Any]]:
    from hadath.store.testing import make_doc, make_event

    rng = random.Random(seed)
    arts = []
    with open(data, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("text"):
                arts.append(r)
    made = 0
    copy = 0
    while made < n_events:
        copy += 1
        for r in arts:
            if made >= n_events:
                return
            text = r["text"][:800] + f"\n(نسخة {copy})"
            evs = []
            for _ in range(per_doc):
                c1, c2 = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
                day = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                evs.append(
                    make_event(
                        rng.choice(CAMEO),
                        source=(c1 + rng.choice(ROLES), c1),
                        target=(c2 + rng.choice(ROLES), c2),
                        location=rng.choice(PLACES) if rng.random() < 0.7 else None,
                        date=day,
                        confidence=round(rng.uniform(0.3, 1.0), 2),
                        goldstein=round(rng.uniform(-10, 10), 1),
                        trigger=(len(evs), len(evs) + 1),
                        sentence=(0, min(200, len(text))),
                        text=text,
                        plover=rng.choice(["CONSULT", "ASSAULT", "ACCUSE", "AID", "PROTEST"]),
                    )
                )
                made += 1
            yield make_doc(
                f"{r.get('docno')}#{copy}",
                text,
                title=r.get("title"),
                url=f"{r.get('url')}?copy={copy}",
                source=r.get("src"),
                published=None,
                events=evs,
            )


def _time(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    fn()  # warm up
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return {"median_ms": round(statistics.median(ts), 2), "p95_ms": round(ts[int(0.95 * (len(ts) - 1))], 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("HADATH_ANT_DEV", DEFAULT_DATA))
    ap.add_argument("--db", default=None)
    ap.add_argument("--events", type=int, default=101_000, help="event mentions to make")
    ap.add_argument("--per-doc", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--reuse", action="store_true", help="query an existing store, do not build")
    a = ap.parse_args()

    from hadath.store import open_store
    from hadath.store import query as q
    from hadath.store.ingest import ingest_items

    db = a.db or os.path.join(tempfile.mkdtemp(prefix="hadath-bench-"), "queries.db")
    build: dict[str, Any] = {}
    if not a.reuse:
        t = time.perf_counter()
        s = ingest_items(_docs(a.data, a.events, a.per_doc, 7), db, batch_size=200)
        dt = time.perf_counter() - t
        build = {
            "articles": s.new,
            "mentions": s.mentions,
            "events": s.events_new,
            "merged": s.events_merged,
            "seconds": round(dt, 1),
            "articles_per_s": round(s.new / dt, 1),
            "mentions_per_s": round(s.mentions / dt, 1),
        }
    store = open_store(db)
    st = q.stats(store)
    some = q.find_events(store, limit=1).items[0]["id"]
    art = q.find_events(store, limit=1, sort="id").items[0]
    queries: dict[str, Callable[[], Any]] = {
        "events latest (page 1)": lambda: q.find_events(store, limit=50),
        "events by actor code": lambda: q.find_events(store, actor="SYRMIL", limit=50),
        "events by actor name": lambda: q.find_events(store, actor="egymil", limit=50),
        "events by country": lambda: q.find_events(store, country="IRQ", limit=50),
        "events by root + date range": lambda: q.find_events(
            store, root="19", since="2020-01-01", until="2020-03-31", limit=50
        ),
        "events by place": lambda: q.find_events(store, place="gaza", limit=50),
        "events min confidence by -confidence": lambda: q.find_events(
            store, min_confidence=0.9, sort="-confidence", limit=50
        ),
        "events page 100 (offset 5000)": lambda: q.find_events(store, limit=50, offset=5000),
        "event by id with mentions": lambda: q.event(store, some),
        "article by id": lambda: q.article(store, 1),
        "search articles (word)": lambda: q.search_articles(store, "الحكومة", limit=20),
        "search articles (phrase)": lambda: q.search_articles(store, '"وزير الخارجية"', limit=20),
        "actor summary": lambda: q.actor_summary(store, "SYRGOV"),
        "place summary": lambda: q.place_summary(store, "Aleppo"),
        "counts by day by root (one year)": lambda: q.counts_by_day(
            store, by="root", since="2021-01-01", until="2021-12-31"
        ),
        "counts by day by quad (all)": lambda: q.counts_by_day(store, by="quad_class"),
        "actor network (top 200)": lambda: q.actor_network(store, limit=200),
        "actor network for one country": lambda: q.actor_network(store, country="EGY", limit=200),
    }
    del art
    out = {
        "backend": store.dialect,
        "build": build,
        "store": st,
        "latency": {name: _time(fn, a.repeat) for name, fn in queries.items()},
    }
    store.close()
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
