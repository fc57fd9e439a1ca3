"""Events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order.

What hadath knows fills its column; the rest stays empty. The mapping is documented in
docs/store.md ("GDELT export").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
assert len(COLUMNS) == 61

# ISO 3166-1 alpha-2 -> FIPS 10-4 where they differ (GDELT's geography uses FIPS). Codes not
# listed are the same in both systems or passed through unchanged.
ISO_TO_FIPS: dict[str, str] = {
    "DZ": "AG",
    "BH": "BA",
    "KM": "CN",
    "IQ": "IZ",
    "IL": "IS",
    "KW": "KU",
    "LB": "LE",
    "MA": "MO",
    "OM": "MU",
    "SD": "SU",
    "SS": "OD",
    "TN": "TS",
    "TR": "TU",
    "YE": "YM",
    "TD": "CD",
    "NE": "NG",
    "NG": "NI",
    "RU": "RS",
    "DE": "GM",
    "GB": "UK",
    "CN": "CH",
    "JP": "JA",
    "ES": "SP",
    "AT": "AU",
    "AU": "AS",
    "SE": "SW",
    "CH": "SZ",
    "DK": "DA",
    "IE": "EI",
    "PT": "PO",
    "KR": "KS",
    "KP": "KN",
    "PH": "RP",
    "VN": "VM",
    "ZA": "SF",
    "GE": "GG",
    "AZ": "AJ",
    "UA": "UP",
    "BY": "BO",
    "CZ": "EZ",
    "SK": "LO",
    "RS": "RI",
    "BA": "BK",
    "ME": "MJ",
    "LK": "CE",
    "BD": "BG",
    "MM": "BM",
    "SG": "SN",
    "CL": "CI",
    "PA": "PM",
    "PY": "PA",
}


def _pycountry() -> Any:
    try:
        import pycountry

        return pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return None


def alpha2(country: str | None) -> str | None:
    """An ISO alpha-2 code for an alpha-2 or alpha-3 code (None when unknown)."""
    if not country:
        return None
    c = country.strip().upper()
    if len(c) == 2:
        return c
    pc = _pycountry()
    if len(c) == 3 and pc is not None:
        rec = pc.countries.get(alpha_3=c)
        if rec is not None:
            return str(rec.alpha_2)
    return None


def alpha3(country: str | None) -> str:
    """CAMEO country code (ISO alpha-3) of an alpha-2 or alpha-3 code; '' when unknown."""
    if not country:
        return ""
    c = country.strip().upper()
    if len(c) == 3:
        return c
    pc = _pycountry()
    if len(c) == 2 and pc is not None:
        rec = pc.countries.get(alpha_2=c)
        if rec is not None:
            return str(rec.alpha_3)
    return ""


def fips(country: str | None, lat: float | None = None, lon: float | None = None) -> str:
    """FIPS 10-4 country code as GDELT uses it (Palestine splits into West Bank WE / Gaza Strip GZ)."""
    a2 = alpha2(country)
    if not a2:
        return ""
    if a2 == "PS":
        if lat is not None and lon is not None and lat < 31.62 and lon < 34.6:
            return "GZ"
        return "WE"
    return ISO_TO_FIPS.get(a2, a2)


def country_name(country: str | None) -> str:
    a2 = alpha2(country)
    pc = _pycountry()
    if not a2 or pc is None:
        return ""
    rec = pc.countries.get(alpha_2=a2)
    return str(getattr(rec, "common_name", None) or getattr(rec, "name", "")) if rec is not None else ""


def actor_types(code: str | None, country: str | None) -> list[str]:
    """Up to three CAMEO role/type codes: the 3-letter blocks of the actor code after its country."""
    if not code:
        return ["", "", ""]
    c = code.strip().upper()
    a3 = alpha3(country)
    pc = _pycountry()
    starts_with_country = bool(a3 and c.startswith(a3)) or (
        pc is not None and len(c) >= 3 and pc.countries.get(alpha_3=c[:3]) is not None
    )
    rest = c[3:] if starts_with_country else c
    blocks = [rest[i : i + 3] for i in range(0, len(rest), 3) if len(rest[i : i + 3]) == 3]
    return (blocks + ["", "", ""])[:3]


def _clean(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        return f"{x:.4f}".rstrip("0").rstrip(".") if x == x else ""
    return str(x).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(code: str | None, name: str | None, country: str | None) -> list[str]:
    t = actor_types(code, country)
    return [_clean(code), _clean((name or "").upper()), alpha3(country), "", "", "", "", t[0], t[1], t[2]]


def _geo(name: str | None, country: str | None, lat: float | None, lon: float | None) -> list[str]:
    if not (name or country):
        return ["0", "", "", "", "", "", "", ""]
    code = fips(country, lat, lon)
    cname = country_name(country)
    point = lat is not None and lon is not None
    is_country = not name or (cname and name.strip().lower() == cname.lower())
    geo_type = "1" if is_country or not point else "4"
    full = cname if is_country else ", ".join(x for x in (name, cname) if x)
    return [
        geo_type,
        _clean(full),
        code,
        code,
        "",
        _clean(lat) if point else "",
        _clean(lon) if point else "",
        "",
    ]


def fraction_date(day: date) -> str:
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}"


def row(e: dict[str, Any], source_url: str | None) -> list[str]:
    """The 61 GDELT fields of one stored event (a row of the ``events`` table as a dict)."""
    day = date.fromisoformat(e["day"]) if e.get("day") else None
    added = e.get("added_at")
    if isinstance(added, str):
        added = datetime.fromisoformat(added)
    cameo = str(e["cameo"])
    out = [
        str(e["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        fraction_date(day) if day else "",
        *_actor(e.get("source_code"), e.get("source_name"), e.get("source_country")),
        *_actor(e.get("target_code"), e.get("target_name"), e.get("target_country")),
        str(int(e.get("is_root") or 0)),
        cameo,
        cameo[:3],
        _clean(e.get("cameo_root") or cameo[:2]),
        _clean(e.get("quad_class")),
        _clean(e.get("goldstein")),
        str(e.get("num_mentions") or 0),
        str(e.get("num_sources") or 0),
        str(e.get("num_articles") or 0),
        "",  # AvgTone: hadath computes no tone
        *_geo(None, None, None, None),
        *_geo(None, None, None, None),
        *_geo(
            e.get("location_name"), e.get("location_country"), e.get("location_lat"), e.get("location_lon")
        ),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _clean(source_url),
    ]
    assert len(out) == 61
    return out
