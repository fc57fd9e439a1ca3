import gzip
import io
import json
import sys
from datetime import date, datetime

import pytest

from hadath.errors import DecodeError, EmptyArticleError, FileTooLargeError, FormatError, NotArabicError
from hadath.readers import ReadOptions, read_bytes, read_path, read_paths

ARTICLE = "IMLebanon\n\nالأسد في روسيا\n\nزار الرئيس السوري مدينة سوتشي أمس.\n\nوعقد محادثات مع نظيره.\n"
BODY_ONLY = "قال مسؤولون إن الوفد وصل إلى بيروت صباح اليوم في زيارة رسمية تستمر يومين."


def one(results):
    results = list(results)
    assert len(results) == 1, results
    return results[0]


def test_readers_text_with_source_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    doc = one(read_path(p)).doc
    assert doc.source == "IMLebanon"
    assert doc.title == "الأسد في روسيا"
    assert doc.text.startswith("الأسد في روسيا\n\nزار الرئيس")
    assert doc.text.endswith("نظيره.")
    assert doc.id == "a"
    assert doc.metadata["encoding"] == "utf-8"


def test_readers_text_without_source_line(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("وصول وفد إلى بيروت\n\n" + BODY_ONLY, encoding="utf-8")
    doc = one(read_path(p)).doc
    assert doc.source is None
    assert doc.title == "وصول وفد إلى بيروت"


def test_readers_text_single_paragraph_is_all_body(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(BODY_ONLY, encoding="utf-8")
    doc = one(read_path(p)).doc
    assert doc.title is None and doc.source is None and doc.text == BODY_ONLY


def test_readers_normalize_crlf(tmp_path):
    p = tmp_path / "d.txt"
    p.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    doc = one(read_path(p)).doc
    assert "\r" not in doc.text and doc.source == "IMLebanon"


def test_readers_cp1256_and_bom_are_decoded_and_recorded(tmp_path):
    p = tmp_path / "e.txt"
    p.write_bytes(ARTICLE.encode("cp1256"))
    doc = one(read_path(p)).doc
    assert doc.metadata["encoding"] == "cp1256" and doc.title == "الأسد في روسيا"
    q = tmp_path / "f.txt"
    q.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    doc = one(read_path(q)).doc
    assert doc.metadata["encoding"] == "utf-8-sig" and doc.source == "IMLebanon"


def test_readers_undecodable_bytes_give_a_typed_error(tmp_path):
    p = tmp_path / "g.txt"
    p.write_bytes("Ceci est un résumé très détaillé, écrit à Genève.\n".encode("latin-1") * 10)
    res = one(read_path(p))
    assert isinstance(res.error, DecodeError)
    assert "g.txt" in str(res.error) and "UTF-8" in str(res.error)


def test_readers_empty_and_non_arabic(tmp_path):
    (tmp_path / "empty.txt").write_text("\n\n  \n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Title\n\nThis is an English article about the weather.", encoding="utf-8")
    (tmp_path / "fa.txt").write_text(
        "گزارش\n\nرئیس جمهور ایران گفت که کشورش برای گفتگو با همسایگان آماده است و این یک گزارش کوتاه است.",
        encoding="utf-8",
    )
    errors = {r.origin.split("/")[-1]: r.error for r in read_path(tmp_path)}
    assert isinstance(errors["empty.txt"], EmptyArticleError)
    assert isinstance(errors["en.txt"], NotArabicError)
    assert isinstance(errors["fa.txt"], NotArabicError)


def test_readers_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(ARTICLE * 50, encoding="utf-8")
    res = one(read_path(p, ReadOptions(max_bytes=100)))
    assert isinstance(res.error, FileTooLargeError) and "--max-bytes" in str(res.error)


def test_readers_jsonl_with_aliases_and_bad_lines(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"docno": "X1", "title": "عنوان", "text": BODY_ONLY, "time": "Mon, 19 Feb 2018 00:16:11 +0400",
                    "src": "alarabia", "url": "http://e/1", "cat": "world"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "X2", "body": BODY_ONLY, "published": "2018-02-20", "source": "bbc"}, ensure_ascii=False),
        json.dumps({"id": "X3", "text": ""}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = list(read_path(p))
    assert len(res) == 4
    d1 = res[0].doc
    assert d1.id == "X1" and d1.source == "alarabia" and d1.url == "http://e/1"
    assert d1.published == datetime.fromisoformat("2018-02-19T00:16:11+04:00")
    assert d1.metadata["cat"] == "world"
    assert isinstance(res[1].error, FormatError) and res[1].origin.endswith(":2")
    assert res[2].doc.published == date(2018, 2, 20) and res[2].doc.title is None
    assert res[3].error is not None


def test_readers_jsonl_gz(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "title": "عنوان", "text": BODY_ONLY}, ensure_ascii=False) + "\n")
    assert one(read_path(p)).doc.id == "g1"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title>
<item><title>وصول وفد إلى بيروت</title><link>http://example.org/a1</link>
<pubDate>Tue, 21 Nov 2017 10:00:00 +0000</pubDate>
<description><![CDATA[<p>قال مسؤولون إن الوفد وصل إلى بيروت.</p><p>وتستمر الزيارة يومين.</p>]]></description></item>
<item><title>English item</title><link>http://example.org/a2</link><description>Only English here, sorry.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موجز</title>
<entry><title>اجتماع في عمان</title><link href="http://example.org/b1"/><id>urn:b1</id>
<updated>2018-03-01T08:00:00Z</updated><content type="html">&lt;p&gt;عقد الوزراء اجتماعا في عمان اليوم.&lt;/p&gt;</content></entry>
</feed>"""


def test_readers_rss_items_with_link_and_date(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text(RSS, encoding="utf-8")
    res = list(read_path(p))
    assert len(res) == 2
    doc = res[0].doc
    assert doc.url == "http://example.org/a1" and doc.title == "وصول وفد إلى بيروت"
    assert doc.published.date() == date(2017, 11, 21)
    assert "الوفد وصل إلى بيروت." in doc.text and "<p>" not in doc.text
    assert isinstance(res[1].error, NotArabicError)


def test_readers_atom(tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text(ATOM, encoding="utf-8")
    doc = one(read_path(p)).doc
    assert doc.url == "http://example.org/b1" and doc.source == "موجز"
    assert doc.text.endswith("عقد الوزراء اجتماعا في عمان اليوم.")


HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>وصول وفد إلى بيروت - موقع</title>
<meta property="og:title" content="وصول وفد إلى بيروت">
<meta name="author" content="سامي"><meta property="article:published_time" content="2018-05-06T09:00:00+00:00">
</head><body><nav>الرئيسية | أخبار</nav><article><h1>وصول وفد إلى بيروت</h1>
<p>قال مسؤولون إن الوفد الحكومي وصل إلى بيروت صباح اليوم في زيارة رسمية تستمر يومين، يلتقي خلالها عددا من المسؤولين.</p>
<p>وأضاف المسؤولون أن المحادثات ستتناول التعاون الاقتصادي وملف اللاجئين والحدود بين البلدين الجارين.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_readers_html_title_date_author_body(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    doc = one(read_path(p)).doc
    assert doc.title and "وصول وفد إلى بيروت" in doc.title
    assert "الوفد الحكومي وصل إلى بيروت" in doc.text
    assert "جميع الحقوق" not in doc.text
    assert doc.published is not None and doc.published.year == 2018
    assert doc.metadata.get("author") == "سامي"


def test_readers_folders_recursively_and_skip_unknown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "c.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    assert [r.origin.split("/")[-1] for r in read_path(tmp_path)] == ["a.txt", "b.txt"]


def test_readers_missing_path_is_an_error_not_a_crash(tmp_path):
    res = list(read_paths([tmp_path / "nope.txt", tmp_path]))
    assert res[0].error is not None and "no such file" in str(res[0].error)


def test_readers_stdin_sniffs_format(monkeypatch):
    data = json.dumps({"id": "s1", "title": "عنوان", "text": BODY_ONLY}, ensure_ascii=False).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert one(read_path("-")).doc.id == "s1"
    assert one(read_bytes(ARTICLE.encode(), "text", path="-", opts=ReadOptions())).doc.source == "IMLebanon"


def test_readers_bad_article_never_stops_the_batch(tmp_path):
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2.txt").write_text("", encoding="utf-8")
    (tmp_path / "3.txt").write_bytes("résumé détaillé à Genève".encode("latin-1"))
    (tmp_path / "4.txt").write_text(ARTICLE, encoding="utf-8")
    res = list(read_path(tmp_path))
    assert [r.doc is not None for r in res] == [True, False, False, True]


@pytest.mark.slow
def test_readers_every_ant_dev_article_goes_through(ant_dev):
    from hadath.pipeline import build_pipeline

    pipe = build_pipeline(["text"])
    n = 0
    for r in read_path(ant_dev):
        assert r.error is None, r.error
        pipe(r.doc)
        n += 1
    assert n == 1501
