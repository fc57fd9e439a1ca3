"""CAMEO codes, Goldstein weights, QuadClass and the CAMEO → PLOVER correspondence.

Each table is a data file in ``hadath/events/data`` whose first line states its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from hadath.errors import DataValidationError

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)


def read_tsv(name: str) -> tuple[str, list[dict[str, str]]]:
    """Read a packaged TSV: a ``# source: ...`` line, a header, then rows. Returns (source, rows)."""
    text = files("hadath.events").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# source:"):
        raise DataValidationError(f"{name} must start with a '# source:' line", path=name)
    source = lines[0][len("# source:") :].strip()
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DataValidationError(f"line {n} has {len(cells)} cells, header {len(header)}", path=name)
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells, strict=True))
        row["_line"] = str(n)
        rows.append(row)
    return source, rows


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


def _lookup_specific(code: str, table: dict[str, dict[str, str]]) -> dict[str, str] | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, 3- and 4-digit codes) with its weights and PLOVER mapping."""
    _, code_rows = read_tsv("cameo_codes.tsv")
    _, quad_rows = read_tsv("quad_class.tsv")
    _, plover_rows = read_tsv("plover_map.tsv")
    quad = {r["root"]: int(r["quad_class"]) for r in quad_rows}
    plover = {r["code"]: r for r in plover_rows}
    out: dict[str, CameoCode] = {}
    for r in code_rows:
        code = r["code"]
        root = code[:2]
        p = _lookup_specific(code, plover)
        ptype = (p or {}).get("plover") or None
        out[code] = CameoCode(
            code=code,
            name=r["name"],
            goldstein=float(r["goldstein"]),
            root=root,
            quad_class=quad[root],
            plover=ptype,
            plover_mode=((p or {}).get("mode") or None) if ptype else None,
            plover_context=((p or {}).get("context") or None) if ptype else None,
        )
    return out


def cameo(code: str) -> CameoCode:
    """The table entry of ``code``; raises ``KeyError`` for a code CAMEO does not define."""
    return cameo_table()[code]


def is_code(code: str) -> bool:
    return code in cameo_table()
