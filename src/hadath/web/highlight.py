"""Cut an article's text into segments for highlighting: entities (a colour per type), dates, event
triggers and the sentences that carry the events (the evidence).

Offsets are Python ``str`` indices (code points), as in the Document JSON. Spans may nest or cross;
the text is cut at every span boundary and each segment lists the spans that cover it, so nothing is
lost and no markup ever crosses another. ``static/hadath.js`` does the same in the browser for the
analysis page (converting code points to UTF-16 indices there); a browser test checks that both give
the same segments.

Segments carry plain strings only; the templates escape them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from hadath.web.labels import entity_label, modality_label, root_label

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE", "MISC")


@dataclass
class Span:
    start: int
    end: int
    kind: str  # ent | date | trig | evid
    cls: str
    tip: str = ""
    ref: str = ""  # entity / event index, for hover grouping


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        return " ".join(self.classes)

    @property
    def tip(self) -> str:
        return "\n".join(t for t in self.tips if t)

    @property
    def ref(self) -> str:
        return " ".join(self.refs)


def _valid(s: Any, n: int) -> tuple[int, int] | None:
    if not isinstance(s, dict):
        return None
    a, b = s.get("start"), s.get("end")
    if not isinstance(a, int) or not isinstance(b, int) or isinstance(a, bool) or isinstance(b, bool):
        return None
    if a < 0 or b > n or a >= b:
        return None
    return a, b


def entity_tip(ent: dict[str, Any]) -> str:
    """What hovering an entity shows: its type, the resolved actor or place, and the reason."""
    lines = [f"{entity_label(ent.get('type'))} ({ent.get('type')})"]
    actor = ent.get("actor")
    if isinstance(actor, dict):
        name = actor.get("name_en") or actor.get("id") or "?"
        bits = ", ".join(str(x) for x in (actor.get("code"), actor.get("country")) if x)
        lines.append(f"فاعل: {name}" + (f" [{bits}]" if bits else ""))
        if actor.get("reason"):
            lines.append(f"السبب: {actor['reason']}")
    place = ent.get("place")
    if isinstance(place, dict):
        name = place.get("name_en") or place.get("id") or "?"
        bits = ", ".join(str(x) for x in (place.get("admin1"), place.get("country")) if x)
        lines.append(f"مكان: {name}" + (f" [{bits}]" if bits else ""))
        if place.get("lat") is not None and place.get("lon") is not None:
            lines.append(f"الإحداثيات: {place['lat']:.3f}, {place['lon']:.3f}")
        if place.get("reason"):
            lines.append(f"السبب: {place['reason']}")
    if not isinstance(actor, dict) and not isinstance(place, dict):
        lines.append("غير مربوط بفاعل أو مكان")
    return "\n".join(lines)


def date_tip(d: dict[str, Any]) -> str:
    lines = [f"تاريخ: {d.get('value') or '?'}" + (f" ({d['granularity']})" if d.get("granularity") else "")]
    if d.get("reason"):
        lines.append(f"السبب: {d['reason']}")
    return "\n".join(lines)


def _arg(a: Any) -> str:
    if not isinstance(a, dict):
        return "—"
    return str(a.get("code") or a.get("name_en") or a.get("text") or "—")


def event_tip(ev: dict[str, Any]) -> str:
    code = str(ev.get("cameo") or "")
    lines = [
        f"حدث {code}: {root_label(ev.get('cameo_root') or code[:2])}",
        f"{_arg(ev.get('source'))} ← {_arg(ev.get('target'))}",
        f"الصيغة: {modality_label(ev.get('modality'))}"
        + (
            f" · الثقة {float(ev['confidence']):.2f}" if isinstance(ev.get("confidence"), int | float) else ""
        ),
    ]
    if ev.get("text_ar"):
        lines.append(str(ev["text_ar"]))
    if ev.get("rule"):
        lines.append(f"القاعدة: {ev['rule']}")
    return "\n".join(lines)


def spans(doc: dict[str, Any]) -> list[Span]:
    """The highlightable spans of a Document JSON; spans with offsets outside the text are dropped."""
    text = doc.get("text") or ""
    n = len(text)
    out: list[Span] = []
    for i, ev in enumerate(doc.get("events") or []):
        if not isinstance(ev, dict):
            continue
        s = _valid(ev.get("sentence"), n)
        if s:
            out.append(Span(s[0], s[1], "evid", "evid", "", f"e{i}"))
    for i, ent in enumerate(doc.get("entities") or []):
        s = _valid(ent, n)
        if s:
            t = str(ent.get("type") or "MISC")
            t = t if t in ENTITY_TYPES else "MISC"
            resolved = isinstance(ent.get("actor"), dict) or isinstance(ent.get("place"), dict)
            cls = f"ent ent-{t}" + (" resolved" if resolved else "")
            out.append(Span(s[0], s[1], "ent", cls, entity_tip(ent), f"n{i}"))
    for i, d in enumerate(doc.get("dates") or []):
        s = _valid(d, n)
        if s:
            out.append(Span(s[0], s[1], "date", "date", date_tip(d), f"d{i}"))
    for i, ev in enumerate(doc.get("events") or []):
        if not isinstance(ev, dict):
            continue
        s = _valid(ev.get("trigger"), n)
        if s:
            out.append(Span(s[0], s[1], "trig", f"trig q{ev.get('quad_class') or 0}", event_tip(ev), f"e{i}"))
    return out


def segments(doc: dict[str, Any]) -> list[Segment]:
    """The text cut at every span boundary; each segment knows the spans covering it."""
    text = doc.get("text") or ""
    sp = spans(doc)
    cuts = sorted({0, len(text), *(s.start for s in sp), *(s.end for s in sp)})
    starts: dict[int, list[Span]] = {}
    for s in sp:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        seg = Segment(text[a:b])
        for s in active:
            for c in s.cls.split():
                if c not in seg.classes:
                    seg.classes.append(c)
            if s.tip and s.tip not in seg.tips:
                seg.tips.append(s.tip)
            if s.ref not in seg.refs:
                seg.refs.append(s.ref)
        out.append(seg)
    return out


def legend() -> list[tuple[str, str]]:
    """(CSS class, Arabic label) of every highlight, in the order the legend shows them."""
    return [(f"ent ent-{t}", f"{entity_label(t)} ({t})") for t in ENTITY_TYPES] + [
        ("date", "تاريخ"),
        ("trig q1", "مُطلِق حدث: تعاون"),
        ("trig q4", "مُطلِق حدث: صراع"),
        ("evid", "جملة الدليل على حدث"),
    ]


def evidence_parts(mention: dict[str, Any]) -> dict[str, str] | None:
    """A mention's evidence sentence split around its trigger (article offsets made sentence-relative)."""
    ev = mention.get("evidence")
    sent = mention.get("sentence") or {}
    trig = mention.get("trigger") or {}
    a, b = trig.get("start"), trig.get("end")
    if not isinstance(ev, str) or not isinstance(a, int) or not isinstance(b, int):
        return None
    # the store keeps the sentence, or 120 characters either side of the trigger without one
    start = sent.get("start")
    base = start if isinstance(start, int) else max(0, a - 120)
    a, b = a - base, b - base
    if not 0 <= a < b <= len(ev):
        return None
    return {"before": ev[:a], "trigger": ev[a:b], "after": ev[b:]}


def article_view(data: dict[str, Any]) -> dict[str, Any]:
    """The article page's drawing: text segments, and the stored event of each of the document's events."""
    doc = data.get("document") or {}
    links = {
        (m.get("trigger_start"), m.get("trigger_end"), m.get("cameo")): m.get("event_id")
        for m in data.get("mentions") or []
    }
    ids = []
    for ev in doc.get("events") or []:
        trig = (ev or {}).get("trigger") or {}
        ids.append(
            links.get((trig.get("start", 0), trig.get("end", 0), str((ev or {}).get("cameo") or "").strip()))
        )
    return {"segments": segments(doc), "event_ids": ids}
