"""Latency of GET /api/events under load: p50 / p95 / p99 on a store of at least 100k events.

The server (`hadath serve`, one uvicorn process) runs on 127.0.0.1; this process drives it with a
few client threads over keep-alive connections, cycling through a mix of filters, until it has sent
--requests requests or --seconds have passed, whichever comes first.

The store is built (unless --db names an existing one) with the builder of benchmarks/store_queries.py:
real ant_dev texts, each copied with a small change, carrying synthetic events drawn from pools of
actors, CAMEO codes, places and dates.

    python benchmarks/web_load.py --db /tmp/web_load.db            # build it the first time (minutes)
    python benchmarks/web_load.py --db /tmp/web_load.db --reuse    # then only measure
    python benchmarks/web_load.py --reuse --db /tmp/web_load.db --concurrency 1,4 --requests 2000 --seconds 60
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# the filters a user of the events table sends (name, query string)
MIX: list[tuple[str, dict[str, Any]]] = [
    ("latest page 1", {}),
    ("actor code", {"actor": "SYRMIL"}),
    ("actor name", {"actor": "egymil"}),
    ("country", {"country": "IRQ"}),
    ("root + date range", {"root": "19", "since": "2020-01-01", "until": "2020-03-31"}),
    ("place", {"place": "gaza"}),
    ("plover + modality", {"plover": "ASSAULT", "modality": "asserted"}),
    ("min confidence, by -confidence", {"min_confidence": 0.9, "sort": "-confidence"}),
    ("page 21 (offset 1000)", {"offset": 1000}),
    ("source + target", {"source": "ISR", "target": "PSE"}),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_command() -> list[str]:
    probe = subprocess.run(
        [sys.executable, "-m", "hadath", "serve", "--help"], capture_output=True, timeout=60
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "hadath", "serve"]
    return [sys.executable, "-m", "hadath.web", "serve"]


def build_store(db: str, data: str, events: int) -> dict[str, Any]:
    """A store of ``events`` event mentions with store_queries.py's builder."""
    spec = importlib.util.spec_from_file_location("store_queries", HERE / "store_queries.py")
    if spec is None or spec.loader is None:
        raise SystemExit("benchmarks/store_queries.py is missing: it builds the store")
    sq = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sq)
    from hadath.store.ingest import ingest_items

    t = time.perf_counter()
    s = ingest_items(sq._docs(data, events, 5, 7), db, batch_size=200)
    return {
        "articles": s.new,
        "events": s.events_new,
        "mentions": s.mentions,
        "seconds": round(time.perf_counter() - t, 1),
    }


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(ms: list[float]) -> dict[str, Any]:
    xs = sorted(ms)
    return {
        "n": len(xs),
        "p50_ms": round(pct(xs, 50), 1),
        "p95_ms": round(pct(xs, 95), 1),
        "p99_ms": round(pct(xs, 99), 1),
        "mean_ms": round(statistics.fmean(xs), 1) if xs else None,
        "max_ms": round(xs[-1], 1) if xs else None,
    }


def drive(base: str, concurrency: int, requests: int, seconds: float) -> dict[str, Any]:
    """Send the mix from ``concurrency`` threads until ``requests`` are done or ``seconds`` pass."""
    import httpx

    lock = threading.Lock()
    sent = 0
    by_kind: dict[str, list[float]] = {name: [] for name, _ in MIX}
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds

    def worker(wid: int) -> None:
        nonlocal sent
        with httpx.Client(base_url=base, timeout=60) as c:
            i = wid
            while True:
                with lock:
                    if sent >= requests or time.perf_counter() > stop_at:
                        return
                    sent += 1
                name, params = MIX[i % len(MIX)]
                i += concurrency
                t = time.perf_counter()
                r = c.get("/api/events", params={"limit": 50, **params})
                dt = (time.perf_counter() - t) * 1000
                if r.status_code != 200:
                    with lock:
                        errors.append(f"{r.status_code} {name}: {r.text[:200]}")
                    continue
                r.json()
                with lock:
                    by_kind[name].append(dt)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    every = [x for xs in by_kind.values() for x in xs]
    return {
        "concurrency": concurrency,
        "requests": len(every),
        "errors": len(errors),
        "error_samples": errors[:3],
        "seconds": round(wall, 1),
        "requests_per_s": round(len(every) / wall, 1) if wall else None,
        "all": summary(every),
        "by_filter": {k: summary(v) for k, v in by_kind.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=None, help="store to load (built there unless --reuse)")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is")
    ap.add_argument(
        "--data", default=os.environ.get("HADATH_ANT_DEV", "/work/shared/data/news/ant_dev.jsonl")
    )
    ap.add_argument("--events", type=int, default=105_000, help="event mentions to build (>= 100k events)")
    ap.add_argument("--concurrency", default="1,4", help="client threads, comma-separated runs (default 1,4)")
    ap.add_argument("--requests", type=int, default=1500, help="most requests per run")
    ap.add_argument("--seconds", type=float, default=60.0, help="longest run, in seconds")
    ap.add_argument("--warmup", type=int, default=30, help="requests sent before measuring")
    a = ap.parse_args()

    db = a.db or os.path.join(tempfile.mkdtemp(prefix="hadath-web-load-"), "load.db")
    report: dict[str, Any] = {"db": db}
    if not a.reuse:
        report["build"] = build_store(db, a.data, a.events)
    from hadath.store import query

    report["store"] = {
        k: v for k, v in query.stats(db).items() if k in ("articles", "events", "event_mentions")
    }
    if report["store"]["events"] < 100_000:
        print(f"warning: the store has {report['store']['events']} events, fewer than 100k", file=sys.stderr)

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(tempfile.gettempdir(), f"hadath-web-load-{port}.log"), "wb")
    cmd = [*_serve_command(), "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start (log: {log.name})")
            time.sleep(0.2)
        drive(base, 1, a.warmup, 30)
        report["runs"] = [
            drive(base, int(c), a.requests, a.seconds) for c in a.concurrency.split(",") if c.strip()
        ]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    report["server"] = " ".join(cmd[1:4]) + " (one uvicorn process)"
    report["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
