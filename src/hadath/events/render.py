"""One-line renderings of events (English and Arabic) and the compact table of ``hadath events``."""

from __future__ import annotations

from collections.abc import Iterable

from hadath.doc.model import Argument, Document, Event, Location
from hadath.events.rules import english_phrases, role_labels
from hadath.events.tables import cameo


def _country_name(iso3: str | None) -> str | None:
    if not iso3:
        return None
    try:
        from hadath.resolve.tables import nisba_table

        c = nisba_table().countries.get(iso3)
        return c.name_en if c is not None else iso3
    except Exception:
        return iso3


def actor_label(arg: Argument | None) -> str:
    """``Bashar al-Assad (Syria, government)``, ``Russia``, or ``someone``."""
    if arg is None:
        return "someone"
    code = arg.code or ""
    country = _country_name(arg.country)
    role = role_labels().get(code[3:6]) if len(code) >= 6 else None
    if len(code) == 6 and code[:3] in ("IGO", "NGO"):
        role = None
    name = arg.name_en or (country if code == (arg.country or "") else None) or country or code or arg.text
    extra = [x for x in (country if name != country else None, role) if x]
    return f"{name} ({', '.join(extra)})" if extra else name


def verb_phrase(code: str) -> str:
    phrases = english_phrases()
    for k in (code, code[:3], code[:2]):
        if k in phrases:
            return phrases[k]
    return cameo(code).name.lower()


MODALITY_EN = {
    "negated": "did not: ",
    "future": "is to: ",
    "hypothetical": "might: ",
    "reported_claim": "reportedly: ",
}
MODALITY_AR = {
    "negated": "نفي: ",
    "future": "مستقبلي: ",
    "hypothetical": "افتراضي: ",
    "reported_claim": "حسب تقارير: ",
}


def _where(loc: Location | None) -> str | None:
    if loc is None:
        return None
    return loc.name_en or loc.text


def text_en(ev: Event) -> str:
    parts = [f"{MODALITY_EN.get(ev.modality, '')}{actor_label(ev.source)} {verb_phrase(ev.cameo)}"]
    if ev.target is not None:
        parts[0] += f" {actor_label(ev.target)}"
    where = _where(ev.location)
    if where:
        parts.append(f"in {where}")
    if ev.date:
        parts.append(ev.date)
    return ", ".join(parts)


def text_ar(ev: Event) -> str:
    src = ev.source.text if ev.source is not None else "طرف غير محدد"
    line = f"{MODALITY_AR.get(ev.modality, '')}{src} — {ev.trigger.text}"
    if ev.target is not None:
        line += f" — {ev.target.text}"
    if ev.location is not None:
        line += f"، في {ev.location.text}"
    if ev.date:
        line += f"، {ev.date}"
    return line


def _short(arg: Argument | None) -> str:
    if arg is None:
        return "-"
    return arg.code or arg.country or "?"


def render_table(docs: Iterable[Document]) -> str:
    """Compact table of events: date, source, code, target, place, modality, confidence, evidence."""
    header = ("date", "source", "code", "target", "place", "modality", "conf", "evidence")
    rows: list[tuple[str, ...]] = []
    for doc in docs:
        for ev in doc.events:
            place = _where(ev.location) or "-"
            evidence = doc.text[ev.sentence.start : ev.sentence.end].replace("\n", " ").strip()
            if len(evidence) > 70:
                # center the evidence on the trigger
                rel = max(0, ev.trigger.start - ev.sentence.start - 30)
                evidence = ("…" if rel else "") + evidence[rel : rel + 68] + "…"
            rows.append(
                (
                    ev.date or "-",
                    _short(ev.source),
                    f"{ev.cameo} {ev.plover or ''}".strip(),
                    _short(ev.target),
                    place,
                    ev.modality,
                    f"{ev.confidence:.2f}",
                    evidence,
                )
            )
    if not rows:
        return "no events\n"
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header) - 1)]
    lines = []
    for r in [header, *rows]:
        cells = [r[k].ljust(widths[k]) for k in range(len(header) - 1)]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    return "\n".join(lines) + "\n"
