"""Properties of find_dates on generated Arabic text: spans, values, robustness."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.dates import find_dates

FRAGMENTS = [
    "قال الرئيس",
    "أمس الاثنين",
    "الأحد",
    "في 5 مايو 2018",
    "منذ ثلاثة أيام",
    "العام الماضي",
    "تشرين الثاني/نوفمبر",
    "عام 2011",
    "15 رمضان 1439 هـ",
    "قتل 2011 شخصا",
    "لمدة ثلاثة أيام",
    "سيزور",
    "الخميس المقبل",
    "إن",
    "،",
    ".",
    "\n",
    "مساء",
    "اليوم",
    "غدا",
    "في مارس",
    "12/11/2017",
    "مطلع العام الجاري",
    "(",
    ")",
    "٢٠١٨",
    "و",
]
VALUE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
DIACRITICS = "\u064e\u064f\u0650\u0651\u0652\u064b\u0640"

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
publications = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, publications)
def test_dates_spans_and_values_are_well_formed(text, published):
    found = find_dates(text, published)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end  # sorted, non-overlapping
        last_end = m.end
        assert m.reason
        assert 0.0 < m.confidence <= 1.0
        if m.value is None:
            assert m.granularity is None
        else:
            assert re.fullmatch(VALUE_RE[m.granularity], m.value)
            if m.granularity == "day":
                date.fromisoformat(m.value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), publications)
def test_dates_never_fail_on_arbitrary_text(text, published):
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text


@settings(max_examples=150, deadline=None)
@given(texts, st.data())
def test_dates_diacritics_and_tatweel_do_not_change_values(text, data):
    published = date(2017, 11, 21)
    marks = data.draw(st.lists(st.sampled_from(DIACRITICS), min_size=len(text), max_size=len(text)))
    # put a mark after Arabic letters only, where a writer could
    decorated = "".join(
        c + (k if "\u0621" <= c <= "\u064a" else "") for c, k in zip(text, marks, strict=True)
    )
    plain = [(m.value, m.granularity) for m in find_dates(text, published)]
    fancy = [(m.value, m.granularity) for m in find_dates(decorated, published)]
    assert plain == fancy


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]),
)
def test_dates_weekday_lands_on_that_weekday_within_a_week(published, weekday):
    iso = {"الاثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4, "الجمعة": 5, "السبت": 6, "الأحد": 7}[
        weekday
    ]
    [past] = find_dates(f"أعلن الجيش {weekday} سيطرته", published)
    d = date.fromisoformat(past.value)
    assert d.isoweekday() == iso and timedelta(0) <= published - d < timedelta(days=7)
    [future] = find_dates(f"سيزور الوزير باريس {weekday}", published)
    d = date.fromisoformat(future.value)
    assert d.isoweekday() == iso and timedelta(0) <= d - published < timedelta(days=7)
