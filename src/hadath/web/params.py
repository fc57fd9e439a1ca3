"""Query parameters of the API and the pages, as pydantic models (FastAPI "query parameter models").

A page and its JSON twin take the same model, so they accept exactly the same parameters; unknown
parameters are refused (``extra="forbid"``), so a misspelt filter is an error, not a silent no-op.
Empty values (``?actor=``, as HTML forms send them) are dropped before validation: empty means unset.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from hadath.store.query import MAX_LIMIT, EventFilter
from hadath.web.queries import MAX_POINTS


class FilterParams(BaseModel):
    """The event filters of :class:`hadath.store.query.EventFilter`."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(
        None, description="Source or target: CAMEO code prefix (ISR) or English name part"
    )
    source: str | None = Field(None, description="Source actor only: code prefix or name part")
    target: str | None = Field(None, description="Target actor only: code prefix or name part")
    country: str | None = Field(None, description="Country of the source, the target or the location")
    cameo: str | None = Field(None, description="CAMEO code prefix (19, 190, 1901)")
    root: str | None = Field(None, description="CAMEO root (01-20)")
    plover: str | None = Field(None, description="PLOVER event type (ASSAULT, CONSULT ...)")
    quad_class: int | None = Field(None, ge=1, le=4, description="QuadClass 1-4")
    since: str | None = Field(None, description="First day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY")
    until: str | None = Field(None, description="Last day, inclusive: YYYY-MM-DD, YYYY-MM or YYYY")
    place: str | None = Field(None, description="Location name part (English)")
    modality: str | None = Field(None, description="asserted, negated, future, hypothetical, reported_claim")
    min_confidence: float | None = Field(None, ge=0, le=1, description="Minimum confidence, 0-1")
    min_mentions: int | None = Field(None, ge=1, description="Minimum number of mentions")

    def event_filter(self) -> dict[str, Any]:
        """The filters that are set, as keyword arguments of the query layer."""
        names = set(EventFilter.__dataclass_fields__)
        return {k: v for k, v in self.model_dump().items() if k in names and v is not None}


class EventsParams(FilterParams):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Page size")
    offset: int = Field(0, ge=0, description="Number of events to skip")
    sort: str = Field(
        "-day",
        description="day, confidence, mentions, sources, goldstein or id; a leading - sorts descending",
    )


class ListParams(FilterParams):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="Page size")
    offset: int = Field(0, ge=0, description="Number of items to skip")


class MapParams(FilterParams):
    limit: int = Field(2000, ge=1, le=MAX_POINTS, description="Most places to return (most events first)")


class TimelineParams(FilterParams):
    by: Literal["root", "quad_class", "plover", "none"] = Field(
        "quad_class", description="Split the daily counts by CAMEO root, QuadClass, PLOVER type, or none"
    )
    weight: Literal["events", "mentions"] = Field("events", description="Count events or sum their mentions")


class NetworkParams(FilterParams):
    limit: int = Field(80, ge=1, le=MAX_LIMIT, description="Most edges to return (heaviest first)")
    min_weight: int = Field(1, ge=1, description="Drop edges with fewer events")


class SummaryParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    top: int = Field(10, ge=1, le=100, description="How many partners / actors to list")


class ArticlesParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(None, description="Arabic search text; without it, the latest articles")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="Page size")
    offset: int = Field(0, ge=0, description="Number of articles to skip")


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleIn(BaseModel):
    """An article to analyze (and, for POST /api/articles, to store)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, description="The body of the article")
    title: str | None = Field(None, description="The headline")
    published: str | None = Field(None, description="Publication date, ISO 8601 (2024-05-01) or RFC 2822")
    source: str | None = Field(None, description="The outlet")
    url: str | None = Field(None, description="Where the article was published")
    id: str | None = Field(None, description="An identifier of your own")
