"""A planned date in the lead dates nothing that happened; a verb with an object pronoun is not
the entry that needs none (حققها: achieved it, not investigated) (fictional people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "بيتر أوكيلو": {"code": "UGAGOV", "country": "UGA"},
    "الجيش الكيني": {"code": "KENMIL", "country": "KEN", "type": "ORG"},
}


def test_future_lead_date_is_not_inherited() -> None:
    text = "يعقد جوزيف موانغي قمة مع بيتر أوكيلو الأربعاء المقبل.\n\nوهنأ جوزيف موانغي بيتر أوكيلو بالفوز."
    doc = EventStage()(make_doc(text, ACTORS, title="قمة مرتقبة", published=date(2018, 5, 21)))
    praise = next(e for e in doc.events if e.cameo_root == "05")
    assert praise.date is None


def test_verb_with_object_pronoun_is_not_investigate() -> None:
    text = "وأشاد جوزيف موانغي بالنجاحات التي حققها الجيش الكيني في محاربة الإرهاب."
    doc = EventStage()(make_doc(text, ACTORS, published=date(2018, 5, 21)))
    assert not any(e.cameo_root == "09" for e in doc.events)


def test_investigate_still_codes_without_a_pronoun() -> None:
    text = "وحقق الجيش الكيني في الحادث."
    doc = EventStage()(make_doc(text, ACTORS, published=date(2018, 5, 21)))
    assert [(e.cameo_root, e.source.code if e.source else None) for e in doc.events] == [("09", "KENMIL")]
