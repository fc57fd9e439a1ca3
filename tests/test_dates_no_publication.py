"""Without a publication date, relative expressions stay unresolved and explicit ones resolve."""

from __future__ import annotations

import pytest

from hadath.dates import find_dates


@pytest.mark.parametrize(
    "sentence",
    [
        "وقعت الاشتباكات أمس",
        "أعلن الجيش الأحد سيطرته",
        "بدأ الإضراب منذ ثلاثة أيام",
        "ارتفعت الأسعار الشهر الماضي",
        "أجريت الانتخابات في مارس",
        "وصل في 12 من الشهر الجاري",
        "احتفل المسيحيون في 25 ديسمبر",
    ],
)
def test_dates_relative_without_publication_stay_unresolved(sentence):
    found = find_dates(sentence, None)
    assert len(found) == 1
    m = found[0]
    assert m.value is None and m.granularity is None
    assert "no publication date" in m.reason


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("أجريت الانتخابات في 5 مايو 2018", "2018-05-05"),
        ("اندلعت الثورة عام 2011", "2011"),
        ("بدأت الاحتجاجات في مارس 2011", "2011-03"),
        ("صدر القرار بتاريخ 12/11/2017", "2017-11-12"),
        ("في الخامس من أيار 1990", "1990-05-05"),
    ],
)
def test_dates_explicit_without_publication_resolve(sentence, value):
    [m] = find_dates(sentence, None)
    assert m.value == value
