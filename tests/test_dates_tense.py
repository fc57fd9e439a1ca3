"""The cheap tense helper used for bare weekdays and months."""

from __future__ import annotations

import pytest

from hadath.dates import clause_tense


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("سيزور الرئيس القاهرة", "future"),
        ("وستعقد القمة في الرياض", "future"),
        ("سوف يجتمع المجلس", "future"),
        ("لن يشارك الوفد", "future"),
        ("من المقرر أن تبدأ المحادثات", "future"),
        ("يعتزم الوزير السفر", "future"),
        ("تبدأ المحادثات الأسبوع المقبل", "future"),
        ("زار الرئيس القاهرة", "past"),
        ("أعلنت الوزارة مقتل جنديين", "past"),
        ("لم يزر الرئيس القاهرة", "past"),
        ("يقول المسؤولون إن الوضع هادئ", "present"),
        ("تعقد الحكومة اجتماعا", "present"),
        ("زار الرئيس تركيا وسوريا", "past"),
        ("أصدرت الشرطة تقريرا", "past"),
        ("تستعد السياسة الأمريكية", "present"),
    ],
)
def test_dates_tense_of_clause(clause, tense):
    assert clause_tense(clause) == tense


def test_dates_tense_nouns_in_sa_are_not_future():
    # سياسة، سيارة، سنة، ستة start like future verbs but are nouns
    assert clause_tense("انفجرت سيارة في سنة ستة") == "past"


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("وكان الوزير يزور المدينة", "past"),
        ("يواجه الحزب أزمة منذ العام الماضي", "past"),
        ("لقد تغير الوضع", "past"),
    ],
)
def test_dates_tense_past_markers_win_over_present_verbs(clause, tense):
    assert clause_tense(clause) == tense


def test_dates_tense_crosses_commas_of_an_apposition_only():
    from datetime import date

    from hadath.dates import find_dates

    pub = date(2018, 7, 31)
    [m] = find_dates("ومن المقرر أن يمثل جيمس ماثيوز، من شرق لندن، أمام المحكمة في نوفمبر", pub)
    assert m.value == "2018-11"
    [m] = find_dates("سيزور الرئيس مصر، وكان قد التقى الأحد نظيره", pub)
    assert m.value == "2018-07-29"
