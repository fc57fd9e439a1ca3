"""Institutions standing for governments, country names as actors, and proclitics."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.finder import ActorFinder

ON = date(2018, 3, 1)


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder()


@pytest.mark.parametrize(
    ("text", "surface", "code", "reason"),
    [
        ("وأكد الكرملين أن الزيارة قصيرة.", "الكرملين", "RUSGOV", "metonym:kremlin"),
        ("ورد البيت الأبيض ببيان.", "البيت الأبيض", "USAGOV", "metonym:white-house"),
        ("وقال البنتاغون إن القوات باقية.", "البنتاغون", "USAMIL", "metonym:pentagon"),
        ("أعلن قصر بعبدا موعد الاستشارات.", "قصر بعبدا", "LBNGOV", "metonym:baabda"),
        ("وذكر الإليزيه أن الرئيس سيسافر.", "الإليزيه", "FRAGOV", "metonym:elysee"),
        ("وقالت حركة حماس إنها ترفض.", "حركة حماس", "PSEREB", "dict:hamas"),
        ("هاجم مسلحو تنظيم داعش قرية.", "تنظيم داعش", "IMGINS", "dict:isis"),
        ("تبنى الحوثيون الهجوم.", "الحوثيون", "YEMREB", "dict:houthis"),
        ("واتهم مجلس الأمن الدولي الطرفين.", "مجلس الأمن الدولي", "IGOUNO", "dict:un-security-council"),
        ("وطالبت روسيا بالتحقيق.", "روسيا", "RUS", "country:RUS"),
        ("وقالت الولايات المتحدة الأمريكية إنها قلقة.", "الولايات المتحدة الأمريكية", "USA", "country:USA"),
        ("واتهم الروس الغرب بالتصعيد.", "الروس", "RUS", "people:RUS"),
    ],
)
def test_single_mentions(text: str, surface: str, code: str, reason: str, finder: ActorFinder) -> None:
    ms = [m for m in mentions_in_text(text, ON, finder) if m.ref is not None]
    assert [(text[m.start : m.end], m.ref.code) for m in ms] == [(surface, code)]  # type: ignore[union-attr]
    assert ms[0].ref is not None and ms[0].ref.reason.startswith(reason)


def test_country_is_an_actor_of_kind_country(finder: ActorFinder) -> None:
    (m,) = mentions_in_text("وطالبت روسيا بالتحقيق.", ON, finder)
    assert m.ref is not None
    assert (m.ref.id, m.ref.code, m.ref.kind, m.entity_type) == ("RUS", "RUS", "country", "GPE")


def test_proclitics_are_shed_and_offsets_stay_raw(finder: ActorFinder) -> None:
    text = "وصل وفد للأمم المتحدة وبروسيا وسوريا."
    got = [(text[m.start : m.end], m.ref.code) for m in mentions_in_text(text, ON, finder) if m.ref]
    assert got == [("لأمم المتحدة", "IGOUNO"), ("روسيا", "RUS"), ("سوريا", "SYR")]


def test_diacritics_do_not_hide_a_name(finder: ActorFinder) -> None:
    text = "أَكَّدَ الكِرْمْلِين ذلك."
    (m,) = mentions_in_text(text, ON, finder)
    assert m.ref is not None and m.ref.id == "kremlin"
    assert text[m.start : m.end] == "الكِرْمْلِين"


def test_ambiguous_country_name_only_with_an_entity(finder: ActorFinder) -> None:
    text = "وصل الوفد إلى عمان أمس."
    (m,) = mentions_in_text(text, ON, finder)
    assert m.ambiguous and not m.adds_entity
    assert m.ref is not None and m.ref.code == "OMN"


def test_unsafe_short_form_needs_the_full_name(finder: ActorFinder) -> None:
    assert [m for m in mentions_in_text("وقال الحزب إنه سيرد.", ON, finder) if m.ref] == []
    text = "أعلن حزب الله موقفه، وقال الحزب إنه سيرد."
    got = [
        (text[m.start : m.end], m.ref.reason.split(";")[0])
        for m in mentions_in_text(text, ON, finder)
        if m.ref
    ]
    assert got == [("حزب الله", "dict:hezbollah"), ("الحزب", "coref:short->hezbollah")]
