"""Weekdays: the most recent one in past-tense reports, the next one in future ones."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.dates import find_dates

PUB = date(2017, 11, 21)  # a Tuesday


def one(text: str, published: date | None = PUB):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("أعلن الجيش الأحد سيطرته على المدينة", "2017-11-19"),
        ("قتل ثلاثة جنود الإثنين في هجوم", "2017-11-20"),
        ("قتل ثلاثة جنود الاثنين في هجوم", "2017-11-20"),
        ("قتل ثلاثة جنود الأثنين في هجوم", "2017-11-20"),
        ("اجتمع المجلس يوم الخميس في جنيف", "2017-11-16"),
        ("قال الوزير الثلاثاء إن بلاده ترفض القرار", "2017-11-21"),
        ("وصل الوفد السبت إلى القاهرة", "2017-11-18"),
    ],
)
def test_dates_weekday_past_report_is_most_recent(sentence, value):
    m = one(sentence)
    assert m.value == value
    assert m.granularity == "day"
    assert "on or before" in m.reason


@pytest.mark.parametrize(
    ("sentence", "value", "cue"),
    [
        ("سيزور الرئيس القاهرة الخميس", "2017-11-23", "سيزور"),
        ("يعتزم الوزير السفر إلى باريس السبت", "2017-11-25", "يعتزم"),
        ("سوف يجتمع مجلس الأمن الأحد", "2017-11-26", "سوف"),
        ("ومن المقرر أن تبدأ المحادثات الجمعة", "2017-11-24", "المقرر"),
    ],
)
def test_dates_weekday_future_clause_is_next(sentence, value, cue):
    m = one(sentence)
    assert m.value == value
    assert "on or after" in m.reason and cue in m.reason


def test_dates_weekday_present_verb_takes_two_days_back_to_four_ahead():
    # "يلتقي" (present) on a Tuesday: Wednesday is 1 day ahead
    assert one("يلتقي الرئيس نظيره الفرنسي الأربعاء").value == "2017-11-22"
    # "يقول" reported on Tuesday about Sunday: 2 days back
    assert one("يقول المسؤولون الأحد إن").value == "2017-11-19"
    # Saturday is 3 days back or 4 ahead: a present-tense report announces it
    assert one("يؤدي الرئيس السبت اليمين الدستورية").value == "2017-11-25"


def test_dates_weekday_on_condition_that_is_future():
    assert one("رفعت الجلسة على أن تستأنف الاثنين").value == "2017-11-27"
    assert one("يطرح القانون للنقاش اعتبارا من الأحد").value == "2017-11-26"


def test_dates_weekday_future_belongs_to_its_own_clause():
    # the future verb is in the clause after إنه; الأحد dates the saying
    found = find_dates("قال الرئيس الأحد إنه سيزور موسكو", PUB)
    assert [m.value for m in found] == ["2017-11-19"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("عقد الاجتماع الخميس الماضي", "2017-11-16"),
        ("عقد الاجتماع الثلاثاء الماضي", "2017-11-14"),
        ("يعقد الاجتماع الخميس المقبل", "2017-11-23"),
        ("يعقد الاجتماع الثلاثاء المقبل", "2017-11-28"),
        ("تبدأ الانتخابات الأحد القادم", "2017-11-26"),
        ("وقعت الحادثة يوم الجمعة الماضي", "2017-11-17"),
    ],
)
def test_dates_weekday_with_modifier(sentence, value):
    m = one(sentence)
    assert m.value == value
    assert m.confidence >= 0.9


def test_dates_weekday_combined_with_relative_day_agrees():
    m = one("قال الرئيس أمس الاثنين إن")
    assert (m.text, m.value, m.confidence) == ("أمس الاثنين", "2017-11-20", 1.0)
    m = one("يجتمع المجلس اليوم الثلاثاء")
    assert (m.text, m.value) == ("اليوم الثلاثاء", "2017-11-21")
    m = one("تظاهر المئات مساء أمس الاثنين")
    assert (m.text, m.value) == ("مساء أمس الاثنين", "2017-11-20")


def test_dates_weekday_combined_with_relative_day_disagrees():
    # أمس is Monday 2017-11-20 but the text says Sunday: the named weekday nearest to it wins
    m = one("قال الرئيس أمس الأحد إن")
    assert m.value == "2017-11-19"
    assert m.confidence < 0.9
    assert "contradicts" in m.reason


def test_dates_weekday_night_into_the_next_day():
    m = one("شنت الطائرات غارات ليل الخميس الجمعة على المدينة")
    assert m.text == "ليل الخميس الجمعة"
    assert m.value == "2017-11-16"


def test_dates_eleven_is_not_sunday():
    assert find_dates("شارك الأحد عشر لاعبا في المباراة", PUB) == []


def test_dates_weekday_between_commas_belongs_to_the_clause_before():
    pub = date(2018, 10, 17)  # a Wednesday
    [m] = find_dates("قال الوزير إنه سيتخذ قرارا، الخميس، بشأن حضور المؤتمر", pub)
    assert m.value == "2018-10-18"
    [m] = find_dates("قالت الشرطة، الجمعة، إنها تحقق في الحادث", pub)
    assert m.value == "2018-10-12"
