"""A visit article shaped like the project's sample: visit, talks, praise, planned summit, no
duplicate from the closing 'the visit lasted 4 hours' sentence (fictional people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

EGY = {"code": "EGYGOV", "country": "EGY", "name_en": "Hazem Raouf"}
TUN = {"code": "TUNGOV", "country": "TUN", "name_en": "Mounir Haddad"}
TEXT = (
    "زار الرئيس المصري حازم رؤوف مدينة سوسة التونسية أمس الأحد حيث عقد محادثات مع نظيره التونسي منير الحداد.\n\n"
    "وأشاد الحداد برؤوف خلال اللقاء.\n\n"
    "وأكد الحداد أن اللقاء يأتي قبيل القمة التي ستجمع الحداد بالرئيسين الجزائري والليبي.\n\n"
    "هذا وأكدت الرئاسة أن زيارة رؤوف لتونس استغرقت 4 ساعات فقط."
)
ACTORS = {
    "الرئيس المصري حازم رؤوف": EGY,
    "رؤوف": EGY,
    "نظيره التونسي منير الحداد": TUN,
    "الحداد": TUN,
    "الجزائري": {"code": "DZAGOV", "country": "DZA"},
    "الليبي": {"code": "LBYGOV", "country": "LBY"},
    "تونس": {"code": "TUN", "country": "TUN", "type": "GPE"},
}
PLACES = {"سوسة": {"country": "TUN", "name_en": "Sousse", "lat": 35.8, "lon": 10.6}}


def _events() -> list[tuple[str, str | None, str | None, str, str | None, str | None]]:
    doc = make_doc(TEXT, ACTORS, PLACES, title="رؤوف في تونس", published=date(2018, 3, 12))
    doc = EventStage()(doc)
    return [
        (
            e.cameo,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.modality,
            e.location.name_en if e.location else None,
            e.date,
        )
        for e in doc.events
    ]


def test_visit_talks_praise_and_planned_summit() -> None:
    evs = _events()
    assert ("042", "EGYGOV", "TUN", "asserted", "Sousse", "2018-03-11") in evs
    assert any(c[:2] == "04" and c != "042" and s == "EGYGOV" and t == "TUNGOV" for c, s, t, *_ in evs)
    assert any(c == "051" and s == "TUNGOV" and t == "EGYGOV" for c, s, t, *_ in evs)
    future = [(c, t) for c, s, t, m, *_ in evs if m == "future"]
    assert ("040", "DZAGOV") in future and ("040", "LBYGOV") in future
    # the closing sentence repeats the visit: merged, not a second event
    assert sum(1 for c, *_ in evs if c == "042") == 1
