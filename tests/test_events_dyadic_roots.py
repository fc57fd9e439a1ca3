"""Dyadic roots: aid, yielding, rejection, threats, posture, reduced relations, coercion and
assault need both actors unless a verb's own subject stands alone; fighting and mass violence
always need both (fictional actors)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN", "type": "GPE"},
    "الجيش الكيني": {"code": "KENMIL", "country": "KEN", "type": "ORG"},
    "جوزيف موانغي": {"code": "KENGOV", "country": "KEN"},
}
PLACES = {"كمبالا": {"country": "UGA", "name_en": "Kampala", "lat": 0.3, "lon": 32.6}}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, PLACES, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_fighting_with_one_actor_is_not_coded() -> None:
    assert _events("وشن الجيش الكيني هجوما عنيفا أمس.") == []


def test_verb_with_its_own_subject_stands_alone_in_a_dyadic_root() -> None:
    assert _events("سحبت كينيا قواتها من الحدود.") == [("08", "KEN", None)]


def test_noun_with_a_speaker_for_source_does_not_stand_alone() -> None:
    assert _events("وقال جوزيف موانغي إن التهديدات مستمرة.") == []


def test_strike_on_sites_in_a_place_targets_its_country() -> None:
    assert _events("وقصف الجيش الكيني مواقع في كمبالا.") == [("19", "KENMIL", "UGA")]


def test_counted_people_are_the_victims_of_violence() -> None:
    actors = {
        **ACTORS,
        "عشرين شخصا": {"code": "CVL", "kind": "agent", "type": "ORG", "reason": "agent:CVL (persons)"},
    }
    doc = make_doc("وقالت الشرطة إن عشرين شخصا قتلوا في الحادث.", actors, PLACES, published=date(2018, 5, 20))
    for e in EventStage()(doc).events:
        assert not (e.source is not None and e.source.text == "عشرين شخصا")


def test_achieving_is_not_investigating() -> None:
    assert _events("وتسعى كينيا لتحقيق طموحاتها في المنطقة.") == []


def test_media_are_not_agents_of_violence() -> None:
    actors = {**ACTORS, "وسائل إعلام كينية": {"code": "KENMED", "country": "KEN", "type": "ORG"}}
    doc = make_doc(
        "أعلنت وسائل إعلام كينية اغتيال جوزيف موانغي.", actors, PLACES, published=date(2018, 5, 20)
    )
    assert [e for e in EventStage()(doc).events if e.source and e.source.code == "KENMED"] == []


def test_strike_of_a_missile_is_not_a_labour_strike() -> None:
    evs = _events("وقال الجيش الكيني إن الصواريخ لم تضرب مواقع في كمبالا.")
    assert not any(r == "14" for r, _, _ in evs)
