"""Actor records, their date-bounded roles, and the checks every record must pass.

A record is one line of ``resolve/data/actors/*.jsonl`` or ``resolve/data/metonyms.jsonl``
(schema: ``resolve/data/actor.schema.json``). Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``;
a partial start date means the first day of that year or month, a partial end date the last.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pycountry

# CAMEO agent (role) codes the project uses after a country code (CAMEO 1.1b3, ch. 3).
AGENT_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY LEG INS SEP UAF MED EDU BUS CVL REF HLH HRI LAB AGR CRM DEV ELI "
    "ENV MOD RAD REL UNO PKO SET MNC NGO IGO".split()
)
# First blocks that are not countries: intergovernmental, non-governmental, international militarized
# groups, multinational corporations.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})
# CAMEO region codes for states named together as a region (الدول الأوروبية: EUR).
REGION_CODES = frozenset(
    {"EUR", "WST", "PGS", "AFR", "ASA", "MEA", "LAM", "NAF", "SAS", "SEA", "EEU", "WAF", "EAF"}
)
# Codes outside ISO 3166-1 that the project uses (Kosovo's user-assigned code).
EXTRA_COUNTRIES = frozenset({"XKX"})

POSITION_RANK = {
    "head_of_state": 0,
    "king": 0,
    "head_of_government": 1,
    "vice_president": 2,
    "crown_prince": 2,
    "secretary_general": 3,
    "president_of_org": 3,
    "group_leader": 3,
    "speaker": 3,
    "foreign_minister": 4,
    "defence_minister": 4,
    "interior_minister": 4,
    "finance_minister": 4,
    "army_chief": 4,
    "intelligence_chief": 4,
    "opposition_leader": 4,
    "minister": 5,
    "national_security_adviser": 5,
    "religious_leader": 5,
    "envoy": 6,
    "ambassador": 6,
    "spokesperson": 7,
    "other": 9,
}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes (from pycountry) plus the project's extra codes."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_COUNTRIES


def code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid CAMEO actor code for the project, or None when it is."""
    if not code or len(code) % 3 or not code.isascii() or not code.isupper() or not code.isalpha():
        return f"code {code!r} is not a sequence of 3-letter upper-case blocks"
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    first = blocks[0]
    if first in NON_STATE_PREFIXES:
        return None  # the blocks after IGO/NGO/IMG/MNC name the organization
    if first in REGION_CODES and len(blocks) == 1:
        return None  # a region named as an actor
    if first not in country_codes():
        return f"code {code!r} starts with {first!r}, neither an ISO 3166-1 alpha-3 code nor IGO/NGO/IMG/MNC"
    for b in blocks[1:]:
        if b not in AGENT_CODES:
            return f"code {code!r} has the block {b!r}, which is not a CAMEO agent code ({' '.join(sorted(AGENT_CODES))})"
    return None


def parse_bound(value: str | None, *, end: bool) -> date | None:
    """``YYYY[-MM[-DD]]`` as a date: the first day of the period for a start, the last for an end."""
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    y = parts[0]
    if len(parts) == 1:
        return date(y, 12, 31) if end else date(y, 1, 1)
    m = parts[1]
    if len(parts) == 2:
        return date(y, m, calendar.monthrange(y, m)[1]) if end else date(y, m, 1)
    return date(y, m, parts[2])


def as_date(value: date | datetime | str | None) -> date | None:
    """A date from a date, a datetime or an ISO string (``YYYY[-MM[-DD]]``); None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_bound(value[:10], end=False)


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    position: str
    org: str | None
    title_en: str | None
    start: date | None
    end: date | None
    start_text: str | None
    end_text: str | None

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    @property
    def rank(self) -> int:
        return POSITION_RANK.get(self.position, 9)

    def span_text(self) -> str:
        return f"{self.start_text or '?'}..{self.end_text or ''}"


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    kind: str
    name_en: str
    names_ar: tuple[str, ...]
    short_ar: tuple[str, ...]
    short_safe: bool
    qid: str | None
    country: str | None
    roles: tuple[Role, ...]
    sources: tuple[str, ...]
    origin: str  # file:line

    @classmethod
    def from_json(cls, obj: dict[str, Any], origin: str) -> ActorRecord:
        roles = tuple(
            Role(
                code=r["code"],
                position=r.get("position") or "other",
                org=r.get("org"),
                title_en=r.get("title_en"),
                start=parse_bound(r.get("start"), end=False),
                end=parse_bound(r.get("end"), end=True),
                start_text=r.get("start"),
                end_text=r.get("end"),
            )
            for r in obj["roles"]
        )
        return cls(
            id=obj["id"],
            kind=obj["kind"],
            name_en=obj["name_en"],
            names_ar=tuple(obj["names_ar"]),
            short_ar=tuple(obj.get("short_ar") or ()),
            short_safe=bool(obj.get("short_safe", False)),
            qid=obj.get("qid"),
            country=obj.get("country"),
            roles=roles,
            sources=tuple(obj["sources"]),
            origin=origin,
        )


def record_problems(obj: dict[str, Any]) -> list[str]:
    """Checks beyond the JSON schema: date order, code validity, country codes, sources."""
    out: list[str] = []
    country = obj.get("country")
    if country and country not in country_codes():
        out.append(f"country {country!r} is not an ISO 3166-1 alpha-3 code")
    for k, r in enumerate(obj.get("roles") or []):
        problem = code_problem(r.get("code", ""))
        if problem:
            out.append(f"roles[{k}]: {problem}")
        try:
            s = parse_bound(r.get("start"), end=False)
            e = parse_bound(r.get("end"), end=True)
        except ValueError as exc:
            out.append(f"roles[{k}]: impossible date ({exc})")
            continue
        if s and e and e < s:
            out.append(f"roles[{k}]: end {r.get('end')} is before start {r.get('start')}")
    if not any(str(s).strip() for s in obj.get("sources") or []):
        out.append("no source: add where the entry comes from to 'sources'")
    for field in ("names_ar", "short_ar"):
        for n in obj.get(field) or []:
            if n != n.strip() or "  " in n:
                out.append(f"{field}: {n!r} has stray spaces")
    return out
