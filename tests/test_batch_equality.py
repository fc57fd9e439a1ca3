"""Batch engines agree: local (1 and 2 workers), Spark and `hadath analyze` on the same 200 articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.batch.core import read_documents
from hadath.batch.local import run_local

from .conftest import ANT_DEV, REPO

N = 200


def articles_jsonl(tmp: Path) -> Path:
    """200 real articles from ANT dev when present, else 200 built from the shipped examples."""
    out = tmp / "in.jsonl"
    lines: list[str] = []
    if ANT_DEV.exists():
        with open(ANT_DEV, encoding="utf-8") as fh:
            for line in fh:
                lines.append(line.rstrip("\n"))
                if len(lines) == N:
                    break
    else:
        from hadath.readers import read_path

        docs = [r.doc for r in read_path(REPO / "examples")]
        i = 0
        while len(lines) < N:
            d = docs[i % len(docs)]
            paras = d.text.split("\n\n")[1:]
            k = i // len(docs)
            body = "\n\n".join(paras[k % len(paras):] + paras[: k % len(paras)])
            lines.append(json.dumps({"id": f"ex{i:03d}", "title": d.title, "text": body,
                                     "published": "2024-03-12", "source": d.source}, ensure_ascii=False))
            i += 1
    # one broken line and one non-Arabic article: reported, never fatal
    lines.append("{broken json")
    lines.append(json.dumps({"id": "en1", "title": "English", "text": "Only English text in this one."}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return articles_jsonl(tmp_path_factory.mktemp("batch"))


@pytest.fixture(scope="module")
def local_docs(corpus, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local1") / "out"
    summary = run_local(corpus, out, workers=1)
    assert summary.articles_out == N and summary.failed == 2
    return read_documents(out)


def analyze_docs(corpus: Path) -> list[dict]:
    from hadath.cli import analyzed_documents
    from hadath.doc.serialize import to_json

    docs = [json.loads(json.dumps(to_json(d), ensure_ascii=False, sort_keys=True))
            for d in analyzed_documents([str(corpus)], progress=False)]
    return sorted(docs, key=lambda d: d["id"])


def test_batch_local_workers_agree_with_analyze(corpus, local_docs, tmp_path):
    out2 = tmp_path / "out2"
    summary = run_local(corpus, out2, workers=2)
    assert summary.articles_out == N and summary.failed == 2
    assert read_documents(out2) == local_docs
    assert analyze_docs(corpus) == local_docs
    errors = __import__("pyarrow.parquet", fromlist=["x"]).read_table(out2 / "errors").to_pylist()
    assert {e["error_type"] for e in errors} == {"FormatError", "NotArabicError"}
    assert json.loads((out2 / "summary.json").read_text())["in"] == N + 2


@pytest.mark.spark
def test_batch_spark_agrees_with_local(spark, corpus, local_docs, tmp_path):
    from hadath.batch.spark import run_spark

    out = tmp_path / "spark"
    summary = run_spark(corpus, out, spark=spark, partitions=4)
    assert summary.articles_out == N and summary.failed == 2
    assert read_documents(out) == local_docs
    import pyarrow.dataset as ds

    events = ds.dataset(str(out / "events"), format="parquet", partitioning="hive").to_table()
    assert events.num_rows == sum(len(d["events"]) for d in local_docs)


def test_batch_refuses_non_empty_output(corpus, tmp_path):
    from hadath.errors import UsageError

    (tmp_path / "x").write_text("keep me")
    with pytest.raises(UsageError):
        run_local(corpus, tmp_path, workers=1)
    assert (tmp_path / "x").exists()
