from datetime import date

import pytest

from hadath.doc.model import (
    ActorRef,
    Argument,
    DateExpr,
    Document,
    Event,
    Location,
    PlaceRef,
    Sentence,
    TextSpan,
)
from hadath.doc.serialize import SCHEMA_VERSION, dumps, from_json, json_schema, loads, to_json, validate_json
from hadath.errors import FormatError, PipelineError

from .conftest import make_doc


def full_doc() -> Document:
    doc = make_doc("زار الرئيس بشار الأسد سوتشي أمس.", id="d1", source="Test", published=date(2017, 11, 21))
    text = doc.text
    s = text.index("بشار")
    ent = doc.add_entity(s, s + len("بشار الأسد"), "PER")
    ent.actor = ActorRef("bashar-al-assad", "SYRGOV", "Bashar al-Assad", "SYR", "dict:bashar-al-assad")
    p = text.index("سوتشي")
    place = doc.add_entity(p, p + 5, "GPE")
    place.place = PlaceRef("491422", "Sochi", "RUS", "Krasnodar", 43.6, 39.73, "gazetteer", 0.9, "P", 343334)
    a = text.index("أمس")
    doc.dates.append(DateExpr(a, a + 3, "أمس", "2017-11-20", "day", "relative:yesterday"))
    doc.events.append(
        Event(
            cameo="042",
            cameo_root="04",
            plover="CONSULT",
            quad_class=1,
            goldstein=1.9,
            modality="asserted",
            confidence=0.9,
            source=Argument(s, s + 10, "بشار الأسد", "SYRGOV", "Bashar al-Assad", "SYR"),
            target=None,
            location=Location(p, p + 5, "سوتشي", "Sochi", "RUS", 43.6, 39.73),
            date="2017-11-20",
            trigger=TextSpan(0, 3, "زار"),
            sentence=Sentence(0, len(text)),
            rule="visit.zar",
            text_en="Bashar al-Assad made a visit, in Sochi, 2017-11-20",
        )
    )
    return doc


def test_doc_text_is_read_only():
    doc = Document("نص")
    with pytest.raises(AttributeError):
        doc.text = "آخر"  # type: ignore[misc]


def test_doc_add_entity_checks_offsets_and_type():
    doc = Document("بيروت")
    with pytest.raises(PipelineError):
        doc.add_entity(0, 99, "GPE")
    with pytest.raises(PipelineError):
        doc.add_entity(0, 5, "CITY")
    assert doc.add_entity(0, 5, "GPE").text == "بيروت"


def test_doc_round_trip_with_every_layer():
    doc = full_doc()
    data = to_json(doc)
    assert data["schema"] == SCHEMA_VERSION
    validate_json(data)
    assert from_json(data) == doc
    assert loads(dumps(doc)) == doc


def test_doc_json_contract_field_names():
    data = to_json(full_doc())
    assert {"schema", "id", "source", "title", "url", "published", "language", "text", "sentences",
            "tokens", "entities", "dates", "events"} <= set(data)
    ent = data["entities"][0]
    assert {"start", "end", "text", "type", "actor", "place"} <= set(ent)
    assert {"id", "code", "name_en", "country", "reason"} <= set(ent["actor"])
    assert {"id", "name_en", "country", "admin1", "lat", "lon", "reason"} <= set(data["entities"][1]["place"])
    assert {"start", "end", "text", "value", "granularity", "reason"} <= set(data["dates"][0])
    ev = data["events"][0]
    assert {"cameo", "cameo_root", "plover", "quad_class", "goldstein", "modality", "confidence", "source",
            "target", "location", "date", "trigger", "sentence", "rule"} <= set(ev)
    assert {"start", "end", "text", "code", "name_en", "country"} <= set(ev["source"])
    assert {"start", "end", "text", "name_en", "country", "lat", "lon"} <= set(ev["location"])
    assert data["published"] == "2017-11-21"


def test_doc_schema_rejects_broken_documents():
    data = to_json(full_doc())
    data["entities"][0]["type"] = "CITY"
    with pytest.raises(FormatError):
        validate_json(data)
    assert json_schema()["properties"]["schema"]["const"] == SCHEMA_VERSION


def test_doc_from_json_refuses_other_schema_versions():
    with pytest.raises(FormatError):
        from_json({"schema": "hadath.document/0", "text": ""})


def test_doc_sentence_at_and_tokens_in():
    doc = make_doc("جملة أولى. جملة ثانية.")
    assert doc.sentence_at(0) == Sentence(0, 10)
    assert doc.sentence_at(12) == Sentence(11, 22)
    assert [t.text for t in doc.tokens_in(11, 22)] == ["جملة", "ثانية", "."]
