"""تراجع of prices, currencies, indicators and numbers is a decline, not a concession (D015);
an actor backing down is still one (fictional actors)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "الحكومة الكينية": {"code": "KENGOV", "country": "KEN"},
    "كينيا": {"code": "KEN", "country": "KEN"},
}


def _roots(text: str) -> list[str]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [e.cameo[:2] for e in EventStage()(doc).events]


def test_decline_of_purchasing_power() -> None:
    assert _roots("وتشهد كينيا تراجع القدرة الشرائية بسبب الغلاء.") == []


def test_decline_of_an_indicator_announced() -> None:
    assert _roots("وأعلنت الحكومة الكينية تراجع معدل البطالة.") == []


def test_currency_falls() -> None:
    assert _roots("وقالت الحكومة الكينية إن العملة تراجعت خلال الشهر.") == []


def test_backing_down_is_still_a_concession() -> None:
    assert _roots("وتراجعت الحكومة الكينية عن قرار رفع الأسعار.") == ["08"]
