"""A run killed midway (SIGKILL) loses nothing and doubles nothing when it is run again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

import hadath
from hadath.store import open_store
from hadath.store.testing import BACKENDS, backend_db, make_doc, make_event

N = 60
EVENTS = 30  # article i and i + 30 report the same event


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


def _write_docs(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(N):
            k = i % EVENTS
            text = (
                f"أعلنت الحكومة رقم {k} في بيان صادر عنها اليوم رقم {i} أنها ستجري محادثات مع الطرف {k} قريبا"
            )
            ev = make_event(
                "036",
                source=(f"G{k:02d}", "JOR"),
                target=("JORGOV", "JOR"),
                date="2024-03-0" + str(1 + k % 9),
                trigger=(0, 5),
                sentence=(0, len(text)),
                text=text,
            )
            doc = make_doc(f"r{i}", text, url=f"http://resume.test/{i}", source=f"outlet{i % 3}", events=[ev])
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def _count(url: str, table: str) -> int:
    with open_store(url) as store, store.connect() as c:
        return int(c.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def _start(url: str, path: Path, delay: float) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(hadath.__file__).resolve().parents[1]))
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hadath.store.testing",
            url,
            str(path),
            "--batch-size",
            "5",
            "--delay",
            str(delay),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_killed_ingest_resumes_without_loss_or_doubles(db, tmp_path):
    path = tmp_path / "docs.jsonl"
    _write_docs(path)
    open_store(db).close()  # create the schema before polling it
    proc = _start(db, path, delay=0.05)
    deadline = time.monotonic() + 120
    try:
        while _count(db, "articles") < 15:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest ended early"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    stored = _count(db, "articles")
    assert 15 <= stored < N, "kill came after the end: slow the subprocess down"
    assert stored % 5 == 0, "only whole batches are committed"
    assert _count(db, "event_mentions") == stored

    done = _start(db, path, delay=0.0)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err.decode()
    summary = json.loads(out.decode().strip().splitlines()[-1])
    assert summary["new"] == N - stored and summary["skipped"] == stored

    assert _count(db, "articles") == N
    assert _count(db, "event_mentions") == N
    assert _count(db, "events") == EVENTS
    with open_store(db) as store, store.connect() as c:
        rows = c.execute(sa.text("SELECT num_mentions, num_articles, num_sources FROM events")).all()
        statuses = c.execute(sa.text("SELECT status FROM runs ORDER BY id")).scalars().all()
    assert all(r.num_mentions == 2 and r.num_articles == 2 for r in rows)
    assert statuses == ["running", "finished"]  # the killed run never finished
