"""ANERcorp's LOC split into GPE and LOC at prediction time."""

from __future__ import annotations

from hadath.ner.labels import location_type, to_anercorp
from hadath.ner.tagger import refine_locations


def test_cities_and_countries_are_gpe() -> None:
    assert location_type(["بيروت"]) == "GPE"
    assert location_type(["الولايات", "المتحدة"]) == "GPE"


def test_geographic_features_are_loc() -> None:
    assert location_type(["نهر", "النيل"]) == "LOC"
    assert location_type(["وجبل", "الشيخ"]) == "LOC"
    assert location_type(["خليج", "عدن"]) == "LOC"


def test_regions_and_continents_are_loc() -> None:
    assert location_type(["الشرق", "الأوسط"]) == "LOC"
    assert location_type(["وأفريقيا"]) == "LOC"


def test_refine_keeps_bio_prefixes() -> None:
    toks = ["من", "نهر", "النيل", "إلى", "القاهرة"]
    tags = ["O", "B-LOC", "I-LOC", "O", "B-LOC"]
    assert refine_locations(toks, tags) == ["O", "B-LOC", "I-LOC", "O", "B-GPE"]


def test_to_anercorp() -> None:
    assert [to_anercorp(t) for t in ["B-GPE", "I-LOC", "B-PER", "I-PERS", "O", "B-ORG"]] == [
        "B-LOC",
        "I-LOC",
        "B-PERS",
        "I-PERS",
        "O",
        "B-ORG",
    ]


def test_feature_word_before_the_entity_makes_it_loc() -> None:
    assert location_type(["النيل"], previous="نهر") == "LOC"
    assert location_type(["الشيخ"], previous="وجبل") == "LOC"
    assert location_type(["القاهرة"], previous="مدينة") == "GPE"
    toks = ["ضفاف", "نهر", "الأردن"]
    assert refine_locations(toks, ["O", "O", "B-LOC"]) == ["O", "O", "B-LOC"]
    assert refine_locations(["زار", "الأردن"], ["O", "B-LOC"]) == ["O", "B-GPE"]
