"""Argument, modality, place, date and discard behaviour of the coder on hand-built sentences."""

from __future__ import annotations

from datetime import date

from hadath.doc.model import Event
from hadath.events.render import render_table
from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

JOR = {"code": "JORGOV", "country": "JOR", "name_en": "Fares al-Ali"}
IRQ = {"code": "IRQGOV", "country": "IRQ", "type": "ORG"}
ISR = {"code": "ISRMIL", "country": "ISR", "type": "ORG"}
RUS = {"code": "RUSGOV", "country": "RUS"}
SYR = {"code": "SYRGOV", "country": "SYR", "type": "ORG"}


def code(
    text: str, actors: dict, places: dict | None = None, published: date = date(2018, 5, 6)
) -> list[Event]:
    return EventStage()(make_doc(text, actors, places, published=published)).events


def one(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.cameo, e.source, e.target) for e in events]
    return events[0]


def test_reported_speech_keeps_the_speaker() -> None:
    ev = one(
        code(
            "قال الوزير فارس العلي إن الأردن يقدر عاليا الدعم الذي تقدمه الحكومة العراقية.",
            {
                "الوزير فارس العلي": JOR,
                "الأردن": {"code": "JOR", "country": "JOR", "type": "GPE"},
                "الحكومة العراقية": IRQ,
            },
        )
    )
    assert (ev.cameo, ev.source.code, ev.target.code) == ("051", "JORGOV", "IRQGOV")


def test_passive_agent_is_the_source() -> None:
    ev = one(code("قتل ثلاثة مدنيين على يد الجيش الإسرائيلي.", {"الجيش الإسرائيلي": ISR}))
    assert ev.cameo[:2] == "18" and ev.source.code == "ISRMIL"


def test_negation_future_hypothetical_and_claims() -> None:
    actors = {"الوزير فارس العلي": JOR, "بغداد": {"code": "IRQ", "country": "IRQ", "type": "GPE"}}
    assert one(code("لم يزر الوزير فارس العلي بغداد.", actors)).modality == "negated"
    ev = one(code("سيزور الوزير فارس العلي بغداد.", actors))
    assert ev.modality == "future" and ev.modality_cue is not None
    assert one(code("من المقرر أن يزور الوزير فارس العلي بغداد.", actors)).modality == "future"
    assert one(code("إذا زار الوزير فارس العلي بغداد فسيلتقي بالمسؤولين.", actors)).modality == "hypothetical"
    # a strike needs a target (dyadic roots): the place of the sites stands for its country
    gaza = {"غزة": {"country": "PSE", "name_en": "Gaza"}}
    ev = one(code("أفادت تقارير بأن الجيش الإسرائيلي قصف مواقع في غزة.", {"الجيش الإسرائيلي": ISR}, gaza))
    assert ev.modality == "reported_claim"


def test_location_from_the_clause_not_the_dateline() -> None:
    places = {
        "عمان": {"country": "JOR", "name_en": "Amman"},
        "البصرة": {"country": "IRQ", "name_en": "Basra"},
    }
    evs = code(
        "عمان - التقى الوزير فارس العلي مع الحكومة العراقية في البصرة.",
        {"الوزير فارس العلي": JOR, "الحكومة العراقية": IRQ},
        places,
    )
    assert one(evs).location is not None and one(evs).location.name_en == "Basra"
    evs = code(
        "عمان - التقى الوزير فارس العلي مع الحكومة العراقية.",
        {"الوزير فارس العلي": JOR, "الحكومة العراقية": IRQ},
        places,
    )
    assert one(evs).location is None


def test_dates_clause_then_lead_then_none() -> None:
    actors = {"الوزير فارس العلي": JOR, "الحكومة العراقية": IRQ}
    ev = one(code("التقى الوزير فارس العلي مع الحكومة العراقية يوم الجمعة.", actors))
    assert ev.date == "2018-05-04" and ev.date_reason
    ev = one(code("انتقد الوزير فارس العلي الحكومة العراقية.", actors))
    assert ev.date is None


def test_background_and_sport_and_idioms_are_discarded() -> None:
    assert code("في عام 2003 احتل الجيش الإسرائيلي مواقع في جنوب لبنان.", {"الجيش الإسرائيلي": ISR}) == []
    assert (
        code(
            "هاجم الفريق الروسي مرمى المنتخب السوري في المباراة.",
            {"الفريق الروسي": RUS, "المنتخب السوري": SYR},
        )
        == []
    )
    assert code("ضرب الوزير فارس العلي مثالا على التعاون.", {"الوزير فارس العلي": JOR}) == []


def test_event_fields_and_table() -> None:
    doc = make_doc(
        "فرضت الحكومة العراقية عقوبات على الجيش الإسرائيلي.",
        {"الحكومة العراقية": IRQ, "الجيش الإسرائيلي": ISR},
        published=date(2018, 5, 6),
    )
    doc = EventStage()(doc)
    ev = one(doc.events)
    assert (ev.cameo, ev.cameo_root, ev.plover, ev.quad_class, ev.goldstein) == (
        "163",
        "16",
        "COERCE",
        4,
        -8.0,
    )
    assert 0.0 <= ev.confidence <= 1.0 and ev.rule.startswith("P-163")
    assert ev.text_en.startswith("") and "imposed sanctions on" in ev.text_en
    assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    assert "163" in render_table([doc]) and "IRQGOV" in render_table([doc])
