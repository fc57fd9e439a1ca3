from hypothesis import given
from hypothesis import strategies as st

from hadath.text.normalize import NormalizedView, normalize, normalize_word, strip_al


def test_normalize_removes_tashkeel_and_tatweel():
    assert normalize("بَشَّارُ") == "بشار"
    assert normalize("الـــرئيس") == "الرئيس"


def test_normalize_unifies_alef_ya_ta_marbuta():
    assert normalize("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("مدينة") == "مدينه"


def test_normalize_folds_persian_lookalikes_and_digits():
    assert normalize("کرمان") == "كرمان"
    assert normalize("یمن") == "يمن"
    assert normalize("٢٠١٧") == "2017"
    assert normalize("۲۰۱۸") == "2018"


def test_normalize_removes_bidi_and_zero_width():
    assert normalize("بي\u200fروت\u200c") == "بيروت"


def test_normalize_word_is_cached_and_equal():
    assert normalize_word("الأُسد") == normalize("الأُسد") == "الاسد"


def test_strip_al():
    assert strip_al("الاسد") == "اسد"
    assert strip_al("الي") == "الي"


def test_view_maps_names_back_to_raw_spelling():
    raw = "زارَ الرئيسُ بَشّار الأسد ١٢ مرة"
    view = NormalizedView(raw)
    i = view.text.index("بشار")
    s, e = view.to_raw_span(i, i + 4)
    assert raw[s:e] == "بَشّار"
    j = view.text.index("12")
    s, e = view.to_raw_span(j, j + 2)
    assert raw[s:e] == "١٢"


def test_view_expands_presentation_forms():
    raw = "ﻻ بد"
    view = NormalizedView(raw)
    assert view.text == "لا بد"
    assert view.to_raw_span(0, 2) == (0, 1)


ALPHABET = st.sampled_from(
    list("بشارالأسدإآىةکیہ٠١٢٣abc XYZ.,؟!\n\r\t")
    + ["\u064e", "\u0651", "\u0652", "\u064b", "\u0640", "\u200c", "\u200d", "\u200f", "\u202b", "\ufeff", "ﻻ", "😀"]
)


@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_view_offsets_are_monotone_and_cover_normalized_chars(raw):
    view = NormalizedView(raw)
    positions = [view.to_raw(i) for i in range(len(view.text) + 1)]
    assert positions == sorted(positions)
    assert positions[-1] == len(raw)
    for i, ch in enumerate(view.text):
        r = view.to_raw(i)
        assert ch in normalize(raw[r])


@given(st.lists(ALPHABET, max_size=60).map("".join), st.data())
def test_view_span_normalizes_to_the_same_text(raw, data):
    view = NormalizedView(raw)
    n = len(view.text)
    i = data.draw(st.integers(0, n))
    j = data.draw(st.integers(i, n))
    s, e = view.to_raw_span(i, j)
    assert 0 <= s <= e <= len(raw)
    if i < j:
        # the raw span normalizes to the view span (whole expansions aside)
        assert view.text[i:j] in normalize(raw[s:e])
