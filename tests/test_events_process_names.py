"""A place that names a process, an agreement or a meeting series (عملية أستانة، اتفاق أوسلو) is
not the location of the event told in the clause, unless that noun is the trigger (fictional
people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "بيتر أوكيلو": {"code": "UGAGOV", "country": "UGA"},
}
PLACES = {
    "أروشا": {"country": "TZA", "name_en": "Arusha", "lat": -3.4, "lon": 36.7},
    "نيروبي": {"country": "KEN", "name_en": "Nairobi", "lat": -1.3, "lon": 36.8},
}


def _locations(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text, ACTORS, PLACES, published=date(2018, 5, 20))
    return [(e.cameo[:2], e.location.name_en if e.location else None) for e in EventStage()(doc).events]


def test_process_name_is_not_the_location() -> None:
    assert _locations("وأشاد جوزيف موانغي بالدعم الذي قدمه بيتر أوكيلو لعملية أروشا.") == [("05", None)]


def test_the_clause_place_wins_over_the_process_name() -> None:
    got = _locations("والتقى جوزيف موانغي بيتر أوكيلو في نيروبي لبحث اتفاق أروشا.")
    assert got == [("04", "Nairobi")]
