"""Names with عبد are written joined or apart (عبد العزيز / عبدالعزيز): both match (fictional
people)."""

from __future__ import annotations

from datetime import date

from hadath.resolve.commands import mentions_in_text
from hadath.resolve.dictionary import ActorDictionary, abd_variants
from hadath.resolve.finder import ActorFinder

PEOPLE = [
    {
        "id": "king-fahd-x",
        "kind": "person",
        "name_en": "King Fahd X",
        "country": "SAU",
        "names_ar": ["الملك فهد بن عبد الرحيم"],
        "roles": [{"code": "SAUGOV", "position": "king", "org": "SAU", "start": "2015", "end": None}],
        "sources": ["test fixture"],
    },
    {
        "id": "abdelkarim-y",
        "kind": "person",
        "name_en": "Abdelkarim Y",
        "country": "DZA",
        "names_ar": ["عبدالكريم يوسفي"],
        "roles": [{"code": "DZAGOV", "position": "minister", "org": "DZA", "start": "2015", "end": None}],
        "sources": ["test fixture"],
    },
]
FINDER = ActorFinder(ActorDictionary.from_objects(PEOPLE))


def _ids(text: str) -> list[str | None]:
    return [m.ref.id for m in mentions_in_text(text, date(2018, 5, 1), FINDER) if m.ref is not None]


def test_joined_spelling_matches_a_name_written_apart() -> None:
    assert _ids("استقبل الملك فهد بن عبدالرحيم الوفد.") == ["king-fahd-x"]


def test_spelling_apart_matches_a_name_written_joined() -> None:
    assert _ids("وقال عبد الكريم يوسفي إن الحوار ممكن.") == ["abdelkarim-y"]


def test_variants() -> None:
    assert abd_variants(("عبد", "العزيز")) == [("عبدالعزيز",)]
    assert abd_variants(("عبدالعزيز",)) == [("عبد", "العزيز")]
    assert abd_variants(("سلمان",)) == []
