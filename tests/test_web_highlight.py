"""Highlighting: the article text cut at span boundaries, with code point offsets, loses and adds nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.web.highlight import evidence_parts, segments, spans
from hadath.web.sample import sample_documents


def covering(doc, a, b):
    return {(s.kind, s.ref) for s in spans(doc) if s.start <= a and b <= s.end}


def check(doc):
    segs = segments(doc)
    assert "".join(s.text for s in segs) == doc["text"]
    pos = 0
    for s in segs:
        a, b = pos, pos + len(s.text)
        assert a < b or not doc["text"]
        expect = covering(doc, a, b)
        assert set(s.refs) == {ref for _, ref in expect}
        # a cut never falls inside a span without being a boundary of some span
        pos = b
    return segs


def test_sample_documents():
    for doc in sample_documents():
        check(doc)


def test_overlapping_and_nested_spans():
    text = "قال وزير الخارجية المصري اليوم"
    doc = {
        "text": text,
        "entities": [
            {"start": 4, "end": 24, "text": text[4:24], "type": "PER", "actor": None, "place": None},
            {"start": 9, "end": 17, "text": text[9:17], "type": "ORG", "actor": None, "place": None},
        ],
        "dates": [
            {
                "start": 25,
                "end": 30,
                "text": "اليوم",
                "value": "2024-05-01",
                "granularity": "day",
                "reason": "r",
            }
        ],
        "events": [
            {
                "cameo": "010",
                "trigger": {"start": 0, "end": 3},
                "sentence": {"start": 0, "end": 30},
                "quad_class": 1,
                "modality": "asserted",
                "confidence": 0.5,
            }
        ],
    }
    segs = check(doc)
    by_text = {s.text: s for s in segs}
    assert set(by_text["قال"].classes) == {"evid", "trig", "q1"}
    assert {"ent-PER", "ent-ORG"} <= set(by_text["الخارجية"].classes)
    assert "ent-ORG" not in by_text["وزير "].classes and "ent-PER" in by_text["وزير "].classes
    assert "date" in by_text["اليوم"].classes


def test_offsets_are_code_points_not_utf16():
    text = "🚨🇵🇸 𝐀 قصف غزة"
    start = text.index("غزة")
    assert start == 10 and len(text[:start].encode("utf-16-le")) // 2 == 14  # code points, not UTF-16 units
    doc = {
        "text": text,
        "entities": [
            {"start": start, "end": start + 3, "text": "غزة", "type": "LOC", "actor": None, "place": None}
        ],
    }
    segs = check(doc)
    assert [s.text for s in segs if "ent" in s.classes] == ["غزة"]


def test_bad_spans_are_dropped():
    text = "نص قصير"
    doc = {
        "text": text,
        "entities": [
            {"start": -1, "end": 2, "type": "PER"},
            {"start": 3, "end": 99, "type": "PER"},
            {"start": 4, "end": 4, "type": "PER"},
            {"start": 5, "end": 2, "type": "PER"},
            {"start": True, "end": 2, "type": "PER"},
            {"start": "0", "end": 2, "type": "PER"},
            {"start": 0, "end": 2, "type": "ALIEN"},  # kept, drawn as MISC
        ],
        "events": [None, {"cameo": "010", "trigger": None, "sentence": {"start": 0, "end": 1000}}],
    }
    segs = check(doc)
    assert [s.cls for s in segs if s.classes] == ["ent ent-MISC"]


def test_tooltips_say_who_or_where_and_why():
    doc = next(d for d in sample_documents() if d["id"] == "s2")
    tips = [s.tip for s in segments(doc) if "ent" in s.classes]
    assert any("Egyptian foreign minister" in t and "EGYGOV" in t and "السبب: dictionary" in t for t in tips)
    assert any("مكان: Cairo" in t and "30.060, 31.250" in t and "gazetteer" in t for t in tips)
    trig = [s.tip for s in segments(doc) if "trig" in s.classes]
    assert trig and trig[0].startswith("حدث 040: تشاور")


def test_evidence_parts():
    m = {
        "evidence": "التقى الوزير نظيره",
        "sentence": {"start": 10, "end": 28},
        "trigger": {"start": 10, "end": 15},
    }
    assert evidence_parts(m) == {"before": "", "trigger": "التقى", "after": " الوزير نظيره"}
    # without a sentence the store keeps 120 characters either side of the trigger
    m = {"evidence": "أ" * 120 + "قصف" + "ب" * 5, "sentence": None, "trigger": {"start": 200, "end": 203}}
    assert evidence_parts(m)["trigger"] == "قصف"
    assert (
        evidence_parts({"evidence": "x", "sentence": {"start": 0}, "trigger": {"start": 5, "end": 9}}) is None
    )


alphabet = st.sampled_from(list("قصف غزة\n😀𝐀\u200d\u064e") + ["🇵🇸"])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_spans_keep_the_text(data):
    text = "".join(data.draw(st.lists(alphabet, max_size=30)))
    n = len(text)
    span = st.tuples(st.integers(-2, n + 2), st.integers(-2, n + 2))
    ents = [
        {"start": a, "end": b, "type": "PER", "actor": None, "place": None}
        for a, b in data.draw(st.lists(span, max_size=6))
    ]
    evs = [
        {
            "cameo": "190",
            "quad_class": 4,
            "trigger": {"start": a, "end": b},
            "sentence": {"start": c, "end": d},
        }
        for (a, b), (c, d) in data.draw(st.lists(st.tuples(span, span), max_size=3))
    ]
    check({"text": text, "entities": ents, "events": evs})
