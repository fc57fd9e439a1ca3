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


def test_one_sports_word_in_a_political_sentence_is_no_sports_report() -> None:
    text = "ندد جوزيف موانغي الخميس بتصريحات بيتر أوكيلو التي قارن فيها كأس العالم بالألعاب القديمة."
    doc = EventStage()(make_doc(text, ACTORS, published=date(2018, 5, 21)))
    assert [(e.cameo_root, e.source.code, e.target.code) for e in doc.events] == [("11", "KENGOV", "UGAGOV")]


def test_sports_report_sentence_is_not_coded() -> None:
    text = "وهزم المنتخب الكيني نظيره الأوغندي في المباراة النهائية للبطولة."
    actors = {
        "المنتخب الكيني": {"code": "KEN", "country": "KEN"},
        "الأوغندي": {"code": "UGA", "country": "UGA"},
    }
    doc = EventStage()(make_doc(text, actors, published=date(2018, 5, 21)))
    assert doc.events == []


def test_achieving_a_win_is_not_investigating() -> None:
    text = "وحقق الجيش الكيني نجاحا في العمليات الأخيرة."
    doc = EventStage()(make_doc(text, ACTORS, published=date(2018, 5, 21)))
    assert not any(e.cameo_root == "09" for e in doc.events)
