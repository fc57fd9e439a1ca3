"""Calendar arithmetic for resolving date expressions: pure functions on ``datetime.date``.

Nothing here knows Arabic; ``find`` decides *what* an expression means, these functions compute
*which* day, month or year that is relative to the publication date.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

# Direction of a relative resolution.
PAST = "past"  # the latest candidate on or before the anchor
FUTURE = "future"  # the earliest candidate on or after the anchor
NEAREST = "nearest"  # whichever is closer; ties go to the past
AROUND = "around"  # weekdays in present-tense clauses: within two days back or four ahead

WEEKDAY_EN = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def shift_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift_date_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the target month's length."""
    y, m = shift_months(d.year, d.month, n)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def resolve_weekday(anchor: date, iso_weekday: int, direction: str, *, strict: bool = False) -> date:
    """The day with ``iso_weekday`` (Monday=1) relative to ``anchor``.

    ``direction`` PAST: the latest such day on or before ``anchor`` (strictly before if ``strict``);
    FUTURE: the earliest on or after (strictly after if ``strict``); NEAREST: the closer of the two,
    the past one on a tie, ``anchor`` itself if it is that weekday; AROUND: the one from two days
    before to four days after ``anchor``.
    """
    back = (anchor.isoweekday() - iso_weekday) % 7
    fwd = (iso_weekday - anchor.isoweekday()) % 7
    if strict:
        back = back or 7
        fwd = fwd or 7
    if direction == PAST:
        return anchor - timedelta(days=back)
    if direction == FUTURE:
        return anchor + timedelta(days=fwd)
    if direction == AROUND:
        # present tense with a weekday reports what is under way or about to happen: the day
        # between two days before and four days after publication ("يؤدي الرئيس اليمين السبت")
        return anchor - timedelta(days=back) if back <= 2 else anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def nearest_weekday(around: date, iso_weekday: int) -> date:
    """The day with ``iso_weekday`` closest to ``around`` (at most 3 days away)."""
    return resolve_weekday(around, iso_weekday, NEAREST)


def resolve_month(anchor: date, month: int, direction: str, *, strict: bool = False) -> tuple[int, int]:
    """The year of ``month`` relative to ``anchor``'s month, as (year, month).

    PAST: the latest occurrence at or before the anchor's month; FUTURE: the earliest at or after;
    NEAREST: the closer one (ties to the past). ``strict`` excludes the anchor's own month.
    """
    a = anchor.year * 12 + anchor.month - 1
    back = (anchor.month - month) % 12
    fwd = (month - anchor.month) % 12
    if strict:
        back = back or 12
        fwd = fwd or 12
    if direction == PAST or (direction == NEAREST and back <= fwd):
        k = a - back
    else:
        k = a + fwd
    return k // 12, k % 12 + 1


def resolve_day_month(anchor: date, month: int, day: int, direction: str) -> date | None:
    """The year of ``day month`` relative to ``anchor``: the candidate in the year before, the same
    year or the year after that fits ``direction`` (PAST: latest on or before; FUTURE: earliest on or
    after; NEAREST: closest). None if the day does not exist in any candidate year.
    """
    cands = [
        date(y, month, day)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if valid_day(y, month, day)
    ]
    if not cands:
        return None
    if direction == PAST:
        past = [c for c in cands if c <= anchor]
        return max(past) if past else min(cands)
    if direction == FUTURE:
        fut = [c for c in cands if c >= anchor]
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


# --- Hijri -------------------------------------------------------------------------------------


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Gregorian date of a Hijri date (Umm al-Qura calendar), None outside hijridate's range."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError):
        return None
    return first, first + timedelta(days=length - 1)


def resolve_hijri_month(anchor: date, month: int, direction: str, *, strict: bool = False) -> int | None:
    """Hijri year of ``month`` relative to ``anchor`` (like ``resolve_month`` on the Hijri calendar)."""
    h = gregorian_to_hijri(anchor)
    if h is None:
        return None
    hy, hm, _ = h
    a = hy * 12 + hm - 1
    back = (hm - month) % 12
    fwd = (month - hm) % 12
    if strict:
        back = back or 12
        fwd = fwd or 12
    if direction == PAST or (direction == NEAREST and back <= fwd):
        k = a - back
    else:
        k = a + fwd
    return k // 12


def hijri_year_for_gregorian(month: int, gyear: int) -> int | None:
    """Hijri year whose ``month`` starts in Gregorian year ``gyear`` ("رمضان 2018")."""
    h = gregorian_to_hijri(date(gyear, 1, 1))
    if h is None:
        return None
    for hy in (h[0], h[0] + 1):
        first = hijri_to_gregorian(hy, month, 1)
        if first is not None and first.year == gyear:
            return hy
    return None
