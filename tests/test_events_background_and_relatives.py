"""An event dated in an earlier month, in its own clause, is background; ولم negates; the
antecedent of a relative clause is the subject of its verb (fictional people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN", "type": "GPE"},
    "أوغندا": {"code": "UGA", "country": "UGA", "type": "GPE"},
    "تنزانيا": {"code": "TZA", "country": "TZA", "type": "GPE"},
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "سالم مكوا": {"code": "TZAGOV", "country": "TZA"},
}


def _events(text: str, published: date = date(2018, 6, 10)) -> list[tuple[str, str | None, str | None, str]]:
    doc = make_doc(text, ACTORS, published=published)
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
        for e in EventStage()(doc).events
    ]


def test_event_of_an_earlier_month_is_background() -> None:
    assert _events("وقطعت كينيا علاقاتها مع أوغندا، في 5 حزيران/يونيو الماضي.") == []


def test_recent_event_is_kept() -> None:
    assert _events("وقطعت كينيا علاقاتها مع أوغندا، في 5 حزيران/يونيو الجاري.") == [
        ("16", "KEN", "UGA", "asserted")
    ]


def test_earlier_date_in_another_clause_does_not_make_background() -> None:
    evs = _events("والتقى جوزيف موانغي سالم مكوا الذي قطع علاقاته مع أوغندا في كانون الأول/ديسمبر الماضي.")
    assert ("04", "KENGOV", "TZAGOV", "asserted") in evs


def test_negation_with_a_conjunction() -> None:
    assert _events("ولم يلتق جوزيف موانغي سالم مكوا.") == [("04", "KENGOV", "TZAGOV", "negated")]


def test_relative_antecedent_is_the_subject() -> None:
    evs = _events("وصل جوزيف موانغي الذي زار تنزانيا أمس.")
    assert ("04", "KENGOV", "TZA", "asserted") in evs


def test_pluperfect_is_background() -> None:
    assert _events("وكانت كينيا قد اتهمت أوغندا بدعم المتمردين.") == []
    assert _events("وكان جوزيف موانغي هدد تنزانيا بالرد.") == []


def test_past_progressive_is_not_background() -> None:
    assert _events("وكانت كينيا تتهم أوغندا بدعم المتمردين.") == [("11", "KEN", "UGA", "asserted")]


def test_background_marker_opens_the_sentence() -> None:
    assert _events("ويذكر أن كينيا اتهمت أوغندا بدعم المتمردين.") == []


def test_dawn_is_not_a_bombing() -> None:
    assert not [e for e in _events("قصفت كينيا مواقع أوغندا فجر السبت.") if e[0] == "18"]


def test_own_country_is_no_counterpart() -> None:
    evs = _events("وأعرب جوزيف موانغي عن قلق كينيا من التطورات.")
    assert evs == [("01", "KENGOV", None, "asserted")]


def test_renewed_detention_by_a_body_named_with_its_country() -> None:
    actors = {
        **ACTORS,
        "نيابة أمن الدولة": {"code": "JUD", "kind": "agent", "type": "ORG"},
        "سالم مكوا": {"code": "TZAOPP", "country": "TZA"},
    }
    doc = make_doc(
        "قررت نيابة أمن الدولة في تنزانيا، الاثنين، تجديد حبس سالم مكوا لمدة 15 يوما.",
        actors,
        published=date(2018, 6, 10),
    )
    evs = [(e.cameo, e.source.code, e.target.code) for e in EventStage()(doc).events]
    assert evs == [("173", "TZAJUD", "TZAOPP")]
