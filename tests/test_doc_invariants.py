"""The span invariant, property-tested: doc.text[s.start:s.end] == s.text for every span."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.doc.model import Document
from hadath.doc.serialize import from_json, to_json, validate_json
from hadath.pipeline import build_pipeline
from hadath.readers.base import ReadOptions
from hadath.readers.text import parse_text

PIECES = st.sampled_from(
    [
        "بشار", "الأسد", "وبيروت", "بالحكومة", "زاره", "سيزور", "مدينة", "على", "١٢٣", "۴۵", "3.5",
        "Putin", "UN", "abc", " ", " ", " ", "\n", "\r\n", "\r", "\n\n", ".", "،", "؟", "!", "؛", "(", ")",
        "\"", "«", "»", "#", "_", "😀", "🇸🇾", "\u064e", "\u0651", "\u064b", "\u0652", "\u0670", "\u0640",
        "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u202c", "\u2067", "\u2069", "\ufeff", "ﻻ", "ﷲ",
        "د.", "ق.م", "کرمان", "ی", "ہ",
    ]
)
TEXTS = st.lists(PIECES, max_size=80).map("".join)
PIPELINE = build_pipeline(["text"])


def check_spans(doc: Document) -> None:
    text = doc.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
    prev_end = 0
    for t in doc.tokens:
        assert prev_end <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        prev_end = t.end
        assert t.words and t.words[0].start == t.start and t.words[-1].end == t.end
        for w in t.words:
            assert text[w.start : w.end] == w.text
            assert w.start < w.end
    for e in doc.entities:
        assert text[e.start : e.end] == e.text
    for d in doc.dates:
        assert text[d.start : d.end] == d.text
    for ev in doc.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        for arg in (ev.source, ev.target, ev.location):
            if arg is not None:
                assert text[arg.start : arg.end] == arg.text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_doc_every_span_matches_text_on_raw_strings(raw):
    doc = PIPELINE(Document(raw))
    check_spans(doc)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS, TEXTS)
def test_doc_every_span_matches_text_after_reading(source, title, body):
    raw = f"{source}\n\n{title}\n\n{body}"
    try:
        doc = parse_text(raw, path="prop.txt", opts=ReadOptions(check_language=False))
    except Exception as exc:  # empty articles are refused, with a typed error
        from hadath.errors import EmptyArticleError

        assert isinstance(exc, EmptyArticleError)
        return
    assert "\r" not in doc.text
    doc = PIPELINE(doc)
    check_spans(doc)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_doc_json_round_trip_gives_an_equal_document(raw):
    doc = PIPELINE(Document(raw, id="x", title=None))
    data = to_json(doc)
    validate_json(data)
    again = from_json(data)
    assert again == doc
    assert to_json(again) == data


NEWSY = st.lists(
    st.sampled_from(
        [
            "زار الرئيس السوري بشار الأسد مدينة سوتشي الروسية أمس الاثنين",
            "وقال بوتين إن روسيا تدعم الحكومة السورية",
            "قُتل خمسةُ جنودٍ في هجوم على نقطة تفتيش قرب العريش",
            "نفت الخارجية المصرية التقارير",
            "وسيزور وزير الخارجية الأمريكي بغداد غدا",
            "تظاهر آلاف التونسيين في العاصمة تونس يوم الجمعة",
            "في الخامس من أيار/مايو ٢٠١٨",
            "الـــرئيس", "\u200f", "\u200d", "\r\n", "\n\n", ". ", "، ", "😀", "ﻻ", " (UN) ", "#عاجل_",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, TEXTS)
def test_doc_every_span_matches_text_through_the_whole_pipeline(news, noise):
    from datetime import date

    from hadath.pipeline import default_pipeline

    doc = default_pipeline()(Document(news + noise, published=date(2018, 5, 6)))
    check_spans(doc)
    validate_json(to_json(doc))
    assert from_json(to_json(doc)) == doc
