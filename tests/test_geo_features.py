"""Regions and natural features (LOC) from the curated supplement."""

import pytest

from hadath.geo import geocode_text


@pytest.mark.parametrize(
    ("text", "name_en", "kind"),
    [
        ("ناقلة نفط في مضيق هرمز", "Strait of Hormuz", "LOC"),
        ("سفن في البحر الأحمر", "Red Sea", "LOC"),
        ("مناورات في الخليج العربي", "Persian Gulf", "LOC"),
        ("مناورات في الخليج الفارسي", "Persian Gulf", "LOC"),
        ("عبروا نهر الفرات", "Euphrates", "LOC"),
        ("قصف على الغوطة الشرقية", "Eastern Ghouta", "LOC"),
        ("مستوطنات الضفة الغربية", "West Bank", "LOC"),
        ("حصار قطاع غزة", "Gaza Strip", "LOC"),
        ("في محافظة الأنبار", "Al Anbar Governorate", "GPE"),
        ("مدينة دير الزور", "Deir ez-Zor", "GPE"),
        ("معارك في ريف إدلب", "Idlib Governorate", "GPE"),
    ],
)
def test_geo_feature(text, name_en, kind):
    ms = geocode_text(text)
    assert ms, text
    m = ms[-1]
    assert m.place.name_en == name_en
    assert m.entity_type == kind


def test_geo_longest_match_wins():
    (m,) = geocode_text("في الولايات المتحدة الأمريكية")
    assert m.text == "الولايات المتحدة الأمريكية"
