"""The dates stage, and the rule later stages use to ask which date governs a clause."""

from __future__ import annotations

from hadath.dates.find import find_dates
from hadath.dates.tense import CLAUSE_BOUNDARY
from hadath.doc import DateExpr, Document
from hadath.text.normalize import NormalizedView


class DatesStage:
    """Find and resolve the date expressions of a document against its publication date.

    Writes ``doc.dates`` (``DateExpr`` in text order, non-overlapping). Relative expressions stay
    unresolved (value None, the reason says why) when the document has no publication date.
    """

    name = "dates"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("dates",)

    def __init__(self, *, tense_hint: str | None = None) -> None:
        self.tense_hint = tense_hint

    def __call__(self, doc: Document) -> Document:
        doc.dates = [
            DateExpr(m.start, m.end, m.text, m.value, m.granularity, m.reason, m.confidence)
            for m in find_dates(doc.text, doc.published_date, tense_hint=self.tense_hint)
        ]
        doc.layers.add("dates")
        return doc


def _distance(d: DateExpr, start: int, end: int) -> int:
    if d.end <= start:
        return start - d.end
    if d.start >= end:
        return d.start - end
    return 0


def _nearest(cands: list[DateExpr], start: int, end: int) -> DateExpr:
    # nearest first; on a tie the resolved one, then the more confident, then the earlier
    return min(cands, key=lambda d: (_distance(d, start, end), d.value is None, -d.confidence, d.start))


def clause_span(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Raw offsets of the clause of ``text[lo:hi]`` around the span [start, end).

    Clause boundaries are those of ``hadath.dates.tense.CLAUSE_BOUNDARY`` (punctuation, line
    breaks, quotes, brackets, أن/إن and their forms, الذي/التي, حيث, عندما ...), found on the
    normalized view and mapped back to raw offsets.
    """
    hi = len(text) if hi is None else hi
    view = NormalizedView(text[lo:hi])
    cs, ce = lo, hi
    for m in CLAUSE_BOUNDARY.finditer(view.text):
        bs, be = view.to_raw_span(m.start(), m.end())
        bs += lo
        be += lo
        if be <= start:
            cs = be
        elif bs >= end:
            ce = bs
            break
    return cs, ce


def governing_date(doc: Document, start: int, end: int) -> DateExpr | None:
    """The date expression that governs the clause or sentence around the span [start, end).

    Rule: among ``doc.dates``, the nearest expression inside the same clause as the span (see
    ``clause_span``); if the clause has none, the nearest inside the same sentence; if the sentence
    has none, None (the caller decides whether to fall back to the publication date or to an
    earlier sentence). Distance is in characters between the spans (0 when they overlap); ties go
    to a resolved expression, then to the more confident, then to the earlier one. An unresolved
    expression (value None) can govern: it tells the caller that a date was named but is unknown.
    """
    if not doc.dates:
        return None
    sent = doc.sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent is not None else (0, len(doc.text))
    in_sentence = [d for d in doc.dates if d.start >= lo and d.end <= hi]
    if not in_sentence:
        return None
    cs, ce = clause_span(doc.text, start, end, lo, hi)
    in_clause = [d for d in in_sentence if d.start >= cs and d.end <= ce]
    return _nearest(in_clause or in_sentence, start, end)
