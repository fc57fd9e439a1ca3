"""Hijri dates converted with the Umm al-Qura tables (hijridate)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.dates import find_dates

PUB = date(2017, 11, 21)  # 3 Rabi al-Awwal 1439


def one(text: str, published: date | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("يوافق ذلك 15 رمضان 1439 هـ", "2018-05-30"),
        ("يوافق ذلك 15 رمضان 1439هـ", "2018-05-30"),
        ("يوافق ذلك 15 رمضان 1439", "2018-05-30"),
        ("أعلن أن عيد الفطر في 1 شوال 1439 هـ", "2018-06-15"),
        ("في العاشر من محرم 1439 هـ", "2017-09-30"),
        ("يوافق ذلك ١٥ رمضان ١٤٣٩ هـ", "2018-05-30"),
    ],
)
def test_dates_hijri_full_dates(sentence, value):
    m = one(sentence)
    assert (m.value, m.granularity) == (value, "day")
    assert "Hijri" in m.reason


def test_dates_hijri_month_and_year():
    m = one("بدأ الحج في ذو الحجة 1438")
    assert (m.value, m.granularity) == ("2017-08", "month")
    assert "2017-08-23" in m.reason


def test_dates_hijri_month_alone_relative_to_publication():
    past = one("أعلنت الهدنة في شهر رمضان")
    assert past.value == "2017-05"  # Ramadan 1438 began 2017-05-27
    future = one("سيبدأ شهر رمضان بعد أشهر")
    assert future.value == "2018-05"  # Ramadan 1439 begins 2018-05-16
    assert one("توقفت المعارك في رمضان الماضي").value == "2017-05"


@pytest.mark.parametrize(
    "sentence",
    [
        "استقبل الرئيس رجب طيب أردوغان الوفد",
        "قال المفكر طارق رمضان إن",
        "هذا أمر محرم دوليا",
        "بدأ العمل من الصفر",
    ],
)
def test_dates_hijri_month_words_that_are_names(sentence):
    assert find_dates(sentence, PUB) == []


def test_dates_hijri_without_publication_date():
    assert one("يوافق ذلك 15 رمضان 1439 هـ", None).value == "2018-05-30"
    m = one("في شهر رمضان", None)
    assert m.value is None and "no publication date" in m.reason
