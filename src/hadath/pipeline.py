"""Pipelines of stages with declared contracts.

A stage is any object with ``name``, ``requires`` and ``provides`` (tuples of layer names) and
``__call__(doc) -> doc``; it may offer ``pipe(docs)`` for batches. Layer names: ``text`` (always
there), ``sentences``, ``tokens``, ``words``, ``entities``, ``entities.actor``,
``entities.place``, ``dates``, ``events``.

``Pipeline`` checks the contracts when it is built: a stage whose requirements no earlier
stage provides is refused with a message listing what is there and what is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from hadath.doc.model import Document
from hadath.errors import PipelineError

BASE_LAYERS = ("text",)


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages whose contracts were checked at build time."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available: list[str] = list(BASE_LAYERS)
        for stage in stages:
            for attr in ("name", "requires", "provides"):
                if not hasattr(stage, attr):
                    raise PipelineError(
                        f"{stage!r} is not a stage: it has no {attr!r}",
                        hint="a stage declares name, requires, provides and is callable",
                    )
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides "
                    f"(available: {', '.join(available)})",
                    hint="add the stages that provide them before it",
                )
            available.extend(p for p in stage.provides if p not in available)
        self.stages: list[Stage] = list(stages)
        self.provides: tuple[str, ...] = tuple(available)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            out = stage(doc)
            if not isinstance(out, Document):
                raise PipelineError(
                    f"stage {stage.name!r} returned {type(out).__name__}, not a Document",
                    hint="a stage must return the document it was given",
                )
            out.layers.update(stage.provides)
            doc = out
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.names)})"


# name -> "module:factory"; factories take no arguments and return a stage
STAGE_FACTORIES: dict[str, str] = {
    "text": "hadath.text.stage:TextStage",
    "dates": "hadath.dates.stage:DatesStage",
    "ner": "hadath.ner.stage:NerStage",
    "actors": "hadath.resolve.stage:ActorStage",
    "geocode": "hadath.geo.stage:GeoStage",
    "events": "hadath.events.stage:EventStage",
}

# the order of the default pipeline; a stage listed here whose module is missing is an error
DEFAULT_STAGES: tuple[str, ...] = ("text", "dates", "ner", "actors", "geocode", "events")


def make_stage(name: str) -> Stage:
    try:
        target = STAGE_FACTORIES[name]
    except KeyError:
        raise PipelineError(
            f"unknown stage {name!r}", hint=f"known stages: {', '.join(STAGE_FACTORIES)}"
        ) from None
    module, _, attr = target.partition(":")
    factory: Callable[[], Stage] = getattr(importlib.import_module(module), attr)
    return factory()


def build_pipeline(names: Sequence[str] | None = None) -> Pipeline:
    """A pipeline of the named stages (the default pipeline when ``names`` is None)."""
    return Pipeline([make_stage(n) for n in (names or DEFAULT_STAGES)])


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The default pipeline, built once per process (models load once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build_pipeline()
    return _DEFAULT
