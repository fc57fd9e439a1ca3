"""HTTP API over the sample store: every endpoint, its filters, paging and sorting, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hadath.store import query
from hadath.store.testing import BACKENDS, backend_db
from hadath.web import create_app
from hadath.web.sample import build_sample_store, sample_documents


@pytest.fixture(
    scope="module",
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS],
)
def client(request, tmp_path_factory):
    url, cleanup = backend_db(request.param, tmp_path_factory.mktemp("web"))
    build_sample_store(url)
    with TestClient(create_app(url)) as c:
        c.db = url
        yield c
    cleanup()


def ok(c, path, **params):
    r = c.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def test_events_all_and_page_shape(client):
    d = ok(client, "/api/events")
    assert d["total"] == 11 and len(d["items"]) == 11
    assert d["limit"] == 50 and d["offset"] == 0 and d["sort"] == "-day"
    days = [e["day"] for e in d["items"]]
    assert days == sorted(days, reverse=True)
    e = d["items"][0]
    assert {"id", "cameo", "cameo_root", "plover", "quad_class", "source", "target", "location"} <= set(e)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "ISRMIL"}, 5),  # source or target
        ({"source": "ISRMIL"}, 3),
        ({"target": "ISRMIL"}, 2),
        ({"actor": "hamas"}, 5),  # English name, any case
        ({"country": "LBN"}, 1),
        ({"country": "PS"}, 4),  # the location's country
        ({"root": "19"}, 3),
        ({"cameo": "19"}, 3),
        ({"plover": "assault"}, 4),
        ({"quad_class": 1}, 3),
        ({"since": "2024-05-05", "until": "2024-05-05"}, 3),
        ({"since": "2024-05-06"}, 2),
        ({"modality": "hypothetical"}, 1),
        ({"place": "gaza"}, 4),
        ({"min_confidence": 0.8}, 5),
        ({"actor": "ISRMIL", "root": "19", "place": "Gaza"}, 2),
    ],
)
def test_event_filters(client, params, expected):
    d = ok(client, "/api/events", **params)
    assert d["total"] == expected, params
    assert d["filter"] == {k: v for k, v in params.items()}
    # the API is the query layer: the same filters give the same events
    assert [e["id"] for e in d["items"]] == [e["id"] for e in query.find_events(client.db, params).items]


def test_event_paging_and_sorting(client):
    first = ok(client, "/api/events", limit=4, offset=0, sort="day")
    second = ok(client, "/api/events", limit=4, offset=4, sort="day")
    assert first["total"] == second["total"] == 11
    assert len(first["items"]) == len(second["items"]) == 4
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    assert first["items"][0]["day"] == "2024-05-01"
    conf = [e["confidence"] for e in ok(client, "/api/events", sort="-confidence")["items"]]
    assert conf == sorted(conf, reverse=True)
    last = ok(client, "/api/events", limit=4, offset=8, sort="day")
    assert len(last["items"]) == 3


def test_event_with_mentions_and_evidence(client):
    eid = ok(client, "/api/events", actor="QATGOV", cameo="040")["items"][0]["id"]
    e = ok(client, f"/api/events/{eid}")
    assert e["cameo"] == "040" and e["source"]["code"] == "EGYGOV" and e["target"]["code"] == "QATGOV"
    (m,) = e["mentions"]
    assert m["title"] == "وزير الخارجية المصري يلتقي رئيس الوزراء القطري"
    assert m["trigger"]["text"] == "التقى"
    assert m["evidence"].startswith("التقى وزير الخارجية المصري") and m["evidence"].endswith("غزة.")


def test_article_is_the_full_document(client):
    hits = ok(client, "/api/articles", q="الوساطة")
    assert hits["total"] == 1
    aid = hits["items"][0]["id"]
    a = ok(client, f"/api/articles/{aid}")
    doc = a["document"]
    given = next(d for d in sample_documents() if d["id"] == "s2")
    assert doc["schema"] == "hadath.document/1"
    for key in ("text", "entities", "events", "dates", "sentences"):
        assert doc[key] == given[key]
    assert [m["event_id"] for m in a["mentions"]] == a["event_ids"]
    assert ok(client, f"/api/articles/{aid}/document") == doc


def test_article_search_and_latest(client):
    d = ok(client, "/api/articles", q="غزة")
    assert d["total"] >= 3 and all("غزة" in (i["snippet"] + (i["title"] or "")) for i in d["items"])
    latest = ok(client, "/api/articles", limit=2)
    assert latest["total"] == 6 and [a["published"] for a in latest["items"]] == ["2024-05-07", "2024-05-06"]


def test_actors_list_and_summary(client):
    d = ok(client, "/api/actors")
    by = {a["actor"]: a for a in d["items"]}
    assert by["ISRMIL"]["events"] == 5 and by["ISRMIL"]["as_source"] == 3 and by["ISRMIL"]["as_target"] == 2
    assert by["ISRMIL"]["name_en"] == "Israeli military" and by["ISRMIL"]["country"] == "ISR"
    assert [a["events"] for a in d["items"]] == sorted((a["events"] for a in d["items"]), reverse=True)
    assert ok(client, "/api/actors", root="14")["total"] == 2  # YEMREB and USA, of the one protest
    s = ok(client, "/api/actors/ISRMIL")
    assert s["events"] == 5 and s["by_root"]["19"] == 3


def test_places_map_and_summary(client):
    d = ok(client, "/api/places")
    by = {p["name_en"]: p for p in d["items"]}
    assert by["Gaza"]["events"] == 4 and by["Gaza"]["conflict"] == 3 and by["Gaza"]["cooperation"] == 1
    m = ok(client, "/api/map")
    assert m["extra"] == {"events_located": 9, "events_total": 11}
    assert all(p["lat"] is not None and p["lon"] is not None for p in m["items"])
    assert ok(client, "/api/map", root="19")["extra"] == {"events_located": 3, "events_total": 3}
    s = ok(client, "/api/places/Gaza")
    assert s["events"] == 4 and s["locations"][0]["country"] == "PS"


def test_timeline(client):
    d = ok(client, "/api/stats/timeline", by="quad_class")
    assert d["by"] == "quad_class"
    assert sum(r["count"] for r in d["days"]) == 11
    assert {"day": "2024-05-05", "key": 4, "count": 1} in d["days"]
    plain = ok(client, "/api/stats/timeline", by="none", actor="ISRMIL")
    assert plain["by"] is None and sum(r["count"] for r in plain["days"]) == 5
    assert ok(client, "/api/stats/timeline", by="root")["days"] == query.counts_by_day(client.db, by="root")


def test_network(client):
    d = ok(client, "/api/network")
    edges = {(e["source"], e["target"]): e for e in d["edges"]}
    assert edges[("ISRMIL", "PSEREB")]["weight"] == 2 and edges[("ISRMIL", "PSEREB")]["conflict"] == 2
    assert edges[("EGYGOV", "QATGOV")]["cooperation"] == 2
    assert ok(client, "/api/network", min_weight=2)["edges"] == [e for e in d["edges"] if e["weight"] >= 2]
    assert len(ok(client, "/api/network", limit=1)["edges"]) == 1


def test_stats_and_index(client):
    s = ok(client, "/api/stats")
    assert s["articles"] == 6 and s["events"] == 11 and s["first_day"] == "2024-05-01"
    idx = ok(client, "/api")
    assert idx["stats"] == s and len(idx["latest_articles"]["items"]) == 6
    pages = {t["page"]: t["api"] for t in idx["twins"]}
    assert pages["/events"] == "/api/events" and pages["/timeline"] == "/api/stats/timeline"


def test_openapi_describes_the_api(client):
    spec = ok(client, "/openapi.json")
    paths = spec["paths"]
    for p in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/actors",
        "/api/places",
        "/api/stats/timeline",
        "/api/network",
        "/api/map",
        "/api/analyze",
    ):
        assert p in paths, p
    assert "post" in paths["/api/articles"] and "post" in paths["/api/analyze"]
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "country",
        "root",
        "plover",
        "since",
        "until",
        "modality",
        "place",
        "limit",
        "sort",
    } <= params
    assert not any(p.startswith(("/events", "/map")) for p in paths)  # pages are not API
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
