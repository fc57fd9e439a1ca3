"""Mentions of one real-world event across articles become one event row; different events stay apart."""

from __future__ import annotations

import json

import pytest

from hadath.store import merge
from hadath.store.ingest import ingest_items
from hadath.store.query import event, find_events
from hadath.store.testing import BACKENDS, backend_db, make_doc, make_event

GAZA = ("Gaza", "PS", 31.50, 34.47)
KHAN_YUNIS = ("Khan Yunis", "PS", 31.34, 34.30)
ALEPPO = ("Aleppo", "SY", 36.20, 37.15)


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


def _doc(i: int, source: str, *events: dict, published: str = "2024-05-01") -> dict:
    text = f"نص الخبر رقم {i} من المصدر {source} عن الأحداث الجارية في المنطقة وتفاصيلها الكاملة للقراء"
    evs = [
        dict(e, trigger={"start": j, "end": j + 1, "text": text[j]}, sentence={"start": 0, "end": len(text)})
        for j, e in enumerate(events)
    ]
    return make_doc(
        f"m{i}", text, url=f"http://merge.test/{i}", source=source, published=published, events=evs
    )


def test_same_attack_reported_by_three_outlets_is_one_event(db):
    e = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=GAZA, date="2024-05-01"
    )
    docs = [_doc(1, "agencyA", e), _doc(2, "agencyB", e), _doc(3, "agencyB", e)]
    s = ingest_items(docs, db)
    assert (s.events_new, s.events_merged) == (1, 2)
    page = find_events(db)
    assert page.total == 1
    ev = page.items[0]
    assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 3, 2)
    full = event(db, ev["id"])
    assert [m["merge"] is None for m in full["mentions"]] == [True, False, False]
    reasons = full["mentions"][1]["merge"]["reasons"]
    assert reasons["source"].startswith("same source code") and reasons["place"] == "same place Gaza"


def test_two_attacks_in_one_city_on_one_day_by_different_actors_stay_apart(db):
    a = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=GAZA, date="2024-05-01"
    )
    b = make_event(
        "190", source=("PSEREB", "PSE"), target=("PSECVL", "PSE"), location=GAZA, date="2024-05-01"
    )
    s = ingest_items([_doc(1, "A", a), _doc(2, "B", b)], db)
    assert (s.events_new, s.events_merged) == (2, 0)


def test_two_mentions_in_one_article_count_as_mentions_not_articles(db):
    e = make_event("172", source=("USAGOV", "USA"), target=("IRNGOV", "IRN"), date="2024-05-02")
    s = ingest_items([_doc(1, "A", e, e), _doc(2, "B", e)], db)
    assert s.events_new == 1
    ev = find_events(db).items[0]
    assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 2, 2)


def test_unknown_side_same_country_merges_and_fills_in(db):
    full = make_event(
        "190", source=("SYRMIL", "SYR"), target=("SYRREB", "SYR"), location=ALEPPO, date="2024-05-01"
    )
    partial = make_event(
        "193", source=(None, "SYR"), target=("SYRREB", "SYR"), location=ALEPPO, date="2024-05-02"
    )
    ingest_items([_doc(1, "A", partial), _doc(2, "B", full)], db)
    page = find_events(db)
    assert page.total == 1
    ev = page.items[0]
    assert ev["source"]["code"] == "SYRMIL"  # filled in from the later, more complete mention
    m = event(db, ev["id"])["mentions"][1]["merge"]["reasons"]
    assert "same country SYR" in m["source"] and "same CAMEO root 19" in m["cameo"]


def test_dates_outside_tolerance_and_far_places_do_not_merge(db):
    e1 = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=GAZA, date="2024-05-01"
    )
    later = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=GAZA, date="2024-05-05"
    )
    elsewhere = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=ALEPPO, date="2024-05-01"
    )
    nearby = make_event(
        "190", source=("ISRMIL", "ISR"), target=("PSECVL", "PSE"), location=KHAN_YUNIS, date="2024-05-01"
    )
    s = ingest_items(
        [_doc(1, "A", e1), _doc(2, "B", later), _doc(3, "C", elsewhere), _doc(4, "D", nearby)], db
    )
    assert s.events_new == 3 and s.events_merged == 1  # Khan Yunis is ~25 km from Gaza city


def test_different_roots_never_merge_but_compatible_roots_may(db):
    protest = make_event("141", source=("EGYCVL", "EGY"), target=("EGYGOV", "EGY"), date="2024-05-01")
    threat = make_event("130", source=("EGYCVL", "EGY"), target=("EGYGOV", "EGY"), date="2024-05-01")
    assault = make_event("180", source=("EGYCVL", "EGY"), target=("EGYGOV", "EGY"), date="2024-05-01")
    fight = make_event("190", source=("EGYCVL", "EGY"), target=("EGYGOV", "EGY"), date="2024-05-01")
    s = ingest_items(
        [_doc(1, "A", protest), _doc(2, "B", threat), _doc(3, "C", assault), _doc(4, "D", fight)], db
    )
    assert s.events_new == 3 and s.events_merged == 1


def test_month_date_overlaps_days_in_it(db):
    day = make_event("043", source=("QATGOV", "QAT"), target=("EGYGOV", "EGY"), date="2024-05-14")
    month = make_event("043", source=("QATGOV", "QAT"), target=("EGYGOV", "EGY"), date="2024-05")
    s = ingest_items([_doc(1, "A", month), _doc(2, "B", day)], db)
    assert s.events_merged == 1


def test_decide_explains_rejections_and_settings_change_outcomes():
    k = merge.EventKey
    a = merge.Actor
    p = merge.Place(None, None, None, None)
    x = k("190", "19", "2024-05-01", "day", a("ISRMIL", None, "ISR"), a(None, None, None), p)
    y = k("190", "19", "2024-05-03", "day", a("ISRMIL", None, "ISR"), a(None, None, None), p)
    d = merge.decide(x, y)
    assert not d.merge and d.reasons["date"].startswith("rejected: 2 days apart")
    assert merge.decide(x, y, merge.MergeSettings(date_tolerance_days=2)).merge
    z = k("190", "19", "2024-05-01", "day", a("ISRMIL", None, "ISR"), a("PSE", None, "PSE"), p)
    assert merge.decide(x, z).merge
    assert not merge.decide(x, z, merge.MergeSettings(allow_unknown_actor=False)).merge
    json.dumps(merge.decide(x, z).explanation())
