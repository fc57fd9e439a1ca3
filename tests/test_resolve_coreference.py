"""Within an article: surnames, bare titles, counterparts (نظيره) and duals (الرئيسان)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder, Mention

ON = date(2017, 11, 21)
# fictional people
PEOPLE = [
    {
        "id": "nadim-farah",
        "kind": "person",
        "name_en": "Nadim Farah",
        "country": "SYR",
        "names_ar": ["نديم فرح"],
        "short_ar": [],
        "roles": [
            {
                "code": "SYRGOV",
                "position": "head_of_state",
                "org": "SYR",
                "title_en": "President of Syria",
                "start": "2000-07-17",
                "end": "2024-12-08",
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "walid-farah",
        "kind": "person",
        "name_en": "Walid Farah",
        "country": "SYR",
        "names_ar": ["وليد فرح"],
        "roles": [{"code": "SYRGOV", "position": "other", "org": "SYR", "start": "1970", "end": "2000"}],
        "sources": ["test fixture"],
    },
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
        "id": "omar-khatib",
        "kind": "person",
        "name_en": "Omar Khatib",
        "country": "JOR",
        "names_ar": ["عمر الخطيب"],
        "roles": [
            {
                "code": "JORGOV",
                "position": "foreign_minister",
                "org": "JOR",
                "start": "2017-01-15",
                "end": None,
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "lena-bauer",
        "kind": "person",
        "name_en": "Lena Bauer",
        "country": "DEU",
        "names_ar": ["لينا باور"],
        "roles": [
            {"code": "DEUGOV", "position": "foreign_minister", "org": "DEU", "start": "2016", "end": None}
        ],
        "sources": ["test fixture"],
    },
]


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(ActorDictionary.from_objects(PEOPLE))


def _table(text: str, ms: list[Mention]) -> list[tuple[str, str | None, str]]:
    return [(text[m.start : m.end], m.ref.id if m.ref else None, m.ref.reason if m.ref else "") for m in ms]


def test_surname_after_and_before_the_full_name(finder: ActorFinder) -> None:
    text = "فرح في موسكو\n\nوصل نديم فرح إلى موسكو. وقال فرح إن الزيارة ناجحة."
    rows = _table(text, mentions_in_text(text, ON, finder))
    farah = [r for r in rows if r[1] == "nadim-farah"]
    assert [r[0] for r in farah] == ["فرح", "نديم فرح", "فرح"]
    assert farah[0][2].startswith("coref:surname->nadim-farah")
    assert farah[1][2].startswith("dict:nadim-farah")


def test_surname_alone_is_not_resolved_without_the_full_name(finder: ActorFinder) -> None:
    text = "وقال فرح إن الزيارة ناجحة."
    assert [r for r in _table(text, mentions_in_text(text, ON, finder)) if r[1]] == []


def test_surname_shared_by_two_people_in_the_article_stays_open(finder: ActorFinder) -> None:
    text = "خلف نديم فرح والده وليد فرح. وقال فرح إن البلاد بخير."
    rows = _table(text, mentions_in_text(text, ON, finder))
    assert [r for r in rows if r[0] == "فرح"] == []


def test_title_before_a_name_describes_it(finder: ActorFinder) -> None:
    text = "زار الرئيس السوري نديم فرح سوتشي."
    ms = mentions_in_text(text, ON, finder)
    title = next(m for m in ms if m.kind == "title")
    assert title.describes is not None and text[title.describes.start : title.describes.end] == "نديم فرح"
    assert not title.adds_entity


def test_counterpart_takes_the_position_of_the_other_party(finder: ActorFinder) -> None:
    text = "بحث وزير الخارجية الأردني عمر الخطيب مع نظيره الألماني الأزمة."
    rows = _table(text, mentions_in_text(text, ON, finder))
    counterpart = next(r for r in rows if r[0] == "نظيره الألماني")
    assert counterpart[1] == "lena-bauer"
    assert counterpart[2] == "coref:counterpart(foreign_minister) of omar-khatib+DEU@2017-11-21 -> lena-bauer"


def test_counterpart_followed_by_a_name_adds_nothing(finder: ActorFinder) -> None:
    text = "عقد نديم فرح محادثات مع نظيره الروسي إيفان بتروفسكي."
    ms = mentions_in_text(text, ON, finder)
    cp = next(m for m in ms if m.kind == "counterpart")
    assert cp.describes is not None and cp.describes.ref is not None
    assert cp.describes.ref.id == "ivan-petrovsky"


def test_bare_title_with_one_holder_in_play(finder: ActorFinder) -> None:
    text = "استقبل نديم فرح الوفد. وأكد الرئيس أن الحوار مستمر."
    rows = _table(text, mentions_in_text(text, ON, finder))
    assert ("الرئيس", "nadim-farah", "coref:title(head_of_state)->nadim-farah") in rows


def test_bare_title_with_two_holders_in_play_stays_open(finder: ActorFinder) -> None:
    text = "التقى نديم فرح إيفان بتروفسكي. وأكد الرئيس أن الحوار مستمر."
    rows = _table(text, mentions_in_text(text, ON, finder))
    assert [r for r in rows if r[0] == "الرئيس"] == []


def test_dual_takes_both_presidents(finder: ActorFinder) -> None:
    text = "التقى نديم فرح إيفان بتروفسكي، وبحث الرئيسان الأزمة."
    rows = _table(text, mentions_in_text(text, ON, finder))
    dual = next(r for r in rows if r[0] == "الرئيسان")
    assert dual[1] == "nadim-farah+ivan-petrovsky"
    assert dual[2] == "coref:dual->nadim-farah+ivan-petrovsky"


def test_dual_with_two_adjectives(finder: ActorFinder) -> None:
    # one mention per country, so that the coder codes one event per counterpart
    text = "سيلتقي بالرئيسين السوري والروسي."
    rows = _table(text, mentions_in_text(text, ON, finder))
    assert [r[:2] for r in rows[:2]] == [("الرئيسين السوري", "nadim-farah"), ("الروسي", "ivan-petrovsky")]


def test_title_codes_an_unknown_person_found_by_the_ner(finder: ActorFinder) -> None:
    text = "وقال وزير الخارجية القطري خالد المنصور إن الحوار ممكن."
    s = text.index("خالد")
    ms = mentions_in_text(text, ON, finder, entities=[(s, s + len("خالد المنصور"), "PER")])
    person = next(m for m in ms if m.kind == "apposition")
    assert person.ref is not None and person.ref.code == "QATGOV" and person.ref.id is None
    assert person.ref.reason.startswith("apposition:title:foreign_minister+QAT@2017-11-21")
