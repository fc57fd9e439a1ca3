"""End to end in Debian's headless Chromium: `hadath serve` on 127.0.0.1, every page right to left, filters,
an article with its highlights and tooltips, the map, timeline and network, the analysis page, and markup in
articles that never runs.

Screenshots go to $HADATH_SCREENSHOTS_DIR (docs/screenshots/ for the committed ones) or a temporary folder;
$HADATH_WEB_DB points the screenshots at another store (the demo store built from the shared corpus):

    HADATH_WEB_DB=/tmp/demo.db HADATH_SCREENSHOTS_DIR=docs/screenshots python -m pytest -m browser tests/test_web_browser.py
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from hadath.web.highlight import segments
from hadath.web.sample import XSS, build_sample_store, sample_documents

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = ["/", "/events", "/articles", "/actors", "/places", "/map", "/timeline", "/network", "/analyze"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_command() -> list[str]:
    """`hadath serve` when the CLI has it, else the same command from hadath.web."""
    probe = subprocess.run(
        [sys.executable, "-m", "hadath", "serve", "--help"], capture_output=True, text=True, timeout=60
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "hadath", "serve"]
    return [sys.executable, "-m", "hadath.web", "serve"]


class Server:
    def __init__(self, db: Path | str, log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        cmd = [*_serve_command(), "--db", str(db), "--host", "127.0.0.1", "--port", str(self.port)]
        env = {k: v for k, v in os.environ.items() if k != "HADATH_API_TOKEN"}
        self.proc = subprocess.Popen(cmd, stdout=open(log, "wb"), stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/stats", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)

    def api(self, path: str) -> dict:
        with urllib.request.urlopen(self.url + path, timeout=30) as r:
            return json.loads(r.read())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright Python package (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(browser, tmp_path_factory):
    d = tmp_path_factory.mktemp("web-browser")
    db = d / "sample.db"
    build_sample_store(db)
    s = Server(db, d / "server.log")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def shots_server(browser, server, tmp_path_factory):
    db = os.environ.get("HADATH_WEB_DB")
    if not db:
        yield server
        return
    s = Server(db, tmp_path_factory.mktemp("web-shots") / "server.log")
    yield s
    s.stop()


class Watch:
    """A page that records console errors, page errors, dialogs and every request's URL."""

    def __init__(self, browser, base: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def go(self, path: str):
        r = self.page.goto(self.base + path)
        assert r is not None and r.status == 200, path
        self.page.wait_for_load_state("networkidle")
        return self.page

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def watch(browser, server):
    w = Watch(browser, server.url)
    yield w
    w.close()


ARABIC = "وقالت المصادر إن الاجتماع تناول سبل التهدئة وتبادل الأسرى وفتح المعابر أمام المساعدات الإنسانية."


def submit_analysis(page) -> None:
    """Submit the analysis form and wait for POST /api/analyze to answer and the result to be drawn."""
    with page.expect_response(lambda r: r.url.endswith("/api/analyze"), timeout=180_000) as resp:
        page.click("#a-submit")
    assert resp.value.status == 200, page.locator("#a-status").inner_text()
    page.locator("#a-result").wait_for(state="visible", timeout=10_000)


def assert_rtl(page) -> None:
    got = page.evaluate(
        """() => ({
            dir: document.documentElement.getAttribute('dir'),
            lang: document.documentElement.getAttribute('lang'),
            body: getComputedStyle(document.body).direction,
            main: getComputedStyle(document.querySelector('main')).direction,
            brand: document.querySelector('.brand').getBoundingClientRect().left,
            width: document.documentElement.clientWidth,
        })"""
    )
    assert got["dir"] == "rtl" and got["lang"] == "ar"
    assert got["body"] == "rtl" and got["main"] == "rtl"
    assert got["brand"] > got["width"] / 2  # the header starts on the right


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_right_to_left_from_local_assets_only(watch, server, path):
    page = watch.go(path)
    assert_rtl(page)
    assert page.locator("h1").inner_text().strip()
    assert not watch.errors, watch.errors
    outside = [u for u in watch.requests if not u.startswith(server.url) and not u.startswith("data:")]
    assert not outside, outside


def test_filter_the_events_table(watch, server):
    page = watch.go("/events")
    page.fill("input[name=actor]", "ISRMIL")
    page.select_option("select[name=root]", "19")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert page.url.endswith("/events?actor=ISRMIL&root=19")  # only the filters that are set
    expected = server.api("/api/events?actor=ISRMIL&root=19")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == expected["total"] == 3
    for i in range(rows.count()):
        text = rows.nth(i).inner_text()
        assert "ISRMIL" in text and "190" in text
    assert page.input_value("input[name=actor]") == "ISRMIL"  # the form keeps the filter
    with page.expect_navigation():
        page.select_option("select[name=sort]", "day")  # sorting keeps the filters
    assert "sort=day" in page.url and "actor=ISRMIL" in page.url
    days = page.locator("table.events tbody td.day").all_inner_texts()
    assert days == sorted(days)


def test_open_an_article_from_an_event(watch, server):
    page = watch.go("/events?actor=QATGOV&cameo=040")
    page.click("table.events tbody tr >> text=الدليل")
    page.wait_for_load_state("networkidle")
    assert "/events/" in page.url
    assert page.locator("blockquote.evidence mark.trig").inner_text() == "التقى"
    page.click("ol.mentions .meta a")
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url
    assert_rtl(page)
    doc_text = page.locator("#doc-text")
    ents = doc_text.locator(".seg.ent")
    assert ents.count() >= 4
    colours = {
        page.evaluate("t => getComputedStyle(document.querySelector('#doc-text .ent-' + t)).color", t)
        for t in ("PER", "ORG", "GPE", "LOC")
        if doc_text.locator(f".ent-{t}").count()
    }
    assert len(colours) >= 2  # a colour per type
    assert page.locator("ul.legend li").count() >= 8
    # hovering an entity shows the resolved actor and the reason
    doc_text.locator(".seg.ent-ORG.resolved").first.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "فاعل:" in tip.inner_text() and "السبب" in tip.inner_text()
    page.mouse.move(5, 5)
    tip.wait_for(state="hidden")
    doc_text.locator(".seg.ent.resolved", has_text="القاهرة").first.hover()
    assert "مكان: Cairo" in tip.inner_text()
    # the events table points at each event's evidence
    page.click("button[data-show=e1]")
    assert page.locator(".seg.flash").count() >= 1
    assert not watch.errors, watch.errors


def test_markup_in_articles_never_runs(watch, server):
    aid = server.api("/api/articles?q=" + urllib.request.quote("تقرير دمشق"))["items"][0]["id"]
    eid = server.api(f"/api/articles/{aid}")["event_ids"][0]
    for path in (
        f"/articles/{aid}",
        f"/events/{eid}",
        "/articles?q=" + urllib.request.quote("دمشق"),
        "/events",
        "/actors",
        "/places",
        "/",
    ):
        page = watch.go(path)
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.locator("img").count() == 0, path
        assert page.evaluate("() => [...document.scripts].every(s => !s.textContent.includes('__pwned'))"), (
            path
        )
    page = watch.go(f"/articles/{aid}")
    assert "<script>window.__pwned = 1</script>" in page.locator("#doc-text").inner_text()
    assert page.locator("h1").inner_text().count("<img src=x") == 1
    assert page.locator("a[href^='javascript:']").count() == 0
    # pasted into the analysis page and drawn by JavaScript: still text
    page = watch.go("/analyze")
    page.fill("#a-title", f"عنوان {XSS}")
    page.fill(
        "#a-text", f"قصف الجيش مواقع قرب دمشق {XSS} بحسب مصادر محلية في المدينة صباح اليوم. {ARABIC * 3}"
    )
    submit_analysis(page)
    assert "<img src=x" in page.locator("#a-doc").inner_text()
    assert page.locator("img").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert not watch.dialogs and not watch.errors, (watch.dialogs, watch.errors)


def test_javascript_highlighting_matches_the_server(watch, server):
    """hadath.js cuts a Document exactly as highlight.py does (UTF-16 in the browser, code points in Python)."""
    page = watch.go("/analyze")
    for doc in sample_documents():
        js = page.evaluate("doc => window.hadath.segments(doc)", doc)
        py = [{"text": s.text, "classes": s.classes, "tips": s.tips, "refs": s.refs} for s in segments(doc)]
        assert js == py, doc["id"]
    # and the drawn text is the document's text, emoji and all
    doc = next(d for d in sample_documents() if d["id"] == "s5")
    page.evaluate("doc => window.hadath.showAnalysis(doc)", doc)
    assert page.locator("#a-doc").inner_text() == doc["text"]
    assert page.locator("#a-doc .seg.ent").first.inner_text() == "غزة"


def test_analysis_page_calls_the_api(watch, server):
    page = watch.go("/analyze")
    text = "التقى وزير الخارجية المصري نظيره القطري في القاهرة أمس لبحث التهدئة ووقف إطلاق النار في غزة"
    page.fill("#a-text", text)
    page.fill("#a-published", "2024-05-03")
    submit_analysis(page)
    assert page.locator("#a-doc").inner_text() == text
    assert page.locator("#a-status").get_attribute("class") == "ok"
    doc = json.loads(page.locator("#a-json").text_content())
    assert doc["schema"] == "hadath.document/1" and doc["text"] == text
    assert page.locator("#a-events tr").count() == max(1, len(doc["events"]))
    assert not watch.errors, watch.errors


def test_map_timeline_and_network_draw_the_data(watch, server):
    page = watch.go("/map")
    n = len(server.api("/api/map")["items"])
    assert page.locator("svg#map circle.dot").count() == n > 0
    assert page.locator("svg#map path.country").count() > 170
    before = page.get_attribute("svg#map", "viewBox")
    page.click("button[data-zoom=in]")
    assert page.get_attribute("svg#map", "viewBox") != before
    page.click("button[data-zoom=reset]")
    assert page.get_attribute("svg#map", "viewBox") == before

    page = watch.go("/timeline?by=root")
    rows = server.api("/api/stats/timeline?by=root")["days"]
    assert page.locator("svg#timeline rect.tbar").count() == len(rows)
    assert page.locator("ul.legend li").count() == len({r["key"] for r in rows})

    page = watch.go("/network")
    edges = server.api("/api/network")["edges"]
    nodes = {e["source"] for e in edges} | {e["target"] for e in edges}
    page.wait_for_selector("svg#network[data-ready]")
    assert page.get_attribute("svg#network", "data-ready") == str(len(nodes))
    assert page.locator("svg#network path.edge").count() == len(edges)
    conflict = page.evaluate(
        "() => [...document.querySelectorAll('svg#network path.edge')].map(p => p.getAttribute('stroke'))"
    )
    assert "#c0392b" in conflict and "#2e8b57" in conflict  # all-conflict and all-cooperation edges
    assert not watch.errors, watch.errors


SHOTS = [
    ("home", "/"),
    ("events", "/events"),
    ("events-filtered", "/events?root=19"),
    ("event", None),
    ("article", None),
    ("map", "/map"),
    ("timeline", "/timeline?by=quad_class"),
    ("network", "/network"),
    ("actors", "/actors"),
    ("analyze", "/analyze"),
]


def test_screenshots(browser, shots_server, tmp_path):
    out = Path(os.environ.get("HADATH_SCREENSHOTS_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    w = Watch(browser, shots_server.url)
    try:
        top = shots_server.api("/api/events?sort=-mentions&limit=1")["items"]
        ev = shots_server.api(f"/api/events/{top[0]['id']}") if top else None
        for name, path in SHOTS:
            if name == "event":
                if ev is None:
                    continue
                path = f"/events/{ev['id']}"
            elif name == "article":
                if ev is None:
                    continue
                path = f"/articles/{ev['mentions'][0]['article_id']}"
            page = w.go(path)
            assert_rtl(page)
            if name == "network":
                page.wait_for_selector("svg#network[data-ready]")
            if name == "analyze":
                page.fill("#a-title", "لقاء في القاهرة")
                page.fill(
                    "#a-text", "التقى وزير الخارجية المصري نظيره القطري في القاهرة أمس لبحث التهدئة في غزة."
                )
                submit_analysis(page)
            if name == "article":
                seg = page.locator("#doc-text .seg.ent.resolved").first
                if seg.count():
                    seg.hover()
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=name in ("article", "event"))
            assert target.stat().st_size > 10_000
        assert not w.errors, w.errors
    finally:
        w.close()
