"""Explicit dates: month names in three traditions, double forms, ordinals, numeric, years."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.dates import find_dates

PUB = date(2017, 11, 21)

TRANSLITERATED = [
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6),
    ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10),
    ("نوفمبر", 11), ("ديسمبر", 12),
]  # fmt: skip
SYRIAC = [
    ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
    ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
]  # fmt: skip
FRENCH = [
    ("جانفي", 1), ("فيفري", 2), ("مارس", 3), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7),
    ("أوت", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
]  # fmt: skip


def one(text: str, published: date | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("name", "month"), TRANSLITERATED + SYRIAC + FRENCH)
def test_dates_explicit_month_names_all_traditions(name, month):
    m = one(f"وقع الانفجار في 15 {name} 2016 قرب الميناء")
    assert m.text == f"15 {name} 2016"
    assert m.value == f"2016-{month:02d}-15"
    assert m.granularity == "day" and m.confidence == 1.0


@pytest.mark.parametrize(("name", "month"), TRANSLITERATED + SYRIAC + FRENCH)
def test_dates_explicit_month_and_year(name, month):
    m = one(f"بدأت الاحتجاجات في {name} 2011")
    assert (m.value, m.granularity) == (f"2011-{month:02d}", "month")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("عقد المؤتمر في تشرين الثاني/نوفمبر 2016", "تشرين الثاني/نوفمبر 2016", "2016-11"),
        ("عقد المؤتمر في نوفمبر/تشرين الثاني 2016", "نوفمبر/تشرين الثاني 2016", "2016-11"),
        ("عقد المؤتمر في (نوفمبر) تشرين الثاني 2016", "(نوفمبر) تشرين الثاني 2016", "2016-11"),
        ("عقد المؤتمر في 4 مارس/آذار 2018", "4 مارس/آذار 2018", "2018-03-04"),
        ("عقد المؤتمر في مايو/ أيار 2018", "مايو/ أيار 2018", "2018-05"),
        ("عقد المؤتمر في أبريل نيسان 2018", "أبريل نيسان 2018", "2018-04"),
        ("تجرى الانتخابات في أغسطس (آب) المقبل", "أغسطس (آب) المقبل", "2018-08"),
    ],
)
def test_dates_explicit_double_month_forms(sentence, span, value):
    m = one(sentence)
    assert (m.text, m.value) == (span, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("ولد في الخامس من أيار 1990", "1990-05-05"),
        ("وقعت المجزرة في الحادي والعشرين من آب 2013", "2013-08-21"),
        ("انتهت الهدنة في الثالث عشر من تشرين الأول 2016", "2016-10-13"),
        ("أعلن الاستقلال في الأول من يناير 1956", "1956-01-01"),
        ("اجتمع الطرفان في الثلاثين من حزيران 2013", "2013-06-30"),
    ],
)
def test_dates_explicit_ordinal_day_words(sentence, value):
    assert one(sentence).value == value


def test_dates_explicit_day_of_current_month():
    m = one("أعلنت الحكومة في 12 من الشهر الجاري عن خطة")
    assert (m.text, m.value) == ("12 من الشهر الجاري", "2017-11-12")
    assert one("وصل في الخامس من الشهر الماضي").value == "2017-10-05"
    assert one("قرار صدر في 3 الجاري").value == "2017-11-03"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("صدر القرار بتاريخ 12/11/2017", "2017-11-12"),
        ("صدر القرار بتاريخ 2017-11-12", "2017-11-12"),
        ("صدر القرار بتاريخ ٢١/١١/٢٠١٧", "2017-11-21"),
        ("صدر القرار بتاريخ 3.5.2016", "2016-05-03"),
    ],
)
def test_dates_explicit_numeric(sentence, value):
    m = one(sentence)
    assert (m.value, m.granularity) == (value, "day")


def test_dates_explicit_numeric_month_first_when_day_first_is_impossible():
    m = one("صدر القرار بتاريخ 11/25/2017")
    assert m.value == "2017-11-25"
    assert m.confidence < 0.9


def test_dates_explicit_arabic_indic_digits():
    assert one("أجريت الانتخابات في ٥ مايو ٢٠١٨").value == "2018-05-05"
    assert one("أجريت الانتخابات في ۵ مايو ۲۰۱۸").value == "2018-05-05"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("اندلعت الثورة عام 2011", "عام 2011", "2011"),
        ("سقطت الموصل في 2014 بيد التنظيم", "2014", "2014"),
        ("يحكم البلاد منذ 2011", "2011", "2011"),
        ("وخلال عام 2016 تراجعت الصادرات", "عام 2016", "2016"),
        ("تأسس الحزب في العام 1948", "العام 1948", "1948"),
        ("تنتهي الولاية بحلول 2030", "2030", "2030"),
        ("انتهى الاحتلال سنة 1962م", "سنة 1962م", "1962"),
    ],
)
def test_dates_explicit_years_with_a_cue(sentence, span, value):
    m = one(sentence)
    assert (m.text, m.value, m.granularity) == (span, value, "year")


def test_dates_explicit_part_of_a_year():
    m = one("توسعت الحرب أواخر عام 2014م")
    assert (m.value, m.granularity) == ("2014-12", "month")
    assert one("انتخب مطلع 2018").value == "2018-01"


def test_dates_month_alone_resolves_to_the_nearest_year_consistent_with_tense():
    assert one("أجريت الانتخابات في مارس").value == "2017-03"
    assert one("ستجرى الانتخابات في مارس").value == "2018-03"
    assert one("بدأ التحقيق في نوفمبر").value == "2017-11"
    assert one("أجريت الانتخابات في مايو الماضي").value == "2017-05"
    assert one("تجرى الانتخابات في ديسمبر المقبل").value == "2017-12"
    assert one("قتل في يوليو/تموز من العام الماضي").value == "2016-07"
    assert one("وقعت الاتفاقية في آذار من هذا العام").value == "2017-03"


def test_dates_day_and_month_without_year_follow_tense():
    assert one("احتفل المسيحيون في 25 ديسمبر").value == "2016-12-25"
    assert one("ستقام الاحتفالات في 25 ديسمبر").value == "2017-12-25"


def test_dates_event_named_after_a_date_keeps_its_year_unknown():
    m = one("في ذكرى ثورة 25 يناير خرج المتظاهرون")
    assert m.value is None
    assert "event name" in m.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "مارس الجيش ضغوطا على المعارضة",
        "قال إن أب الضحية رفض",
        "التقت رئيسة الوزراء تيريزا ماي بالرئيس",
    ],
)
def test_dates_ambiguous_month_words_need_a_cue(sentence):
    assert find_dates(sentence, PUB) == []


def test_dates_ambiguous_month_words_with_a_cue():
    assert one("وقعت الحادثة في آب 2017").value == "2017-08"
    assert one("أعلن عن الاتفاق في مارس 2016").value == "2016-03"
    assert one("أقيم الحفل في 14 ماي 2016").value == "2016-05-14"
