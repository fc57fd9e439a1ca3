"""Nisba adjectives of countries (الروسية، السوري، اللبنانيين ...) from ``data/nisba.jsonl``.

A nisba right after a place name confirms the place's country ("مدينة سوتشي الروسية"); anywhere in
an article it is evidence that the article is about that country. Nisbas are adjectives, so the
gazetteer build also refuses them as place names.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from hadath.errors import DataValidationError
from hadath.text.normalize import normalize

DATA_DIR = Path(__file__).parent / "data"
NISBA_FILE = "nisba.jsonl"
# masculine, feminine, masculine plural (oblique), feminine plural
_SUFFIXES = ("", "ه", "ين", "ون", "ات")


def nisba_forms(stem: str) -> list[str]:
    """Normalized inflected forms of a nisba stem: روسي -> روسي, روسيه, الروسي, الروسيين ..."""
    s = normalize(stem)
    base = [s + suf for suf in _SUFFIXES]
    return base + ["ال" + b for b in base]


@lru_cache(maxsize=4)
def load_nisba(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Normalized nisba form -> ISO3 country code."""
    path = Path(data_dir) / NISBA_FILE
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataValidationError(f"line {n}: {exc}", path=str(path)) from exc
        if not row.get("source") or not row.get("country") or not row.get("stems"):
            raise DataValidationError(f"line {n}: needs country, stems and source", path=str(path))
        for stem in row["stems"]:
            for form in nisba_forms(stem):
                prev = out.setdefault(form, row["country"])
                if prev != row["country"]:
                    raise DataValidationError(
                        f"line {n}: nisba form {form} is both {prev} and {row['country']}", path=str(path)
                    )
    return out
