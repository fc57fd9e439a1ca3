"""A capital that is not where something happens stands for its government; a group's members
before its name are read through (fictional-style sentences with real capitals)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

NAIROBI = {"id": "geonames:184745", "country": "KEN", "name_en": "Nairobi", "lat": -1.28, "lon": 36.8}
KAMPALA = {"id": "geonames:232422", "country": "UGA", "name_en": "Kampala", "lat": 0.3, "lon": 32.6}
PLACES = {"نيروبي": NAIROBI, "كمبالا": KAMPALA}


def _events(text: str, actors: dict | None = None) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, actors or {}, PLACES, published=date(2018, 6, 10))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_capital_as_source_and_target() -> None:
    assert _events("وقال المسؤول إن نيروبي حذرت كمبالا من التصعيد.") == [("13", "KEN", "UGA")]


def test_capital_after_in_is_a_place() -> None:
    assert _events("وعقد الوزراء اجتماعا في نيروبي.") == []


def test_capital_after_a_direction_word_is_a_place() -> None:
    assert _events("وقصفت الطائرات مواقع جنوب نيروبي.") == []


def test_members_before_a_group_name_are_read_through() -> None:
    actors = {
        "الجيش الكيني": {"code": "KENMIL", "country": "KEN", "type": "ORG"},
        "جبهة التحرير": {"code": "UGAREB", "country": "UGA", "type": "ORG"},
    }
    evs = _events("توصل الجيش الكيني إلى اتفاق لوقف إطلاق النار مع عناصر جبهة التحرير.", actors)
    assert evs == [("08", "KENMIL", "UGAREB")]
