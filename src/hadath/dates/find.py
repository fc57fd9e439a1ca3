"""Find Arabic date expressions in a text and resolve them against the publication date.

``find_dates`` is a pure function of a string (and a publication date): it proposes expressions
with the one compiled pattern of ``patterns`` over the normalized view of the text, validates each
proposal (cues, ranges, exclusions listed in ``lexicon``), merges neighbours that name the same day
("الخميس 5 مايو"), and resolves each to an ISO value at its granularity, with the reason that says
which rule fired and on what anchor. Offsets are raw offsets into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hadath.dates import lexicon as lx
from hadath.dates import reckon as rk
from hadath.dates.patterns import MASTER
from hadath.dates.tense import FUTURE, PAST, PRESENT, tense_at
from hadath.text.normalize import NormalizedView, view_of

DAY = "day"
MONTH = "month"
YEAR = "year"

# Confidence of each kind of resolution. Why these numbers: an explicit date is certain up to
# typos; a relative day depends on the publication timestamp's day (late-evening wires), a
# weekday on the tense guess, a week-level expression is only located to within a few days.
CONF = {
    "explicit": 1.0,
    "numeric": 0.95,
    "numeric_swapped": 0.8,
    "year_strong": 0.95,
    "year_weak": 0.85,
    "year_hijri": 0.6,
    "hijri_day": 0.95,  # Umm al-Qura tables vs local moon sighting: +-1 day
    "hijri_month": 0.7,
    "relative_day": 0.95,
    "weekday_marked": 0.9,  # with الماضي/المقبل
    "weekday_tense": 0.85,
    "weekday_present": 0.75,
    "weekday_default": 0.8,
    "contradiction": 0.6,
    "day_month_tense": 0.9,
    "month_tense": 0.8,
    "month_relative": 0.95,
    "year_relative": 0.95,
    "year_part": 0.6,
    "week": 0.5,
    "offset_day": 0.9,
    "offset_week": 0.7,
    "offset_month": 0.85,
    "offset_year": 0.9,
    "approx": 0.8,  # multiplier for "نحو/حوالي/أكثر من"
}

MONTH_EN = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HIJRI_EN = (
    "",
    "Muharram",
    "Safar",
    "Rabi I",
    "Rabi II",
    "Jumada I",
    "Jumada II",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qada",
    "Dhu al-Hijja",
)
WEEKDAY_EN = rk.WEEKDAY_EN
_DIRECTION = {PAST: rk.PAST, FUTURE: rk.FUTURE, PRESENT: rk.NEAREST}
_DIR_WORD = {
    rk.PAST: "on or before",
    rk.FUTURE: "on or after",
    rk.NEAREST: "nearest to",
    rk.AROUND: "from 2 days before to 4 days after",
}

# Words before a month named alone (no day, no year, no paired name, no modifier) that make it a
# date: "في مارس", "منذ أبريل", "حتى يونيو", "من يوليو". Without one a lone month name is not taken:
# it is often part of a name ("أيلول الأسود", "ثورة يناير") or, for some forms, another word (مارس).
MONTH_PREP_CUES = frozenset(
    {"في", "منذ", "خلال", "حتي", "بحلول", "شهر", "قبل", "بعد", "من", "الي", "مع", "اوائل", "اواخر", "مطلع"}
)
# Ambiguous month forms that need more than a preposition (آب "father", ماي).
STRONG_CUE_ONLY = frozenset({"اب", "ماي"})
# Nouns after which العام is the adjective "general/public", not "the year":
# "الأمين العام الحالي", "المدعي العام المقبل".
GENERAL_NOUNS = frozenset(
    {
        "الامين",
        "المدعي",
        "النائب",
        "المدير",
        "المفتش",
        "المراقب",
        "الراي",
        "القطاع",
        "الشان",
        "الادعاء",
        "المؤتمر",
        "المنسق",
        "الامن",
        "الصالح",
        "النظام",
        "الاضراب",
        "المال",
        "الاتحاد",
        "القائد",
        "المزاج",
        "الاطار",
        "المجال",
        "الوضع",
        "الاتجاه",
        "التوجه",
        "العفو",
        "الموقف",
        "الطابع",
        "الخط",
        "المستشار",
        "المستوي",
        "النفع",
        "المرشد",
        "الحشد",
        "التعبئه",
        "الاستنفار",
        "الانطباع",
        "الذوق",
        "الادب",
        "القانون",
        "التعليم",
        "النقل",
        "البث",
    }
)
_GAP_MERGE = re.compile(r"[^\S\n]*[,،\-–(]?[^\S\n]*(?:الموافق[^\S\n]*(?:ل)?[^\S\n]*)?\(?[^\S\n]*")
_GAP_NIGHT = re.compile(r"[^\S\n]*(?:[-–/]|الي|و|علي)?[^\S\n]*")
_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\W*?(\w+|%|\d)")
_WORDS = re.compile(r"\w+")


def _bare(word: str) -> str:
    """``word`` without a leading conjunction and preposition (وبنفس -> نفس)."""
    if len(word) > 4 and word[0] in "وف" and word[1] in "بل":
        return word[2:]
    if len(word) > 3 and word[0] in "وفبل":
        return word[1:]
    return word


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text: raw span, resolved value and why."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    reason: str
    confidence: float = 1.0
    kind: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "granularity": self.granularity,
            "reason": self.reason,
            "confidence": self.confidence,
            "kind": self.kind,
        }


@dataclass(slots=True)
class _Found:
    """A validated proposal on the normalized view, resolved or not."""

    vs: int
    ve: int
    kind: str
    value: str | None
    gran: str | None
    reason: str
    conf: float
    weekday: int | None = None  # named weekday, for merging and consistency checks
    day: date | None = None  # resolved day, when the expression names one
    extra: dict[str, Any] = field(default_factory=dict)


class _Ctx:
    """What resolution needs: the normalized text, the anchor date, and tense on demand."""

    __slots__ = ("_tenses", "anchor", "hint", "text")

    def __init__(self, text: str, anchor: date | None, hint: str | None) -> None:
        self.text = text
        self.anchor = anchor
        self.hint = hint
        self._tenses: dict[tuple[int, int], tuple[str, str]] = {}

    def tense(self, vs: int, ve: int) -> tuple[str, str]:
        if self.hint is not None:
            return self.hint, "tense_hint"
        key = (vs, ve)
        t = self._tenses.get(key)
        if t is None:
            t = self._tenses[key] = tense_at(self.text, vs, ve)
        return t

    def prev_word(self, vs: int) -> str:
        m = _PREV_WORD.search(self.text, max(0, vs - 40), vs)
        return m.group(1) if m else ""

    def prev_words(self, vs: int, n: int = 2) -> list[str]:
        """Up to ``n`` words before ``vs``, nearest last."""
        return _WORDS.findall(self.text, max(0, vs - 20 * n), vs)[-n:]

    def next_word(self, ve: int) -> str:
        m = _NEXT_WORD.match(self.text, ve, min(len(self.text), ve + 40))
        return m.group(1) if m else ""


def _as_date(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def _no_anchor(what: str) -> str:
    return f"{what}: unresolved, no publication date to count from"


def _tense_reason(tense: str, cue: str) -> str:
    if cue == "tense_hint":
        return f"{tense} (tense hint)"
    if cue:
        return f"{tense} clause ({cue})"
    return f"{tense} clause (default: no future marker or present verb)"


def _iso_day(d: date) -> str:
    return d.isoformat()


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _word_value(table: dict[str, int], s: str) -> int:
    return table[" ".join(s.split())]


def _prefixes_stripped(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


# --- families ------------------------------------------------------------------------------------


def _day_of(m: re.Match[str], p: str) -> int | None:
    d = m.group(f"{p}_d")
    if d is not None:
        return int(d)
    o = m.group(f"{p}_o")
    if o is not None:
        return _word_value(lx.ORDINALS, o)
    return None


def _gregorian(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    forms = [m.group(g) for g in ("g_m0", "g_m1", "g_m2", "g_m3") if m.group(g)]
    entries = [lx.MONTHS[" ".join(f.split())] for f in forms]
    main = lx.MONTHS[" ".join(m.group("g_m1").split())]
    month = main.value
    day = _day_of(m, "g")
    y = m.group("g_y")
    paired = len(entries) > 1
    mod = m.group("g_mod")
    part = m.group("g_part")
    prev = ctx.prev_word(vs)
    strong_cue = bool(day or y or paired or m.group("g_sh") or mod or m.group("g_ymod") or m.group("g_ythis"))
    if not strong_cue:
        if main.form in STRONG_CUE_ONLY or not (
            part or _bare(prev) in MONTH_PREP_CUES or prev in MONTH_PREP_CUES
        ):
            return None
    notes = []
    if paired and any(e.value != month for e in entries):
        notes.append("paired month names disagree; kept " + MONTH_EN[month])
    label = " ".join(forms)
    if day is not None and not 1 <= day <= 31:
        return None
    # the year: explicit, relative ("من العام الماضي") or from the publication date
    year: int | None = None
    how = ""
    conf = CONF["explicit"]
    anchor = ctx.anchor
    if y:
        year = int(y)
        how = "explicit year"
        if not lx.STRONG_YEAR_RANGE[0] <= year <= lx.STRONG_YEAR_RANGE[1]:
            return _found(vs, m, "explicit", None, None, f"year {y} outside {lx.STRONG_YEAR_RANGE}", 0.5)
    elif m.group("g_ymod") or m.group("g_ythis"):
        if anchor is None:
            return _found(vs, m, "explicit", None, None, _no_anchor(f"month {label} of a relative year"), 1.0)
        k = lx.MODIFIERS[m.group("g_ymod")] if m.group("g_ymod") else 0
        year = anchor.year + k
        how = f"year relative to publication {anchor.isoformat()} ({k:+d})"
        conf = CONF["month_relative"]
    elif day is not None and prev in lx.EVENT_NAME_HEADS:
        return _found(
            vs, m, "explicit", None, None, f"event name ({prev} + day month): its year is not given", 0.5
        )
    elif anchor is None:
        return _found(vs, m, "explicit", None, None, _no_anchor(f"{label} without a year"), 1.0)
    elif mod:
        k = lx.MODIFIERS[mod]
        direction = {-1: rk.PAST, 1: rk.FUTURE, 0: rk.NEAREST}[k]
        year, _ = rk.resolve_month(anchor, month, direction, strict=k != 0)
        how = f"{mod}: {'latest before' if k < 0 else 'first after' if k > 0 else 'current'} month of publication {anchor.isoformat()}"
        conf = CONF["month_relative"]
    else:
        tense, cue = ctx.tense(vs, m.end())
        direction = _DIRECTION[tense]
        if day is not None:
            d = rk.resolve_day_month(anchor, month, day, direction)
            if d is None:
                return _found(vs, m, "explicit", None, None, f"no day {day} in {MONTH_EN[month]}", 0.5)
            year = d.year
            how = f"year of the occurrence {_DIR_WORD[direction]} publication {anchor.isoformat()}, {_tense_reason(tense, cue)}"
            conf = CONF["day_month_tense"]
        else:
            year, _ = rk.resolve_month(anchor, month, direction)
            how = f"year of the month {_DIR_WORD[direction]} publication {anchor.isoformat()}, {_tense_reason(tense, cue)}"
            conf = CONF["month_tense"]
    note = ("; " + "; ".join(notes)) if notes else ""
    if day is not None:
        if not rk.valid_day(year, month, day):
            return _found(vs, m, "explicit", None, None, f"no day {day} in {MONTH_EN[month]} {year}", 0.5)
        d = date(year, month, day)
        return _found(
            vs,
            m,
            "explicit",
            _iso_day(d),
            DAY,
            f"explicit date: day {day} {MONTH_EN[month]}, {how}{note}",
            conf,
            day=d,
        )
    what = f"month {MONTH_EN[month]}"
    if part:
        what = f"{part} (part of) month {MONTH_EN[month]}"
    return _found(vs, m, "explicit", _iso_month(year, month), MONTH, f"{what}, {how}{note}", conf)


def _found(
    vs: int,
    m: re.Match[str],
    kind: str,
    value: str | None,
    gran: str | None,
    reason: str,
    conf: float,
    *,
    weekday: int | None = None,
    day: date | None = None,
    ve: int | None = None,
) -> _Found:
    return _Found(vs, m.end() if ve is None else ve, kind, value, gran, reason, round(conf, 3), weekday, day)


def _hijri(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    entry = lx.HIJRI_MONTHS[" ".join(m.group("h_m").split())]
    month = entry.value
    day = _day_of(m, "h")
    y = m.group("h_y")
    mod = m.group("h_mod")
    if entry.needs_cue and not (day or y or m.group("h_sh") or mod):
        return None
    if day is not None and not 1 <= day <= 30:
        return None
    name = HIJRI_EN[month]
    anchor = ctx.anchor
    hy: int | None = None
    how = ""
    conf = CONF["hijri_day"] if day else CONF["hijri_month"]
    if y:
        yi = int(y)
        if m.group("h_suf") or lx.HIJRI_YEAR_RANGE[0] <= yi <= lx.HIJRI_YEAR_RANGE[1]:
            hy = yi
            how = f"Hijri year {yi}"
        elif lx.WEAK_YEAR_RANGE[0] <= yi <= lx.WEAK_YEAR_RANGE[1]:
            hy = rk.hijri_year_for_gregorian(month, yi)
            how = f"the {name} that starts in Gregorian {yi}"
        if hy is None:
            return _found(
                vs, m, "hijri", None, None, f"Hijri {name} {y}: year outside the convertible range", 0.5
            )
    elif anchor is None:
        return _found(vs, m, "hijri", None, None, _no_anchor(f"Hijri {name} without a year"), 1.0)
    else:
        if mod:
            k = lx.MODIFIERS[mod]
            direction = {-1: rk.PAST, 1: rk.FUTURE, 0: rk.NEAREST}[k]
            strict = k != 0
            how = f"{mod}: relative to publication {anchor.isoformat()}"
        else:
            tense, cue = ctx.tense(vs, m.end())
            direction = _DIRECTION[tense]
            strict = False
            how = f"the {name} {_DIR_WORD[direction]} publication {anchor.isoformat()}, {_tense_reason(tense, cue)}"
        if day is not None and not mod:
            hy = _hijri_year_of_day(anchor, month, day, direction)
            conf = CONF["hijri_month"]
        else:
            hy = rk.resolve_hijri_month(anchor, month, direction, strict=strict)
            conf = CONF["hijri_month"]
        if hy is None:
            return _found(vs, m, "hijri", None, None, "publication date outside the Hijri tables", 0.5)
    if day is not None:
        g = rk.hijri_to_gregorian(hy, month, day)
        if g is None:
            return _found(vs, m, "hijri", None, None, f"no day {day} {name} {hy} in the Hijri tables", 0.5)
        return _found(
            vs,
            m,
            "hijri",
            _iso_day(g),
            DAY,
            f"Hijri date {day} {name} {hy} (Umm al-Qura), {how}",
            conf,
            day=g,
        )
    span = rk.hijri_month_span(hy, month)
    if span is None:
        return _found(vs, m, "hijri", None, None, f"Hijri {name} {hy} outside the convertible range", 0.5)
    first, last = span
    return _found(
        vs,
        m,
        "hijri",
        _iso_month(first.year, first.month),
        MONTH,
        f"Hijri month {name} {hy} = {first.isoformat()}..{last.isoformat()} (month of its first day), {how}",
        conf,
    )


def _hijri_year_of_day(anchor: date, month: int, day: int, direction: str) -> int | None:
    """Hijri year of "day month" relative to ``anchor``: among the Hijri years before, of and after
    publication, the occurrence that fits ``direction`` (as ``reckon.resolve_day_month``)."""
    h = rk.gregorian_to_hijri(anchor)
    if h is None:
        return None
    ok: list[tuple[date, int]] = []
    for yy in (h[0] - 1, h[0], h[0] + 1):
        g = rk.hijri_to_gregorian(yy, month, day)
        if g is not None:
            ok.append((g, yy))
    if not ok:
        return None
    if direction == rk.PAST:
        past = [c for c in ok if c[0] <= anchor]
        return (max(past) if past else min(ok))[1]
    if direction == rk.FUTURE:
        fut = [c for c in ok if c[0] >= anchor]
        return (min(fut) if fut else max(ok))[1]
    return min(ok, key=lambda c: (abs((c[0] - anchor).days), c[0] > anchor))[1]


def _day_of_month(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    day = _day_of(m, "dm")
    if day is None or not 1 <= day <= 31:
        return None
    mod = m.group("dm_mod")
    k = lx.MODIFIERS[mod] if mod else 0
    anchor = ctx.anchor
    if anchor is None:
        return _found(vs, m, "explicit", None, None, _no_anchor(f"day {day} of a relative month"), 1.0)
    y, mo = rk.shift_months(anchor.year, anchor.month, k)
    if not rk.valid_day(y, mo, day):
        return _found(vs, m, "explicit", None, None, f"no day {day} in {MONTH_EN[mo]} {y}", 0.5)
    d = date(y, mo, day)
    which = {-1: "previous", 0: "current", 1: "next"}.get(k, f"{k:+d}")
    return _found(
        vs,
        m,
        "explicit",
        _iso_day(d),
        DAY,
        f"day {day} of the {which} month relative to publication {anchor.isoformat()}",
        CONF["month_relative"],
        day=d,
    )


def _numeric(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    if m.group("n_y1"):
        y, mo, d = int(m.group("n_y1")), int(m.group("n_m1")), int(m.group("n_d1"))
        order = "YYYY-MM-DD"
    else:
        y, mo, d = int(m.group("n_y2")), int(m.group("n_m2")), int(m.group("n_d2"))
        order = "DD/MM/YYYY"
    if not lx.WEAK_YEAR_RANGE[0] <= y <= lx.WEAK_YEAR_RANGE[1]:
        return None
    conf = CONF["numeric"]
    if mo > 12 and d <= 12:
        mo, d = d, mo
        order = "MM/DD/YYYY (month > 12 in the day-first reading)"
        conf = CONF["numeric_swapped"]
    if not rk.valid_day(y, mo, d):
        return None
    dd = date(y, mo, d)
    return _found(vs, m, "numeric", _iso_day(dd), DAY, f"numeric date read as {order}", conf, day=dd)


def _year(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    cue = m.group("y_cue")
    kw = m.group("y_kw")
    if not cue and not kw:
        return None
    yi = int(m.group("y_val"))
    suf = m.group("y_suf") or ""
    hijri = suf in ("ه", "للهجره", "هجري", "هجريه")
    part = cue if cue in lx.PERIOD_PARTS else None
    # the span starts at the part of year (kept: it changes the value), else at the year word or digits
    if part:
        start = vs
    else:
        start = m.start("y_kw") if kw else m.start("y_val")
    if hijri:
        if not lx.HIJRI_YEAR_RANGE[0] <= yi <= lx.HIJRI_YEAR_RANGE[1]:
            return None
        g = rk.hijri_to_gregorian(yi, 1, 1)
        assert g is not None
        return _found(
            start,
            m,
            "year",
            str(g.year),
            YEAR,
            f"Hijri year {yi} AH (1 Muharram = {g.isoformat()}); value is that Gregorian year",
            CONF["year_hijri"],
        )
    lo, hi = lx.STRONG_YEAR_RANGE if kw else lx.WEAK_YEAR_RANGE
    if not lo <= yi <= hi:
        return None
    if not kw and not suf:
        nxt = ctx.next_word(m.end())
        if (
            nxt in lx.COUNTED_NOUNS
            or nxt in lx.UNITS
            or nxt in ("%",)
            or nxt.isdigit()
            or (len(nxt) > 2 and nxt.endswith("ا") and nxt not in lx.MODIFIERS)
        ):
            return None
    why = "year with cue '" + " ".join(x for x in (cue, kw) if x) + "'"
    conf = CONF["year_strong"] if kw else CONF["year_weak"]
    if part:
        month = lx.PERIOD_PARTS[part]
        return _found(
            start,
            m,
            "year",
            _iso_month(yi, month),
            MONTH,
            f"{part} of year {yi}: month {month}",
            CONF["year_part"],
        )
    return _found(start, m, "year", str(yi), YEAR, why, conf)


def _offset(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    unit_form = m.group("o_u")
    kind, implied = lx.UNITS[unit_form]
    n_s = m.group("o_n")
    if n_s is None:
        if implied == 0:
            return None  # "منذ أيام", "قبل سنوات": vague
        nxt = ctx.next_word(m.end("o_u"))
        if implied == 1 and (
            nxt.startswith("ال") or nxt in lx.RELATIVE_DAYS or nxt in lx.MONTHS or nxt in lx.HIJRI_MONTHS
        ):
            return None  # "منذ يوم الثلاثاء", "منذ شهر رمضان": the unit word heads another date
        n = implied
    else:
        n = int(n_s) if n_s.isdigit() else _word_value(lx.CARDINALS, n_s)
        if n == 0:
            return None
    direction = m.group("o_dir")
    approx = m.group("o_apx")
    tail = m.group("o_tail")
    ve = m.end("o_u")  # the tail (من/على) is not part of the expression
    label = f"{direction} {n} {kind}{'s' if n != 1 else ''}"
    if tail and (direction == "منذ" or (tail == "علي" and ctx.next_word(m.end()) == "الاقل")):
        tail = None  # منذ counts from now whatever follows; "على الأقل" is "at least"
    if tail:
        return _found(
            vs,
            m,
            "offset",
            None,
            None,
            f"{label} + {tail}: counted from another event, not publication",
            0.5,
            ve=ve,
        )
    anchor = ctx.anchor
    if anchor is None:
        return _found(vs, m, "offset", None, None, _no_anchor(label), 1.0, ve=ve)
    sign = -1
    if direction == "قبل":
        tense, cue = ctx.tense(vs, ve)
        if tense == FUTURE:
            return _found(
                vs,
                m,
                "offset",
                None,
                None,
                f"{label} in a future clause ({cue}): a deadline, not a past date",
                0.5,
                ve=ve,
            )
    if direction == "بعد":
        tense, cue = ctx.tense(vs, ve)
        if tense != FUTURE:
            return _found(
                vs,
                m,
                "offset",
                None,
                None,
                f"{label}: after a point in the narrative ({_tense_reason(tense, cue)}), not publication",
                0.5,
                ve=ve,
            )
        sign = 1
    k = sign * n
    note = f" (approximate: {approx})" if approx else ""
    mult = CONF["approx"] if approx else 1.0
    base = f"{label} relative to publication {anchor.isoformat()}{note}"
    if kind == "day":
        d = rk.shift_days(anchor, k)
        return _found(vs, m, "offset", _iso_day(d), DAY, base, CONF["offset_day"] * mult, day=d, ve=ve)
    if kind == "week":
        d = rk.shift_days(anchor, 7 * k)
        return _found(
            vs,
            m,
            "offset",
            _iso_day(d),
            DAY,
            base + "; weeks located to the day",
            CONF["offset_week"] * mult,
            ve=ve,
        )
    if kind == "month":
        y, mo = rk.shift_months(anchor.year, anchor.month, k)
        return _found(vs, m, "offset", _iso_month(y, mo), MONTH, base, CONF["offset_month"] * mult, ve=ve)
    return _found(vs, m, "offset", str(anchor.year + k), YEAR, base, CONF["offset_year"] * mult, ve=ve)


def _period(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    unit = m.group("p_u")
    mod = m.group("p_mod")
    this = m.group("p_this")
    part = m.group("p_part")
    if not (mod or this or part):
        return None
    if this and ((this == "هذه") != (unit == "السنه")):
        return None
    if this and not mod and ctx.next_word(m.end()) in lx.ORDINALS:
        return None  # "هذا العام السابع": "this is the seventh year"
    if unit == "العام" and not this and not part and ctx.prev_word(vs) in GENERAL_NOUNS:
        return None  # "الأمين العام الحالي": العام is "general"
    if mod and mod.startswith("قبل"):
        k = -2
    elif mod:
        k = lx.MODIFIERS[mod]
    else:
        k = 0
    label = f"{part or ''} {this or ''} {unit} {mod or ''}".strip()
    anchor = ctx.anchor
    if anchor is None:
        return _found(vs, m, "period", None, None, _no_anchor(f"relative period ({label})"), 1.0)
    rel = {-2: "the one before last", -1: "previous", 0: "current", 1: "next"}.get(k, f"{k:+d}")
    if unit == "الاسبوع":
        d = rk.shift_days(anchor, 7 * k)
        return _found(
            vs,
            m,
            "period",
            _iso_day(d),
            DAY,
            f"{rel} week of publication {anchor.isoformat()}{' (' + part + ')' if part else ''}; "
            "value is publication shifted by whole weeks",
            CONF["week"] * (0.8 if part else 1.0),
        )
    if unit == "الشهر":
        y, mo = rk.shift_months(anchor.year, anchor.month, k)
        return _found(
            vs,
            m,
            "period",
            _iso_month(y, mo),
            MONTH,
            f"{rel} month of publication {anchor.isoformat()}{' (' + part + ')' if part else ''}",
            CONF["month_relative"],
        )
    y = anchor.year + k
    if part:
        month = lx.PERIOD_PARTS[part]
        return _found(
            vs,
            m,
            "period",
            _iso_month(y, month),
            MONTH,
            f"{part} of the {rel} year of publication {anchor.isoformat()}: month {month}",
            CONF["year_part"],
        )
    return _found(
        vs,
        m,
        "period",
        str(y),
        YEAR,
        f"{rel} year of publication {anchor.isoformat()}",
        CONF["year_relative"],
    )


def view_slice(ctx: _Ctx, at: int, width: int = 30) -> str:
    return ctx.text[at : at + width]


def _relative_day(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    word = " ".join(m.group("r_w").split())
    part = m.group("r_part")
    yawm = m.group("r_yawm")
    wd_form = m.group("r_wd")
    prev = ctx.prev_word(vs)
    if word in lx.GHAD_NEEDS_CUE and not (part or yawm or prev in lx.GHAD_CUES):
        return None
    if word in ("اليوم", "الليله") and not part and not yawm:
        before = [_bare(w) for w in ctx.prev_words(vs, 2)]
        if before and (before[-1] in lx.NOT_TODAY_BEFORE or prev in lx.NOT_TODAY_BEFORE):
            return None
        if before[-2:] == ["مثل", "هذا"]:
            return None  # "في مثل هذا اليوم": this day in history
        if word == "اليوم" and prev in lx.TODAY_NAMES:
            return None  # "المصري اليوم", "روسيا اليوم": names of a newspaper, a channel
        if not wd_form:
            after = ctx.next_word(m.end())
            if after in lx.NOT_TODAY_AFTER:
                return None
            if after == "من" and re.match(r"\s*من\s+(?:ال)?(?:عام|سنه)", view_slice(ctx, m.end())):
                return None  # "اليوم نفسه من عام 2017": the same day in another year
    off = lx.RELATIVE_DAYS[word]
    anchor = ctx.anchor
    wd = lx.WEEKDAYS[wd_form] if wd_form else None
    label = f"{part + ' ' if part else ''}{word}"
    if anchor is None:
        return _found(vs, m, "relative", None, None, _no_anchor(f"relative day '{label}'"), 1.0, weekday=wd)
    d = rk.shift_days(anchor, off)
    reason = (
        f"relative day '{word}' = publication {anchor.isoformat()} {off:+d} day{'s' if abs(off) != 1 else ''}"
    )
    if part:
        reason += f" ({part})"
    conf = CONF["relative_day"]
    if wd is not None:
        if d.isoweekday() == wd:
            reason += f"; weekday {WEEKDAY_EN[wd]} agrees"
            conf = 1.0
        else:
            near = rk.nearest_weekday(d, wd)
            reason += (
                f"; weekday {WEEKDAY_EN[wd]} contradicts it ({d.isoformat()} is a {WEEKDAY_EN[d.isoweekday()]}): "
                f"took the {WEEKDAY_EN[wd]} nearest to it (publication day may be off by the time zone)"
            )
            d = near
            conf = CONF["contradiction"]
    return _found(vs, m, "relative", _iso_day(d), DAY, reason, conf, weekday=wd, day=d)


def _weekday(m: re.Match[str], ctx: _Ctx, vs: int) -> _Found | None:
    form = m.group("w_d")
    wd = lx.WEEKDAYS[form]
    mod = m.group("w_mod")
    part = m.group("w_part")
    nxt = ctx.next_word(m.end("w_d"))
    if wd == 7 and nxt in ("عشر", "عشره"):
        return None  # الأحد عشر: "the eleven"
    anchor = ctx.anchor
    name = WEEKDAY_EN[wd]
    label = f"{part + ' ' if part else ''}{name}"
    if anchor is None:
        return _found(vs, m, "weekday", None, None, _no_anchor(f"weekday {label}"), 1.0, weekday=wd)
    night = f"; '{part}' keeps the weekday itself" if part else ""
    if mod:
        k = lx.MODIFIERS[mod]
        direction = {-1: rk.PAST, 1: rk.FUTURE, 0: rk.NEAREST}[k]
        d = rk.resolve_weekday(anchor, wd, direction, strict=k != 0)
        which = {-1: "last", 1: "next", 0: "this week's"}[k]
        reason = f"{mod}: {which} {name} relative to publication {anchor.isoformat()}{night}"
        conf = CONF["weekday_marked"]
    else:
        tense, cue = ctx.tense(vs, m.end())
        direction = rk.AROUND if tense == PRESENT else _DIRECTION[tense]
        d = rk.resolve_weekday(anchor, wd, direction)
        reason = f"{name} {_DIR_WORD[direction]} publication {anchor.isoformat()}, {_tense_reason(tense, cue)}{night}"
        conf = (
            CONF["weekday_present"]
            if tense == PRESENT
            else CONF["weekday_tense"]
            if cue
            else CONF["weekday_default"]
        )
    return _found(vs, m, "weekday", _iso_day(d), DAY, reason, conf, weekday=wd, day=d)


_HANDLERS = {
    "g": _gregorian,
    "h": _hijri,
    "dm": _day_of_month,
    "n": _numeric,
    "y": _year,
    "o": _offset,
    "p": _period,
    "r": _relative_day,
    "w": _weekday,
}


# --- merging neighbours ------------------------------------------------------------------------


def _merge(found: list[_Found], text: str) -> list[_Found]:
    """Join a weekday or relative day with the explicit date right after it ("الخميس 5 مايو"),
    and a night spanning two weekdays ("ليل الخميس الجمعة")."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind in ("weekday", "relative") and b.kind in ("explicit", "numeric", "hijri"):
            gap = text[a.ve : b.vs]
            if b.day is not None and _GAP_MERGE.fullmatch(gap):
                out.append(_with_explicit(a, b))
                i += 2
                continue
        if (
            b is not None
            and a.kind == "weekday"
            and b.kind == "weekday"
            and a.weekday is not None
            and b.weekday == a.weekday % 7 + 1
            and _GAP_NIGHT.fullmatch(text[a.ve : b.vs])
            and re.match(r"(?:منتصف\s+)?ليل", text[a.vs : a.ve])
        ):
            reason = a.reason + f"; night into {WEEKDAY_EN[b.weekday]}: dated by its first day"
            out.append(_Found(a.vs, b.ve, "weekday", a.value, a.gran, reason, a.conf, a.weekday, a.day))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _with_explicit(a: _Found, b: _Found) -> _Found:
    assert b.day is not None
    if a.weekday is None:
        reason = f"{b.reason}; explicit date wins over the relative day"
        conf = b.conf if a.day == b.day or a.day is None else min(b.conf, CONF["contradiction"])
        if a.day is not None and a.day != b.day:
            reason = f"{b.reason}; explicit date wins over the relative day ({a.day.isoformat()})"
        return _Found(a.vs, b.ve, b.kind, b.value, b.gran, reason, conf, None, b.day)
    actual = b.day.isoweekday()
    if actual == a.weekday:
        reason = f"{b.reason}; weekday {WEEKDAY_EN[a.weekday]} agrees"
        conf = b.conf
    else:
        reason = (
            f"{b.reason}; weekday {WEEKDAY_EN[a.weekday]} contradicts it "
            f"({b.day.isoformat()} is a {WEEKDAY_EN[actual]}): explicit date wins"
        )
        conf = min(b.conf, CONF["contradiction"])
    return _Found(a.vs, b.ve, b.kind, b.value, b.gran, reason, round(conf, 3), a.weekday, b.day)


# --- entry points --------------------------------------------------------------------------------


def propose(view_text: str, anchor: date | None, tense_hint: str | None = None) -> list[_Found]:
    """Validated, merged and resolved expressions on a normalized text (view offsets)."""
    if tense_hint is not None and tense_hint not in (PAST, PRESENT, FUTURE):
        raise ValueError(f"tense_hint must be 'past', 'present', 'future' or None, not {tense_hint!r}")
    ctx = _Ctx(view_text, anchor, tense_hint)
    found: list[_Found] = []
    pos = 0
    search = MASTER.search
    while True:
        m = search(view_text, pos)
        if m is None:
            break
        family = m.lastgroup
        assert family is not None
        f = _HANDLERS[family](m, ctx, m.end("pre"))
        if f is None:
            pos = m.start() + 1
            continue
        found.append(f)
        pos = m.end()
    if len(found) > 1:
        found = _merge(found, view_text)
    return found


def find_dates(
    text: str,
    published: date | datetime | None,
    *,
    tense_hint: str | None = None,
    view: NormalizedView | None = None,
) -> list[DateMatch]:
    """Date expressions in ``text``, resolved against ``published``.

    Each match has raw offsets into ``text``, the raw ``text`` of the span, the ISO ``value`` at
    its ``granularity`` ("YYYY-MM-DD" day, "YYYY-MM" month, "YYYY" year) or None when it cannot be
    resolved, the ``reason`` (rule and anchor) and a ``confidence``. ``tense_hint`` ("past",
    "present", "future") overrides the per-clause tense guess used for bare weekdays and months.
    ``view`` may pass an already built ``NormalizedView`` of ``text``.
    """
    if view is None:
        view = view_of(text)
    out = []
    for f in propose(view.text, _as_date(published), tense_hint):
        s, e = view.to_raw_span(f.vs, f.ve)
        out.append(DateMatch(s, e, text[s:e], f.value, f.gran, f.reason, f.conf, f.kind))
    return out
