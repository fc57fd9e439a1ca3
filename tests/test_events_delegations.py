"""A delegation stands for the body that sends it (R-DELEG): وفد من X، وفد X، الوفد + nisba
(fictional bodies and people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "مجلس الشورى الكيني": {"code": "KENLEG", "country": "KEN"},
    "حركة النهوض": {"code": "UGAOPP", "country": "UGA"},
    "سالم مكوا": {"code": "TZAGOV", "country": "TZA"},
}
PLACES = {"دودوما": {"country": "TZA", "name_en": "Dodoma", "lat": -6.17, "lon": 35.74}}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, PLACES, published=date(2018, 5, 20))
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_delegation_from_a_body_visits() -> None:
    evs = _events("وزار وفد من مجلس الشورى الكيني العاصمة التنزانية دودوما.")
    assert evs == [("042", "KENLEG", "TZA")]


def test_delegation_arrives_on_a_visit() -> None:
    evs = _events("ووصل وفد رسمي من مجلس الشورى الكيني إلى دودوما أمس في زيارة تستمر يومين.")
    assert [e[:2] for e in evs] == [("042", "KENLEG")]


def test_delegation_in_construct_is_received() -> None:
    evs = _events("واستقبل سالم مكوا وفد حركة النهوض في مكتبه.")
    assert evs == [("043", "TZAGOV", "UGAOPP")]


def test_delegation_named_by_its_nisba_is_received() -> None:
    evs = _events("واستقبل سالم مكوا الوفد الكيني في مكتبه.")
    assert evs == [("043", "TZAGOV", "KEN")]


def test_delegation_arrives_at_a_place_inside_the_pattern() -> None:
    evs = _events("ووصل وفد حركة النهوض إلى دودوما في زيارة تستمر يومين.")
    assert evs == [("042", "UGAOPP", "TZA")]


def test_was_there_to_receive_the_delegation() -> None:
    # R-KANA-FI: كان في استقبال X Y: Y received X
    evs = _events("وكان في استقبال وفد حركة النهوض سالم مكوا.")
    assert evs == [("043", "TZAGOV", "UGAOPP")]
