"""Cross-source event merge: when is a new event mention the same real-world event as a stored one?

A mention and a stored event are compared field by field; each comparison either rejects the
pair or gives a score in [0, 1] and a reason. The pair merges when nothing rejects it and the
weighted mean reaches ``MergeSettings.min_score``; the best-scoring candidate wins. The reasons are
stored with the mention (``event_mentions.merge_reason``) as the explanation of the merge.

* CAMEO: same code 1.0; same root 0.8; roots declared compatible (``compatible_roots``) 0.5;
  anything else rejects.
* Date: the same day 1.0, falling off linearly to 0.5 at ``date_tolerance_days``; further apart
  rejects. A month- or year-only date is compatible with days inside it (0.4).
* Actors (source with source, target with target): the same code 1.0; one code a more specific
  form of the other (``IRQ`` / ``IRQGOV``) 0.8; different codes reject. With a code on one side
  only: the same country 0.6, different countries reject. Names are compared when neither side has
  a code. Both unknown 0.5; one side unknown and the other known 0.3, or a rejection when
  ``allow_unknown_actor`` is off.
* Place: the same name and country 1.0; within ``place_km`` by coordinates 0.9; different known
  places reject; one or both unknown 0.5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class MergeSettings:
    """Thresholds of the event merge (all tunable)."""

    date_tolerance_days: int = 1
    place_km: float = 30.0
    min_score: float = 0.6
    allow_unknown_actor: bool = True
    compatible_roots: tuple[frozenset[str], ...] = field(
        default_factory=lambda: (frozenset({"18", "19", "20"}),)
    )
    weights: tuple[float, float, float, float, float] = (
        0.25,
        0.2,
        0.2,
        0.2,
        0.15,
    )  # cameo date src tgt place
    max_candidates: int = 500


@dataclass(frozen=True)
class Actor:
    code: str | None
    name: str | None
    country: str | None

    @property
    def known(self) -> bool:
        return bool(self.code or self.name or self.country)


@dataclass(frozen=True)
class Place:
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None

    @property
    def known(self) -> bool:
        return bool(self.name or self.country or (self.lat is not None and self.lon is not None))


@dataclass(frozen=True)
class EventKey:
    """What the merge compares, for a mention or a stored event."""

    cameo: str
    root: str
    day: str | None  # YYYY-MM-DD (start of the period for coarser dates)
    granularity: str | None  # day | month | year | published
    source: Actor
    target: Actor
    place: Place


@dataclass
class Decision:
    merge: bool
    score: float
    reasons: dict[str, str]

    def explanation(self) -> dict[str, Any]:
        return {"score": round(self.score, 3), "reasons": self.reasons}


class _Reject(Exception):
    def __init__(self, part: str, reason: str) -> None:
        self.part = part
        self.reason = reason


def _root(code: str) -> str:
    return code[:2]


def compatible_roots(root: str, s: MergeSettings) -> set[str]:
    """Roots a mention with ``root`` may merge with (itself included)."""
    out = {root}
    for group in s.compatible_roots:
        if root in group:
            out |= set(group)
    return out


def _cameo(a: EventKey, b: EventKey, s: MergeSettings) -> tuple[float, str]:
    if a.cameo == b.cameo:
        return 1.0, f"same CAMEO code {a.cameo}"
    if a.root == b.root:
        return 0.8, f"same CAMEO root {a.root} ({a.cameo} / {b.cameo})"
    if b.root in compatible_roots(a.root, s):
        return 0.5, f"compatible CAMEO roots {a.root} / {b.root}"
    raise _Reject("cameo", f"CAMEO {a.cameo} and {b.cameo} differ in root")


def _parse_day(d: str) -> date:
    return date.fromisoformat(d)


def _period(day: str, gran: str | None) -> tuple[date, date]:
    d = _parse_day(day)
    if gran == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if gran == "month":
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return date(d.year, d.month, 1), nxt - timedelta(days=1)
    return d, d


def _date(a: EventKey, b: EventKey, s: MergeSettings) -> tuple[float, str]:
    if not a.day or not b.day:
        raise _Reject("date", "a date is unknown")
    coarse = {"month", "year"}
    if a.granularity in coarse or b.granularity in coarse:
        a0, a1 = _period(a.day, a.granularity)
        b0, b1 = _period(b.day, b.granularity)
        if a0 <= b1 and b0 <= a1:
            return 0.4, f"dates {a.day} ({a.granularity}) and {b.day} ({b.granularity}) overlap"
        raise _Reject("date", f"periods of {a.day} and {b.day} do not overlap")
    diff = abs((_parse_day(a.day) - _parse_day(b.day)).days)
    if diff > s.date_tolerance_days:
        raise _Reject("date", f"{diff} days apart (tolerance {s.date_tolerance_days})")
    if diff == 0:
        return 1.0, f"same day {a.day}"
    return 1.0 - 0.5 * diff / max(1, s.date_tolerance_days), f"{diff} day(s) apart"


def _norm(x: str | None) -> str | None:
    if x is None:
        return None
    x = x.strip().upper()
    return x or None


def _codes_related(a: str, b: str) -> bool:
    """One CAMEO actor code is a more specific form of the other (3-letter blocks)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and len(short) % 3 == 0


def _actor(role: str, a: Actor, b: Actor, s: MergeSettings) -> tuple[float, str]:
    ac, bc = _norm(a.code), _norm(b.code)
    acty, bcty = _norm(a.country), _norm(b.country)
    if ac and bc:
        if ac == bc:
            return 1.0, f"same {role} code {ac}"
        if _codes_related(ac, bc):
            return 0.8, f"{role} codes {ac} / {bc}: one more specific"
        raise _Reject(role, f"different {role} actors {ac} / {bc}")
    if ac or bc:
        if acty and bcty:
            if acty == bcty:
                return 0.6, f"{role} code known on one side, same country {acty}"
            raise _Reject(role, f"{role} countries differ {acty} / {bcty}")
    an, bn = _norm(a.name), _norm(b.name)
    if not ac and not bc and an and bn:
        if an == bn:
            return 0.9, f"same {role} name {a.name}"
        if acty and bcty and acty != bcty:
            raise _Reject(role, f"{role} countries differ {acty} / {bcty}")
        raise _Reject(role, f"different {role} names {a.name} / {b.name}")
    if not ac and not bc and acty and bcty:
        if acty == bcty:
            return 0.6, f"{role} of the same country {acty}"
        raise _Reject(role, f"{role} countries differ {acty} / {bcty}")
    if not a.known and not b.known:
        return 0.5, f"{role} unknown on both sides"
    if not s.allow_unknown_actor:
        raise _Reject(role, f"{role} unknown on one side")
    return 0.3, f"{role} unknown on one side"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def _place(a: Place, b: Place, s: MergeSettings) -> tuple[float, str]:
    if not a.known or not b.known:
        return 0.5, "place unknown on one side" if (a.known or b.known) else "place unknown on both sides"
    an, bn = _norm(a.name), _norm(b.name)
    acty, bcty = _norm(a.country), _norm(b.country)
    if acty and bcty and acty != bcty:
        raise _Reject("place", f"places in different countries {acty} / {bcty}")
    if an and bn and an == bn:
        return 1.0, f"same place {a.name}"
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= s.place_km:
            return 0.9, f"places {km:.0f} km apart"
        raise _Reject("place", f"places {km:.0f} km apart (limit {s.place_km:g})")
    if an and bn:
        raise _Reject("place", f"different places {a.name} / {b.name}")
    return 0.5, "place compatible (only one side named)"


def decide(mention: EventKey, event: EventKey, s: MergeSettings = MergeSettings()) -> Decision:
    """Whether ``mention`` is the same real-world event as ``event``, with the reasons."""
    reasons: dict[str, str] = {}
    try:
        parts = [
            ("cameo", _cameo(mention, event, s)),
            ("date", _date(mention, event, s)),
            ("source", _actor("source", mention.source, event.source, s)),
            ("target", _actor("target", mention.target, event.target, s)),
            ("place", _place(mention.place, event.place, s)),
        ]
    except _Reject as r:
        return Decision(False, 0.0, {r.part: "rejected: " + r.reason})
    total = 0.0
    for (name, (score, reason)), w in zip(parts, s.weights, strict=True):
        reasons[name] = reason
        total += w * score
    total /= sum(s.weights)
    # Two sides with no actor at all give no evidence that these are the same event.
    if not (mention.source.known or mention.target.known) and not mention.place.known:
        return Decision(False, total, {**reasons, "evidence": "rejected: no actor and no place"})
    if total < s.min_score:
        return Decision(False, total, {**reasons, "score": f"rejected: {total:.2f} < {s.min_score:g}"})
    return Decision(True, total, reasons)


def best_match(
    mention: EventKey, candidates: list[tuple[int, EventKey]], s: MergeSettings = MergeSettings()
) -> tuple[int, Decision] | None:
    """The candidate (id, key) ``mention`` merges into, or None."""
    best: tuple[int, Decision] | None = None
    for cid, key in candidates:
        d = decide(mention, key, s)
        if d.merge and (best is None or d.score > best[1].score):
            best = (cid, d)
    return best
