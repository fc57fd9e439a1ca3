"""The store's CLI commands: ingest, search, export, watch --once, and the events query body."""

from __future__ import annotations

import io
import json

import typer
from typer.testing import CliRunner

from hadath.store.commands import query_events_cli, register
from hadath.store.testing import make_doc, make_event


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    return app


def _analyzed(tmp_path):
    p = tmp_path / "docs.jsonl"
    docs = [
        make_doc(
            "c1",
            "أعلنت الحكومة الأردنية عن خطة جديدة لدعم المزارعين في وادي الأردن",
            url="http://c.test/1",
            events=[make_event("040", source=("JORGOV", "JOR"), target=("JORAGR", "JOR"), date="2024-05-01")],
        ),
        make_doc(
            "c2",
            "اجتمع وزير الخارجية مع نظيره في القاهرة لبحث وقف إطلاق النار",
            url="http://c.test/2",
            events=[make_event("042", source=("EGYGOV", "EGY"), target=("QATGOV", "QAT"), date="2024-05-02")],
        ),
    ]
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n{broken\n", encoding="utf-8")
    return p


def test_ingest_search_export_and_events(tmp_path):
    runner = CliRunner()
    app = _app()
    db = str(tmp_path / "h.db")
    r = runner.invoke(app, ["ingest", "--analyzed", "--db", db, "--json", str(_analyzed(tmp_path))])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout.strip().splitlines()[0])
    assert (summary["new"], summary["errors"], summary["mentions"]) == (2, 1, 2)
    assert "2 stored" in r.stderr and "FormatError" in r.stderr

    r = runner.invoke(app, ["ingest", "--analyzed", "--db", db, str(_analyzed(tmp_path))])
    assert r.exit_code == 0 and "0 stored, 2 already stored" in r.stderr

    r = runner.invoke(app, ["search", "--db", db, "الاردنيه"])
    assert r.exit_code == 0 and r.stdout.startswith("1\t") and "1 articles match" in r.stderr
    r = runner.invoke(app, ["search", "--db", db, "--json", "القاهرة"])
    assert json.loads(r.stdout)["items"][0]["url"] == "http://c.test/2"

    out = tmp_path / "e.tsv"
    r = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "-o", str(out)])
    assert r.exit_code == 0 and "exported 2 events" in r.stderr
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    r = runner.invoke(
        app,
        ["export", "--db", db, "--format", "gdelt", "-o", str(out), "--root", "04", "--since", "2024-05-02"],
    )
    assert len(out.read_text().splitlines()) == 1
    r = runner.invoke(app, ["export", "--db", db, "--format", "xml", "-o", str(out)])
    assert r.exit_code != 0

    buf = io.StringIO()
    assert query_events_cli(db, actor="EGY", out=buf) == 0
    lines = buf.getvalue().splitlines()
    assert lines[0].startswith("id\tday\tcameo") and len(lines) == 2 and "\t042\t" in lines[1]
    buf = io.StringIO()
    query_events_cli(db, as_json=True, out=buf, sort="day")
    assert [e["cameo"] for e in json.loads(buf.getvalue())["items"]] == ["040", "042"]


def test_ingest_nothing_readable(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"schema": "other"}\n', encoding="utf-8")
    r = CliRunner().invoke(_app(), ["ingest", "--analyzed", "--db", str(tmp_path / "h.db"), str(p)])
    assert r.exit_code == 4
