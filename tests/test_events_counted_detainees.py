"""Counted protesters or people as the object of an arrest are its target, in the country of the
police that arrests them (R-DOMESTIC-PATIENT; counted accusative forms متظاهرا، محتجا; tens as
count words). Full pipeline, fictional events."""

from __future__ import annotations

from datetime import date

from hadath.doc.model import Document
from hadath.events.stage import EventStage
from hadath.events.testing import make_doc
from hadath.pipeline import default_pipeline


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = default_pipeline()(Document(text, id="t", published=date(2018, 5, 20)))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    ]


def test_police_arrest_counted_protesters() -> None:
    text = "التقى الرئيس المصري وفدا أمريكيا.\nواعتقلت الشرطة التونسية عشرين متظاهرا في العاصمة."
    assert ("17", "TUNCOP", "TUNCVL") in _events(text)


def test_counted_protesters_in_the_singular_accusative() -> None:
    assert ("17", "TUNCOP", "TUNCVL") in _events("واعتقلت الشرطة التونسية أمس ثلاثين محتجا.")


def test_counted_people_before_a_passive_arrest_are_the_target() -> None:
    # R-COUNTED-DETAINEES: 27 شخصا اعتقلوا: no arrester named, the arrested are the target
    doc = make_doc(
        "وقال حزب معارض إن 27 شخصا اعتقلوا في مداهمات بجنوب البلاد.",
        {"شخصا": {"code": "KENCVL", "country": "KEN"}},
        published=date(2018, 5, 20),
    )
    evs = [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]
    assert evs == [("17", None, "KENCVL")]


def test_counted_members_of_a_group_make_the_group_the_target() -> None:
    # R-COUNTED-MEMBERS: اعتقلت الشرطة 16 من أعضاء جناح الشباب في حزب X: X is the target
    doc = make_doc(
        "واعتقلت الشرطة الكينية 16 من أعضاء جناح الشباب في حركة النهوض.",
        {"الشرطة الكينية": {"code": "KENCOP", "country": "KEN"}, "حركة النهوض": {"code": "KENREB", "country": "KEN"}},
        published=date(2018, 5, 20),
    )
    evs = [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]
    assert evs == [("17", "KENCOP", "KENREB")]
