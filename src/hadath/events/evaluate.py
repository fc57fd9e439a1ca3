"""Dev-gold evaluation of event coding, and the full pipeline the evaluation runs.

Gold format (``gold/events_dev_set_a.jsonl``, one article a line; see ``gold/README.md``;
arguments may also be objects ``{"text", "code", "country"}``):
``{"docno", "annotator", "entities": [{"text", "code", "country"}], "events": [{"evidence",
"source", "source_country", "target", "target_country", "cameo", "plover", "place", "date",
"modality"}], "notes"}``. ``evidence`` quotes only the sentence span that states the event.

``evaluate_events(gold_path, articles_path)`` reads the articles by docno from the ANT JSONL
file, runs the pipeline and scores, per article, the (source country, target country, CAMEO
root) triples: precision, recall, F1 (micro over articles), then on matched events the exact
code, place, date and modality accuracy. Articles absent from ``articles_path`` are skipped.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from hadath.doc.model import Document, Event

Triple = tuple[str, str, str]


def full_pipeline() -> Callable[[Document], Document]:
    """text → dates → ner → actors → geocode → events (the order the event stage needs)."""
    from hadath.dates.stage import DatesStage
    from hadath.errors import ModelError
    from hadath.events.stage import EventStage
    from hadath.geo.stage import GeoStage
    from hadath.ner.stage import NerStage
    from hadath.pipeline import Pipeline
    from hadath.resolve.stage import ActorStage
    from hadath.text.stage import TextStage

    ner: Any = NerStage()
    try:
        _ = ner.tagger
    except ModelError:
        ner = _NoNer()  # no packaged NER model: the actor finder still finds dictionary mentions
    stages: list[Any] = [TextStage(), DatesStage(), ner, ActorStage(), GeoStage(), EventStage()]
    return Pipeline(stages)


class _NoNer:
    """Stands in for the NER stage when no model is installed: an empty entity layer."""

    name = "ner"
    requires: tuple[str, ...] = ("sentences", "tokens")
    provides: tuple[str, ...] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        return doc


def article_document(rec: dict[str, Any]) -> Document:
    """A Document from an ANT article record (title, blank line, body; RFC 2822 time)."""
    title = (rec.get("title") or "").strip() or None
    body = rec.get("text") or ""
    text = f"{title}\n\n{body}" if title else body
    published = None
    if rec.get("time"):
        try:
            published = parsedate_to_datetime(rec["time"])
        except (TypeError, ValueError):
            published = None
    return Document(
        text,
        id=rec.get("docno", ""),
        source=rec.get("src"),
        title=title,
        url=rec.get("url"),
        published=published,
    )


def read_articles(path: str | Path, docnos: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    wanted = set(docnos) if docnos is not None else None
    out: dict[str, dict[str, Any]] = {}
    p = Path(path)
    if not p.exists():
        return out
    with p.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if wanted is None or rec.get("docno") in wanted:
                out[rec["docno"]] = rec
    return out


def _country(code: str | None, country: str | None) -> str:
    """The country of an actor ("" for international and non-state actors without one)."""
    return country or ""


def event_triple(ev: Event) -> Triple:
    s = _country(ev.source.code, ev.source.country) if ev.source else ""
    t = _country(ev.target.code, ev.target.country) if ev.target else ""
    return (s, t, ev.cameo_root)


def gold_triple(g: dict[str, Any]) -> Triple:
    return (
        _country(g.get("source"), g.get("source_country")),
        _country(g.get("target"), g.get("target_country")),
        g["cameo"][:2],
    )


@dataclass
class EventEvalReport:
    articles: int = 0
    skipped: int = 0
    gold_events: int = 0
    system_events: int = 0
    tp: int = 0
    code_ok: int = 0
    place_ok: int = 0
    place_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    modality_ok: int = 0
    per_article: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.system_events if self.system_events else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold_events if self.gold_events else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "code_accuracy": round(self.code_ok / self.tp, 4) if self.tp else 0.0,
            "place_accuracy": round(self.place_ok / self.place_n, 4) if self.place_n else 0.0,
            "date_accuracy": round(self.date_ok / self.date_n, 4) if self.date_n else 0.0,
            "modality_accuracy": round(self.modality_ok / self.tp, 4) if self.tp else 0.0,
        }

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(self.scores())
        return d

    def summary(self) -> str:
        s = self.scores()
        return (
            f"{self.articles} articles ({self.skipped} skipped), gold {self.gold_events} events, system "
            f"{self.system_events}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}; on matched: "
            f"code {s['code_accuracy']:.3f} place {s['place_accuracy']:.3f} date {s['date_accuracy']:.3f} "
            f"modality {s['modality_accuracy']:.3f}"
        )


def _place_ok(ev: Event, g: dict[str, Any]) -> bool:
    want = (g.get("place") or "").strip()
    if not want:
        return ev.location is None
    if ev.location is None:
        return False
    return want in (ev.location.text, ev.location.name_en) or ev.location.text in want


def evaluate_events(
    gold_path: str | Path,
    articles_path: str | Path,
    pipeline: Callable[[Document], Document] | None = None,
) -> EventEvalReport:
    gold = [
        json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    articles = read_articles(articles_path, (g["docno"] for g in gold))
    run = pipeline or full_pipeline()
    rep = EventEvalReport()
    for g in gold:
        rec = articles.get(g["docno"])
        if rec is None:
            rep.skipped += 1
            continue
        rep.articles += 1
        doc = run(article_document(rec))
        sys_events = list(doc.events)
        gold_events = list(g.get("events", []))
        rep.gold_events += len(gold_events)
        rep.system_events += len(sys_events)
        remaining = list(sys_events)
        matched = 0
        for ge in gold_events:
            gt = gold_triple(ge)
            hit = next((e for e in remaining if event_triple(e) == gt), None)
            if hit is None:
                continue
            remaining.remove(hit)
            matched += 1
            rep.tp += 1
            rep.code_ok += hit.cameo == ge["cameo"]
            rep.modality_ok += hit.modality == ge.get("modality", "asserted")
            rep.place_n += 1
            rep.place_ok += _place_ok(hit, ge)
            rep.date_n += 1
            rep.date_ok += (hit.date or None) == (ge.get("date") or None)
        rep.per_article.append(
            {
                "docno": g["docno"],
                "gold": len(gold_events),
                "system": len(sys_events),
                "matched": matched,
                "system_triples": [list(event_triple(e)) for e in sys_events],
            }
        )
    return rep


def triples_counter(events: Iterable[Event]) -> Counter[Triple]:
    return Counter(event_triple(e) for e in events)
