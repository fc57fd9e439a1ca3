"""Dev gold of real articles: the event coder stays above the pinned floors (needs the shared corpus)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hadath.events.evaluate import evaluate_events

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "events_dev_set_a.jsonl"
BASELINE = ROOT / "gold" / "events_baseline.json"
ARTICLES = ROOT.parent / "shared" / "data" / "news" / "ant_dev.jsonl"


def test_gold_file_is_well_formed() -> None:
    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(lines) >= 30
    for rec in lines:
        assert rec["docno"] and isinstance(rec["events"], list)
        for ev in rec["events"]:
            assert ev["evidence"] and ev["cameo"] and ev["modality"]


def test_baseline_matches_the_gold_file() -> None:
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == base["gold_sha256"], (
        "the gold file changed: re-measure and update gold_sha256 and the floors together"
    )


@pytest.mark.slow
def test_dev_gold_floors() -> None:
    if not ARTICLES.exists():
        pytest.skip(f"{ARTICLES} not present (shared corpus)")
    base = json.loads(BASELINE.read_text(encoding="utf-8"))
    report = evaluate_events(GOLD, ARTICLES)
    scores = report.scores()
    assert report.articles >= 30
    for name, floor in base["floors"].items():
        assert scores[name] >= floor - 1e-9, (name, scores[name], floor, report.summary())
