"""منذ/قبل/بعد N units, with digits, number words and duals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hadath.dates import find_dates

PUB = date(2017, 11, 21)


def one(text: str, published: date | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "granularity"),
    [
        ("بدأ الإضراب منذ 3 أيام", "منذ 3 أيام", "2017-11-18", "day"),
        ("بدأ الإضراب منذ ثلاثة أيام", "منذ ثلاثة أيام", "2017-11-18", "day"),
        ("اختفى الصحفي قبل خمسة أيام", "قبل خمسة أيام", "2017-11-16", "day"),
        ("وصل اللاجئون منذ يومين", "منذ يومين", "2017-11-19", "day"),
        ("أطلق سراحه قبل أسبوعين", "قبل أسبوعين", "2017-11-07", "day"),
        ("بدأت الحملة منذ أسبوع", "منذ أسبوع", "2017-11-14", "day"),
        ("أغلقت الحدود منذ شهرين", "منذ شهرين", "2017-09", "month"),
        ("أغلقت الحدود قبل ٣ أشهر", "قبل ٣ أشهر", "2017-08", "month"),
        ("تغيرت الحكومة منذ ستة شهور", "منذ ستة شهور", "2017-05", "month"),
        ("انتخب قبل عامين", "قبل عامين", "2015", "year"),
        ("انتخب قبل سنتين", "قبل سنتين", "2015", "year"),
        ("تستمر الحرب منذ سبع سنوات", "منذ سبع سنوات", "2010", "year"),
        ("يحكم البلاد منذ أحد عشر عاما", "منذ أحد عشر عاما", "2006", "year"),
        ("وقعت المعاهدة قبل عشرين عاما", "قبل عشرين عاما", "1997", "year"),
        ("تأسست الشركة منذ خمسة وعشرين عاما", "منذ خمسة وعشرين عاما", "1992", "year"),
        ("انتهت الحرب قبل أربعة أعوام", "قبل أربعة أعوام", "2013", "year"),
        ("انسحب الجيش منذ عام", "منذ عام", "2016", "year"),
        ("سافر قبل شهر", "قبل شهر", "2017-10", "month"),
        ("وقع الحادث قبل يوم", "قبل يوم", "2017-11-20", "day"),
    ],
)
def test_dates_offset_before_publication(sentence, span, value, granularity):
    m = one(sentence)
    assert (m.text, m.value, m.granularity) == (span, value, granularity)
    assert "relative to publication 2017-11-21" in m.reason


def test_dates_offset_approximate_lowers_confidence():
    exact = one("بدأت الأزمة منذ ثلاثة أسابيع")
    approx = one("بدأت الأزمة منذ نحو ثلاثة أسابيع")
    assert exact.value == approx.value == "2017-10-31"
    assert approx.confidence < exact.confidence
    assert "approximate" in approx.reason


def test_dates_offset_after_in_a_future_clause():
    m = one("ستجرى الانتخابات بعد ثلاثة أشهر")
    assert (m.value, m.granularity) == ("2018-02", "month")


def test_dates_offset_after_in_a_past_clause_is_unresolved():
    m = one("أفرج عنه بعد عامين")
    assert m.value is None and m.granularity is None
    assert "narrative" in m.reason


def test_dates_offset_counted_from_another_event_is_unresolved():
    m = one("انسحب المقاتلون بعد ثلاثة أيام من الهجوم")
    assert m.text == "بعد ثلاثة أيام"
    assert m.value is None
    assert "another event" in m.reason


def test_dates_offset_vague_counts_are_not_dates():
    assert find_dates("وصل الوفد منذ أيام", PUB) == []
    assert find_dates("تغير الوضع قبل سنوات", PUB) == []


def test_dates_offset_unit_word_heading_another_date():
    found = find_dates("لم يعرف مصيره منذ يوم الثلاثاء الماضي", PUB)
    assert [(m.text, m.value) for m in found] == [("يوم الثلاثاء الماضي", "2017-11-14")]


@given(st.integers(min_value=3, max_value=10), st.sampled_from(["منذ", "قبل"]))
def test_dates_offset_days_any_count(n, word):
    m = one(f"بدأ الاعتصام {word} {n} أيام")
    assert m.value == (PUB - timedelta(days=n)).isoformat()


@given(st.integers(min_value=3, max_value=99))
def test_dates_offset_years_any_count(n):
    m = one(f"تأسس الحزب منذ {n} عاما")
    assert m.value == str(2017 - n)


def test_dates_offset_at_least_is_not_another_event():
    m = one("بدأ الحصار قبل ستة أسابيع على الأقل")
    assert m.value == "2017-10-10"


def test_dates_offset_since_ignores_what_follows():
    m = one("سيطرت القوات للمرة الأولى منذ أكثر من ثلاثة أعوام على المعبر")
    assert m.value == "2014"


def test_dates_offset_before_in_a_future_clause_is_a_deadline():
    m = one("لن تعرف النتيجة قبل ستة أسابيع")
    assert m.value is None
    assert "deadline" in m.reason
