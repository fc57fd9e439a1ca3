"""Declining comment (011), denials (016, past only), ceasefire agreements (0871), يجب على (100),
and a verbal noun that is the object of another event's verb (fictional actors)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN", "type": "GPE"},
    "أوغندا": {"code": "UGA", "country": "UGA", "type": "GPE"},
    "الجيش الكيني": {"code": "KENMIL", "country": "KEN", "type": "ORG"},
    "الجانب الأوغندي": {"code": "UGAGOV", "country": "UGA", "type": "ORG"},
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
    "جبهة التحرير": {"code": "UGAREB", "country": "UGA", "type": "ORG"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = make_doc(text, ACTORS, published=date(2018, 6, 10))
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
        for e in EventStage()(doc).events
    ]


def test_declined_comment_is_asserted() -> None:
    assert _events("ولم يعلق الجيش الكيني على هذه المعلومات.") == [("011", "KENMIL", None, "asserted")]
    assert _events("ولم يصدر الجيش الكيني أي تعليق على الحادث.") == [("011", "KENMIL", None, "asserted")]
    assert _events("ولم يرد أي تعليق من الجانب الأوغندي.") == [("011", "UGAGOV", None, "asserted")]


def test_denial_in_the_past_is_an_event_the_present_a_position() -> None:
    assert _events("ونفت كينيا الاتهامات.") == [("016", "KEN", None, "asserted")]
    assert _events("وتنفي كينيا الاتهامات.") == []


def test_ceasefire_agreement() -> None:
    evs = _events("توصل الجيش الكيني إلى اتفاق لوقف إطلاق النار مع جبهة التحرير.")
    assert evs == [("0871", "KENMIL", "UGAREB", "asserted")]


def test_must_is_a_demand_of_the_speaker() -> None:
    evs = _events("وأوضح جوزيف موانغي أنه يجب على أوغندا سحب قواتها.")
    assert ("100", "KENGOV", "UGA", "asserted") in evs


def test_noun_object_of_a_trigger_verb_is_not_its_subjects_act() -> None:
    evs = _events("أدانت كينيا الضربة التي استهدفت القرية.")
    assert [e[0][:2] for e in evs] == ["11"]


def test_circumstantial_participle_takes_the_main_subject() -> None:
    evs = _events("وقال جوزيف موانغي إن الوضع صعب، مطالبا أوغندا بسحب قواتها.")
    assert any(c.startswith("10") and s == "KENGOV" and t == "UGA" for c, s, t, _ in evs)
    evs = _events("وأعلن جوزيف موانغي موقفه، متهما أوغندا بدعم المتمردين.")
    assert any(c.startswith("112") and s == "KENGOV" and t == "UGA" for c, s, t, _ in evs)


def test_genitive_with_a_b_complement_is_the_accused() -> None:
    evs = _events("ورفض جوزيف موانغي اتهام أوغندا بدعم المتمردين.")
    assert not any(c.startswith("11") and s == "UGA" for c, s, _, _ in evs)


def test_verb_after_a_relative_with_a_noun_antecedent_has_no_subject_after_it() -> None:
    evs = _events("ورفض جوزيف موانغي الدعوات التي طالبت أوغندا بالاعتذار.")
    assert not any(c.startswith("10") and s == "UGA" for c, s, _, _ in evs)


def test_nisba_of_the_object_is_the_target_of_a_condemnation() -> None:
    evs = _events("ونددت كينيا بالاعتداء الأوغندي.")
    assert evs == [("111", "KEN", "UGA", "asserted")]
