"""The document model: one immutable text, and layers of spans into it.

Every span is a half-open pair of character offsets into ``Document.text``; its ``text`` is
always ``doc.text[start:end]`` (checked when a layer is written through ``Document``'s
``add_*`` helpers, and by the property tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hadath.errors import PipelineError

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE", "MISC")
MODALITIES = ("asserted", "negated", "future", "hypothetical", "reported_claim")
GRANULARITIES = ("day", "month", "year")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Word:
    """A syntactic word: a clitic or a stem inside a token (``ولم`` is one token, two words)."""

    start: int
    end: int
    text: str
    norm: str


@dataclass(slots=True)
class Token:
    """A surface token as it appears in the text, with its clitic words."""

    start: int
    end: int
    text: str
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class ActorRef:
    id: str | None
    code: str | None
    name_en: str | None
    country: str | None
    reason: str
    confidence: float = 1.0
    role: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class PlaceRef:
    id: str | None
    name_en: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    reason: str
    confidence: float = 1.0
    feature_class: str | None = None
    population: int | None = None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str
    actor: ActorRef | None = None
    place: PlaceRef | None = None
    score: float | None = None
    origin: str = "ner"


@dataclass(slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    reason: str
    confidence: float = 1.0


@dataclass(slots=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Argument:
    """An event's source or target: the mention's span and the resolved actor."""

    start: int
    end: int
    text: str
    code: str | None
    name_en: str | None
    country: str | None
    actor_id: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class Location:
    start: int
    end: int
    text: str
    name_en: str | None
    country: str | None
    lat: float | None
    lon: float | None
    place_id: str | None = None


@dataclass(slots=True)
class Event:
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    modality: str
    confidence: float
    source: Argument | None
    target: Argument | None
    location: Location | None
    date: str | None
    trigger: TextSpan
    sentence: Sentence
    rule: str
    text_en: str = ""
    text_ar: str = ""
    plover_mode: str | None = None
    modality_cue: TextSpan | None = None
    date_reason: str | None = None
    id: str | None = None
    reasons: list[str] = field(default_factory=list)


class Document:
    """An article: metadata, an immutable ``text`` and the layers stages add to it.

    ``text`` is the title, a blank line, then the body, as decoded, with newlines normalized
    to ``\\n`` (CRLF and CR become LF; nothing else changes). With no title, ``text`` is the
    body alone.
    """

    __slots__ = (
        "_text",
        "dates",
        "entities",
        "events",
        "id",
        "language",
        "layers",
        "metadata",
        "published",
        "sentences",
        "source",
        "title",
        "tokens",
        "url",
    )

    def __init__(
        self,
        text: str,
        *,
        id: str = "",
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: date | datetime | None = None,
        language: str = "ar",
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self._text = text
        self.id = id
        self.source = source
        self.title = title
        self.url = url
        self.published = published
        self.language = language
        self.metadata: dict[str, Any] = metadata if metadata is not None else {}
        self.sentences: list[Sentence] = []
        self.tokens: Sequence[Token] = []
        self.entities: list[Entity] = []
        self.dates: list[DateExpr] = []
        self.events: list[Event] = []
        # names of the layers that stages have provided (the pipeline checks contracts on it)
        self.layers: set[str] = set()

    @property
    def text(self) -> str:
        return self._text

    @property
    def published_date(self) -> date | None:
        p = self.published
        if isinstance(p, datetime):
            return p.date()
        return p

    @property
    def title_span(self) -> tuple[int, int] | None:
        """Offsets of the title inside ``text`` (the title comes first, then a blank line)."""
        if self.title and self._text.startswith(self.title):
            return 0, len(self.title)
        return None

    def span_text(self, start: int, end: int) -> str:
        if not 0 <= start <= end <= len(self._text):
            raise PipelineError(
                f"span [{start}, {end}) is outside the text (length {len(self._text)})",
                hint="a stage computed wrong offsets; report it with the article",
            )
        return self._text[start:end]

    def add_entity(self, start: int, end: int, type: str, **kw: Any) -> Entity:
        if type not in ENTITY_TYPES:
            raise PipelineError(f"unknown entity type {type!r}", hint=f"use one of {ENTITY_TYPES}")
        ent = Entity(start, end, self.span_text(start, end), type, **kw)
        self.entities.append(ent)
        return ent

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset`` (binary search over sentence starts)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= offset < self.sentences[lo].end:
            return self.sentences[lo]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end)."""
        toks = self.tokens
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].end <= start:
                lo = mid + 1
            else:
                hi = mid
        out: list[Token] = []
        i = lo
        while i < len(toks) and toks[i].start < end:
            if toks[i].start >= start and toks[i].end <= end:
                out.append(toks[i])
            i += 1
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        from hadath.doc.serialize import to_json

        return to_json(self) == to_json(other)

    def __hash__(self) -> int:
        return hash((self.id, self._text))

    def __repr__(self) -> str:
        head = self._text[:30].replace("\n", " ")
        return f"Document(id={self.id!r}, source={self.source!r}, text={head!r}...)"
