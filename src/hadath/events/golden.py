"""Golden sentences: hand-written Arabic sentences with the events they must (or must not) give.

Each line of a golden file: ``{"id", "text", "published", "actors": {surface: {code, country,
type}}, "places": {surface: {country, name_en, lat, lon}}, "expect": [{"code", "source",
"target", "modality"}]}``. An empty ``expect`` is a negative: the sentence must yield nothing.
Actors and places are set by hand (``hadath.events.testing.make_doc``) so the coder is judged
alone; ``run_golden(..., pipeline=...)`` runs a full pipeline instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hadath.doc.model import Document, Event
from hadath.events.stage import EventStage
from hadath.events.testing import make_doc


@dataclass(slots=True)
class GoldenResult:
    id: str
    ok_root: bool
    ok_code: bool
    ok_args: bool
    ok_modality: bool
    got: list[str]
    expected: list[str]

    @property
    def ok(self) -> bool:
        return self.ok_root and self.ok_args and self.ok_modality


@dataclass(slots=True)
class GoldenReport:
    results: list[GoldenResult] = field(default_factory=list)

    def rate(self, attr: str = "ok") -> float:
        if not self.results:
            return 0.0
        return sum(1 for r in self.results if getattr(r, attr)) / len(self.results)

    def failures(self) -> list[GoldenResult]:
        return [r for r in self.results if not r.ok]

    def summary(self) -> str:
        return (
            f"{len(self.results)} sentences: all-correct {self.rate():.3f}, root {self.rate('ok_root'):.3f}, "
            f"code {self.rate('ok_code'):.3f}, arguments {self.rate('ok_args'):.3f}, "
            f"modality {self.rate('ok_modality'):.3f}"
        )


def read_golden(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out


def _show(ev: Event) -> str:
    s = ev.source.code if ev.source else None
    t = ev.target.code if ev.target else None
    return f"{ev.cameo} {s}->{t} {ev.modality}"


def judge(rec: dict[str, Any], events: list[Event]) -> GoldenResult:
    exp = rec["expect"]
    got = [_show(e) for e in events]
    if not exp:
        ok = not events
        return GoldenResult(rec["id"], ok, ok, ok, ok, got, [])
    ok_root = ok_code = ok_args = ok_mod = True
    for x in exp:
        same_root = [e for e in events if e.cameo[:2] == x["code"][:2]]
        ok_root &= bool(same_root)
        ok_code &= any(e.cameo == x["code"] for e in same_root)

        def args_ok(e: Event, x: dict[str, Any] = x) -> bool:
            s = e.source.code if e.source else None
            t = e.target.code if e.target else None
            return (x.get("source") is None or s == x["source"]) and (
                x.get("target") is None or t == x["target"]
            )

        with_args = [e for e in same_root if args_ok(e)]
        ok_args &= bool(with_args)
        ok_mod &= any(e.modality == x.get("modality", "asserted") for e in with_args or same_root)
    return GoldenResult(
        rec["id"],
        ok_root,
        ok_code,
        ok_args,
        ok_mod,
        got,
        [f"{x['code']} {x.get('source')}->{x.get('target')} {x.get('modality', 'asserted')}" for x in exp],
    )


def run_golden(
    paths: Iterable[str | Path], pipeline: Callable[[Document], Document] | None = None
) -> GoldenReport:
    stage = EventStage()
    report = GoldenReport()
    for rec in read_golden(paths):
        pub = date.fromisoformat(rec["published"]) if rec.get("published") else None
        if pipeline is None:
            doc = make_doc(rec["text"], rec.get("actors"), rec.get("places"), published=pub, doc_id=rec["id"])
            doc = stage(doc)
        else:
            doc = pipeline(Document(rec["text"], id=rec["id"], published=pub))
        report.results.append(judge(rec, doc.events))
    return report
