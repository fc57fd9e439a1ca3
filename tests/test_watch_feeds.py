"""watch polls feeds served from 127.0.0.1: new items only, conditional requests, pages for
summary-only feeds, exponential back-off on a failing feed without stopping the others."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlalchemy as sa

from hadath.errors import UsageError
from hadath.store import open_store
from hadath.store.query import article, stats
from hadath.store.schema import feeds
from hadath.store.testing import BACKENDS, FakeAnalyzer, backend_db
from hadath.watch import parse_interval, read_feed_list, watch

BODY = (
    "أعلنت وزارة الصحة في بيان رسمي اليوم عن افتتاح مستشفى جديد في العاصمة يضم مئتي سرير "
    "ووحدات متخصصة لعلاج الأمراض المزمنة، وقال الوزير إن المشروع يأتي ضمن خطة لتطوير الخدمات "
    "الصحية في جميع المحافظات خلال السنوات الثلاث المقبلة بتمويل حكومي كامل. "
)


def _rss(items: list[tuple[str, str, str, bool]]) -> bytes:
    """items: (guid, title, text, full) -- full items carry content:encoded, the others a summary."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
        "<title>وكالة الاختبار</title><link>http://127.0.0.1/</link><description>x</description>",
    ]
    for guid, title, text, full in items:
        out.append(
            f"<item><guid>{guid}</guid><title>{title}</title><link>{{base}}/page/{guid}</link>"
            "<pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>"
        )
        if full:
            out.append(f"<content:encoded><![CDATA[<p>{text}</p><p>{BODY}</p>]]></content:encoded>")
        else:
            out.append(f"<description>{text[:60]}</description>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def _page(title: str, text: str) -> bytes:
    return (
        f'<html lang="ar" dir="rtl"><head><title>{title}</title></head><body><nav>الرئيسية | أخبار</nav>'
        f"<article><h1>{title}</h1><p>{text}</p><p>{BODY}</p><p>{BODY[::-1][:40]} وأضاف المصدر أن العمل "
        "سيبدأ الشهر المقبل.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"
    ).encode()


class Site:
    """Routes: path -> (status, body, etag). Counts requests and conditional hits."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, str | None]] = {}
        self.hits: dict[str, int] = {}
        self.not_modified = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                status, body, etag = site.routes.get(self.path, (404, b"not found", None))
                if etag and self.headers.get("If-None-Match") == etag:
                    site.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(status)
                ctype = "application/rss+xml" if self.path.startswith("/feed") else "text/html; charset=utf-8"
                self.send_header("Content-Type", ctype)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def feed(self, path: str, items: list[tuple[str, str, str, bool]], etag: str | None = None) -> str:
        self.routes[path] = (200, _rss(items).replace(b"{base}", self.base.encode()), etag)
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


ITEMS = [
    ("a1", "افتتاح مستشفى جديد", "افتتح وزير الصحة اليوم مستشفى جديدا في العاصمة", True),
    ("a2", "خطة لتطوير الخدمات", "كشفت الحكومة عن خطة شاملة لتطوير الخدمات العامة", True),
]


def _feed_row(db, url):
    with open_store(db) as store, store.connect() as c:
        return c.execute(sa.select(feeds).where(feeds.c.url == url)).one()._mapping


def test_new_items_only_and_conditional_requests(db, site, caplog):
    url = site.feed("/feed1.xml", ITEMS, etag='"v1"')
    with caplog.at_level(logging.INFO, logger="hadath.watch"):
        polls = watch([url], "15m", db, once=True, analyze=FakeAnalyzer())
    assert [(p.status, p.items, p.new) for p in polls] == [("ok", 2, 2)]
    assert any(r.getMessage().startswith(f"poll {url} ok http=200 items=2 new=2") for r in caplog.records)
    row = _feed_row(db, url)
    assert row["etag"] == '"v1"' and row["failures"] == 0 and row["n_items"] == 2

    polls = watch([url], "15m", db, once=True, analyze=FakeAnalyzer())
    assert polls[0].status == "not-modified" and site.not_modified == 1

    # a new item appears (new ETag): only it is stored
    site.feed(
        "/feed1.xml",
        [*ITEMS, ("a3", "حريق في مصنع", "اندلع حريق كبير في مصنع للنسيج شمال المدينة", True)],
        etag='"v2"',
    )
    polls = watch([url], "15m", db, once=True, analyze=FakeAnalyzer())
    assert (polls[0].items, polls[0].new, polls[0].duplicates) == (3, 1, 0)
    assert stats(db)["articles"] == 3
    with open_store(db) as store, store.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM feed_items")).scalar_one() == 3
        kinds = c.execute(sa.text("SELECT kind, status FROM runs ORDER BY id")).all()
    assert kinds == [("watch", "finished")] * 3


def test_summary_only_feed_fetches_the_article_pages(db, site):
    items = [
        ("s1", "افتتاح مستشفى جديد", "افتتح وزير الصحة اليوم مستشفى جديدا في العاصمة وسط حضور رسمي", False)
    ]
    url = site.feed("/feed2.xml", items)
    site.routes["/page/s1"] = (
        200,
        _page("افتتاح مستشفى جديد", "افتتح وزير الصحة اليوم مستشفى جديدا في العاصمة"),
        None,
    )
    polls = watch([url], 60, db, once=True, analyze=FakeAnalyzer())
    assert polls[0].new == 1 and site.hits["/page/s1"] == 1
    doc = article(db, 1)["document"]
    assert "مئتي سرير" in doc["text"]  # from the page, not the summary
    assert "جميع الحقوق محفوظة" not in doc["text"]  # boilerplate left out
    assert doc["url"] == site.base + "/page/s1" and doc["source"] == "وكالة الاختبار"


def test_unfetchable_page_is_retried_at_the_next_poll(db, site):
    items = [("p1", "خبر", "نص قصير", False)]
    url = site.feed("/feed3.xml", items)
    site.routes["/page/p1"] = (503, b"busy", None)
    polls = watch([url], 60, db, once=True, analyze=FakeAnalyzer())
    assert (polls[0].status, polls[0].new, polls[0].errors) == ("ok", 0, 1)
    site.routes["/page/p1"] = (200, _page("خبر عاجل", "افتتح وزير الصحة اليوم مستشفى جديدا في العاصمة"), None)
    polls = watch([url], 60, db, once=True, analyze=FakeAnalyzer())
    assert polls[0].new == 1 and site.hits["/page/p1"] == 2


def test_failing_feed_backs_off_without_stopping_the_others(db, site):
    good = site.feed("/good.xml", ITEMS)
    bad = site.base + "/broken.xml"
    site.routes["/broken.xml"] = (500, b"oops", None)
    before = datetime.now(UTC)
    polls = watch([bad, good], "10m", db, once=True, analyze=FakeAnalyzer())
    assert [(p.url, p.status) for p in polls] == [(bad, "error"), (good, "ok")]
    assert polls[1].new == 2 and "HTTP 500" in polls[0].message
    row = _feed_row(db, bad)
    nxt = (
        row["next_poll_at"].replace(tzinfo=UTC) if row["next_poll_at"].tzinfo is None else row["next_poll_at"]
    )
    assert row["failures"] == 1 and 1190 <= (nxt - before).total_seconds() <= 1210  # 10m * 2**1

    polls = watch([bad, good], "10m", db, once=True, analyze=FakeAnalyzer())
    assert polls[0].status == "backoff" and polls[1].status == "ok"
    assert site.hits["/broken.xml"] == 1  # not asked again while backing off

    # when it is due again and still failing, the delay doubles
    with open_store(db) as store, store.begin() as c:
        c.execute(sa.update(feeds).where(feeds.c.url == bad).values(next_poll_at=before))
    watch([bad, good], "10m", db, once=True, analyze=FakeAnalyzer())
    assert _feed_row(db, bad)["failures"] == 2
    # a feed that is not XML at all fails the same way
    site.routes["/broken.xml"] = (200, b"<html><p>not a feed", None)
    with open_store(db) as store, store.begin() as c:
        c.execute(sa.update(feeds).where(feeds.c.url == bad).values(next_poll_at=before))
    polls = watch([bad], "10m", db, once=True, analyze=FakeAnalyzer())
    assert polls[0].status == "error" and "RSS/Atom" in polls[0].message


def test_loop_sleeps_between_rounds(db, site):
    url = site.feed("/feed4.xml", ITEMS)
    slept: list[float] = []
    rounds: list[int] = []
    watch(
        [url],
        "30s",
        db,
        analyze=FakeAnalyzer(),
        max_rounds=3,
        sleep=slept.append,
        on_round=lambda polls: rounds.append(polls[0].new),
    )
    assert rounds == [2, 0, 0] and len(slept) == 2 and all(1 <= s <= 30 for s in slept)


def test_intervals_and_feed_lists(tmp_path):
    assert parse_interval("15m") == 900 and parse_interval("2h") == 7200 and parse_interval("45") == 45
    assert parse_interval(1.5) == 1.5
    with pytest.raises(UsageError):
        parse_interval("soon")
    with pytest.raises(UsageError):
        parse_interval("0s")
    f = tmp_path / "feeds.txt"
    f.write_text(
        "# news\nhttp://a.test/rss\n\nhttps://b.test/atom  # second\nhttp://a.test/rss\n", encoding="utf-8"
    )
    assert read_feed_list(str(f)) == ["http://a.test/rss", "https://b.test/atom"]
    assert read_feed_list(["http://c.test/x", str(f)])[0] == "http://c.test/x"
    with pytest.raises(UsageError):
        read_feed_list(str(tmp_path / "missing.txt"))
