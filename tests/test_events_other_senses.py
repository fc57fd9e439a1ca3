"""Trigger words in another sense: تدعي 'claims' and يدعى 'is named' are not appeals (M-DEF-WAW);
رفع with a lawsuit is filing it, not lifting sanctions (D016). Fictional actors."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "الحكومة الكينية": {"code": "KENGOV", "country": "KEN"},
    "أوغندا": {"code": "UGA", "country": "UGA"},
    "كينيا": {"code": "KEN", "country": "KEN"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_claims_is_not_an_appeal() -> None:
    assert _events("وتدعي الحكومة الكينية أنها بريئة.") == []


def test_is_named_is_not_an_appeal() -> None:
    assert _events("وقال مسؤول في الحكومة الكينية إن الرجل يدعى جوزيف موانغي.") == []


def test_calls_is_still_an_appeal() -> None:
    assert [(e[0][:2], e[1]) for e in _events("وتدعو الحكومة الكينية إلى الحوار.")] == [("02", "KENGOV")]


def test_filing_a_suit_is_not_lifting_sanctions() -> None:
    assert _events("وهذه القضية غير متصلة بدعوى رفعتها أوغندا تتعلق بالعقوبات الكينية.") == []


def test_lifting_sanctions_is_still_easing() -> None:
    assert [e[0][:2] for e in _events("ورفعت كينيا العقوبات عن أوغندا.")] == ["08"]
