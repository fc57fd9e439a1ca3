"""``EventStage``: writes the coder's proposals onto ``doc.events``."""

from __future__ import annotations

import hashlib

from hadath.doc.model import Argument, Document, Event, Location, Sentence, TextSpan
from hadath.events.coder import Arg, Coder, Mention, Proposal
from hadath.events.render import text_ar, text_en
from hadath.events.tables import cameo


def _argument(doc: Document, a: Arg | None) -> Argument | None:
    if a is None:
        return None
    m = a.mention
    text = doc.text[m.start : m.end]  # the raw span, even for a mention merged across an apposition
    if not m.is_actor:  # a place standing for its country
        return Argument(
            m.start, m.end, text, m.country, None, m.country, None, a.how + " (the place's country)"
        )
    return Argument(m.start, m.end, text, m.code, m.name_en, m.country, m.actor_id, a.how)


def _location(doc: Document, m: Mention | None) -> Location | None:
    if m is None or m.place is None:
        return None
    p = m.place
    return Location(m.start, m.end, doc.text[m.start : m.end], p.name_en, p.country, p.lat, p.lon, p.id)


def to_event(doc: Document, p: Proposal) -> Event:
    """A proposal as the document model's ``Event`` (codes looked up in the CAMEO tables)."""
    c = cameo(p.code)
    cue = TextSpan(*p.modality_cue) if p.modality_cue else None
    ev = Event(
        cameo=p.code,
        cameo_root=c.root,
        plover=c.plover,
        quad_class=c.quad_class,
        goldstein=c.goldstein,
        modality=p.modality,
        confidence=p.confidence,
        source=_argument(doc, p.source),
        target=_argument(doc, p.target),
        location=_location(doc, p.location),
        date=p.date,
        trigger=TextSpan(*p.trigger),
        sentence=Sentence(*p.sentence),
        rule=p.rule,
        plover_mode=c.plover_mode,
        modality_cue=cue,
        date_reason=p.date_reason,
        reasons=list(p.reasons),
    )
    key = f"{doc.id}|{p.trigger[0]}|{p.code}|{ev.source.code if ev.source else ''}|{ev.target.code if ev.target else ''}"
    ev.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    ev.text_en = text_en(ev)
    ev.text_ar = text_ar(ev)
    return ev


class EventStage:
    """Codes CAMEO/PLOVER events from the sentences, tokens, entities and dates of a document."""

    name = "events"
    requires: tuple[str, ...] = ("sentences", "tokens", "entities", "dates")
    provides: tuple[str, ...] = ("events",)

    def __init__(self, coder: Coder | None = None) -> None:
        self.coder = coder or Coder()

    def __call__(self, doc: Document) -> Document:
        doc.events = [to_event(doc, p) for p in self.coder.propose(doc)]
        doc.layers.add("events")
        return doc
