"""A country's name gives the country (feature class A, a point inside it), never its capital."""

import pytest

from hadath.geo import geocode_text, load_gazetteer


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("أعلنت روسيا أنها سترسل وفدا.", "RUS"),
        ("زار الوزير سوريا الأسبوع الماضي.", "SYR"),
        ("قالت الكويت إنها ترحب بالاتفاق.", "KWT"),
        ("وقعت تونس اتفاقا مع الاتحاد الأوروبي.", "TUN"),
        ("أكدت الجزائر موقفها.", "DZA"),
        ("تحدث مسؤولون في الولايات المتحدة الأمريكية.", "USA"),
    ],
)
def test_geo_country_only_gives_country(text, iso3):
    (m,) = [m for m in geocode_text(text) if m.place.country == iso3]
    assert m.place.feature_class == "A"
    assert m.candidates[0].place.fcode == "PCLI"
    capital = [p for p in load_gazetteer().places if p.country == iso3 and p.fcode == "PPLC"]
    assert all(m.place.id != c.id for c in capital)


def test_geo_city_named_like_its_country_is_not_chosen():
    (m,) = geocode_text("في الكويت")
    assert m.place.feature_class == "A"
    assert "country" in m.reason
