"""Agent nouns with a nisba adjective or a country name; titles give the holder on the date."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder

# fictional office holders
PEOPLE = [
    {
        "id": "ivan-petrovsky",
        "kind": "person",
        "name_en": "Ivan Petrovsky",
        "country": "RUS",
        "names_ar": ["إيفان بتروفسكي"],
        "short_ar": ["بتروفسكي"],
        "short_safe": True,
        "roles": [
            {
                "code": "RUSGOV",
                "position": "head_of_state",
                "org": "RUS",
                "title_en": "President of Russia",
                "start": "2012-05-07",
                "end": None,
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "john-miller",
        "kind": "person",
        "name_en": "John Miller",
        "country": "USA",
        "names_ar": ["جون ميلر"],
        "roles": [
            {
                "code": "USAGOV",
                "position": "foreign_minister",
                "org": "USA",
                "start": "2017-02-01",
                "end": "2018-03-31",
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "david-stone",
        "kind": "person",
        "name_en": "David Stone",
        "country": "USA",
        "names_ar": ["ديفيد ستون"],
        "roles": [
            {
                "code": "USAGOV",
                "position": "foreign_minister",
                "org": "USA",
                "start": "2018-04-26",
                "end": "2021-01-20",
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "amos-levi",
        "kind": "person",
        "name_en": "Amos Levi",
        "country": "ISR",
        "names_ar": ["عاموس ليفي"],
        "roles": [
            {
                "code": "ISRGOV",
                "position": "head_of_government",
                "org": "ISR",
                "title_en": "Prime Minister of Israel",
                "start": "2009-03-31",
                "end": "2021-06-13",
            }
        ],
        "sources": ["test fixture"],
    },
]


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(ActorDictionary.from_objects(PEOPLE))


def _one(text: str, finder: ActorFinder, on: date | None = date(2018, 1, 10)):  # type: ignore[no-untyped-def]
    ms = [m for m in mentions_in_text(text, on, finder) if m.ref is not None]
    assert len(ms) == 1, [(text[m.start : m.end], m.ref) for m in ms]
    return text[ms[0].start : ms[0].end], ms[0].ref


@pytest.mark.parametrize(
    ("text", "surface", "code", "reason"),
    [
        ("قصف الجيش السوري مواقع في الريف.", "الجيش السوري", "SYRMIL", "nisba:SYR+MIL"),
        ("نفت الخارجية الإيرانية الخبر.", "الخارجية الإيرانية", "IRNGOV", "nisba:IRN+GOV"),
        ("اعتقلت الشرطة المصرية المشتبه به.", "الشرطة المصرية", "EGYCOP", "nisba:EGY+COP"),
        ("رفضت المعارضة السورية العرض.", "المعارضة السورية", "SYROPP", "nisba:SYR+OPP"),
        ("تقدمت القوات التركية نحو البلدة.", "القوات التركية", "TURMIL", "nisba:TUR+MIL"),
        # an adjective that itself starts with أل still takes the article
        ("انسحبت القوات الألمانية.", "القوات الألمانية", "DEUMIL", "nisba:DEU+MIL"),
        ("أعلنت الحكومة اليمنية موقفها.", "الحكومة اليمنية", "YEMGOV", "nisba:YEM+GOV"),
        ("خرج متظاهرون عراقيون إلى الساحة.", "متظاهرون عراقيون", "IRQCVL", "nisba:IRQ+CVL"),
        ("قال مسؤولون أمريكيون إن الاتفاق قريب.", "مسؤولون أمريكيون", "USAGOV", "nisba:USA+GOV"),
        (
            "وقال وزير خارجية إيران إن بلاده مستعدة.",
            "وزير خارجية إيران",
            "IRNGOV",
            "construct:foreign_minister+IRN",
        ),
        # لل is ل + ال: the span starts at the article's ل
        (
            "وأكد الكوري الجنوبي ذلك للمتظاهرين الكوريين الجنوبيين.",
            "لمتظاهرين الكوريين الجنوبيين",
            "KORCVL",
            "nisba:KOR+CVL",
        ),
    ],
)
def test_agent_with_nisba_or_country(
    text: str, surface: str, code: str, reason: str, finder: ActorFinder
) -> None:
    got_surface, ref = _one(text, finder)
    assert (got_surface, ref.code) == (surface, code)
    assert ref.reason.startswith(reason)


def test_protesters_role_is_recorded(finder: ActorFinder) -> None:
    _, ref = _one("خرج متظاهرون عراقيون إلى الساحة.", finder)
    assert ref.role == "protesters" and ref.country == "IRQ"


def test_title_with_nisba_gives_the_holder_on_the_date(finder: ActorFinder) -> None:
    _, ref = _one("وصل الرئيس الروسي إلى أنقرة.", finder, date(2017, 11, 21))
    assert (ref.id, ref.code) == ("ivan-petrovsky", "RUSGOV")
    assert ref.reason == "title:head_of_state+RUS@2017-11-21 -> ivan-petrovsky"


def test_secretary_of_state_depends_on_the_date(finder: ActorFinder) -> None:
    text = "التقى وزير الخارجية الأمريكي بنظرائه في بروكسل."
    assert _one(text, finder, date(2018, 1, 10))[1].id == "john-miller"
    assert _one(text, finder, date(2018, 6, 1))[1].id == "david-stone"
    # between the two terms nobody holds the post: the code alone, and the reason says why
    _, ref = _one(text, finder, date(2018, 4, 10))
    assert ref.id is None and ref.code == "USAGOV" and "no holder" in ref.reason


def test_prime_minister_with_clitics(finder: ActorFinder) -> None:
    surface, ref = _one("وجه انتقادات لرئيس الوزراء الإسرائيلي.", finder)
    assert surface == "رئيس الوزراء الإسرائيلي"
    assert ref.id == "amos-levi" and ref.role == "head_of_government"


def test_foreign_policy_is_not_the_foreign_ministry(finder: ActorFinder) -> None:
    assert mentions_in_text("انتقد السياسة الخارجية الأمريكية.", date(2018, 1, 1), finder) == []


def test_finance_minister_is_not_mali(finder: ActorFinder) -> None:
    ms = mentions_in_text("وقال وزير المالية إن الموازنة جاهزة.", date(2018, 1, 1), finder)
    assert all(m.ref is None or "MLI" not in (m.ref.code or "") for m in ms)
