"""Drawing for the pages: the timeline's bars and the map's basemap and dots, as SVG geometry.

Each function takes the JSON payload of a page (what its API twin returns) and adds nothing from the
store: presentation only.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from hadath.web.labels import key_colour, key_label

TIMELINE_W = 960.0
TIMELINE_H = 260.0
MAX_FILLED_DAYS = 1500  # longer ranges show only the days that have events


@cache
def basemap() -> dict[str, Any]:
    """The packaged country outlines (see scripts/build_basemap.py for their source and licence)."""
    raw = files("hadath.web").joinpath("static").joinpath("basemap.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular, in the basemap's units."""
    k = float(basemap()["projection"]["scale"])
    return round((lon + 180.0) * k, 2), round((90.0 - lat) * k, 2)


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def tone_colour(cooperation: int, conflict: int) -> str:
    """Green for cooperation, red for conflict, in between for a mix; slate when neither."""
    n = cooperation + conflict
    if n == 0:
        return "#5b6b7f"
    return _mix("#2e8b57", "#c0392b", conflict / n)


def _filter_query(filt: dict[str, Any], **more: Any) -> str:
    q = {k: v for k, v in filt.items() if v is not None}
    q.update({k: v for k, v in more.items() if v is not None})
    return urlencode(q)


def map_view(data: dict[str, Any], filt: dict[str, Any]) -> dict[str, Any]:
    """Country paths (shaded by events located there) and one dot per place."""
    base = basemap()
    items = data.get("items") or []
    by_country: dict[str, int] = {}
    for it in items:
        c = (it.get("country") or "").upper()
        if c:
            by_country[c] = by_country.get(c, 0) + int(it.get("events") or 0)
    top = max(by_country.values(), default=0)
    countries = []
    for c in base["countries"]:
        n = by_country.get((c.get("iso2") or "").upper(), 0) + by_country.get(
            (c.get("iso3") or "").upper(), 0
        )
        level = 0 if n == 0 or top == 0 else 1 + min(3, int(4 * math.log1p(n) / math.log1p(top + 1)))
        countries.append(
            {
                "d": c["d"],
                "name": c.get("name_ar") or c.get("name_en") or "",
                "name_en": c.get("name_en") or "",
                "events": n,
                "level": level,
            }
        )
    most = max((int(it.get("events") or 0) for it in items), default=0)
    dots: list[dict[str, Any]] = []
    for it in items:
        lat, lon = it.get("lat"), it.get("lon")
        if lat is None or lon is None:
            continue
        x, y = project(float(lat), float(lon))
        n = int(it.get("events") or 0)
        r = 1.6 + 7.0 * math.sqrt(n / most) if most else 2.0
        place_q = {"place": it.get("name_en")} if it.get("name_en") else {"country": it.get("country")}
        dots.append(
            {
                "x": x,
                "y": y,
                "r": round(r, 2),
                "colour": tone_colour(int(it.get("cooperation") or 0), int(it.get("conflict") or 0)),
                "title": f"{it.get('name_en') or '?'} ({it.get('country') or '?'}): {n}",
                "href": "/events?" + _filter_query(filt, **place_q),
                "events": n,
            }
        )
    dots.sort(key=lambda d: -d["r"])  # small dots on top of big ones
    proj = base["projection"]
    return {
        "countries": countries,
        "dots": dots,
        "width": round(proj["width"]),
        "height": round(proj["height"]),
        "source": base.get("source"),
    }


def _days(first: str, last: str) -> list[str]:
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    return [(a + timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def timeline_view(rows: list[dict[str, Any]], by: str | None, filt: dict[str, Any]) -> dict[str, Any]:
    """Stacked bars per day: geometry, colours, tooltips and links to the events of each bar."""
    present = sorted({r["day"] for r in rows if r.get("day")})
    if not present:
        return {
            "bars": [],
            "legend": [],
            "xticks": [],
            "yticks": [],
            "width": TIMELINE_W,
            "height": TIMELINE_H,
        }
    try:
        days = _days(present[0], present[-1])
    except ValueError:  # a day that is not a date: draw the days as they are
        days = present
    gaps_dropped = len(days) > MAX_FILLED_DAYS
    if gaps_dropped:
        days = present
    index = {d: i for i, d in enumerate(days)}
    keys = sorted({r.get("key") for r in rows}, key=lambda k: (k is None, str(k).zfill(2)))
    colours = {k: key_colour(by, k, i) for i, k in enumerate(keys)}
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["day"]] = totals.get(r["day"], 0) + int(r["count"])
    top = max(totals.values())
    step = TIMELINE_W / len(days)
    gap = step * 0.15 if step >= 3 else 0.0
    cum: dict[str, float] = {}
    bars = []
    param = {"root": "root", "quad_class": "quad_class", "plover": "plover"}.get(by or "")
    for r in sorted(rows, key=lambda r: (r["day"], r.get("key") is None, str(r.get("key")).zfill(2))):
        d, k, n = r["day"], r.get("key"), int(r["count"])
        h = n * TIMELINE_H / top
        y0 = cum.get(d, 0.0)
        cum[d] = y0 + h
        more = {"since": d, "until": d}
        if param and k is not None:
            more[param] = k
        bars.append(
            {
                "x": round(index[d] * step + gap / 2, 2),
                "y": round(TIMELINE_H - y0 - h, 2),
                "w": round(max(step - gap, 0.6), 2),
                "h": round(h, 2),
                "colour": colours[k],
                "title": f"{d} · {key_label(by, k)}: {n}",
                "href": "/events?" + _filter_query(filt, **more),
            }
        )
    nticks = min(8, len(days))
    xticks = []
    for j in range(nticks):
        i = round(j * (len(days) - 1) / max(nticks - 1, 1))
        xticks.append({"x": round(i * step + step / 2, 2), "label": days[i]})
    yticks = [
        {"y": round(TIMELINE_H - v * TIMELINE_H / top, 2), "label": str(v)}
        for v in sorted({0, top // 2, top})
    ]
    legend = [{"key": k, "label": key_label(by, k), "colour": colours[k]} for k in keys]
    return {
        "bars": bars,
        "legend": legend,
        "xticks": xticks,
        "yticks": yticks,
        "width": TIMELINE_W,
        "height": TIMELINE_H,
        "days": len(days),
        "max": top,
        "gaps_dropped": gaps_dropped,
    }
