"""Hand-built documents for event tests and golden files: text, actors and places set by hand.

``make_doc(text, actors, places, published=...)`` runs the text and dates stages, then marks
every occurrence of each given surface string as an entity with the given actor or place, so
the coder can be tested without the NER and the resolver.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from hadath.doc.model import ActorRef, Document, PlaceRef
from hadath.text.stage import TextStage

ActorSpec = Mapping[str, Any]  # {"code": "SYRGOV", "country": "SYR", "name_en": ..., "type": "PER"}
PlaceSpec = Mapping[
    str, Any
]  # {"country": "RUS", "name_en": "Sochi", "lat": .., "lon": .., "country_level": bool}


def make_doc(
    text: str,
    actors: Mapping[str, ActorSpec] | None = None,
    places: Mapping[str, PlaceSpec] | None = None,
    *,
    title: str | None = None,
    published: date | None = None,
    doc_id: str = "test",
) -> Document:
    full = f"{title}\n\n{text}" if title else text
    doc = Document(full, id=doc_id, title=title, published=published)
    doc = TextStage()(doc)
    try:
        from hadath.dates.stage import DatesStage

        doc = DatesStage()(doc)
    except ImportError:  # pragma: no cover
        doc.dates = []
    taken: list[tuple[int, int]] = []

    def occurrences(surface: str) -> list[tuple[int, int]]:
        out = []
        k = full.find(surface)
        while k >= 0:
            span = (k, k + len(surface))
            if not any(a < span[1] and span[0] < b for a, b in taken):
                out.append(span)
            k = full.find(surface, k + 1)
        return out

    # longest surfaces first, so "الرئيس السوري بشار الأسد" wins over "الأسد"
    items: list[tuple[str, str, Mapping[str, Any]]] = [("actor", s, v) for s, v in (actors or {}).items()]
    items += [("place", s, v) for s, v in (places or {}).items()]
    items.sort(key=lambda x: -len(x[1]))
    for kind, surface, spec in items:
        for start, end in occurrences(surface):
            taken.append((start, end))
            if kind == "actor":
                ref = ActorRef(
                    id=spec.get("id"),
                    code=spec.get("code"),
                    name_en=spec.get("name_en"),
                    country=spec.get("country"),
                    reason=spec.get("reason", "set by hand"),
                    confidence=spec.get("confidence", 1.0),
                    kind=spec.get("kind"),
                )
                doc.add_entity(start, end, spec.get("type", "PER"), actor=ref, origin="test")
            else:
                country_level = bool(spec.get("country_level"))
                pref = PlaceRef(
                    id=spec.get("id"),
                    name_en=spec.get("name_en"),
                    country=spec.get("country"),
                    admin1=None if country_level else spec.get("admin1", "01"),
                    lat=spec.get("lat"),
                    lon=spec.get("lon"),
                    reason="set by hand",
                    feature_class="A" if country_level else "P",
                )
                doc.add_entity(start, end, spec.get("type", "GPE"), place=pref, origin="test")
    doc.entities.sort(key=lambda e: (e.start, e.end))
    return doc
