"""Document model and its JSON contract."""

from hadath.doc.model import (
    ENTITY_TYPES,
    GRANULARITIES,
    MODALITIES,
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
from hadath.doc.serialize import SCHEMA_VERSION, dumps, from_json, loads, to_json

__all__ = [
    "ENTITY_TYPES",
    "GRANULARITIES",
    "MODALITIES",
    "SCHEMA_VERSION",
    "ActorRef",
    "Argument",
    "DateExpr",
    "Document",
    "Entity",
    "Event",
    "Location",
    "PlaceRef",
    "Sentence",
    "TextSpan",
    "Token",
    "Word",
    "dumps",
    "from_json",
    "loads",
    "to_json",
]
