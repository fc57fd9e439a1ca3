"""Finding place names in Arabic text and choosing the place each one means.

Two pure steps, testable on strings:

1. :func:`find_names`: longest match of gazetteer names over normalized words, reading off the
   proclitics و ف ب ل ك (and ل + ال written لل); spans are raw offsets of the name alone.
2. :func:`resolve`: for each name, score its candidate places by the countries the article
   talks about (country names, nisba adjectives, unambiguous places, caller hints), a nisba
   right after the name (``مدينة سوتشي الروسية``), feature class and population, and a small
   prior for the Arab world (this is Arabic news). When two candidates in different countries
   stay close, the answer carries a low confidence and a reason that says so.

:func:`geocode_text` runs both.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from hadath.doc.model import PlaceRef
from hadath.geo.gazetteer import Gazetteer, Place, load_gazetteer
from hadath.geo.names import name_key, stem_variants
from hadath.text.normalize import NormalizedView, view_of

_WORD = re.compile("[\u0621-\u064a]+")
# only spaces (or a hyphen) may separate the words of one multi-word name
_JOIN = re.compile(r"[ \t\u00a0\-]*")

PLACE_CUES = frozenset(
    name_key(w)
    for w in (
        "في وفي إلى الى وإلى من ومن نحو داخل قرب أنحاء مدينة بلدة قرية محافظة منطقة عاصمة العاصمة ريف حي "
        "ولاية مخيم إقليم ميناء مطار شمال جنوب شرق غرب شمالي جنوبي شرقي غربي مدينتي"
    ).split()
)
_CITY_CUES = frozenset(name_key(w) for w in "مدينة بلدة قرية مدينتي العاصمة عاصمة".split())
_LOCATIVE_PROCLITICS = frozenset("بل")
ARAB_WORLD = frozenset(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM ESH".split()
)

# scoring weights (log units)
W_POPULATION = 0.5  # per decade of population
W_COUNTRY = 1.0  # the name is a country's
W_DIVISION = 0.5  # admin division, region or natural feature
W_CAPITAL = 0.5
W_CURATED = 1.0
W_ARAB_WORLD = 1.0
W_PROMINENCE = 0.75  # per doubling of the GeoNames alternate names (how widely known a city is)
PROMINENCE_COUNTRY = 128  # stand-in alternate-name counts for records that have none
PROMINENCE_OTHER = 32
W_DOC_MENTIONED = 1.5  # the article mentions the candidate's country at all
W_DOC_SHARE = 1.5  # times the country's share of the article's country evidence
W_NISBA_AGREES = 5.0
W_NISBA_DISAGREES = -3.0
W_CITY_CUE = 1.0
NAMESAKE_KNOWN = 3  # a namesake: a third of the alternate names or fewer ...
NAMESAKE_POPULATION = 5  # ... and a fifth of the population or less
AMBIGUOUS_MARGIN = 1.5
AMBIGUOUS_CAP = 0.5


@dataclass(slots=True)
class NameHit:
    """A span of the text that is a gazetteer name."""

    start: int  # raw offsets of the name (proclitics excluded)
    end: int
    text: str
    key: str
    words: tuple[int, int]  # index of the first and one past the last word
    proclitic: str  # normalized proclitics read off the first word ("" when none)
    cue: str | None  # the place cue before the name, or "ب"/"ل" proclitic, or None
    nisba_after: str | None  # ISO3 of a nisba right after the name
    city_cue: bool
    needs_cue: bool  # the name is also a common word (stoplist category ambiguous)


@dataclass(slots=True)
class Candidate:
    place: Place
    score: float
    why: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        p = self.place
        return {
            "id": p.id,
            "name_en": p.name_en,
            "country": p.country or None,
            "feature_class": p.fclass,
            "feature_code": p.fcode,
            "population": p.population,
            "score": round(self.score, 3),
        }


@dataclass(slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    place: PlaceRef
    candidates: list[Candidate]
    confidence: float
    reason: str
    hit: NameHit

    @property
    def entity_type(self) -> str:
        return self.candidates[0].place.entity_type


def _notable(p: Place) -> bool:
    """Places worth reading a short word as proclitic + name for (وفدا is not و + Fada, Chad)."""
    return p.fclass != "P" or p.curated or p.population >= 100_000 or p.country in ARAB_WORLD


def _words(view: NormalizedView) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view.text)]


def find_names(text: str, gaz: Gazetteer | None = None) -> list[NameHit]:
    """Gazetteer names in ``text``: leftmost, longest, not overlapping."""
    gaz = gaz or load_gazetteer()
    view = view_of(text)
    vt = view.text
    words = _words(view)
    hits: list[NameHit] = []
    i = 0
    n = len(words)
    while i < n:
        best: tuple[int, int, str] | None = None  # (number of words, -offset, key)
        best_off = 0
        s0, e0, w0 = words[i]
        for off, stem in stem_variants(w0):
            if off and w0 in gaz.blocked_surfaces:
                break
            span = gaz.max_words.get(stem, 0)
            if not span:
                continue
            parts = [stem]
            for j in range(i + 1, min(n, i + span)):
                gap = vt[words[j - 1][1] : words[j][0]]
                if not _JOIN.fullmatch(gap):
                    break
                parts.append(words[j][2])
            for k in range(len(parts), 0, -1):
                key = " ".join(parts[:k])
                places = gaz.lookup(key)
                if places and (not off or k > 1 or len(stem) >= 5 or any(map(_notable, places))):
                    cand = (k, -off, key)
                    if best is None or cand[:2] > best[:2]:
                        best, best_off = cand, off
                    break
        if best is None:
            i += 1
            continue
        k, _, key = best
        vs, ve = s0 + best_off, words[i + k - 1][1]
        rs, re_ = view.to_raw_span(vs, ve)
        proclitic = w0[:best_off]
        prev = words[i - 1][2] if i > 0 else ""
        cue = prev if prev in PLACE_CUES else None
        if cue is None and proclitic and proclitic[-1] in _LOCATIVE_PROCLITICS:
            cue = proclitic
        nisba_after = None
        for j in range(i + k, min(n, i + k + 2)):
            c = gaz.nisba.get(words[j][2])
            if c:
                nisba_after = c
                break
        hits.append(
            NameHit(
                start=rs,
                end=re_,
                text=text[rs:re_],
                key=key,
                words=(i, i + k),
                proclitic=proclitic,
                cue=cue,
                nisba_after=nisba_after,
                city_cue=prev in _CITY_CUES,
                needs_cue=key in gaz.ambiguous,
            )
        )
        i += k
    return hits


def country_evidence(
    text: str, hits: list[NameHit], gaz: Gazetteer, countries_hint: Iterable[str] = ()
) -> tuple[Counter[str], dict[str, list[str]]]:
    """Countries the article talks about, with weights, and what showed each one."""
    weight: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}

    def add(c: str, w: float, what: str) -> None:
        weight[c] += w  # type: ignore[assignment]
        shown.setdefault(c, [])
        if what not in shown[c]:
            shown[c].append(what)

    for c in countries_hint:
        add(c, 2, "caller hint")
    for h in hits:
        if h.needs_cue and h.cue is None:
            continue
        cands = gaz.lookup(h.key)
        countries = {p.country for p in cands if p.country}
        if any(p.is_country for p in cands):
            for p in cands:
                # a country's name is evidence unless it is also a capital or a big city elsewhere
                # (عمان: Oman, or Amman?)
                rivals = [
                    q
                    for q in cands
                    if q.country != p.country and (q.fcode == "PPLC" or q.population >= 1_000_000)
                ]
                if p.is_country and not rivals:
                    add(p.country, 2, h.text)
        elif len(countries) == 1:
            add(next(iter(countries)), 1, h.text)
    view = view_of(text)
    for _s, _e, w in _words(view):
        nc = gaz.nisba.get(w)
        if nc:
            add(nc, 1, w)
    return weight, shown


def _known(p: Place) -> int:
    return p.altnames if p.altnames is not None else PROMINENCE_COUNTRY if p.is_country else PROMINENCE_OTHER


def _score(h: NameHit, p: Place, doc_share: dict[str, float], rivals: Iterable[Place] = ()) -> Candidate:
    s = W_POPULATION * math.log10(p.population + 1)
    known = _known(p)
    s += W_PROMINENCE * math.log2(known + 1)
    why = []
    if p.is_country:
        s += W_COUNTRY
        why.append("country name")
    elif p.fclass != "P":
        s += W_DIVISION
    if p.fcode == "PPLC":
        s += W_CAPITAL
    if p.curated:
        s += W_CURATED
    if p.country in ARAB_WORLD:
        s += W_ARAB_WORLD
    share = doc_share.get(p.country, 0.0)
    if share:
        bonus = W_DOC_MENTIONED + W_DOC_SHARE * share
        # a namesake far less known than the famous place (Geneva, Illinois beside Geneva) gets
        # half: an article that names the Americans (وزيرا الخارجية الأمريكي) is not about Illinois
        if any(
            q.country != p.country
            and known * NAMESAKE_KNOWN <= _known(q)
            and p.population * NAMESAKE_POPULATION <= q.population
            for q in rivals
        ):
            bonus /= 2
            why.append(f"article mentions {p.country} (halved: a far better-known place has the name)")
        else:
            why.append(f"article mentions {p.country}")
        s += bonus
    if h.nisba_after:
        if h.nisba_after == p.country:
            s += W_NISBA_AGREES
            why.append(f"nisba after the name says {p.country}")
        else:
            s += W_NISBA_DISAGREES
    if h.city_cue:
        s += W_CITY_CUE if p.fclass == "P" else -W_CITY_CUE
    return Candidate(p, s, why)


def _describe(p: Place) -> str:
    gn = f"GeoNames {p.geonameid}" if p.geonameid else p.id
    return f"{p.name_en}, {p.country or 'international waters'} ({p.fcode}, {gn}, pop {p.population:,})"


def resolve(
    text: str, hits: list[NameHit], gaz: Gazetteer | None = None, *, countries_hint: Iterable[str] = ()
) -> list[PlaceMatch]:
    """Choose a place for every name hit; every choice carries its candidates and reason."""
    gaz = gaz or load_gazetteer()
    weight, shown = country_evidence(text, hits, gaz, countries_hint)
    out = []
    for h in hits:
        cands = gaz.lookup(h.key)
        if not cands:
            continue
        # a hit is no evidence for itself: leave out the countries it alone showed
        own = {p.country for p in cands}
        evidence = {c: w for c, w in weight.items() if not (c in own and shown.get(c) == [h.text])}
        top = max(evidence.values(), default=0)
        share = {c: w / top for c, w in evidence.items()} if top else {}
        scored = sorted((_score(h, p, share, cands) for p in cands), key=lambda c: (-c.score, c.place.id))
        best = scored[0]
        # the country itself, never its capital, when the name is both
        if not best.place.is_country:
            for c in scored:
                if c.place.is_country and c.place.country == best.place.country:
                    c.why.append(f"also the name of {best.place.name_en}: the country is meant")
                    c.score = best.score + 0.01
                    best = c
                    scored.remove(c)
                    scored.insert(0, c)
                    break
        rival = next((c for c in scored[1:] if c.place.country != best.place.country), None)
        if rival is None:
            confidence = 0.95 if len(scored) == 1 else 0.9
            if len(scored) > 1 and scored[1].score > best.score - 0.5:
                confidence = 0.8
        else:
            margin = best.score - rival.score
            confidence = 1 / (1 + math.exp(-margin))
            if margin < AMBIGUOUS_MARGIN:
                confidence = min(confidence, AMBIGUOUS_CAP)
        if h.needs_cue:
            confidence = min(confidence, 0.7)
        confidence = round(confidence, 3)
        reason = _reason(h, best, rival, scored, shown, confidence)
        p = best.place
        ref = PlaceRef(
            id=p.id,
            name_en=p.name_en,
            country=p.country or None,
            admin1=p.admin1 or None,
            lat=p.lat,
            lon=p.lon,
            reason=reason,
            confidence=confidence,
            feature_class=p.fclass,
            population=p.population,
        )
        out.append(PlaceMatch(h.start, h.end, h.text, ref, scored, confidence, reason, h))
    return out


def _reason(
    h: NameHit,
    best: Candidate,
    rival: Candidate | None,
    scored: list[Candidate],
    shown: dict[str, list[str]],
    confidence: float,
) -> str:
    parts = [f"gazetteer name '{h.key}'"]
    if h.proclitic:
        parts[0] += f" after proclitic '{h.proclitic}'"
    parts[0] += f" matches {len(scored)} place(s)"
    parts.append(f"chose {_describe(best.place)}")
    if best.why:
        ev = []
        for w in best.why:
            if w.startswith("article mentions"):
                c = best.place.country
                ev.append(f"article mentions {c} ({', '.join(shown.get(c, [])[:4])})")
            else:
                ev.append(w)
        parts.append("because " + "; ".join(ev))
    elif len(scored) > 1:
        parts.append("by population and feature class")
    if rival is not None:
        margin = best.score - rival.score
        if confidence <= AMBIGUOUS_CAP and margin < AMBIGUOUS_MARGIN:
            parts.append(
                f"AMBIGUOUS: {_describe(rival.place)} scores close (margin {margin:.2f}); "
                "the text does not settle the country"
            )
        else:
            parts.append(f"runner-up {_describe(rival.place)} (margin {margin:.2f})")
    if h.needs_cue:
        parts.append(f"name is also a common word; accepted after cue '{h.cue}'")
    return "; ".join(parts)


def geocode_text(
    text: str, *, countries_hint: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> list[PlaceMatch]:
    """Places named in ``text``, in text order. Names that are also common words (صور، العين)
    count only after a place cue (في صور، بالعين، مدينة صور)."""
    gaz = gazetteer or load_gazetteer()
    hits = [h for h in find_names(text, gaz) if not h.needs_cue or h.cue is not None]
    return resolve(text, hits, gaz, countries_hint=countries_hint)


def match_as_dict(m: PlaceMatch) -> dict[str, object]:
    """A JSON-ready view of one match (for the CLI and the API)."""
    p = m.place
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.entity_type,
        "id": p.id,
        "name_en": p.name_en,
        "country": p.country,
        "admin1": p.admin1,
        "lat": p.lat,
        "lon": p.lon,
        "feature_class": p.feature_class,
        "population": p.population,
        "confidence": m.confidence,
        "reason": m.reason,
        "candidates": [c.as_dict() for c in m.candidates[:5]],
    }


def geocode(text: str, *, countries_hint: Iterable[str] = ()) -> list[dict[str, object]]:
    """What ``hadath geocode "TEXT"`` prints: the places found, JSON-ready."""
    return [match_as_dict(m) for m in geocode_text(text, countries_hint=countries_hint)]
