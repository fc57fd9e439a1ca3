"""The geocode stage fills places on GPE/LOC entities and adds the places the NER missed."""

import itertools

from hadath.doc import Document
from hadath.geo import GeoStage


def _doc(text: str, ents: list[tuple[str, str]]) -> Document:
    doc = Document(text)
    for surface, typ in ents:
        s = text.index(surface)
        doc.add_entity(s, s + len(surface), typ)
    return doc


def test_geo_stage_contract():
    st = GeoStage()
    assert st.name == "geocode"
    assert st.requires == ("tokens", "entities")
    assert st.provides == ("entities.place",)


def test_geo_stage_fills_place_on_entities():
    text = "وصل أردوغان إلى مدينة سوتشي الروسية ثم توجه إلى طهران."
    doc = GeoStage()(_doc(text, [("أردوغان", "PER"), ("مدينة سوتشي", "GPE"), ("طهران", "GPE")]))
    by_text = {e.text: e for e in doc.entities}
    assert by_text["مدينة سوتشي"].place.country == "RUS"
    assert by_text["طهران"].place.name_en == "Tehran"
    assert by_text["أردوغان"].place is None


def test_geo_stage_adds_missed_places_without_overlap():
    text = "قصفت الطائرات إدلب وحلب، وقال مسؤول في دمشق إن الهجوم انتهى."
    doc = GeoStage()(_doc(text, [("دمشق", "GPE")]))
    added = [e for e in doc.entities if e.origin == "gazetteer"]
    assert {e.text for e in added} == {"إدلب", "حلب"}
    assert all(e.type == "GPE" and e.place is not None for e in added)
    spans = sorted((e.start, e.end) for e in doc.entities)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)


def test_geo_stage_accepts_ambiguous_name_inside_entity():
    text = "زار الوفد صور الأسبوع الماضي"
    doc = GeoStage()(_doc(text, [("صور", "GPE")]))
    assert doc.entities[0].place is not None
    assert doc.entities[0].place.name_en == "Tyre"
    assert GeoStage()(_doc(text, [])).entities == []


def test_geo_stage_leaves_other_entities_alone():
    text = "قال نادي برشلونة إن اللاعب سيعود"
    doc = GeoStage()(_doc(text, [("نادي برشلونة", "ORG")]))
    assert [e.origin for e in doc.entities] == ["ner"]
    assert doc.entities[0].place is None
