"""The dates stage on a Document, governing_date, and the CLI helper."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hadath.dates import DatesStage, dates_json, governing_date
from hadath.doc import DateExpr, Document, Sentence
from hadath.errors import UsageError

TEXT = (
    "قال وزير الخارجية أمس الاثنين إن بلاده سترسل وفدا إلى جنيف الخميس المقبل. "
    "وكانت المحادثات قد توقفت في 5 مايو 2017، بعد أن انسحب الوفد.\n"
    "ولم يصدر أي تعليق رسمي."
)


def make_doc(published=date(2017, 11, 21)) -> Document:
    doc = Document(TEXT, published=published)
    s1 = TEXT.index(".") + 1
    s2 = TEXT.index("\n")
    doc.sentences = [Sentence(0, s1), Sentence(s1 + 1, s2), Sentence(s2 + 1, len(TEXT))]
    return doc


def test_dates_stage_contract():
    stage = DatesStage()
    assert stage.name == "dates"
    assert stage.requires == ("sentences",)
    assert stage.provides == ("dates",)


def test_dates_stage_writes_date_exprs():
    doc = DatesStage()(make_doc())
    assert all(isinstance(d, DateExpr) for d in doc.dates)
    assert [(d.text, d.value) for d in doc.dates] == [
        ("أمس الاثنين", "2017-11-20"),
        ("الخميس المقبل", "2017-11-23"),
        ("5 مايو 2017", "2017-05-05"),
    ]
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
        assert d.reason
    assert "dates" in doc.layers


def test_dates_stage_accepts_datetime_and_none():
    doc = DatesStage()(make_doc(datetime(2017, 11, 21, 8, 30)))
    assert doc.dates[0].value == "2017-11-20"
    doc = DatesStage()(make_doc(None))
    assert [d.value for d in doc.dates] == [None, None, "2017-05-05"]


def test_dates_governing_date_same_clause_then_sentence():
    doc = DatesStage()(make_doc())
    # "قال" is in the main clause with أمس الاثنين
    i = TEXT.index("قال")
    assert governing_date(doc, i, i + 3).text == "أمس الاثنين"
    # "سترسل" is in the clause after إن, which holds الخميس المقبل
    i = TEXT.index("سترسل")
    assert governing_date(doc, i, i + 5).text == "الخميس المقبل"
    # "انسحب" is in a clause without a date: the nearest date of its sentence
    i = TEXT.index("انسحب")
    assert governing_date(doc, i, i + 5).text == "5 مايو 2017"
    # the last sentence has no date
    i = TEXT.index("يصدر")
    assert governing_date(doc, i, i + 4) is None


def test_dates_governing_date_without_sentences_uses_the_whole_text():
    doc = Document("أعلن الجيش الأحد سيطرته على المدينة", published=date(2017, 11, 21))
    DatesStage()(doc)
    assert governing_date(doc, 0, 4).value == "2017-11-19"


def test_dates_json_for_the_cli():
    out = dates_json("قال الرئيس أمس الاثنين إن", "2017-11-21")
    assert out == [
        {
            "start": 11,
            "end": 22,
            "text": "أمس الاثنين",
            "value": "2017-11-20",
            "granularity": "day",
            "reason": out[0]["reason"],
            "confidence": 1.0,
        }
    ]
    assert dates_json("قال الرئيس أمس", None)[0]["value"] is None


def test_dates_json_rejects_a_bad_publication_date():
    with pytest.raises(UsageError) as info:
        dates_json("أمس", "21/11/2017")
    assert "YYYY-MM-DD" in str(info.value)
