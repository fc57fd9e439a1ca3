"""The role in force on the article's date decides the code; without a date, the latest role."""

from __future__ import annotations

from datetime import date

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder

# fictional people
PEOPLE = [
    {
        "id": "hadi-salem",
        "kind": "person",
        "name_en": "Hadi Salem",
        "country": "YEM",
        "names_ar": ["هادي سالم"],
        "short_ar": ["سالم"],
        "short_safe": False,
        "roles": [
            {
                "code": "YEMGOV",
                "position": "foreign_minister",
                "org": "YEM",
                "start": "2014-03",
                "end": "2016-04-03",
            },
            {
                "code": "YEMGOV",
                "position": "head_of_government",
                "org": "YEM",
                "start": "2016-04-04",
                "end": "2018-10-15",
            },
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "rami-aziz",
        "kind": "person",
        "name_en": "Rami Aziz",
        "country": "SYR",
        "names_ar": ["رامي عزيز"],
        "short_ar": [],
        "roles": [
            {
                "code": "SYRREB",
                "position": "group_leader",
                "org": "dawn-front",
                "start": "2012",
                "end": "2024-12-07",
            },
            {"code": "SYRGOV", "position": "head_of_state", "org": "SYR", "start": "2024-12-08", "end": None},
        ],
        "sources": ["test fixture"],
    },
]


def _finder() -> ActorFinder:
    return ActorFinder(ActorDictionary.from_objects(PEOPLE))


def test_minister_who_becomes_prime_minister() -> None:
    d = ActorDictionary.from_objects(PEOPLE)
    rec = d.get("hadi-salem")
    assert rec is not None
    assert d.role_on(rec, date(2015, 6, 1)).role.position == "foreign_minister"  # type: ignore[union-attr]
    assert d.role_on(rec, date(2017, 6, 1)).role.position == "head_of_government"  # type: ignore[union-attr]


def test_code_changes_with_the_date() -> None:
    f = _finder()
    text = "قال رامي عزيز إن المفاوضات مستمرة."
    (before,) = mentions_in_text(text, date(2019, 1, 1), f)
    (after,) = mentions_in_text(text, date(2025, 3, 1), f)
    assert before.ref is not None and before.ref.code == "SYRREB"
    assert after.ref is not None and after.ref.code == "SYRGOV"
    assert after.ref.reason.startswith("dict:rami-aziz; SYRGOV (head_of_state")
    assert "@2025-03-01" in after.ref.reason


def test_without_a_date_the_latest_role_and_the_reason_says_so() -> None:
    (m,) = mentions_in_text("وصل رامي عزيز إلى الدوحة.", None, _finder())
    assert m.ref is not None and m.ref.code == "SYRGOV"
    assert "no date" in m.ref.reason
    assert m.ref.confidence < 1.0


def test_former_official_is_coded_as_elite() -> None:
    # الحكومة alone is a bare agent noun (a second mention); the person is the one checked here
    (m,) = [
        x
        for x in mentions_in_text("انتقد هادي سالم الحكومة الجديدة.", date(2020, 1, 1), _finder())
        if x.person
    ]
    assert m.ref is not None and m.ref.code == "YEMELI"
    assert "former head_of_government" in m.ref.reason


def test_packaged_taliban_change_of_code() -> None:
    d = ActorDictionary.load()
    rec = d.get("taliban")
    assert rec is not None
    assert d.role_on(rec, date(2018, 5, 1)).code == "AFGINS"
    assert d.role_on(rec, date(2021, 9, 1)).code == "AFGGOV"
    assert d.role_on(rec, None).code == "AFGGOV"
