"""Attacks with no named attacker: the attacked party is the target and the source stays empty
(R-EVNOUN, R-OWNER, R-COUNTED, R-UNKNOWN-ATTACKER; fictional places and forces)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "للجيش الكيني": {"code": "KENMIL", "country": "KEN"},
    "الجيش الكيني": {"code": "KENMIL", "country": "KEN"},
    "جنود كينيين": {"code": "KENMIL", "country": "KEN"},
    "الشرطة الكينية": {"code": "KENCOP", "country": "KEN"},
    "للشرطة الكينية": {"code": "KENCOP", "country": "KEN"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_victims_before_an_attack_noun_are_not_its_source() -> None:
    evs = _events("وقتل ثلاثة جنود كينيين أمس في هجوم بعبوة ناسفة استهدف دورية للجيش الكيني شمال البلاد.")
    assert ("19", None, "KENMIL") in evs
    assert all(src is None for _, src, _ in evs)


def test_owner_of_the_attacked_object_is_the_target() -> None:
    evs = _events("وهاجم مسلحون مجهولون مقرا للجيش الكيني في الشمال.")
    assert evs == [("19", None, "KENMIL")]


def test_named_attacker_is_still_the_source() -> None:
    evs = _events("وهاجم الجيش الكيني نقطة تفتيش للشرطة الكينية في الشمال.")
    assert evs == [("19", "KENMIL", "KENCOP")]


def test_owner_after_a_target_preposition() -> None:
    evs = _events("وشن الجيش الكيني هجوما على نقطة تفتيش للشرطة الكينية.")
    assert ("19", "KENMIL", "KENCOP") in evs


def test_agent_of_a_relative_launch_verb() -> None:
    actors = {**ACTORS, "مسلحون": {"code": "KENREB", "country": "KEN"}}
    doc = make_doc(
        "وقتل ثلاثة جنود كينيين في هجوم شنه مسلحون على نقطة تفتيش للجيش الكيني.",
        actors,
        published=date(2018, 5, 20),
    )
    evs = [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]
    assert evs == [("19", "KENREB", "KENMIL")]
