"""Ingest stores articles, entities and events once: same URL or same content adds nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from hadath.store import open_store
from hadath.store.ingest import RunSummary, content_hash, ingest, ingest_items, published_day
from hadath.store.query import list_runs, stats
from hadath.store.testing import BACKENDS, FakeAnalyzer, backend_db, make_doc, make_event, read_jsonl


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


def _docs(n: int, prefix: str = "d") -> list[dict]:
    out = []
    for i in range(n):
        text = f"قالت مصادر إن الوزير رقم {i} زار المدينة {i} اليوم والتقى المسؤولين هناك لبحث التعاون"
        ev = make_event(
            "040",
            source=(f"A{i:02d}", "EGY"),
            target=("EGYGOV", "EGY"),
            date="2024-05-01",
            trigger=(0, 4),
            sentence=(0, len(text)),
            text=text,
        )
        ents = [
            {
                "start": 0,
                "end": 4,
                "text": "مصادر",
                "type": "ORG",
                "actor": {
                    "id": "a1",
                    "code": "EGYGOV",
                    "name_en": "Egypt government",
                    "country": "EGY",
                    "reason": "dict",
                },
                "place": None,
            },
            {
                "start": 5,
                "end": 9,
                "text": "القاهرة",
                "type": "GPE",
                "actor": None,
                "place": {
                    "id": "360630",
                    "name_en": "Cairo",
                    "country": "EG",
                    "admin1": "Cairo",
                    "lat": 30.06,
                    "lon": 31.25,
                    "reason": "gazetteer",
                },
            },
        ]
        out.append(
            make_doc(f"{prefix}{i}", text, url=f"http://news.test/{prefix}/{i}", events=[ev], entities=ents)
        )
    return out


def test_ingest_stores_everything_once(db):
    docs = _docs(7)
    s1 = ingest_items(docs, db, batch_size=3)
    assert isinstance(s1, RunSummary)
    assert (s1.read, s1.new, s1.skipped, s1.errors, s1.mentions, s1.batches) == (7, 7, 0, 0, 7, 3)
    assert s1.status == "finished"
    s2 = ingest_items(docs, db, batch_size=3)
    assert (s2.new, s2.skipped, s2.mentions) == (0, 7, 0)
    st = stats(db)
    assert st["articles"] == 7 and st["event_mentions"] == 7 and st["entities"] == 14
    assert st["actors"] == 1 and st["places"] == 1
    runs = list_runs(db)
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert runs[0]["n_skipped"] == 7


def test_same_url_or_same_content_is_skipped(db):
    a = make_doc("a", "نص أول عن اجتماع في عمان بين الوزراء لبحث الأوضاع", url="http://x.test/1")
    same_url = make_doc("b", "نص مختلف تماما", url="http://x.test/1")
    # same text up to diacritics and spacing: same content hash
    same_text = make_doc("c", "نَصٌّ أول  عن اجتماع في عمان بين الوزراء لبحث الأوضاع", url="http://y.test/2")
    s = ingest_items([a, same_url, same_text], db)
    assert (s.new, s.skipped) == (1, 2)
    assert content_hash("نَصٌّ أول") == content_hash("نص   أول")


def test_analyzer_runs_only_for_new_articles_and_errors_do_not_stop(db):
    docs = _docs(4)
    ingest_items(docs[:2], db)
    fake = FakeAnalyzer()
    calls = []

    def analyze(doc):
        calls.append(doc["id"])
        if doc["id"] == "d3":
            raise ValueError("broken article")
        return fake(doc)

    s = ingest_items(docs, db, analyze=analyze)
    assert calls == ["d2", "d3"]
    assert (s.new, s.skipped, s.errors) == (1, 2, 1)
    assert s.error_samples[0]["kind"] == "ValueError"
    assert "d3" in s.error_samples[0]["where"] or "news.test" in s.error_samples[0]["where"]


def test_reader_errors_are_counted(db):
    class Result:
        def __init__(self, document=None, error=None, path=None):
            self.document, self.error, self.path = document, error, path

    from hadath.errors import EmptyArticleError

    items = [
        Result(document=_docs(1)[0], path="a.txt"),
        Result(error=EmptyArticleError("empty"), path="b.txt"),
    ]
    s = ingest_items(items, db)
    assert (s.new, s.errors) == (1, 1)
    assert s.error_samples[0] == {"where": "b.txt", "kind": "EmptyArticleError", "message": "empty"}


def test_ingest_paths_with_injected_reader(db, tmp_path):
    import json

    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in _docs(5)), encoding="utf-8")
    seen = []
    s = ingest(
        [p], db, batch_size=2, analyze=FakeAnalyzer(), read=read_jsonl, progress=lambda x: seen.append(x.new)
    )
    assert s.new == 5 and seen == [2, 4, 5]
    with open_store(db) as store, store.connect() as c:
        row = c.execute(sa.text("SELECT label, pipeline_version FROM runs")).one()
    assert str(p) in row.label and row.pipeline_version == "fake-analyzer"


def test_documents_with_to_json_are_accepted(db):
    class Doc:
        def __init__(self, d):
            self._d = d

        def to_json(self):
            return self._d

    s = ingest_items([Doc(d) for d in _docs(2)], db)
    assert s.new == 2


def test_published_day_parses_iso_and_rfc822():
    assert published_day("2018-02-19T00:16:11+04:00") == "2018-02-19"
    assert published_day("Mon, 19 Feb 2018 00:16:11 +0400") == "2018-02-19"
    assert published_day("yesterday") is None
    assert published_day(None) is None


def test_ingest_with_hadath_readers(db, tmp_path):
    pytest.importorskip("hadath.readers")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "عنوان الخبر\n\nأعلنت وزارة الخارجية اليوم عن زيارة رسمية للوزير إلى عمان.\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "This article is in English only and should be refused.\n", encoding="utf-8"
    )
    s = ingest([folder], db, analyze=FakeAnalyzer())
    assert (s.read, s.new, s.errors) == (2, 1, 1)
    assert s.error_samples[0]["where"].endswith("b.txt")
    again = ingest([folder], db, analyze=FakeAnalyzer())
    assert (again.new, again.skipped) == (0, 1)
