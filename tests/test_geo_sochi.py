"""Sochi: a city GeoNames knows without an Arabic name, named through the curated supplement."""

from hadath.geo import geocode_text


def test_geo_sochi_coordinates_and_country():
    (m,) = geocode_text("وصل الرئيس التركي إلى مدينة سوتشي الروسية لإجراء محادثات.")
    assert m.text == "سوتشي"
    assert m.place.country == "RUS"
    assert abs(m.place.lat - 43.60) <= 0.1
    assert abs(m.place.lon - 39.73) <= 0.1
    assert m.place.feature_class == "P"


def test_geo_sochi_nisba_confirms_country():
    (m,) = geocode_text("عقدت القمة في سوتشي الروسية")
    assert "nisba" in m.reason
    assert m.confidence >= 0.9
