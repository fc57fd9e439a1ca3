"""Dual titles with two nisba adjectives (الرئيسين الإيراني والتركي، وزيرا الخارجية الأمريكي
والروسي): one mention per country, each the holder of the title there (fictional people)."""

from __future__ import annotations

from datetime import date

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder

ON = date(2018, 5, 20)


def _holder(pid: str, country: str, position: str) -> dict:
    return {
        "id": pid,
        "kind": "person",
        "name_en": pid,
        "country": country,
        "names_ar": [pid],
        "roles": [
            {"code": country + "GOV", "position": position, "org": country, "start": "2010", "end": None}
        ],
        "sources": ["test fixture"],
    }


FINDER = ActorFinder(
    ActorDictionary.from_objects(
        [
            _holder("president-ken", "KEN", "head_of_state"),
            _holder("president-tza", "TZA", "head_of_state"),
            _holder("fm-ken", "KEN", "foreign_minister"),
            _holder("fm-uga", "UGA", "foreign_minister"),
        ]
    )
)


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (text[m.start : m.end], m.ref.code, m.ref.id)
        for m in mentions_in_text(text, ON, FINDER)
        if m.ref is not None and m.person
    ]


def test_dual_president_with_two_nisbas_is_two_holders() -> None:
    got = _refs("وتجمع القمة الرئيسين الكيني والتنزاني الأسبوع المقبل.")
    assert got == [("الرئيسين الكيني", "KENGOV", "president-ken"), ("التنزاني", "TZAGOV", "president-tza")]


def test_construct_dual_foreign_ministers() -> None:
    got = _refs("والتقى وزيرا الخارجية الكيني والأوغندي في نيروبي.")
    assert got == [("وزيرا الخارجية الكيني", "KENGOV", "fm-ken"), ("الأوغندي", "UGAGOV", "fm-uga")]


def test_dual_without_a_holder_keeps_the_country_code() -> None:
    got = _refs("والتقى وزيرا الدفاع الكيني والأوغندي.")
    assert [(t, c) for t, c, _ in got] == [("وزيرا الدفاع الكيني", "KENGOV"), ("الأوغندي", "UGAGOV")]
