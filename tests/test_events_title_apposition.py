"""A title in apposition before a name (وزير الخارجية الكيني، نظيره الأوغندي، برئيس الوزراء
التنزاني،) is read through: between a verb and its subject, and between a preposition and its
object (fictional people)."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

KEN = {"code": "KENGOV", "country": "KEN"}
UGA = {"code": "UGAGOV", "country": "UGA"}
TZA = {"code": "TZAGOV", "country": "TZA"}
ACTORS = {"جوزيف موانغي": KEN, "بيتر أوكيلو": UGA, "سالم مكوا": TZA}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_construct_title_between_verb_and_subject() -> None:
    evs = _events("وبحث وزير الخارجية الكيني جوزيف موانغي مع نظيره الأوغندي بيتر أوكيلو الأزمة.")
    assert evs == [("04", "KENGOV", "UGAGOV")]


def test_preposition_governs_the_name_after_a_title() -> None:
    evs = _events("أجرى جوزيف موانغي اتصالا هاتفيا مع رئيس الوزراء الأوغندي بيتر أوكيلو.")
    assert evs == [("04", "KENGOV", "UGAGOV")]


def test_preposition_as_proclitic_of_the_title() -> None:
    evs = _events("والتقى جوزيف موانغي برئيس الوزراء التنزاني، سالم مكوا، في دار السلام.")
    assert evs == [("04", "KENGOV", "TZAGOV")]


def _preps(text: str, actors: dict) -> dict[str, str]:
    from hadath.events.coder import _build_sentence
    from hadath.text.normalize import normalize_word

    doc = make_doc(text, actors, published=date(2018, 5, 20))
    toks = list(doc.tokens)
    s = _build_sentence(0, len(doc.text), toks, [normalize_word(t.text) for t in toks], doc.entities)
    return {m.text: m.prep for m in s.mentions}


def test_title_reading_does_not_cross_another_actor() -> None:
    # في governs كينيا; the title after it does not carry في over to the name
    preps = _preps(
        "وقال الوزير في كينيا الرئيس الأوغندي بيتر أوكيلو إن الوضع هادئ.",
        {**ACTORS, "كينيا": {"code": "KEN", "country": "KEN", "type": "GPE"}},
    )
    assert preps["كينيا"] == "في" and preps["بيتر أوكيلو"] == ""


def test_coordinated_mentions_share_the_preposition() -> None:
    preps = _preps(
        "وتوجه الوفد إلى الأوغنديين والتنزانيين.",
        {"الأوغنديين": {"code": "UGA", "country": "UGA"}, "التنزانيين": {"code": "TZA", "country": "TZA"}},
    )
    assert preps == {"الأوغنديين": "الي", "التنزانيين": "الي"}


def test_object_after_a_time_word_set_off_by_commas() -> None:
    evs = _events("استقبل جوزيف موانغي، الثلاثاء، رئيس الوزراء الأوغندي بيتر أوكيلو، في نيروبي.")
    assert evs == [("04", "KENGOV", "UGAGOV")]
