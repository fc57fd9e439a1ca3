"""The eval gate: the pipeline's scores on the events dev gold stay at or above the pinned floors.

The floors (``src/hadath/evaluation/floors.json``) belong to one version of the gold, named by
its sha256: a changed gold must be re-pinned deliberately (``python -m hadath.evaluation --pin``).
"""

from __future__ import annotations

import pytest

from hadath.evaluation.events import (
    DEFAULT_GOLD,
    FLOORS,
    check_floors,
    evaluate_events,
    file_sha256,
    load_floors,
)

from .conftest import REPO


def test_eval_gate_floors_file_is_valid_and_names_the_gold():
    data = load_floors()
    assert data["gold"] == DEFAULT_GOLD.name
    assert DEFAULT_GOLD == REPO / "gold" / "events_dev.jsonl"
    assert all(0.0 <= v <= 1.0 for v in data["floors"].values())
    assert set(data["floors"]) >= {"triple_f1", "pair_f1", "cameo_accuracy", "modality_accuracy"}


def test_eval_gate_refuses_floors_of_another_gold():
    data = load_floors()
    actual = file_sha256(DEFAULT_GOLD)
    assert data["gold_sha256"] == actual, (
        f"{FLOORS.name} was pinned for another version of {DEFAULT_GOLD.name} "
        f"({data['gold_sha256'][:12]}, now {actual[:12]}): re-pin deliberately with "
        "`python -m hadath.evaluation --pin` and commit the floors with the gold"
    )


def test_eval_gate_scores_stay_above_the_floors(ant_dev):
    data = load_floors()
    if data["gold_sha256"] != file_sha256(DEFAULT_GOLD):
        pytest.fail(
            "floors pinned for another gold version (see test_eval_gate_refuses_floors_of_another_gold)"
        )
    report = evaluate_events(DEFAULT_GOLD, ant_dev)
    assert not report.missing, f"gold articles not in {ant_dev}: {report.missing}"
    failures = check_floors(report, data["floors"])
    assert not failures, (
        "events scores dropped below the floors:\n" + "\n".join(failures) + "\n\n" + report.format()
    )
