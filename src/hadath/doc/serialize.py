"""Serialization of Documents to the JSON contract ``hadath.document/1`` and back.

Field names are public interface: later versions add fields, never rename them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from hadath.doc.model import (
    ActorRef,
    Argument,
    DateExpr,
    Document,
    Entity,
    Event,
    Location,
    PlaceRef,
    Sentence,
    TextSpan,
    Token,
    Word,
)
from hadath.errors import FormatError

SCHEMA_VERSION = "hadath.document/1"


def _published_to_json(p: date | datetime | None) -> str | None:
    if p is None:
        return None
    return p.isoformat()


def parse_published(value: str | None) -> date | datetime | None:
    if value is None or value == "":
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def _event_to_json(ev: Event) -> dict[str, Any]:
    d = asdict(ev)
    # the contract's argument objects: drop None-only extras for compactness? keep all: additive
    return d


def to_json(doc: Document) -> dict[str, Any]:
    """The Document as a JSON-ready dict following ``hadath.document/1``."""
    text = doc.text
    return {
        "schema": SCHEMA_VERSION,
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "url": doc.url,
        "published": _published_to_json(doc.published),
        "language": doc.language,
        "text": text,
        "metadata": doc.metadata,
        "layers": sorted(doc.layers),
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "tokens": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "words": [{"start": w.start, "end": w.end, "text": w.text, "norm": w.norm} for w in t.words],
            }
            for t in doc.tokens
        ],
        "entities": [asdict(e) for e in doc.entities],
        "dates": [asdict(d) for d in doc.dates],
        "events": [_event_to_json(e) for e in doc.events],
    }


def dumps(doc: Document, *, indent: int | None = None) -> str:
    return json.dumps(to_json(doc), ensure_ascii=False, indent=indent)


def _arg(d: dict[str, Any] | None) -> Argument | None:
    return None if d is None else Argument(**d)


def from_json(d: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON dict (inverse of ``to_json``)."""
    schema = d.get("schema")
    if schema != SCHEMA_VERSION:
        raise FormatError(
            f"unsupported document schema {schema!r}",
            hint=f"this hadath reads {SCHEMA_VERSION}; re-run `hadath analyze` to regenerate",
        )
    try:
        doc = Document(
            d["text"],
            id=d.get("id") or "",
            source=d.get("source"),
            title=d.get("title"),
            url=d.get("url"),
            published=parse_published(d.get("published")),
            language=d.get("language") or "ar",
            metadata=dict(d.get("metadata") or {}),
        )
        doc.layers = set(d.get("layers") or [])
        doc.sentences = [Sentence(s["start"], s["end"]) for s in d.get("sentences", [])]
        doc.tokens = [
            Token(t["start"], t["end"], t["text"], [Word(**w) for w in t.get("words", [])])
            for t in d.get("tokens", [])
        ]
        ents = []
        for e in d.get("entities", []):
            e = dict(e)
            actor = e.pop("actor", None)
            place = e.pop("place", None)
            ents.append(
                Entity(
                    **e,
                    actor=ActorRef(**actor) if actor else None,
                    place=PlaceRef(**place) if place else None,
                )
            )
        doc.entities = ents
        doc.dates = [DateExpr(**x) for x in d.get("dates", [])]
        evs = []
        for e in d.get("events", []):
            e = dict(e)
            src = _arg(e.pop("source", None))
            tgt = _arg(e.pop("target", None))
            loc = e.pop("location", None)
            trig = e.pop("trigger")
            sent = e.pop("sentence")
            cue = e.pop("modality_cue", None)
            evs.append(
                Event(
                    **e,
                    source=src,
                    target=tgt,
                    location=Location(**loc) if loc else None,
                    trigger=TextSpan(**trig),
                    sentence=Sentence(**sent),
                    modality_cue=TextSpan(**cue) if cue else None,
                )
            )
        doc.events = evs
    except (KeyError, TypeError) as exc:
        raise FormatError(
            f"document JSON does not follow {SCHEMA_VERSION}: {exc}",
            hint="validate it against hadath's packaged JSON Schema (hadath.doc.serialize.json_schema())",
        ) from exc
    return doc


def loads(s: str) -> Document:
    return from_json(json.loads(s))


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The packaged JSON Schema of ``hadath.document/1``."""
    path = resources.files("hadath.doc").joinpath("schema/document-1.schema.json")
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def validate_json(d: dict[str, Any]) -> None:
    """Raise FormatError when ``d`` breaks the packaged JSON Schema."""
    import jsonschema

    try:
        jsonschema.validate(d, json_schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        raise FormatError(f"document JSON invalid at {where or '<root>'}: {exc.message}") from exc
