"""Build the web UI's offline basemap: country outlines as SVG path data in an equirectangular projection.

Input: ``countries-110m.json`` from the npm package ``world-atlas`` (ISC licence; TopoJSON of the
Natural Earth 1:110m Admin 0 countries, public domain). Get it without a browser or CDN::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py /tmp/package/countries-110m.json

Output: ``src/hadath/web/static/basemap.json``: the source and licence, the projection, and one
record per country (ISO 3166 numeric, alpha-2, alpha-3, English and Arabic names, SVG path ``d``).
Projection: x = (lon + 180) * SCALE, y = (90 - lat) * SCALE, coordinates rounded to 0.1 unit, so a
point (lat, lon) lands at the same place when the UI draws event dots. Rings that cross the
antimeridian (Russia, Fiji) are unwrapped and drawn on both edges. Antarctica is left out.
The output is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import gettext
import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

SCALE = 2.0  # SVG units per degree: the world is 720 x 360
OUT = Path(__file__).resolve().parent.parent / "src" / "hadath" / "web" / "static" / "basemap.json"
SOURCE = (
    "Natural Earth 1:110m Admin 0 countries (v4.1.0, public domain), as TopoJSON in the npm package "
    "world-atlas {version} (ISC licence, Copyright 2013-2019 Michael Bostock), file countries-110m.json"
)
LEAVE_OUT = {"010"}  # Antarctica


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (lon, lat), undoing quantization and delta encoding."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts = []
        x = y = 0.0
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((float(p[0]), float(p[1])))
        arcs.append(pts)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A closed ring from arc indices (a negative index ~i is arc i reversed)."""
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])  # consecutive arcs share their end point
    return out


def unwrap(r: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the antimeridian made continuous (longitudes beyond ±180), plus its copy
    shifted by 360° so that both sides of the map show their part; other rings are returned as they are."""
    out = [r[0]]
    shift = 0.0
    for (lon0, _), (lon1, lat1) in itertools.pairwise(r):
        if lon1 - lon0 > 180:
            shift -= 360
        elif lon0 - lon1 > 180:
            shift += 360
        out.append((lon1 + shift, lat1))
    lons = [p[0] for p in out]
    rings = [out]
    if max(lons) > 180:
        rings.append([(lon - 360, lat) for lon, lat in out])
    if min(lons) < -180:
        rings.append([(lon + 360, lat) for lon, lat in out])
    return rings


def project(lon: float, lat: float) -> tuple[int, int]:
    """Projected coordinates in tenths of a unit."""
    return round((lon + 180.0) * SCALE * 10), round((90.0 - lat) * SCALE * 10)


def fmt(v: int) -> str:
    """A tenth-unit integer as a short decimal string (12.0 -> "12", -0.5 -> "-.5")."""
    s = f"{v / 10:.1f}".rstrip("0").rstrip(".")
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s or "0"


def path_d(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path data: an absolute move per ring, then relative lines; repeated points dropped."""
    parts: list[str] = []
    for r in rings:
        pts = [project(lon, lat) for lon, lat in r]
        dedup = [pts[0]]
        for p in pts[1:]:
            if p != dedup[-1]:
                dedup.append(p)
        if len(dedup) < 3:
            continue
        seg = [f"M{fmt(dedup[0][0])} {fmt(dedup[0][1])}l"]
        coords = []
        for (x0, y0), (x1, y1) in itertools.pairwise(dedup):
            coords.append(f"{fmt(x1 - x0)} {fmt(y1 - y0)}")
        seg.append(" ".join(coords).replace(" -", "-"))
        seg.append("z")
        parts.append("".join(seg))
    return "".join(parts)


def arabic_names() -> tuple[dict[str, tuple[str, str, str]], str]:
    """ISO numeric -> (alpha-2, alpha-3, Arabic name) from pycountry's ISO 3166-1 tables."""
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"], fallback=True)
    out = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        out[c.numeric] = (c.alpha_2, c.alpha_3, tr.gettext(name))
    from importlib.metadata import version

    return out, f"pycountry {version('pycountry')}"


def build(src: Path) -> dict[str, Any]:
    raw = src.read_bytes()
    topo = json.loads(raw)
    pkg = src.parent / "package.json"
    version = json.loads(pkg.read_text())["version"] if pkg.exists() else "2.0.2"
    arcs = decode_arcs(topo)
    iso, iso_source = arabic_names()
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        gid = g.get("id")
        if gid in LEAVE_OUT or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        rings = [u for poly in polys for r in poly for u in unwrap(ring(r, arcs))]
        a2, a3, ar = iso.get(gid, (None, None, None)) if gid else (None, None, None)
        countries.append(
            {
                "id": gid,
                "iso2": a2,
                "iso3": a3,
                "name_en": g.get("properties", {}).get("name"),
                "name_ar": ar,
                "d": path_d(rings),
            }
        )
    countries.sort(key=lambda c: (c["id"] or "~", c["name_en"] or ""))
    return {
        "source": SOURCE.format(version=version),
        "licence": "Natural Earth data are in the public domain; world-atlas is under the ISC licence.",
        "input_sha256": hashlib.sha256(raw).hexdigest(),
        "names": f"ISO 3166-1 codes and Arabic names from {iso_source}",
        "built_by": "scripts/build_basemap.py",
        "projection": {
            "name": "equirectangular",
            "scale": SCALE,
            "width": 360 * SCALE,
            "height": 180 * SCALE,
        },
        "countries": countries,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("countries_110m", type=Path, help="countries-110m.json from the world-atlas npm package")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    a = ap.parse_args()
    data = build(a.countries_110m)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_text(text + "\n", encoding="utf-8")
    print(f"{a.output}: {len(data['countries'])} countries, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
