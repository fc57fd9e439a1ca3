"""Durations, counts and look-alikes are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.dates import find_dates

PUB = date(2017, 11, 21)


@pytest.mark.parametrize(
    "sentence",
    [
        "استمرت المعركة 4 ساعات",
        "أغلقت المدارس لمدة ثلاثة أيام",
        "يجب الرد خلال 24 ساعة",
        "استمر الحصار ثلاثة أيام",
        "قتل 2011 شخصا في المعارك",
        "أصيب في 2011 شخص بالكوليرا",
        "تضم القائمة 1995 اسما",
        "ارتفع المؤشر إلى 2014 نقطة",
        "بلغت الخسائر في 2000 مليون دولار",
        "شارك في 3000 موقع",
        "يبلغ طول الجسر 2018 مترا",
        "قال الأمين العام الحالي للأمم المتحدة",
        "طالب المدعي العام المقبل بالتحقيق",
        "الرئيس السابق للوزراء",
        "في اليوم الثاني من المؤتمر",
    ],
)
def test_dates_not_dates(sentence):
    assert find_dates(sentence, PUB) == []


@pytest.mark.parametrize("sentence", ["5 مايو 0000", "مايو 0000", "الرقم 31/02/2018", "الرمز 2018-13-45"])
def test_dates_impossible_dates_do_not_resolve(sentence):
    assert all(m.value is None for m in find_dates(sentence, PUB))
