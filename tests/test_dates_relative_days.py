"""Relative day words resolved against the publication date (Tuesday 2017-11-21)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hadath.dates import find_dates

PUB = date(2017, 11, 21)  # a Tuesday


def one(text: str, published: date | datetime | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("قال المتحدث باسم الوزارة اليوم إن المفاوضات مستمرة", "اليوم", "2017-11-21"),
        ("وقعت الاشتباكات أمس في ريف حلب", "أمس", "2017-11-20"),
        ("وكان الرئيس قد التقى بالأمس وفدا من المعارضة", "الأمس", "2017-11-20"),
        ("اندلعت النيران أول أمس في المصنع", "أول أمس", "2017-11-19"),
        ("اندلعت النيران أول من أمس في المصنع", "أول من أمس", "2017-11-19"),
        ("يصل الوفد غدًا إلى عمّان", "غدًا", "2017-11-22"),
        ("يصل الوفد غدا إلى عمان", "غدا", "2017-11-22"),
        ("تبدأ القمة بعد غد في الرياض", "بعد غد", "2017-11-23"),
        ("يلقي الرئيس خطابا الليلة", "الليلة", "2017-11-21"),
        ("سقطت قذائف على الحي الليلة الماضية", "الليلة الماضية", "2017-11-20"),
        ("شنت الطائرات غارات فجر اليوم على المدينة", "فجر اليوم", "2017-11-21"),
        ("تظاهر الآلاف مساء أمس أمام البرلمان", "مساء أمس", "2017-11-20"),
        ("أعلنت الشرطة صباح الاثنين اعتقال المشتبه به", "صباح الاثنين", "2017-11-20"),
        ("انفجرت سيارة مفخخة ليلة السبت في بغداد", "ليلة السبت", "2017-11-18"),
        ("وتنطلق الجولة الثانية يوم غد", "يوم غد", "2017-11-22"),
        ("أكد الوزير ظهر أمس أن", "ظهر أمس", "2017-11-20"),
    ],
)
def test_dates_relative_day_words(sentence, span, value):
    m = one(sentence)
    assert m.text == span
    assert sentence[m.start : m.end] == span
    assert m.value == value
    assert m.granularity == "day"
    assert "relative day" in m.reason or "publication" in m.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "انطلقت أعمال المؤتمر وناقش في اليوم الأول ملف اللاجئين",
        "في ذلك اليوم لم يخرج أحد من بيته",
        "تحتفل الأمم المتحدة باليوم العالمي للمرأة",
        "نشرت صحيفة الغد تقريرا عن الفساد",
        "في مثل هذا اليوم من عام 1948",
    ],
)
def test_dates_relative_day_false_friends_are_not_today(sentence):
    assert [m.text for m in find_dates(sentence, PUB) if m.kind == "relative"] == []


def test_dates_relative_day_with_datetime_publication():
    m = one("وقعت الاشتباكات أمس", datetime(2017, 11, 21, 23, 5))
    assert m.value == "2017-11-20"


def test_dates_relative_day_keeps_raw_offsets_with_diacritics_and_tatweel():
    s = "وَقَعَتِ الاشتباكات أمـــسِ في المدينة"
    m = one(s)
    assert m.text == "أمـــسِ"
    assert s[m.start : m.end] == m.text
    assert m.value == "2017-11-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "نشرت صحيفة المصري اليوم تقريرا",
        "قالت قناة روسيا اليوم إن",
        "شنت الطائرات غارات في الليلة السابقة على المدينة",
        "أقامت العروس في الفندق الليلة التي تسبق الزفاف",
        "وهذا العام السابع على الحرب",
    ],
)
def test_dates_names_and_narrative_nights_are_not_dates(sentence):
    assert find_dates(sentence, PUB) == []
