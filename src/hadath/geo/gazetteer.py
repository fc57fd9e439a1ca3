"""The shipped gazetteer, loaded once: places, a name index and the word lists that go with it."""

from __future__ import annotations

import gzip
import io
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from hadath.errors import DataValidationError, ModelError
from hadath.geo.nisba import load_nisba
from hadath.geo.stoplist import load_ambiguous, load_blocked_surfaces, load_stoplist

DATA_DIR = Path(__file__).parent / "data"
GAZETTEER_FILE = "gazetteer.tsv.gz"
FEATURE_CLASSES = frozenset("APLHTS")
# ISO 3166 user-assigned code that GeoNames uses for Kosovo
EXTRA_ISO3 = frozenset({"XKX"})


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    geonameid: int | None
    fclass: str
    fcode: str
    name_en: str
    country: str  # ISO3, "" for international waters
    admin1: str  # GeoNames admin1 code "SY.12", "" when unknown
    lat: float
    lon: float
    population: int
    altnames: int | None  # GeoNames alternate names in all languages: how widely known a city is
    names_ar: tuple[str, ...]
    keys: tuple[str, ...]
    source: str

    @property
    def is_country(self) -> bool:
        return self.fcode == "PCLI"

    @property
    def entity_type(self) -> str:
        """GPE for countries, admin divisions and inhabited places; LOC for the rest."""
        return "GPE" if self.fclass in ("A", "P") else "LOC"

    @property
    def curated(self) -> bool:
        return "curated" in self.source


class Gazetteer:
    """Places and the indexes the geocoder needs."""

    def __init__(self, places: list[Place], data_dir: Path | None = None) -> None:
        self.places = places
        self.by_id = {p.id: p for p in places}
        index: dict[str, list[Place]] = defaultdict(list)
        max_words: dict[str, int] = defaultdict(int)
        for p in places:
            for k in p.keys:
                index[k].append(p)
                words = k.split(" ")
                max_words[words[0]] = max(max_words[words[0]], len(words))
        self.index: dict[str, tuple[Place, ...]] = {k: tuple(v) for k, v in index.items()}
        self.max_words: dict[str, int] = dict(max_words)
        self.countries: dict[str, Place] = {p.country: p for p in places if p.is_country}
        self.admin1_names: dict[str, str] = {p.admin1: p.name_en for p in places if p.fcode == "ADM1"}
        d = DATA_DIR if data_dir is None else Path(data_dir)
        self.stoplist = load_stoplist(d)
        self.ambiguous = load_ambiguous(d)
        self.blocked_surfaces = load_blocked_surfaces(d)
        self.nisba = load_nisba(d)

    def lookup(self, key: str) -> tuple[Place, ...]:
        if key in self.stoplist:
            return ()
        return self.index.get(key, ())

    def __len__(self) -> int:
        return len(self.places)


def parse_gazetteer(text: str) -> list[Place]:
    """Rows of the gazetteer TSV as places (the header is checked)."""
    lines = text.splitlines()
    header = lines[0].split("\t") if lines else []
    if header[:1] != ["id"] or len(header) != 14:
        raise ModelError(
            "the gazetteer file has an unexpected header", hint="rebuild it: scripts/build_gazetteer.py"
        )
    out = []
    for n, line in enumerate(lines[1:], 2):
        c = line.split("\t")
        if len(c) != 14:
            raise DataValidationError(f"gazetteer line {n}: {len(c)} columns instead of 14")
        out.append(
            Place(
                id=c[0],
                geonameid=int(c[1]) if c[1] else None,
                fclass=c[2],
                fcode=c[3],
                name_en=c[4],
                country=c[5],
                admin1=c[6],
                lat=float(c[7]),
                lon=float(c[8]),
                population=int(c[9]),
                altnames=int(c[10]) if c[10] else None,
                names_ar=tuple(c[11].split("|")),
                keys=tuple(c[12].split("|")),
                source=c[13],
            )
        )
    return out


def read_gazetteer_bytes(path: Path | None = None) -> bytes:
    if path is not None:
        return Path(path).read_bytes()
    try:
        return resources.files("hadath.geo").joinpath("data", GAZETTEER_FILE).read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(
            "the gazetteer data file is missing", hint="rebuild it with scripts/build_gazetteer.py"
        ) from exc


@lru_cache(maxsize=2)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer (the shipped one by default), parsed once per process."""
    raw = read_gazetteer_bytes(path)
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as f:
        text = f.read()
    return Gazetteer(parse_gazetteer(text))


def validate_places(places: list[Place]) -> list[str]:
    """Problems found in the gazetteer rows (empty when it is valid)."""
    import pycountry

    problems: list[str] = []
    seen: set[str] = set()
    seen_gn: set[int] = set()
    for p in places:
        where = f"{p.id} ({p.name_en})"
        if p.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(p.id)
        if p.geonameid is not None:
            if p.geonameid in seen_gn:
                problems.append(f"{where}: duplicate GeoNames id")
            seen_gn.add(p.geonameid)
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            problems.append(f"{where}: coordinates out of range")
        if p.fclass not in FEATURE_CLASSES:
            problems.append(f"{where}: unknown feature class {p.fclass!r}")
        if p.country:
            if p.country not in EXTRA_ISO3 and pycountry.countries.get(alpha_3=p.country) is None:
                problems.append(f"{where}: {p.country!r} is not an ISO 3166 alpha-3 code")
        elif p.fclass not in ("H", "T", "L"):
            problems.append(f"{where}: only seas, rivers, mountains and regions may lack a country")
        if not p.source:
            problems.append(f"{where}: no source")
        if not p.keys or len(p.keys) != len(p.names_ar) or any(not k for k in p.keys):
            problems.append(f"{where}: names and keys do not line up")
        if p.population < 0:
            problems.append(f"{where}: negative population")
    return problems
