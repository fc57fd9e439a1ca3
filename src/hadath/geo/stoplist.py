"""Words that are never places, however GeoNames spells its villages.

Two shipped files, same columns (``word<TAB>category<TAB>reason``):

* ``data/stoplist.tsv``: written by hand (function words, common nouns, first names,
  adjectives that happen to be the Arabic name of some place);
* ``data/stoplist_mined.tsv``: written by ``scripts/build_gazetteer.py --mine`` from the news
  corpus, each line saying how often the word occurs and which small places it would name.

``category`` ``surface`` marks a whole token that must not be read as proclitic + name
(``بلد`` is not ``ب`` + ``لد``); ``ambiguous`` keeps the name in the gazetteer but the geocoder
accepts it only after a place cue (``في صور``) or inside a GPE/LOC entity (``صور`` is Tyre and
"pictures"); every other category removes the name from the gazetteer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hadath.errors import DataValidationError
from hadath.geo.names import name_key

DATA_DIR = Path(__file__).parent / "data"
STOPLIST_FILES = ("stoplist.tsv", "stoplist_mined.tsv")
CATEGORIES = frozenset({"function", "common", "person", "adjective", "title", "surface", "ambiguous"})


def read_stoplist_file(path: Path) -> list[tuple[str, str, str]]:
    """Rows (normalized word, category, reason) of one stoplist file; validated."""
    rows: list[tuple[str, str, str]] = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise DataValidationError(f"line {n}: expected word, category, reason", path=str(path))
        word, cat, reason = parts
        if cat not in CATEGORIES:
            raise DataValidationError(f"line {n}: unknown category {cat!r}", path=str(path))
        if not reason.strip():
            raise DataValidationError(f"line {n}: {word} has no reason", path=str(path))
        rows.append((name_key(word), cat, reason))
    return rows


@lru_cache(maxsize=8)
def _load(data_dir: Path, mined: bool = True) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    surfaces: dict[str, str] = {}
    ambiguous: dict[str, str] = {}
    for fname in STOPLIST_FILES if mined else STOPLIST_FILES[:1]:
        for word, cat, reason in read_stoplist_file(data_dir / fname):
            target = surfaces if cat == "surface" else ambiguous if cat == "ambiguous" else names
            target.setdefault(word, f"{cat}: {reason}")
    return names, surfaces, ambiguous


def load_stoplist(data_dir: Path = DATA_DIR, *, mined: bool = True) -> dict[str, str]:
    """Normalized words that never name a place -> why (``mined=False``: the hand list only)."""
    return _load(Path(data_dir), mined)[0]


def load_blocked_surfaces(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Normalized tokens never to be split into proclitic + place name -> why."""
    return _load(Path(data_dir))[1]


def load_ambiguous(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Normalized names that are places only next to a place cue -> why."""
    return _load(Path(data_dir))[2]
