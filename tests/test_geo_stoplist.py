"""Common Arabic words and first names that GeoNames also records as places are never places."""

import pytest

from hadath.geo import find_names, geocode_text, load_gazetteer
from hadath.geo.names import name_key
from hadath.geo.stoplist import DATA_DIR, STOPLIST_FILES, read_stoplist_file

WORDS = ["مدينة", "الأمن", "أن", "من", "بشار", "فلاديمير", "عمر", "سلام", "النصر"]


@pytest.mark.parametrize("word", WORDS)
def test_geo_stoplist_word_is_not_in_the_gazetteer(word):
    gaz = load_gazetteer()
    assert word and name_key(word) not in gaz.index
    assert not gaz.lookup(name_key(word))


def test_geo_stoplist_words_never_geocode():
    text = (
        "قال بشار الأسد إن فلاديمير بوتين وعمر البشير بحثا الأمن في المدينة، "
        "وأكد أن النصر قريب وأن السلام ممكن. وقالت سلام إن مدينة كبيرة من المدن تضررت."
    )
    assert [m.text for m in geocode_text(text)] == []


def test_geo_stoplist_files_have_reasons():
    rows = [r for f in STOPLIST_FILES for r in read_stoplist_file(DATA_DIR / f)]
    assert len(rows) > 300
    assert all(word and cat and reason for word, cat, reason in rows)


def test_geo_ambiguous_name_needs_a_cue():
    assert [m.text for m in geocode_text("نشر صور الضحايا على مواقع التواصل")] == []
    m = geocode_text("غارة إسرائيلية قرب مدينة صور في جنوب لبنان")[0]
    assert m.text == "صور"
    assert m.place.country == "LBN"
    assert any(h.needs_cue for h in find_names("صور"))


def test_geo_nisba_is_not_a_place():
    assert geocode_text("قال المسؤول السوري والوزير اللبناني") == []
