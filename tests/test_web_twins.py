"""Every page has a JSON twin over the same function: same parameters, same data, linked from the page."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from hadath.web import create_app
from hadath.web.sample import build_sample_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_sample_store(path)
    with TestClient(create_app(path)) as c:
        yield c


def concrete(c, path: str) -> str:
    """A page path with its parameters filled from the sample store."""
    ev = c.get("/api/events", params={"limit": 1}).json()["items"][0]
    art = c.get("/api/articles", params={"limit": 1}).json()["items"][0]
    return (
        path.replace("{event_id}", str(ev["id"]))
        .replace("{article_id}", str(art["id"]))
        .replace("{actor}", "ISRMIL")
        .replace("{place}", "Gaza")
    )


def twins(c):
    return c.get("/api").json()["twins"]


def test_every_page_is_rtl_arabic_and_links_its_twin(client):
    pairs = twins(client)
    assert {t["page"] for t in pairs} >= {
        "/",
        "/events",
        "/events/{event_id}",
        "/articles",
        "/articles/{article_id}",
        "/actors",
        "/actors/{actor}",
        "/places",
        "/places/{place}",
        "/map",
        "/timeline",
        "/network",
    }
    for t in pairs:
        page = concrete(client, t["page"])
        r = client.get(page, params={"limit": 5} if t["page"] in ("/events", "/actors", "/places") else None)
        assert r.status_code == 200, (page, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        assert '<html lang="ar" dir="rtl">' in r.text
        m = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', r.text)
        assert m, page
        api = m.group(1).replace("&amp;", "&")
        assert api.split("?")[0] == concrete(client, t["api"])
        j = client.get(api)
        assert j.status_code == 200 and j.headers["content-type"].startswith("application/json"), api


@pytest.mark.parametrize(
    "params", [{"actor": "ISRMIL"}, {"root": "19", "sort": "day"}, {"place": "Gaza", "limit": 2, "offset": 1}]
)
def test_events_page_shows_what_its_twin_returns(client, params):
    api = client.get("/api/events", params=params).json()
    html = client.get("/events", params=params).text
    shown = [int(x) for x in re.findall(r'href="/events/(\d+)"', html)]
    assert shown == [e["id"] for e in api["items"]]
    assert f"{api['total']:,} نتيجة" in html


def test_pages_and_twins_refuse_the_same_parameters(client):
    for page, api in (("/events", "/api/events"), ("/map", "/api/map"), ("/timeline", "/api/stats/timeline")):
        assert client.get(page, params={"actr": "x"}).status_code == 400
        assert client.get(api, params={"actr": "x"}).status_code == 400
        assert client.get(page, params={"quad_class": 7}).status_code == 400
        assert client.get(api, params={"quad_class": 7}).status_code == 400


def test_map_timeline_network_draw_their_twins_data(client):
    m = client.get("/api/map").json()
    html = client.get("/map").text
    assert html.count('<circle class="dot"') == len(m["items"])
    t = client.get("/api/stats/timeline", params={"by": "root"}).json()
    html = client.get("/timeline", params={"by": "root"}).text
    assert html.count('<rect class="tbar"') == len(t["days"])
    n = client.get("/api/network").json()
    html = client.get("/network").text
    assert html.count('<tr>\n      <td><a href="/actors/') == len(n["edges"])


def test_article_page_highlights_the_documents_spans(client):
    aid = client.get("/api/articles", params={"q": "الوساطة"}).json()["items"][0]["id"]
    a = client.get(f"/api/articles/{aid}").json()
    html = client.get(f"/articles/{aid}").text
    for ent in a["document"]["entities"]:
        assert f"ent-{ent['type']}" in html
        assert (ent["actor"] or ent["place"])["name_en"] in html  # in its tooltip and the entity table
    for i, _ in enumerate(a["document"]["events"]):
        assert f'data-show="e{i}"' in html
    assert html.count('href="/events/') == len(set(a["event_ids"]))  # each event links to its merged event
