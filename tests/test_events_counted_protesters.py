"""Counted protesters after a protest verb are its subject, not its object
(R-COUNTED-PROTESTERS). Fictional events."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc


def test_counted_nisba_after_a_protest_verb_is_the_source() -> None:
    doc = make_doc(
        "وتظاهر مئات الكينيين أمام السفارة.",
        {"الكينيين": {"code": "KEN", "country": "KEN"}},
        published=date(2018, 5, 20),
    )
    evs = [(e.cameo[:2], e.source.code if e.source else None) for e in EventStage()(doc).events]
    assert evs == [("14", "KEN")]
