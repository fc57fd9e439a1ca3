"""A weekday that contradicts an explicit date: the explicit date wins, with lower confidence."""

from __future__ import annotations

from datetime import date

from hadath.dates import find_dates

PUB = date(2018, 5, 7)


def test_dates_weekday_agrees_with_explicit_date():
    [m] = find_dates("أجريت الانتخابات يوم السبت 5 مايو 2018", PUB)
    assert m.text == "يوم السبت 5 مايو 2018"
    assert m.value == "2018-05-05"
    assert m.confidence == 1.0
    assert "agrees" in m.reason


def test_dates_weekday_contradicts_explicit_date():
    [m] = find_dates("أجريت الانتخابات الخميس 5 مايو 2018", PUB)
    assert m.value == "2018-05-05"  # a Saturday
    assert m.confidence <= 0.6
    assert "contradicts" in m.reason and "explicit date wins" in m.reason


def test_dates_weekday_with_explicit_date_after_a_comma():
    [m] = find_dates("أجريت الانتخابات الأحد، 6 أيار/مايو 2018", PUB)
    assert m.value == "2018-05-06"
    assert m.confidence == 1.0


def test_dates_weekday_is_not_merged_across_a_line_break():
    found = find_dates("أجريت الانتخابات الخميس\n5 مايو 2018 موعد آخر", PUB)
    assert [m.value for m in found] == ["2018-05-03", "2018-05-05"]
