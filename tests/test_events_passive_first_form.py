"""An unvocalized passive past that looks like a first-person present (أدين، أقيل) before a name:
the name is the patient, not the source (R-PASSIVE-A). Fictional people."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "حزب الأمل": {"code": "KENPTY", "country": "KEN"},
    "الحكومة الكينية": {"code": "KENGOV", "country": "KEN"},
    "أوغندا": {"code": "UGA", "country": "UGA"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_convicted_is_not_a_critic() -> None:
    assert _events("وأدين جوزيف موانغي زعيم حزب الأمل بتهمة تلقي الرشوة.") == []


def test_active_condemnation_still_coded() -> None:
    assert _events("وأدانت الحكومة الكينية أوغندا.") == [("11", "KENGOV", "UGA")]


def test_conjoined_name_after_the_verb_opens_a_new_clause() -> None:
    # R-VSO-CONJ: الكتل تنسحب والحكومة الكينية تتدخل: the government does not withdraw
    evs = _events('"الكتل" تنسحب والحكومة الكينية تتدخل')
    assert all(src != "KENGOV" or root != "08" for root, src, _ in evs)
