"""A first-person plural present (ندين، نطالب، ندعو) has the speaker as its subject: no mention
in its clause is, and the speaker of the quotation is found (R-WE). Fictional actors."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "للخارجية الكينية": {"code": "KENGOV", "country": "KEN"},
    "دبلوماسي كيني": {"code": "KENGOV", "country": "KEN"},
    "أوغندا": {"code": "UGA", "country": "UGA"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_addressee_after_we_is_not_the_source() -> None:
    evs = _events('وقال المتحدث "ندعو أوغندا إلى الحوار".')
    assert all(src != "UGA" for _, src, _ in evs)


def test_speaker_of_the_quotation_is_the_source() -> None:
    evs = _events('وقال بيان للخارجية الكينية "ندين اعتقال دبلوماسي كيني ونطالب أوغندا بإطلاق سراحه".')
    assert evs and all(src == "KENGOV" for _, src, _ in evs)


def test_verbal_noun_after_a_demand_with_a_title_in_apposition() -> None:
    # R-GOVERNOR-TITLE: طالب رئيس الوزراء الكيني، X، بفرض عقوبات is a demand, not sanctions
    actors = {"جوزيف موانغي": {"code": "KENGOV", "country": "KEN"}, "أوغندا": {"code": "UGA", "country": "UGA"}}
    doc = make_doc(
        "ويوم الأحد، طالب رئيس الوزراء الكيني، جوزيف موانغي، بفرض عقوبات مشددة على أوغندا.",
        actors,
        published=date(2018, 5, 20),
    )
    assert all(e.cameo[:2] != "16" for e in EventStage()(doc).events)
