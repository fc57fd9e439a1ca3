"""The ``geocode`` stage: places on GPE/LOC entities, and the places the NER missed."""

from __future__ import annotations

from hadath.doc.model import Document, Entity
from hadath.geo.gazetteer import Gazetteer, load_gazetteer
from hadath.geo.geocode import NameHit, PlaceMatch, find_names, resolve

PLACE_TYPES = ("GPE", "LOC")
ORIGIN = "gazetteer"
MIN_CONFIDENCE_NEW = 0.5


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def propose(doc: Document, gaz: Gazetteer) -> tuple[dict[int, PlaceMatch], list[PlaceMatch]]:
    """What the stage would write, without writing it.

    Returns (entity index -> match for GPE/LOC entities, new GPE/LOC entities to add). A name
    that is also a common word (stoplist category ``ambiguous``) is accepted inside a GPE/LOC
    entity even without a place cue: the NER already says it is a place.
    """
    ents = doc.entities
    hints = [e.actor.country for e in ents if e.actor is not None and e.actor.country]
    hits = find_names(doc.text, gaz)

    def inside_place_entity(h: NameHit) -> bool:
        return any(e.type in PLACE_TYPES and e.start <= h.start and h.end <= e.end for e in ents)

    kept = [h for h in hits if not h.needs_cue or h.cue is not None or inside_place_entity(h)]
    matches = resolve(doc.text, kept, gaz, countries_hint=hints)
    assigned: dict[int, PlaceMatch] = {}
    for i, e in enumerate(ents):
        if e.type not in PLACE_TYPES:
            continue
        inside = [m for m in matches if _overlaps(m.start, m.end, e.start, e.end)]
        if inside:
            # the longest name inside the entity ("مدينة سوتشي" -> سوتشي), then the first
            assigned[i] = max(inside, key=lambda m: (m.end - m.start, -m.start))
    new = [
        m
        for m in matches
        if m.confidence >= MIN_CONFIDENCE_NEW
        and not m.hit.needs_cue
        and not any(_overlaps(m.start, m.end, e.start, e.end) for e in ents)
    ]
    return assigned, new


class GeoStage:
    """Fills ``place`` on GPE/LOC entities and adds GPE/LOC entities the NER missed."""

    name = "geocode"
    requires = ("tokens", "entities")
    provides = ("entities.place",)

    def __init__(self, gazetteer: Gazetteer | None = None, *, add_missed: bool = True) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.add_missed = add_missed

    def __call__(self, doc: Document) -> Document:
        assigned, new = propose(doc, self.gazetteer)
        for i, m in assigned.items():
            doc.entities[i].place = m.place
        if self.add_missed:
            for m in new:
                doc.add_entity(
                    m.start, m.end, m.entity_type, place=m.place, score=m.confidence, origin=ORIGIN
                )
            doc.entities.sort(key=lambda e: (e.start, e.end))
        return doc


def place_entities(doc: Document) -> list[Entity]:
    """The document's entities that carry a place."""
    return [e for e in doc.entities if e.place is not None]
