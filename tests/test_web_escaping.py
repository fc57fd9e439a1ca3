"""Article text, titles, sources, reasons and URLs are escaped on every page; markup never becomes markup."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from hadath.store.ingest import ingest_items
from hadath.store.testing import make_doc, make_event
from hadath.web import create_app
from hadath.web.sample import XSS, build_sample_store

EVIL_ACTOR = "</script><script>window.__pwned=4</script>"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_sample_store(path)
    text = f"قصف {EVIL_ACTOR} مواقع في المدينة اليوم بحسب ما أفادت به مصادر محلية متعددة"
    ev = make_event(
        "190",
        source=(EVIL_ACTOR, "X'Y"),
        target=("PSE", "PSE"),
        location=('Town"><img src=x onerror=alert(1)>', "PS", 31.5, 34.4),
        date="2024-05-08",
        trigger=(0, 3),
        sentence=(0, len(text)),
        text=text,
    )
    ingest_items([make_doc("evil-actor", text, title="x", url="https://e.test/7", events=[ev])], path)
    with TestClient(create_app(path)) as c:
        yield c


def xss_article_id(c):
    return c.get("/api/articles", params={"q": "تقرير دمشق"}).json()["items"][0]["id"]


class Tags(HTMLParser):
    """Every element and attribute of a page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    """No markup from the data: no injected elements, handlers or javascript: links; only escaped text."""
    p = Tags()
    p.feed(html)
    assert p.tags, "the page has elements"
    for tag, attrs in p.tags:
        assert tag not in ("img", "iframe", "object", "embed"), (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for a in ("href", "src", "action"):
            assert not (attrs.get(a) or "").strip().lower().startswith("javascript:"), (tag, attrs)
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/") or attrs.get(
                "type"
            ) == "application/json", attrs


def test_article_page_escapes_everything(client):
    aid = xss_article_id(client)
    r = client.get(f"/articles/{aid}")
    assert r.status_code == 200
    assert_inert(r.text)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in r.text  # shown as text
    assert (
        "onerror=&#34;window.__pwned = 2&#34;" in r.text or "onerror=&quot;window.__pwned = 2&quot;" in r.text
    )
    assert 'href="javascript:' not in r.text  # the article's javascript: URL is not a link
    assert "javascript:window.__pwned=3" in r.text  # but is shown


@pytest.mark.parametrize(
    "page", ["/", "/articles", "/events", "/actors", "/places", "/map", "/network", "/timeline"]
)
def test_list_pages_are_inert(client, page):
    r = client.get(page)
    assert r.status_code == 200
    assert_inert(r.text)


def test_event_and_search_pages_are_inert(client):
    aid = xss_article_id(client)
    eid = client.get(f"/api/articles/{aid}").json()["event_ids"][0]
    r = client.get(f"/events/{eid}")
    assert_inert(r.text)
    assert "&lt;script&gt;" in r.text
    r = client.get("/articles", params={"q": "دمشق"})
    assert_inert(r.text)
    assert "&lt;img src=x" in r.text


def test_json_embedded_in_a_page_cannot_close_its_script(client):
    r = client.get("/network")
    m = re.search(r'<script type="application/json" id="network-data">(.*?)</script>', r.text, re.S)
    assert m, "the network page embeds its data"
    data = json.loads(m.group(1))
    assert EVIL_ACTOR in {e["source"] for e in data["edges"]}  # the data survives intact ...
    assert "</script" not in m.group(1)  # ... and cannot end the script element


def test_api_returns_data_verbatim_as_json(client):
    aid = xss_article_id(client)
    r = client.get(f"/api/articles/{aid}")
    assert r.headers["content-type"].startswith("application/json")
    assert XSS in r.json()["document"]["text"]


def test_security_headers(client):
    for path in ("/", "/api/events", "/static/hadath.js"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "object-src 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
