"""Query functions: event filters, paging and sorting, summaries, daily counts, actor network."""

from __future__ import annotations

import pytest

from hadath.errors import UsageError
from hadath.store.ingest import ingest_items
from hadath.store.query import (
    EventFilter,
    actor_network,
    actor_summary,
    article,
    counts_by_day,
    event,
    find_events,
    place_summary,
)
from hadath.store.testing import BACKENDS, backend_db, make_doc, make_event

CAIRO = ("Cairo", "EG", 30.06, 31.25)
GAZA = ("Gaza", "PS", 31.50, 34.47)

SPECS = [  # cameo, source, target, place, date, confidence, modality, plover
    ("042", ("EGYGOV", "EGY"), ("QATGOV", "QAT"), CAIRO, "2024-05-01", 0.9, "asserted", "CONSULT"),
    ("043", ("QATGOV", "QAT"), ("EGYGOV", "EGY"), CAIRO, "2024-05-02", 0.7, "asserted", "CONSULT"),
    ("190", ("ISRMIL", "ISR"), ("PSECVL", "PSE"), GAZA, "2024-05-02", 0.95, "asserted", "ASSAULT"),
    ("190", ("ISRMIL", "ISR"), ("PSECVL", "PSE"), GAZA, "2024-05-05", 0.6, "reported", "ASSAULT"),
    ("112", ("EGYGOV", "EGY"), ("ISRGOV", "ISR"), None, "2024-05-03", 0.5, "asserted", "ACCUSE"),
    ("036", ("USAGOV", "USA"), ("EGYGOV", "EGY"), None, "2024-05-04", 0.8, "hypothetical", "CONSULT"),
]


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    docs = []
    for i, (cameo, src, tgt, loc, date, conf, mod, plover) in enumerate(SPECS):
        text = f"خبر رقم {i} عن حدث مهم وقع في المنطقة اليوم بحسب ما أفادت به المصادر المطلعة على الأمر"
        ev = make_event(
            cameo,
            source=src,
            target=tgt,
            location=loc,
            date=date,
            confidence=conf,
            modality=mod,
            plover=plover,
            goldstein=-10.0 if cameo == "190" else 1.0,
            trigger=(0, 3),
            sentence=(0, len(text)),
            text=text,
        )
        docs.append(make_doc(f"q{i}", text, url=f"http://q.test/{i}", source=f"s{i % 2}", events=[ev]))
    ingest_items(docs, url)
    yield url
    cleanup()


def _cameos(page):
    return [e["cameo"] for e in page.items]


def test_filters(db):
    assert find_events(db).total == 6
    assert find_events(db, actor="EGY").total == 4  # code prefix, source or target
    assert find_events(db, actor="egyGOV").total == 4
    assert find_events(db, source="ISR").total == 2
    assert find_events(db, target="ISR").total == 1
    assert find_events(db, country="QAT").total == 2
    assert find_events(db, country="PS").total == 2  # location country
    assert _cameos(find_events(db, cameo="04", sort="day")) == ["042", "043"]
    assert find_events(db, root="19").total == 2
    assert find_events(db, root=19).total == 2
    assert find_events(db, plover="assault").total == 2
    assert find_events(db, quad_class=4).total == 2
    assert find_events(db, since="2024-05-02", until="2024-05-03").total == 3
    assert find_events(db, since="2024-05").total == 6 and find_events(db, until="2024-04").total == 0
    assert find_events(db, place="gaz").total == 2
    assert find_events(db, modality="hypothetical").total == 1
    assert find_events(db, min_confidence=0.8).total == 3
    assert find_events(db, EventFilter(actor="EGY", min_confidence=0.8)).total == 2
    assert find_events(db, {"actor": "EGY"}, root="11").total == 1


def test_wildcards_in_filters_are_literal(db):
    assert find_events(db, actor="%").total == 0
    assert find_events(db, place="_").total == 0


def test_paging_and_sorting(db):
    by_day = find_events(db, sort="day", limit=4)
    assert [e["day"] for e in by_day.items] == ["2024-05-01", "2024-05-02", "2024-05-02", "2024-05-03"]
    rest = find_events(db, sort="day", limit=4, offset=4)
    assert rest.total == 6 and len(rest.items) == 2
    assert not {e["id"] for e in by_day.items} & {e["id"] for e in rest.items}
    top = find_events(db, sort="-confidence", limit=1).items[0]
    assert (
        top["confidence"] == 0.95
        and top["source"]["code"] == "ISRMIL"
        and top["location"]["name_en"] == "Gaza"
    )
    with pytest.raises(UsageError):
        find_events(db, sort="colour")
    with pytest.raises(UsageError):
        find_events(db, limit=0)
    with pytest.raises(UsageError):
        find_events(db, since="May")
    with pytest.raises(UsageError):
        find_events(db, colour="red")


def test_event_and_article_by_id(db):
    e = find_events(db, cameo="036").items[0]
    full = event(db, e["id"])
    assert full["num_mentions"] == 1 and len(full["mentions"]) == 1
    m = full["mentions"][0]
    assert (
        m["url"] == "http://q.test/5" and m["evidence"].startswith("خبر رقم 5") and m["trigger"]["start"] == 0
    )
    art = article(db, m["article_id"])
    assert art["document"]["schema"] == "hadath.document/1" and art["document"]["id"] == "q5"
    assert art["event_ids"] == [e["id"]]
    assert event(db, 10_000) is None and article(db, 10_000) is None


def test_actor_and_place_summaries(db):
    s = actor_summary(db, "EGYGOV")
    assert (s["events"], s["as_source"], s["as_target"]) == (4, 2, 2)
    assert s["first_day"] == "2024-05-01" and s["last_day"] == "2024-05-04"
    assert {p["actor"] for p in s["partners"]} == {"QATGOV", "ISRGOV", "USAGOV"}
    p = place_summary(db, "gaza")
    assert p["events"] == 2 and p["locations"][0]["country"] == "PS" and p["by_root"] == {"19": 2}


def test_counts_by_day(db):
    total = counts_by_day(db)
    assert [(r["day"], r["count"]) for r in total] == [
        ("2024-05-01", 1),
        ("2024-05-02", 2),
        ("2024-05-03", 1),
        ("2024-05-04", 1),
        ("2024-05-05", 1),
    ]
    by_quad = counts_by_day(db, by="quad_class", since="2024-05-03")
    assert [(r["day"], r["key"], r["count"]) for r in by_quad] == [
        ("2024-05-03", 3, 1),
        ("2024-05-04", 1, 1),
        ("2024-05-05", 4, 1),
    ]
    by_root = counts_by_day(db, by="root", actor="ISR")
    assert {(r["day"], r["key"]) for r in by_root} == {
        ("2024-05-02", "19"),
        ("2024-05-05", "19"),
        ("2024-05-03", "11"),
    }
    with pytest.raises(UsageError):
        counts_by_day(db, by="colour")


def test_actor_network(db):
    edges = actor_network(db)
    top = edges[0]
    assert (top["source"], top["target"], top["weight"], top["conflict"], top["cooperation"]) == (
        "ISRMIL",
        "PSECVL",
        2,
        2,
        0,
    )
    assert top["goldstein_mean"] == -10.0
    coop = {(e["source"], e["target"]): e for e in edges}
    assert coop[("EGYGOV", "QATGOV")]["cooperation"] == 1
    assert len(actor_network(db, min_weight=2)) == 1
    assert len(actor_network(db, actor="USA")) == 1
