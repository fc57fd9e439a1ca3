"""ActorStage: how mentions meet the NER's entities on a Document."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.doc import Document
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder
from hadath.resolve.stage import ActorStage
from hadath.text.stage import TextStage

PEOPLE = [  # fictional
    {
        "id": "nadim-farah",
        "kind": "person",
        "name_en": "Nadim Farah",
        "country": "SYR",
        "names_ar": ["نديم فرح"],
        "roles": [
            {
                "code": "SYRGOV",
                "position": "head_of_state",
                "org": "SYR",
                "start": "2000",
                "end": "2024-12-08",
            }
        ],
        "sources": ["test fixture"],
    },
    {
        "id": "un",
        "kind": "organization",
        "name_en": "United Nations",
        "names_ar": ["الأمم المتحدة"],
        "roles": [{"code": "IGOUNO", "position": "other", "org": "un"}],
        "sources": ["test fixture"],
    },
]


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(ActorFinder(ActorDictionary.from_objects(PEOPLE)))


def _doc(text: str, *ents: tuple[str, str]) -> Document:
    doc = TextStage()(Document(text, published=date(2018, 2, 1)))
    for surface, etype in ents:
        s = text.index(surface)
        doc.add_entity(s, s + len(surface), etype)
    return doc


def test_contract() -> None:
    assert ActorStage.name == "actors"
    assert ActorStage.requires == ("tokens", "entities")
    assert ActorStage.provides == ("entities.actor",)


def test_exact_entity_gets_the_actor(stage: ActorStage) -> None:
    doc = stage(_doc("قال نديم فرح إن الوضع مستقر.", ("نديم فرح", "PER")))
    (e,) = doc.entities
    assert e.origin == "ner" and e.actor is not None and e.actor.id == "nadim-farah"


def test_entity_with_the_title_inside_takes_the_person(stage: ActorStage) -> None:
    doc = stage(_doc("قال الرئيس السوري نديم فرح إن الوضع مستقر.", ("الرئيس السوري نديم فرح", "PER")))
    (e,) = doc.entities
    assert e.actor is not None and e.actor.id == "nadim-farah" and e.actor.reason.startswith("dict:")


def test_shorter_entity_is_extended(stage: ActorStage) -> None:
    doc = stage(_doc("وطالبت الأمم المتحدة بهدنة.", ("الأمم", "ORG")))
    (e,) = doc.entities
    assert (e.text, e.type, e.origin) == ("الأمم المتحدة", "ORG", "actors")
    assert e.actor is not None and e.actor.code == "IGOUNO"


def test_partial_overlap_keeps_the_ner_span(stage: ActorStage) -> None:
    doc = stage(_doc("وطالبت الأمم المتحدة بهدنة.", ("المتحدة بهدنة", "ORG")))
    (e,) = doc.entities
    assert e.text == "المتحدة بهدنة" and e.actor is None


def test_missed_mentions_are_added_without_overlap(stage: ActorStage) -> None:
    text = "زار الرئيس السوري نديم فرح موسكو، وأعلن الجيش السوري الهدنة."
    doc = stage(_doc(text, ("نديم فرح", "PER")))
    got = [(e.text, e.type, e.origin, e.actor.code if e.actor else None) for e in doc.entities]
    # the title describes the person after it: no entity of its own
    assert got == [("نديم فرح", "PER", "ner", "SYRGOV"), ("الجيش السوري", "ORG", "actors", "SYRMIL")]
    for a, b in zip(doc.entities, doc.entities[1:], strict=False):
        assert a.end <= b.start
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text


def test_country_entity_from_the_ner_is_resolved(stage: ActorStage) -> None:
    doc = stage(_doc("وصل الوفد إلى عمان أمس.", ("عمان", "GPE")))
    (e,) = doc.entities
    assert e.actor is not None and e.actor.code == "OMN" and e.actor.kind == "country"


def test_seed_like_article_end_to_end() -> None:
    text = "الأسد في روسيا\n\nزار الرئيس السوري بشار الأسد سوتشي، وأكد الكرملين أن الزيارة قصيرة."
    doc = TextStage()(Document(text, title="الأسد في روسيا", published=date(2017, 11, 21)))
    ActorStage()(doc)
    codes = {e.text: e.actor.code for e in doc.entities if e.actor}
    assert codes.get("روسيا") == "RUS"
    assert codes.get("الكرملين") == "RUSGOV"
    if ActorDictionary.load().get("bashar-al-assad") is not None:
        assert codes.get("بشار الأسد") == "SYRGOV"
        assert codes.get("الأسد") == "SYRGOV"
