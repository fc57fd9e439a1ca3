"""Helpers for tests and benchmarks: hadath.document/1 dicts built by hand, a JSONL reader, and an
analyzer that stands in for the pipeline (returns the document as given, optionally after a delay).

Run as a module to ingest a JSONL file of documents with the stand-in analyzer (used by the
resumability test, which kills this process midway):

    python -m hadath.store.testing DB FILE.jsonl [--batch-size N] [--delay SECONDS]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator, Sequence
from typing import Any


def make_event(
    cameo: str,
    *,
    source: tuple[str | None, str | None] | None = None,
    target: tuple[str | None, str | None] | None = None,
    location: tuple[str, str | None, float | None, float | None] | None = None,
    date: str | None = None,
    trigger: tuple[int, int] = (0, 1),
    sentence: tuple[int, int] | None = None,
    confidence: float = 0.8,
    plover: str | None = None,
    quad_class: int | None = None,
    goldstein: float | None = None,
    modality: str = "asserted",
    text: str = "",
    rule: str = "test",
) -> dict[str, Any]:
    """An event of the JSON contract. ``source``/``target`` are (code, country);
    ``location`` is (name_en, country, lat, lon)."""

    def actor(a: tuple[str | None, str | None] | None) -> dict[str, Any] | None:
        if a is None:
            return None
        return {"start": 0, "end": 0, "text": "", "code": a[0], "name_en": a[0], "country": a[1]}

    loc = None
    if location is not None:
        loc = {
            "start": 0,
            "end": 0,
            "text": "",
            "name_en": location[0],
            "country": location[1],
            "lat": location[2],
            "lon": location[3],
        }
    root = cameo[:2]
    if quad_class is None:
        r = int(root)
        quad_class = 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
    return {
        "cameo": cameo,
        "cameo_root": root,
        "plover": plover,
        "quad_class": quad_class,
        "goldstein": goldstein,
        "modality": modality,
        "confidence": confidence,
        "source": actor(source),
        "target": actor(target),
        "location": loc,
        "date": date,
        "trigger": {"start": trigger[0], "end": trigger[1], "text": text[trigger[0] : trigger[1]]},
        "sentence": {"start": sentence[0], "end": sentence[1]} if sentence else None,
        "rule": rule,
        "text_en": None,
        "text_ar": None,
    }


def make_doc(
    doc_id: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = "test",
    published: str | None = "2024-05-01",
    events: Sequence[dict[str, Any]] = (),
    entities: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """A hadath.document/1 dict with one sentence per line."""
    sentences = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append({"start": pos, "end": pos + len(line)})
        pos += len(line) + 1
    return {
        "schema": "hadath.document/1",
        "id": doc_id,
        "source": source,
        "title": title,
        "url": url,
        "published": published,
        "language": "ar",
        "text": text,
        "sentences": sentences,
        "tokens": [],
        "entities": list(entities),
        "dates": [],
        "events": list(events),
    }


def read_jsonl(paths: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Documents from JSONL files (one hadath.document/1 dict per line)."""
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


class FakeAnalyzer:
    """Stands in for the pipeline: returns the document as given, after ``delay`` seconds."""

    version = "fake-analyzer"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.calls = 0

    def __call__(self, doc: Any) -> Any:
        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        return doc


def main(argv: Sequence[str] | None = None) -> int:
    from hadath.store.ingest import ingest

    ap = argparse.ArgumentParser(prog="python -m hadath.store.testing")
    ap.add_argument("db")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--batch-size", type=int, default=10)
    ap.add_argument("--delay", type=float, default=0.0)
    a = ap.parse_args(argv)
    s = ingest(a.paths, a.db, batch_size=a.batch_size, analyze=FakeAnalyzer(a.delay), read=read_jsonl)
    print(json.dumps(s.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


BACKENDS = ("sqlite", "postgresql")


def backend_db(backend: str, tmp_path: Any) -> Any:
    """A fresh, empty database for one test: an SQLite file under ``tmp_path``, or a new schema in
    the PostgreSQL database of ``$HADATH_TEST_PG_URL`` (the test is skipped when that is unset).

    Returns ``(url, cleanup)``.
    """
    import os
    import uuid

    if backend == "sqlite":
        return str(tmp_path / "hadath.db"), lambda: None
    import pytest
    import sqlalchemy as sa

    base = os.environ.get("HADATH_TEST_PG_URL")
    if not base:
        pytest.skip("PostgreSQL tests need HADATH_TEST_PG_URL (start one with scripts/pg_test_cluster.sh)")
    from hadath.store.db import resolve_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(resolve_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    url = f"{base}{sep}options=-csearch_path%3D{schema}"

    def cleanup() -> None:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return url, cleanup
