"""Scoring the event coder against the hand-annotated dev gold (``hadath eval events GOLD.jsonl``).

The gold (``gold/events_dev.jsonl``, format and guidelines in ``gold/README.md``) lists, for each
article of the ANT dev file it covers, every event the article states. ``evaluate_events`` reads
the gold, finds the articles by docno, runs the pipeline on them and compares.

Matching is per article on multisets of ``(source country, target country, CAMEO root)``
triples; precision, recall and F1 are micro-averaged over articles (true positives, system and
gold events are summed before dividing). An actor's "country" is its ISO3 country, or, for an
actor with no country (the UN, ISIS, an NGO), the first block of its CAMEO code (``IGO``,
``IMG``, ``NGO``, ``MNC``); a missing actor stays ``None`` and matches only ``None``. A looser
score does the same on ``(source country, CAMEO root)`` pairs.

Matched events (gold and system events sharing a triple in the same article, paired first by
sentence, then in text order) are compared on the full CAMEO code, the PLOVER type, the place
(same country and, when both have a name, the same name), the date (exact string) and the
modality.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from hadath.errors import DataValidationError, HadathError, InputError, UsageError

Key = str | None
Triple = tuple[Key, Key, str]

REPO = Path(__file__).resolve().parents[3]
DEFAULT_ARTICLES = REPO.parent / "shared" / "data" / "news" / "ant_dev.jsonl"
DEFAULT_GOLD = REPO / "gold" / "events_dev.jsonl"
MODALITIES = ("asserted", "negated", "future", "hypothetical", "reported_claim")
ACCURACIES = ("cameo", "plover", "place", "date", "modality")

# the stages the evaluation needs, in pipeline order, with where each lives when the pipeline
# registry does not list it yet
EVAL_STAGES: tuple[tuple[str, str], ...] = (
    ("text", "hadath.text.stage:TextStage"),
    ("dates", "hadath.dates.stage:DatesStage"),
    ("ner", "hadath.ner.stage:NerStage"),
    ("actors", "hadath.resolve.stage:ActorStage"),
    ("geocode", "hadath.geo.stage:GeoStage"),
    ("events", "hadath.events.stage:EventStage"),
)


# ---------------------------------------------------------------------------------------------
# the comparable view of an event


@dataclass(frozen=True, slots=True)
class Ev:
    """One event reduced to what the evaluation compares (gold and system alike)."""

    source: Key
    target: Key
    cameo: str
    plover: str | None = None
    place_country: str | None = None
    place_name: str | None = None
    has_place: bool = False
    date: str | None = None
    modality: str = "asserted"
    span: tuple[int, int] | None = None  # the sentence (system) or evidence (gold) offsets
    label: str = ""

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def triple(self) -> Triple:
        return (self.source, self.target, self.root)

    @property
    def pair(self) -> tuple[Key, str]:
        return (self.source, self.root)


def actor_key(code: str | None, country: str | None) -> Key:
    """The country an actor is scored by: its ISO3 country, else its code's first block (IGO, IMG ...)."""
    if country:
        return country
    if code and len(code) >= 3 and code[:3].isalpha():
        return code[:3].upper()
    return None


def _arg_key(a: Any) -> Key:
    if a is None:
        return None
    if isinstance(a, dict):
        return actor_key(a.get("code"), a.get("country"))
    return actor_key(getattr(a, "code", None), getattr(a, "country", None))


def gold_event(g: dict[str, Any], span: tuple[int, int] | None = None) -> Ev:
    place = g.get("place")
    return Ev(
        source=_arg_key(g.get("source")),
        target=_arg_key(g.get("target")),
        cameo=g["cameo"],
        plover=g.get("plover"),
        place_country=(place or {}).get("country"),
        place_name=(place or {}).get("name_en"),
        has_place=place is not None,
        date=g.get("date"),
        modality=g.get("modality", "asserted"),
        span=span,
        label=g.get("evidence", "")[:60],
    )


def system_event(ev: Any) -> Ev:
    """A pipeline ``Event`` (or its JSON form) as an ``Ev``."""
    get = ev.get if isinstance(ev, dict) else lambda k, d=None: getattr(ev, k, d)
    loc = get("location")
    if isinstance(loc, dict):
        lc, ln = loc.get("country"), loc.get("name_en")
    else:
        lc, ln = (getattr(loc, "country", None), getattr(loc, "name_en", None)) if loc else (None, None)
    sent = get("sentence")
    span: tuple[int, int] | None
    if isinstance(sent, dict):
        span = (sent["start"], sent["end"])
    else:
        span = (sent.start, sent.end) if sent is not None else None
    return Ev(
        source=_arg_key(get("source")),
        target=_arg_key(get("target")),
        cameo=str(get("cameo")),
        plover=get("plover"),
        place_country=lc,
        place_name=ln,
        has_place=loc is not None,
        date=get("date"),
        modality=get("modality") or "asserted",
        span=span,
        label=get("text_en") or "",
    )


# ---------------------------------------------------------------------------------------------
# scoring


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _place_ok(g: Ev, s: Ev) -> bool:
    if not g.has_place or not s.has_place:
        return g.has_place == s.has_place
    if g.place_country != s.place_country:
        return False
    if g.place_name and s.place_name:
        return place_name_key(g.place_name) == place_name_key(s.place_name)
    return True


def place_name_key(name: str) -> str:
    """A place name for comparison: no diacritics, no case, letters and digits only (Şırnak = Sirnak)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in plain.casefold() if c.isalnum())


def match_events(gold: Sequence[Ev], system: Sequence[Ev]) -> list[tuple[Ev, Ev]]:
    """Pairs of gold and system events with the same triple (multiset matching).

    Within one triple, a system event whose sentence overlaps the gold evidence is paired first;
    the rest are paired in text order.
    """
    by_g: dict[Triple, list[Ev]] = defaultdict(list)
    by_s: dict[Triple, list[Ev]] = defaultdict(list)
    for g in gold:
        by_g[g.triple].append(g)
    for s in system:
        by_s[s.triple].append(s)
    pairs: list[tuple[Ev, Ev]] = []
    for key, gs in by_g.items():
        ss = list(by_s.get(key, ()))
        if not ss:
            continue
        rest: list[Ev] = []
        for g in gs:
            hit = next((s for s in ss if _overlaps(g.span, s.span)), None)
            if hit is not None:
                ss.remove(hit)
                pairs.append((g, hit))
            else:
                rest.append(g)
        for g, s in zip(rest, ss, strict=False):
            pairs.append((g, s))
    return pairs


def _multiset_tp(gold: Iterable[Any], system: Iterable[Any]) -> int:
    return sum((Counter(gold) & Counter(system)).values())


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


@dataclass
class ArticleScore:
    docno: str
    gold: list[Ev]
    system: list[Ev]
    tp: int
    pair_tp: int
    pairs: list[tuple[Ev, Ev]]


def score_article(docno: str, gold: Sequence[Ev], system: Sequence[Ev]) -> ArticleScore:
    """Triple and pair true positives of one article, and its matched pairs."""
    return ArticleScore(
        docno=docno,
        gold=list(gold),
        system=list(system),
        tp=_multiset_tp((g.triple for g in gold), (s.triple for s in system)),
        pair_tp=_multiset_tp((g.pair for g in gold), (s.pair for s in system)),
        pairs=match_events(gold, system),
    )


@dataclass
class EventEvalReport:
    """Scores of a system against the events gold (``format()`` for people, ``as_dict()`` for tools)."""

    articles: list[ArticleScore] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold docnos not found among the articles
    gold_path: str | None = None
    articles_path: str | None = None
    pipeline: str | None = None

    # counts -------------------------------------------------------------------------------
    @property
    def gold_events(self) -> int:
        return sum(len(a.gold) for a in self.articles)

    @property
    def system_events(self) -> int:
        return sum(len(a.system) for a in self.articles)

    @property
    def matched(self) -> int:
        return sum(a.tp for a in self.articles)

    # scores -------------------------------------------------------------------------------
    @property
    def triple(self) -> dict[str, float]:
        return _prf(self.matched, self.system_events, self.gold_events)

    @property
    def pair(self) -> dict[str, float]:
        return _prf(sum(a.pair_tp for a in self.articles), self.system_events, self.gold_events)

    def accuracy(self) -> dict[str, float | None]:
        """Agreement on the matched events (None when nothing matched)."""
        pairs = [p for a in self.articles for p in a.pairs]
        checks: dict[str, Callable[[Ev, Ev], bool]] = {
            "cameo": lambda g, s: g.cameo == s.cameo,
            "plover": lambda g, s: g.plover == s.plover,
            "place": _place_ok,
            "date": lambda g, s: g.date == s.date,
            "modality": lambda g, s: g.modality == s.modality,
        }
        if not pairs:
            return dict.fromkeys(checks)
        return {k: sum(f(g, s) for g, s in pairs) / len(pairs) for k, f in checks.items()}

    def by_root(self) -> dict[str, dict[str, int]]:
        """Gold, system and matched triples per CAMEO root."""
        out: dict[str, dict[str, int]] = {}
        for a in self.articles:
            g = Counter(e.triple for e in a.gold)
            s = Counter(e.triple for e in a.system)
            for t, n in g.items():
                out.setdefault(t[2], {"gold": 0, "system": 0, "matched": 0})["gold"] += n
            for t, n in s.items():
                out.setdefault(t[2], {"gold": 0, "system": 0, "matched": 0})["system"] += n
            for t, n in (g & s).items():
                out[t[2]]["matched"] += n
        return dict(sorted(out.items()))

    def metrics(self) -> dict[str, float]:
        """Flat metric -> value (the names the floors file uses); accuracies with no match are 0."""
        out = {f"triple_{k}": v for k, v in self.triple.items()}
        out.update({f"pair_{k}": v for k, v in self.pair.items()})
        out.update({f"{k}_accuracy": (v or 0.0) for k, v in self.accuracy().items()})
        return out

    def as_dict(self) -> dict[str, Any]:
        acc = self.accuracy()
        return {
            "gold": self.gold_path,
            "articles_path": self.articles_path,
            "pipeline": self.pipeline,
            "counts": {
                "articles": len(self.articles),
                "missing_articles": len(self.missing),
                "gold_events": self.gold_events,
                "system_events": self.system_events,
                "matched": self.matched,
            },
            "triple": {k: round(v, 4) for k, v in self.triple.items()},
            "pair": {k: round(v, 4) for k, v in self.pair.items()},
            "accuracy": {k: (None if v is None else round(v, 4)) for k, v in acc.items()},
            "by_root": self.by_root(),
            "missing": list(self.missing),
            "per_article": [
                {"docno": a.docno, "gold": len(a.gold), "system": len(a.system), "matched": a.tp}
                for a in self.articles
            ],
        }

    def format(self) -> str:
        def pct(v: float | None) -> str:
            return "   -  " if v is None else f"{100 * v:5.1f}%"

        acc = self.accuracy()
        lines = [
            f"events gold: {self.gold_path or '-'}",
            f"articles: {len(self.articles)}"
            + (f" ({len(self.missing)} gold articles not found)" if self.missing else "")
            + f"   gold events: {self.gold_events}   system events: {self.system_events}"
            f"   matched: {self.matched}",
            "",
            f"{'score':<34}{'precision':>10}{'recall':>10}{'F1':>10}",
        ]
        for name, d in (("(source, target, root) triples", self.triple), ("(source, root) pairs", self.pair)):
            lines.append(f"{name:<34}{pct(d['precision']):>10}{pct(d['recall']):>10}{pct(d['f1']):>10}")
        lines += ["", f"on the {self.matched} matched events:"]
        names = {
            "cameo": "full CAMEO code",
            "plover": "PLOVER type",
            "place": "place",
            "date": "date",
            "modality": "modality",
        }
        for k in ACCURACIES:
            lines.append(f"  {names[k]:<32}{pct(acc[k]):>10}")
        roots = self.by_root()
        if roots:
            lines += ["", f"{'root':<6}{'gold':>6}{'system':>8}{'matched':>9}"]
            for r, n in roots.items():
                lines.append(f"{r:<6}{n['gold']:>6}{n['system']:>8}{n['matched']:>9}")
        if self.pipeline:
            lines += ["", f"pipeline: {self.pipeline}"]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# gold files


@cache
def gold_schema() -> dict[str, Any]:
    text = files("hadath.evaluation").joinpath("events_gold.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold file's articles, each line checked against the schema (DataValidationError on the first bad one)."""
    import jsonschema

    p = Path(path)
    if not p.exists():
        raise UsageError(
            f"no gold file at {p}", hint="give the path of a gold JSONL file, e.g. gold/events_dev.jsonl"
        )
    validator = jsonschema.Draft202012Validator(gold_schema())
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    with p.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{p}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataValidationError(
                    f"invalid JSON ({exc.msg} at column {exc.colno})",
                    hint="one JSON object per line",
                    path=where,
                ) from None
            errors = sorted(validator.iter_errors(rec), key=lambda e: list(e.absolute_path))
            if errors:
                e = errors[0]
                at = "/".join(str(x) for x in e.absolute_path) or "(line)"
                raise DataValidationError(
                    f"{at}: {e.message}",
                    hint="see gold/README.md for the format"
                    + (f"; {len(errors) - 1} more problem(s)" if len(errors) > 1 else ""),
                    path=where,
                )
            if rec["docno"] in seen:
                raise DataValidationError(
                    f"docno {rec['docno']} appears twice", hint="one line per article", path=where
                )
            seen.add(rec["docno"])
            out.append(rec)
    return out


def check_gold(gold_path: str | Path, articles_path: str | Path | None = None) -> list[str]:
    """Every problem of a gold file, as ``where: what`` lines (empty when it is valid).

    Beyond the schema: each CAMEO code is in the codebook and its PLOVER type is the one the
    CAMEO-to-PLOVER table gives; each event's date is not after the publication date unless it is
    future or hypothetical; and, when the articles file is there, each docno is found and each
    evidence sentence occurs in the article text.
    """
    from hadath.events.tables import cameo_table

    try:
        gold = load_gold(gold_path)
    except DataValidationError as exc:
        return [str(exc)]
    table = cameo_table()
    problems: list[str] = []
    docs = _read_articles(articles_path, {g["docno"] for g in gold}) if articles_path else None
    for rec in gold:
        d = rec["docno"]
        if docs is not None and d not in docs:
            problems.append(f"{d}: not in {articles_path}")
        text = docs[d].text if docs is not None and d in docs else None
        for i, ev in enumerate(rec["events"]):
            where = f"{d} event {i + 1}"
            c = table.get(ev["cameo"])
            if c is None:
                problems.append(f"{where}: CAMEO code {ev['cameo']} is not in the codebook")
            elif c.plover != ev["plover"]:
                problems.append(f"{where}: PLOVER of {ev['cameo']} is {c.plover}, not {ev['plover']}")
            if (
                ev["date"]
                and ev["date"][:10] > rec["published"]
                and ev["modality"] not in ("future", "hypothetical")
            ):
                problems.append(f"{where}: date {ev['date']} is after publication {rec['published']}")
            if text is not None:
                if ev["evidence"] not in text:
                    problems.append(f"{where}: evidence not found in the article: {ev['evidence'][:50]}")
                elif ev["trigger"] not in ev["evidence"]:
                    problems.append(f"{where}: trigger {ev['trigger']!r} is not in the evidence")
    return problems


# ---------------------------------------------------------------------------------------------
# articles and pipeline


def _read_articles(path: str | Path | None, docnos: set[str]) -> dict[str, Any]:
    from hadath.readers import read_path

    p = Path(path) if path is not None else DEFAULT_ARTICLES
    if not p.exists():
        raise UsageError(
            f"no articles file at {p}",
            hint="give the ANT dev articles with --articles PATH (the JSONL file the gold's docnos come from)",
        )
    out: dict[str, Any] = {}
    for r in read_path(p):
        if r.doc is not None and r.doc.id in docnos:
            out[r.doc.id] = r.doc
    return out


def evaluation_pipeline() -> Any:
    """The default pipeline when it codes events; else text, dates, ner, actors, geocode, events.

    Stages the pipeline registry lists are built through it; the others from their modules.
    """
    import importlib

    from hadath.pipeline import DEFAULT_STAGES, STAGE_FACTORIES, Pipeline, default_pipeline, make_stage

    if "events" in DEFAULT_STAGES:
        return default_pipeline()
    stages = []
    for name, target in EVAL_STAGES:
        if name in STAGE_FACTORIES:
            stages.append(make_stage(name))
        else:
            module, _, attr = target.partition(":")
            stages.append(getattr(importlib.import_module(module), attr)())
    return Pipeline(stages)


def _evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    i = text.find(evidence)
    return (i, i + len(evidence)) if i >= 0 else None


def evaluate_events(
    gold_path: str | Path = DEFAULT_GOLD,
    articles_path: str | Path | None = None,
    *,
    pipeline: Callable[[Any], Any] | None = None,
) -> EventEvalReport:
    """Run ``pipeline`` (default: ``evaluation_pipeline()``) on the gold's articles and score its events."""
    gold = load_gold(gold_path)
    apath = Path(articles_path) if articles_path is not None else DEFAULT_ARTICLES
    docs = _read_articles(apath, {g["docno"] for g in gold})
    pipe = pipeline if pipeline is not None else evaluation_pipeline()
    report = EventEvalReport(gold_path=str(gold_path), articles_path=str(apath), pipeline=repr(pipe))
    for rec in gold:
        doc = docs.get(rec["docno"])
        if doc is None:
            report.missing.append(rec["docno"])
            continue
        doc = pipe(doc)
        g = [gold_event(e, _evidence_span(doc.text, e["evidence"])) for e in rec["events"]]
        s = [system_event(e) for e in (doc.events or [])]
        report.articles.append(score_article(rec["docno"], g, s))
    if not report.articles:
        raise InputError(
            f"none of the {len(gold)} gold articles is in {apath}",
            hint="the gold's docnos must come from the articles file (ANT dev)",
        )
    return report


def eval_events_cli(gold: str | Path, articles: str | Path | None = None, as_json: bool = False) -> int:
    """``hadath eval events GOLD.jsonl [--articles PATH] [--json]``: print the report, return the exit code."""
    try:
        report = evaluate_events(gold, articles)
    except HadathError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format())
    return 0


# ---------------------------------------------------------------------------------------------
# the eval gate: floors pinned to one version of the gold

FLOORS = Path(__file__).with_name("floors.json")


def file_sha256(path: str | Path) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_floors(path: str | Path = FLOORS) -> dict[str, Any]:
    """The floors file: ``{"gold": ..., "gold_sha256": ..., "floors": {metric: floor}, ...}``."""
    p = Path(path)
    try:
        data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataValidationError(f"cannot read the floors file: {exc}", path=str(p)) from None
    floors = data.get("floors")
    if not isinstance(data.get("gold_sha256"), str) or not isinstance(floors, dict):
        raise DataValidationError("the floors file needs 'gold_sha256' and 'floors'", path=str(p))
    known = set(EventEvalReport().metrics())
    unknown = sorted(set(floors) - known)
    if unknown:
        raise DataValidationError(
            f"unknown metric(s) {', '.join(unknown)}", hint=f"known: {', '.join(sorted(known))}", path=str(p)
        )
    return data


def check_floors(report: EventEvalReport, floors: dict[str, float]) -> list[str]:
    """The metrics of ``report`` below their floor, as readable lines (empty when the gate passes)."""
    m = report.metrics()
    return [f"{k} = {m[k]:.4f} is below its floor {v:.4f}" for k, v in sorted(floors.items()) if m[k] < v]


def metric_support(report: EventEvalReport) -> dict[str, int]:
    """How many items each metric rests on: system events for precision, gold events for recall
    and F1, matched events for the accuracies."""
    out: dict[str, int] = {}
    for k in report.metrics():
        if k.endswith("_precision"):
            out[k] = report.system_events
        elif k.endswith(("_recall", "_f1")):
            out[k] = report.gold_events
        else:
            out[k] = report.matched
    return out


def floor_margin(value: float, support: int, margin: float = 0.02, z: float = 1.5) -> float:
    """The margin below a score that the gate tolerates: at least ``margin``, and ``z`` standard
    errors of a proportion measured on ``support`` items (an accuracy over 12 matched events moves
    by 8 points when one match changes; a floor closer than that only measures noise)."""
    import math

    if support <= 0:
        return 1.0
    return max(margin, z * math.sqrt(max(value * (1 - value), 0.05) / support))


def pin_floors(report: EventEvalReport, gold_path: str | Path, margin: float = 0.02) -> dict[str, Any]:
    """A floors record for the gold file: each score minus its margin (``floor_margin``), rounded
    down to 0.01."""
    import math

    support = metric_support(report)
    metrics = report.metrics()
    return {
        "gold": Path(gold_path).name,
        "gold_sha256": file_sha256(gold_path),
        "margin": margin,
        "pipeline": report.pipeline,
        "support": support,
        "scores": {k: round(v, 4) for k, v in metrics.items()},
        "floors": {
            k: max(0.0, math.floor((v - floor_margin(v, support[k], margin)) * 100) / 100)
            for k, v in metrics.items()
        },
    }


def write_floors(
    gold_path: str | Path = DEFAULT_GOLD,
    articles_path: str | Path | None = None,
    out: str | Path = FLOORS,
    margin: float = 0.02,
) -> dict[str, Any]:
    """Evaluate, then pin the floors at the scores minus ``margin`` for this version of the gold."""
    report = evaluate_events(gold_path, articles_path)
    record = pin_floors(report, gold_path, margin)
    Path(out).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return record
