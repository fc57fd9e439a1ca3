"""Errors: typed errors become clear JSON under /api ({"error": {"type", "message"}}) and Arabic pages elsewhere."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hadath.errors import ModelError, StoreError, UsageError
from hadath.web import create_app
from hadath.web.app import status_of
from hadath.web.sample import build_sample_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_sample_store(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def error(r, status, kind=None):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and {"type", "message"} <= set(body["error"])
    assert body["error"]["message"]
    if kind:
        assert body["error"]["type"] == kind
    return body["error"]


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("/api/events?actr=ISR", "unknown parameter 'actr'"),
        ("/api/events?quad_class=9", "quad_class"),
        ("/api/events?quad_class=two", "quad_class"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=5000", "limit"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?min_confidence=high", "min_confidence"),
        ("/api/stats/timeline?by=month", "by"),
        ("/api/articles/abc", "article_id"),
    ],
)
def test_bad_parameters_are_400(client, path, fragment):
    e = error(client.get(path), 400, "UsageError")
    assert fragment in e["message"]


def test_query_layer_refusals_are_400(client):
    e = error(client.get("/api/events", params={"sort": "colour"}), 400, "UsageError")
    assert "cannot sort events by 'colour'" in e["message"] and "day" in e["hint"]
    e = error(client.get("/api/events", params={"since": "yesterday"}), 400, "UsageError")
    assert "not a date" in e["message"]
    e = error(client.get("/api/articles", params={"q": "..."}), 400, "UsageError")
    assert "no words" in e["message"]


def test_empty_values_mean_unset(client):
    # what an HTML form sends for untouched fields
    r = client.get("/api/events?actor=&root=&quad_class=&since=&limit=")
    assert r.status_code == 200 and r.json()["total"] == 11 and r.json()["limit"] == 50


@pytest.mark.parametrize(
    "path", ["/api/events/9999", "/api/articles/9999", "/api/actors/NOBODY", "/api/places/Atlantis"]
)
def test_missing_things_are_404(client, path):
    e = error(client.get(path), 404, "NotFoundError")
    assert e["hint"]


def test_unknown_endpoint_and_method(client):
    e = error(client.get("/api/nothing-here"), 404, "NotFound")
    assert "/api/nothing-here" in e["message"]
    error(client.delete("/api/events"), 405, "MethodNotAllowed")
    error(client.get("/api/analyze"), 405, "MethodNotAllowed")


def test_pages_show_errors_as_arabic_html(client):
    r = client.get("/events/9999")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text and "no event 9999" in r.text
    r = client.get("/events?quad_class=9")
    assert r.status_code == 400 and "quad_class" in r.text and 'dir="rtl"' in r.text
    r = client.get("/no-such-page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_internal_errors_are_500_json_without_details(db):
    def broken(doc):
        raise RuntimeError("secret internal detail")

    with TestClient(create_app(db, analyzer=broken), raise_server_exceptions=False) as c:
        e = error(
            c.post("/api/analyze", json={"text": "قصف الجيش مواقع في غزة أمس وقالت المصادر إن القصف استمر"}),
            500,
            "InternalError",
        )
        assert "secret" not in e["message"] and "RuntimeError" in e["message"]


def test_pipeline_errors_are_503(db):
    def no_model(doc):
        raise ModelError("the NER model is missing", hint="reinstall hadath")

    with TestClient(create_app(db, analyzer=no_model)) as c:
        e = error(
            c.post("/api/analyze", json={"text": "قصف الجيش مواقع في غزة أمس وقالت المصادر إن القصف استمر"}),
            503,
            "ModelError",
        )
        assert e["hint"] == "reinstall hadath"


def test_status_of_typed_errors():
    assert status_of(UsageError("x")) == 400
    assert status_of(StoreError("x")) == 503


def test_bad_store_is_a_store_error(tmp_path):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        create_app(bad)


def test_empty_token_is_refused(db):
    with pytest.raises(UsageError):
        create_app(db, token="  ")
