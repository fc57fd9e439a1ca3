"""A verb followed by a preposition with a pronoun for the noun before it (دعت إليها) is a relative
clause on that noun: its subject follows the verb, never a mention before it (R-RESUMPTIVE).
Fictional actors."""

from __future__ import annotations

from datetime import date

from hadath.events.stage import EventStage
from hadath.events.testing import make_doc

ACTORS = {
    "كينيا": {"code": "KEN", "country": "KEN"},
    "المعارضة الكينية": {"code": "KENOPP", "country": "KEN"},
}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, ACTORS, published=date(2018, 5, 20))
    return [
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in EventStage()(doc).events
    ]


def test_country_before_a_resumptive_relative_is_not_the_caller() -> None:
    evs = _events("وتواجه كينيا موجة من الإضرابات دعت إليها النقابات في قطاع النقل.")
    assert all(not (root == "02" and src == "KEN") for root, src, _ in evs)


def test_subject_after_the_resumptive_pronoun() -> None:
    evs = _events("وتتواصل في كينيا الاحتجاجات التي دعت إليها المعارضة الكينية.")
    assert ("02", "KENOPP", None) in evs


def test_site_noun_after_a_locative_preposition() -> None:
    # R-SITE: أمام مقر X is a place, so X is not the subject of the purpose noun after it
    actors = {**ACTORS, "السفارة الأوغندية": {"code": "UGAGOV", "country": "UGA"}}
    doc = make_doc(
        "ونظمت جمعية محلية وقفة أمام مقر السفارة الأوغندية للتنديد باعتقال الصحفي.",
        actors,
        published=date(2018, 5, 20),
    )
    evs = [(e.cameo[:2], e.source.code if e.source else None) for e in EventStage()(doc).events]
    assert ("11", "UGAGOV") not in evs
