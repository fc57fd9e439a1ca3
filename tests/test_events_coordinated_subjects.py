"""Coordinated subjects: each is a source (شنت الولايات المتحدة وبريطانيا وفرنسا ضربة); in a
symmetric frame with no other party the second is the target (بحث الأسد وبوتين) (fictional
people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN", "type": "GPE"},
    "أوغندا": {"code": "UGA", "country": "UGA", "type": "GPE"},
    "تنزانيا": {"code": "TZA", "country": "TZA", "type": "GPE"},
    "لحكومة الرواندية": {"code": "RWAGOV", "country": "RWA", "type": "ORG"},  # as the resolver spans للحكومة
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "بيتر أوكيلو": {"code": "KENGOV", "country": "KEN"},
    "سالم مكوا": {"code": "TZAGOV", "country": "TZA"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return sorted(
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    )


def test_each_coordinated_subject_is_a_source() -> None:
    evs = _events("وشنت كينيا وأوغندا وتنزانيا ضربة عسكرية ضد مواقع تابعة للحكومة الرواندية.")
    assert evs == [("19", "KEN", "RWAGOV"), ("19", "TZA", "RWAGOV"), ("19", "UGA", "RWAGOV")]


def test_symmetric_frame_pair_without_object() -> None:
    assert _events("وبحث جوزيف موانغي وسالم مكوا الأزمة.") == [("04", "KENGOV", "TZAGOV")]


def test_symmetric_frame_with_an_object_keeps_both_subjects_as_sources() -> None:
    # two officials of one country meeting a third: one event once merged
    evs = _events("والتقى جوزيف موانغي وبيتر أوكيلو، الجمعة، رئيس الوزراء التنزاني سالم مكوا.")
    assert evs == [("04", "KENGOV", "TZAGOV")]
