"""Writes need the token; analysis does not store; request bodies have a size limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hadath.store import query
from hadath.store.testing import make_event
from hadath.web import create_app
from hadath.web.sample import build_sample_store

TOKEN = "s3cret-token"
TEXT = "اجتمع وزير الخارجية المصري مع نظيره القطري في القاهرة اليوم لبحث التهدئة في غزة ووقف إطلاق النار"


class Coder:
    """Stands in for the pipeline: one consultation event on the first word."""

    def __init__(self):
        self.calls = 0

    def __call__(self, doc):
        from hadath.doc.serialize import to_json

        self.calls += 1
        d = to_json(doc)
        d["events"] = [
            make_event(
                "040",
                source=("EGYGOV", "EGY"),
                target=("QATGOV", "QAT"),
                date="2024-06-01",
                trigger=(0, 5),
                sentence=(0, len(d["text"])),
                text=d["text"],
            )
        ]
        return d


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "web.db"
    build_sample_store(path)
    return path


def client(db, **kw):
    return TestClient(create_app(db, analyzer=Coder(), **kw))


def err(r, status):
    assert r.status_code == status, r.text
    return r.json()["error"]


def test_read_only_by_default(db):
    with client(db) as c:
        e = err(c.post("/api/articles", json={"text": TEXT}), 403)
        assert e["type"] == "AuthError" and "read-only" in e["message"] and "--token" in e["hint"]
        e = err(
            c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer anything"}), 403
        )
    assert query.stats(db)["articles"] == 6


def test_token_required_and_checked(db):
    with client(db, token=TOKEN) as c:
        r = c.post("/api/articles", json={"text": TEXT})
        assert err(r, 401)["type"] == "AuthError" and r.headers["www-authenticate"] == "Bearer"
        assert err(
            c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer wrong"}), 403
        )
        assert err(
            c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": f"Basic {TOKEN}"}), 401
        )
    assert query.stats(db)["articles"] == 6


def test_post_article_analyzes_and_stores(db):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = {
        "text": TEXT,
        "title": "لقاء في القاهرة",
        "url": "https://example.org/new",
        "published": "2024-06-01",
    }
    with client(db, token=TOKEN) as c:
        r = c.post("/api/articles", json=body, headers=auth)
        assert r.status_code == 201, r.text
        got = r.json()
        assert got["stored"] is True and got["duplicate"] is False and got["events_new"] == 1
        a = c.get(got["url"]).json()
        assert a["url"] == "https://example.org/new" and a["title"] == "لقاء في القاهرة"
        assert a["document"]["text"].endswith(TEXT) and a["document"]["events"][0]["cameo"] == "040"
        assert c.get("/api/events", params={"since": "2024-06-01"}).json()["total"] == 1
        again = c.post("/api/articles", json=body, headers=auth)
        assert (
            again.status_code == 200 and again.json()["stored"] is False and again.json()["duplicate"] is True
        )
        assert again.json()["article_id"] == got["article_id"]
    assert query.stats(db)["articles"] == 7


def test_analyze_returns_the_document_and_stores_nothing(db):
    with client(db) as c:
        r = c.post("/api/analyze", json={"text": TEXT, "title": "عنوان", "published": "2024-06-01"})
        assert r.status_code == 200, r.text
        d = r.json()
        assert d["schema"] == "hadath.document/1" and d["title"] == "عنوان" and d["text"].endswith(TEXT)
        assert d["events"][0]["trigger"]["text"] == d["text"][0:5]
    assert query.stats(db)["articles"] == 6


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        (
            {"text": "This article is written in English and nothing else, so it is refused."},
            422,
            "NotArabicError",
        ),
        ({"text": ""}, 400, "UsageError"),
        ({"title": "بلا نص"}, 400, "UsageError"),
        ({"text": TEXT, "colour": "red"}, 400, "UsageError"),
        ({"text": TEXT, "published": "not a date"}, 422, None),
    ],
)
def test_bad_articles(db, body, status, kind):
    with client(db) as c:
        e = err(c.post("/api/analyze", json=body), status)
        if kind:
            assert e["type"] == kind


def test_not_json_is_400(db):
    with client(db) as c:
        r = c.post("/api/analyze", content=b"{not json", headers={"Content-Type": "application/json"})
        assert err(r, 400)["type"] == "UsageError"


def test_body_size_limit(db):
    big = {"text": TEXT * 50}
    with client(db, token=TOKEN, max_body_bytes=2000) as c:
        e = err(c.post("/api/analyze", json=big), 413)
        assert e["type"] == "RequestTooLarge" and "2000" in e["message"]
        e = err(c.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"}), 413)

        def chunks():  # no Content-Length: the limit still holds while reading
            for _ in range(10):
                yield b'{"text": "' + "غزة ".encode() * 100

        e = err(c.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"}), 413)
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 200
    assert query.stats(db)["articles"] == 6
