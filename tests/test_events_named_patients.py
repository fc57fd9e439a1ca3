"""Patterns that name their patient (طرد دبلوماسيين، استدعاء السفير، احتجاز رهائن): the person
named by the pattern's own words is the target, never the source (own=t). Fictional actors."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN"},
    "الخارجية الكينية": {"code": "KENGOV", "country": "KEN"},
    "دبلوماسيين أوغنديين": {"code": "UGAGOV", "country": "UGA"},
    "السفير الأوغندي": {"code": "UGAGOV", "country": "UGA"},
    "مسلحون": {"code": "TZAREB", "country": "TZA"},
    "رهائن كينيين": {"code": "KENCVL", "country": "KEN"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_expelled_diplomats_are_the_target() -> None:
    assert ("16", "UGAGOV", None) not in _events("وأيدت كينيا قرار طرد دبلوماسيين أوغنديين.")
    assert _events("وطردت كينيا دبلوماسيين أوغنديين.") == [("16", "KEN", "UGAGOV")]


def test_summoned_ambassador_is_the_target() -> None:
    assert _events("واستدعت الخارجية الكينية السفير الأوغندي.") == [("11", "KENGOV", "UGAGOV")]


def test_hostages_are_the_target() -> None:
    assert _events("واحتجز مسلحون رهائن كينيين.") == [("18", "TZAREB", "KENCVL")]
