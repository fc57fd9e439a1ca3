"""The packaged basemap: its source and licence are stated, its paths are valid, and dots land on their country."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from hadath.web.present import basemap, map_view, project

REPO = Path(__file__).resolve().parent.parent
NUM = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")


def absolute_points(d: str) -> list[tuple[float, float]]:
    """The points of a path written as M x y l dx dy ... z (what scripts/build_basemap.py writes)."""
    pts = []
    for ring in re.findall(r"M([^Mz]*)z", d):
        head, _, tail = ring.partition("l")
        x, y = (float(v) for v in NUM.findall(head))
        pts.append((x, y))
        nums = [float(v) for v in NUM.findall(tail)]
        assert len(nums) % 2 == 0
        for dx, dy in zip(nums[::2], nums[1::2], strict=True):
            x, y = x + dx, y + dy
            pts.append((x, y))
    return pts


def test_source_and_licence_are_stated():
    b = basemap()
    assert "Natural Earth" in b["source"] and "public domain" in b["source"] and "world-atlas" in b["source"]
    assert "ISC" in b["licence"] and "public domain" in b["licence"]
    assert b["built_by"] == "scripts/build_basemap.py" and len(b["input_sha256"]) == 64
    assert b["projection"] == {"name": "equirectangular", "scale": 2.0, "width": 720.0, "height": 360.0}


def test_countries_and_paths_are_valid():
    b = basemap()
    assert len(b["countries"]) > 170
    by_iso2 = {c["iso2"]: c for c in b["countries"] if c["iso2"]}
    for code in ("EG", "PS", "SY", "YE", "IQ", "MA", "US", "RU", "FJ"):
        assert code in by_iso2, code
    assert by_iso2["EG"]["name_ar"] == "مصر" and by_iso2["EG"]["iso3"] == "EGY"
    for c in b["countries"]:
        pts = absolute_points(c["d"])
        assert len(pts) >= 3, c["name_en"]
        # rings crossing the antimeridian are drawn on both edges, so x may leave [0, 720] a little
        assert all(-400 <= x <= 1120 and 0 <= y <= 360 for x, y in pts), c["name_en"]


def bbox(d):
    pts = absolute_points(d)
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(
    ("iso2", "lat", "lon"),
    [("EG", 30.06, 31.25), ("YE", 15.35, 44.21), ("IQ", 33.34, 44.40), ("BR", -15.8, -47.9)],
)
def test_a_city_projects_inside_its_country(iso2, lat, lon):
    c = next(c for c in basemap()["countries"] if c["iso2"] == iso2)
    x0, y0, x1, y1 = bbox(c["d"])
    x, y = project(lat, lon)
    assert x0 <= x <= x1 and y0 <= y <= y1


def test_map_view_shades_countries_by_iso2_or_iso3():
    data = {
        "items": [
            {
                "name_en": "Cairo",
                "country": "EG",
                "lat": 30.06,
                "lon": 31.25,
                "events": 3,
                "cooperation": 3,
                "conflict": 0,
            },
            {
                "name_en": "Tehran",
                "country": "IRN",
                "lat": 35.69,
                "lon": 51.42,
                "events": 1,
                "cooperation": 0,
                "conflict": 1,
            },
            {
                "name_en": "Nowhere",
                "country": None,
                "lat": None,
                "lon": None,
                "events": 5,
                "cooperation": 0,
                "conflict": 0,
            },
        ]
    }
    v = map_view(data, {"root": "04"})
    shaded = {c["name_en"]: c["events"] for c in v["countries"] if c["events"]}
    assert shaded == {"Egypt": 3, "Iran": 1}
    assert len(v["dots"]) == 2
    cairo = next(d for d in v["dots"] if d["title"].startswith("Cairo"))
    assert cairo["href"] == "/events?root=04&place=Cairo" and cairo["colour"] == "#2e8b57"


def test_build_script_reproduces_the_file(tmp_path):
    """Rebuild from world-atlas when its tarball has been unpacked under /tmp (npm pack world-atlas)."""
    found = [
        *Path("/tmp").glob("package/countries-110m.json"),
        *Path("/tmp").glob("*/package/countries-110m.json"),
    ]
    src = found[0] if found else None
    if src is None:
        pytest.skip(
            "world-atlas is not unpacked under /tmp (cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz)"
        )
    spec = importlib.util.spec_from_file_location("build_basemap", REPO / "scripts" / "build_basemap.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build(src)
    shipped = json.loads(
        (REPO / "src" / "hadath" / "web" / "static" / "basemap.json").read_text(encoding="utf-8")
    )
    if built["input_sha256"] != shipped["input_sha256"]:
        pytest.skip("a different world-atlas version is unpacked under /tmp")
    assert built["countries"] == shipped["countries"]
