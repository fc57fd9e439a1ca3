"""Near-duplicate articles (agency copies, light rewrites) are linked into clusters, never deleted."""

from __future__ import annotations

import pytest

from hadath.store import dedup
from hadath.store.ingest import ingest_items
from hadath.store.query import article, stats
from hadath.store.testing import BACKENDS, backend_db, make_doc

BASE = (
    "أعلنت وزارة الخارجية المصرية اليوم الثلاثاء أن الوزير سيتوجه إلى العاصمة الأردنية عمان "
    "في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره الأردني لبحث تطورات الأوضاع في المنطقة "
    "وسبل تعزيز التعاون الثنائي بين البلدين في مجالات الاقتصاد والطاقة والنقل. وأضاف المتحدث "
    "باسم الوزارة في بيان أن الزيارة تأتي في إطار التنسيق المستمر بين القاهرة وعمان حول القضايا "
    "الإقليمية وفي مقدمتها الأوضاع الإنسانية في قطاع غزة والجهود المبذولة للتوصل إلى وقف لإطلاق النار."
)
# an agency copy with a new dateline, a changed word and one more sentence
COPY = (
    "القاهرة (وكالات) - "
    + BASE.replace("الثلاثاء", "الثلاثاء الماضي")
    + " ومن المقرر أن يعقد الوزيران مؤتمرا صحفيا مشتركا."
)
# diacritics and Arabic-Indic digits do not hide a copy
VOWELLED = BASE.replace("أعلنت", "أَعْلَنَتْ").replace("يومين", "يومين ٢")
OTHER = (
    "قال الجيش السوداني إن قواته استعادت السيطرة على عدة مواقع في ولاية الجزيرة بعد معارك عنيفة "
    "مع قوات الدعم السريع استمرت عدة أيام وأسفرت عن سقوط عدد من القتلى والجرحى بين الطرفين، فيما "
    "نزح آلاف المدنيين من القرى المجاورة هربا من القتال وسط أوضاع إنسانية صعبة ونقص في الغذاء والدواء."
)


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


def test_signature_similarity_tracks_text_overlap():
    s = dedup.signature
    assert dedup.similarity(s(BASE), s(COPY)) >= 0.7
    assert dedup.similarity(s(BASE), s(VOWELLED)) >= 0.85
    assert dedup.similarity(s(BASE), s(OTHER)) < 0.1
    assert set(dedup.band_keys(s(BASE))) & set(dedup.band_keys(s(COPY)))


def test_copies_join_one_cluster_and_all_are_kept(db):
    docs = [
        make_doc("base", BASE, url="http://a.test/1", source="A"),
        make_doc("other", OTHER, url="http://b.test/1", source="B"),
        make_doc("copy", COPY, url="http://c.test/1", source="C"),
        make_doc("vowelled", VOWELLED, url="http://d.test/1", source="D"),
    ]
    s = ingest_items(docs, db, batch_size=2)  # the copies land in a later batch than the original
    assert (s.new, s.near_duplicates) == (4, 2)
    base, other, copy, vowelled = (article(db, i) for i in range(1, 5))
    assert other["cluster_id"] is None and other["near_duplicates"] == []
    assert base["cluster_id"] is not None
    assert copy["cluster_id"] == base["cluster_id"] == vowelled["cluster_id"]
    assert copy["dup_of"] == base["id"] and 0.7 <= copy["dup_similarity"] <= 1.0
    assert sorted(base["near_duplicates"]) == [copy["id"], vowelled["id"]]
    st = stats(db)
    assert st["articles"] == 4 and st["clusters"] == 1 and st["near_duplicate_articles"] == 2


def test_short_texts_are_not_clustered(db):
    docs = [
        make_doc("x", "خبر قصير جدا", url="http://x.test/1"),
        make_doc("y", "خبر قصير جدا!", url="http://x.test/2"),
    ]
    s = ingest_items(docs, db)
    assert (s.new, s.near_duplicates) == (2, 0)
