"""Export: GDELT 2.0 rows (61 tab-separated fields that read back), Parquet events, JSONL documents."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from hadath.errors import UsageError
from hadath.export import export, gdelt
from hadath.store.ingest import ingest_items
from hadath.store.testing import BACKENDS, backend_db, make_doc, make_event


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    evs = [
        make_event(
            "190",
            source=("ISRMIL", "ISR"),
            target=("PSECVL", "PSE"),
            location=("Gaza", "PS", 31.5, 34.47),
            date="2024-05-02",
            goldstein=-10.0,
            plover="ASSAULT",
        ),
        make_event(
            "0431",
            source=("EGYGOV", "EG"),
            target=("QATGOV", "QAT"),
            location=("Cairo", "EG", 30.06, 31.25),
            date="2024-05-03",
            goldstein=2.8,
        ),
        make_event("112", source=(None, "IRQ"), target=None, location=("Iraq", "IQ", None, None), date=None),
        make_event("020", source=None, target=None, location=None, date="2024"),
    ]
    docs = []
    for i, e in enumerate(evs):
        text = f"خبر\tرقم {i}\nعن حدث في المنطقة"
        docs.append(
            make_doc(
                f"x{i}",
                text,
                url=f"http://x.test/{i}?a=b\tc",
                source="S",
                events=[e],
                published="2024-05-04T10:00:00Z",
            )
        )
    docs.append(
        make_doc(
            "x1-copy", "خبر رقم 1 نسخة\nعن حدث في المنطقة", url="http://y.test/1", source="T", events=[evs[1]]
        )
    )
    ingest_items(docs, url)
    yield url
    cleanup()


def test_gdelt_rows_have_61_fields_and_read_back(db, tmp_path):
    out = tmp_path / "events.tsv"
    s = export(db, "gdelt", out)
    assert s.rows == 4
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(len(line.split("\t")) == 61 for line in lines)
    with out.open(encoding="utf-8", newline="") as f:
        rows = [
            dict(zip(gdelt.COLUMNS, r, strict=True))
            for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]
    r = rows[0]
    assert (r["SQLDATE"], r["MonthYear"], r["Year"]) == ("20240502", "202405", "2024")
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == ("ISRMIL", "ISR", "MIL")
    assert (r["Actor2Code"], r["Actor2Type1Code"], r["Actor2CountryCode"]) == ("PSECVL", "CVL", "PSE")
    assert (r["EventCode"], r["EventBaseCode"], r["EventRootCode"], r["QuadClass"]) == (
        "190",
        "190",
        "19",
        "4",
    )
    assert float(r["GoldsteinScale"]) == -10.0 and r["NumMentions"] == "1" and r["IsRootEvent"] == "1"
    assert (r["ActionGeo_Type"], r["ActionGeo_CountryCode"]) == ("4", "GZ")
    assert float(r["ActionGeo_Lat"]) == 31.5 and r["ActionGeo_FullName"].startswith("Gaza, ")
    assert r["SOURCEURL"] == "http://x.test/0?a=b c" and len(r["DATEADDED"]) == 14
    merged = rows[1]
    assert (merged["NumMentions"], merged["NumArticles"], merged["NumSources"]) == ("2", "2", "2")
    assert merged["Actor1CountryCode"] == "EGY" and merged["EventBaseCode"] == "043"
    assert merged["ActionGeo_CountryCode"] == "EG"
    no_date = rows[2]
    assert no_date["SQLDATE"] == "20240504"  # the publication day stands in
    assert (no_date["ActionGeo_Type"], no_date["ActionGeo_CountryCode"]) == ("1", "IZ")
    assert rows[3]["SQLDATE"] == "20240101" and rows[3]["Actor1Code"] == ""


def test_gdelt_export_with_filters(db, tmp_path):
    out = tmp_path / "e.tsv"
    assert export(db, "gdelt", out, filt={"root": "19"}).rows == 1


def test_parquet_events(db, tmp_path):
    out = tmp_path / "events.parquet"
    s = export(db, "parquet", out)
    t = pq.read_table(out)
    assert s.rows == t.num_rows == 4
    assert t.column("cameo").to_pylist() == ["190", "0431", "112", "020"]
    assert t.column("num_mentions").to_pylist()[1] == 2
    assert t.column("source_url").to_pylist()[0].startswith("http://x.test/0")


def test_jsonl_documents(db, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert export(db, "jsonl", out).rows == 5
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["x0", "x1", "x2", "x3", "x1-copy"]
    assert all(d["schema"] == "hadath.document/1" for d in docs) and docs[0]["text"].startswith("خبر\tرقم 0")


def test_bad_format_and_empty_store(tmp_path):
    with pytest.raises(UsageError):
        export(str(tmp_path / "x.db"), "csv", tmp_path / "out")
    assert export(str(tmp_path / "x.db"), "parquet", tmp_path / "e.parquet").rows == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_country_codes():
    assert gdelt.fips("IQ") == "IZ" and gdelt.fips("IRQ") == "IZ" and gdelt.fips("SY") == "SY"
    assert gdelt.fips("PS", 32.2, 35.3) == "WE" and gdelt.fips("PSE", 31.5, 34.4) == "GZ"
    assert gdelt.alpha3("EG") == "EGY" and gdelt.alpha3("") == ""
    assert gdelt.actor_types("SYRGOVMIL", "SYR") == ["GOV", "MIL", ""]
    assert gdelt.actor_types("REB", None) == ["REB", "", ""]
    assert gdelt.fraction_date(__import__("datetime").date(2024, 5, 2)) == "2024.4164"
