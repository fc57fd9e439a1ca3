"""``hadath.geo.geocode`` (behind ``hadath geocode "TEXT"``) returns JSON-ready dicts."""

import json

from hadath.geo import geocode


def test_geo_geocode_dicts_are_json_ready():
    out = geocode("اجتمع الوزراء في بيروت ثم سافروا إلى القاهرة")
    json.dumps(out, ensure_ascii=False)
    assert [d["name_en"] for d in out] == ["Beirut", "Cairo"]
    d = out[0]
    for key in (
        "start",
        "end",
        "text",
        "type",
        "id",
        "country",
        "lat",
        "lon",
        "confidence",
        "reason",
        "candidates",
    ):
        assert key in d
    assert d["text"] == "بيروت"
    assert d["country"] == "LBN"
    assert 0 < d["confidence"] <= 1


def test_geo_geocode_hint():
    out = geocode("اشتباكات في طرابلس", countries_hint=["LBY"])
    assert out[0]["country"] == "LBY"
