"""The timeline's bars: stacked per day, scaled to the busiest day, linked to their events."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from hadath.web.present import TIMELINE_H, TIMELINE_W, timeline_view

ROWS = [
    {"day": "2024-05-01", "key": 1, "count": 2},
    {"day": "2024-05-01", "key": 4, "count": 2},
    {"day": "2024-05-04", "key": 4, "count": 1},
]


def test_bars_stack_and_scale():
    v = timeline_view(ROWS, "quad_class", {"actor": "ISR"})
    assert v["days"] == 4 and v["max"] == 4 and not v["gaps_dropped"]  # 05-02 and 05-03 are empty days
    first, second, third = v["bars"]
    assert first["h"] == second["h"] == TIMELINE_H / 2  # 2 of 4
    assert first["y"] == TIMELINE_H / 2 and second["y"] == 0  # stacked
    assert third["h"] == TIMELINE_H / 4 and third["x"] > TIMELINE_W * 3 / 4  # the fourth day
    assert first["colour"] != second["colour"]
    assert [item["label"] for item in v["legend"]] == ["تعاون لفظي", "صراع مادي"]
    assert "2024-05-01" in first["title"] and first["title"].endswith(": 2")


def test_bars_link_to_their_events():
    v = timeline_view(ROWS, "quad_class", {"actor": "ISR"})
    q = parse_qs(urlparse(v["bars"][1]["href"]).query)
    assert urlparse(v["bars"][1]["href"]).path == "/events"
    assert q == {"actor": ["ISR"], "since": ["2024-05-01"], "until": ["2024-05-01"], "quad_class": ["4"]}
    plain = timeline_view([{"day": "2024-05-01", "key": None, "count": 3}], None, {})
    assert parse_qs(urlparse(plain["bars"][0]["href"]).query) == {
        "since": ["2024-05-01"],
        "until": ["2024-05-01"],
    }


def test_long_ranges_keep_only_days_with_events():
    rows = [{"day": "2013-05-17", "key": 1, "count": 1}, {"day": "2018-05-01", "key": 1, "count": 3}]
    v = timeline_view(rows, "quad_class", {})
    assert v["days"] == 2 and v["gaps_dropped"]


def test_no_rows_no_bars():
    assert timeline_view([], "root", {})["bars"] == []
