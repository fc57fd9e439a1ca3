"""Proclitics و ف ب ل (and ل + ال written لل) are read off; the span covers the name only."""

import pytest

from hadath.geo import geocode_text
from hadath.geo.names import stem_variants


@pytest.mark.parametrize(
    ("text", "span", "iso3"),
    [
        ("التقى الوزير نظيره بروسيا", "روسيا", "RUS"),
        ("وصل إلى دمشق وبيروت", "بيروت", "LBN"),
        ("غارات على الرقة وبالرقة", "الرقة", "SYR"),
        ("توجه للموصل", "لموصل", "IRQ"),
        ("فسوريا تنتظر", "سوريا", "SYR"),
    ],
)
def test_geo_proclitic_is_outside_the_span(text, span, iso3):
    ms = geocode_text(text)
    m = ms[-1]
    assert m.text == span
    assert text[m.start : m.end] == span
    assert m.place.country == iso3


def test_geo_stem_variants():
    got = dict((stem, off) for off, stem in stem_variants("وبالرقه"))
    assert got["الرقه"] == 2
    assert dict((s, o) for o, s in stem_variants("للموصل"))["الموصل"] == 1


def test_geo_words_that_only_look_like_proclitic_plus_name():
    # فرانس برس is the news agency, not ف + Reims; وفدا is "a delegation", not و + Fada (Chad)
    text = "نقلت وكالة فرانس برس أن روسيا سترسل وفدا، وقالت فرقة الإعدام ..."
    assert [m.text for m in geocode_text(text)] == ["روسيا"]


def test_geo_diacritics_and_tatweel():
    (m,) = geocode_text("في بَيْـروت")
    assert m.place.name_en == "Beirut"
    assert m.text == "بَيْـروت"
