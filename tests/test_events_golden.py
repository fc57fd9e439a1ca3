"""The golden sentences (tests/golden/events): at least five per CAMEO root, plus negatives."""

from __future__ import annotations

import json
from pathlib import Path

from hadath.events.golden import run_golden

GOLDEN = sorted((Path(__file__).parent / "golden" / "events").glob("*.jsonl"))


def test_golden_files_cover_every_root() -> None:
    roots: dict[str, int] = {}
    negatives = 0
    for p in GOLDEN:
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if not rec["expect"]:
                negatives += 1
            for x in rec["expect"]:
                roots[x["code"][:2]] = roots.get(x["code"][:2], 0) + 1
    for root in (f"{i:02d}" for i in range(1, 21)):
        assert roots.get(root, 0) >= 5, root
    assert negatives >= 10


def test_golden_sentences_pass() -> None:
    report = run_golden(GOLDEN)
    failures = [(f.id, f.got, f.expected) for f in report.failures()]
    # every sentence: right root, right source and target, right modality
    assert report.rate() == 1.0, failures
    # the exact 3/4-digit code is right for most of them
    assert report.rate("ok_code") >= 0.85
