"""An NER entity that runs two actors together is split into one entity per actor
(fictional people)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.doc import Document
from hadath.resolve.dictionary import ActorDictionary
from hadath.resolve.finder import ActorFinder
from hadath.resolve.stage import ActorStage
from hadath.text.stage import TextStage


def _person(pid: str, name: str, country: str, code: str) -> dict:
    return {
        "id": pid,
        "kind": "person",
        "name_en": pid,
        "country": country,
        "names_ar": [name],
        "roles": [{"code": code, "position": "head_of_state", "org": country, "start": "2010", "end": None}],
        "sources": ["test fixture"],
    }


PEOPLE = [
    _person("nadim-farah", "نديم فرح", "SYR", "SYRGOV"),
    _person("omar-alfarah", "عمر الفرح", "SYR", "SYRGOV"),
    _person("boris-malkov", "بوريس مالكوف", "RUS", "RUSGOV"),
    _person("salim-ahmad", "سليم محمد", "EGY", "EGYGOV"),
    {
        "id": "icj",
        "kind": "organization",
        "name_en": "International Court of Justice",
        "names_ar": ["محكمة العدل الدولية"],
        "roles": [{"code": "IGOUNOJUD", "position": "other", "org": "un"}],
        "sources": ["test fixture"],
    },
]


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(ActorFinder(ActorDictionary.from_objects(PEOPLE)))


def _run(stage: ActorStage, text: str, surface: str, etype: str) -> list[tuple[str, str, str | None]]:
    doc = TextStage()(Document(text, published=date(2018, 2, 1)))
    s = text.index(surface)
    doc.add_entity(s, s + len(surface), etype)
    stage(doc)
    return [(e.text, e.type, e.actor.code if e.actor else None) for e in doc.entities]


def test_two_surnames_in_one_person_entity_are_two_persons(stage: ActorStage) -> None:
    text = "التقى بوريس مالكوف نديم فرح أمس.\n\nوهنأ مالكوف فرح خلال اللقاء."
    got = _run(stage, text, "مالكوف فرح", "PER")
    assert ("مالكوف", "PER", "RUSGOV") in got and ("فرح", "PER", "SYRGOV") in got
    assert not any(t == "مالكوف فرح" for t, _, _ in got)


def test_second_name_not_named_before_is_looked_up_on_its_own(stage: ActorStage) -> None:
    got = _run(stage, "وهنأ بوريس مالكوف فرح بالفوز.", "بوريس مالكوف فرح", "PER")
    assert got == [("بوريس مالكوف", "PER", "RUSGOV"), ("فرح", "PER", "SYRGOV")]


def test_organization_and_country_in_one_entity_are_split(stage: ActorStage) -> None:
    text = "وطالبت محكمة العدل الدولية سوريا بضمان ذلك."
    got = _run(stage, text, "محكمة العدل الدولية سوريا", "ORG")
    assert got == [("محكمة العدل الدولية", "ORG", "IGOUNOJUD"), ("سوريا", "GPE", "SYR")]


def test_given_name_before_a_known_person_is_not_a_second_actor(stage: ActorStage) -> None:
    got = _run(stage, "قال الرئيس نديم فرح إن الوضع مستقر.", "الرئيس نديم فرح", "PER")
    assert got == [("الرئيس نديم فرح", "PER", "SYRGOV")]


def test_common_given_name_is_not_a_surname() -> None:
    d = ActorDictionary.from_objects(PEOPLE)
    assert not d.partials.get(("محمد",))


def test_leading_surname_with_the_article_is_looked_up(stage: ActorStage) -> None:
    text = "والتقى الفرح مالكوف أمس.\n\nوكان بوريس مالكوف قد وصل."
    got = _run(stage, text, "الفرح مالكوف", "PER")
    assert ("مالكوف", "PER", "RUSGOV") in got and not any(t == "الفرح مالكوف" for t, _, _ in got)
