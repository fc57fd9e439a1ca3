"""JSON-ready date extraction for the command line: ``hadath dates "TEXT" --published YYYY-MM-DD``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hadath.dates.find import find_dates
from hadath.errors import UsageError

FIELDS = ("start", "end", "text", "value", "granularity", "reason", "confidence")


def parse_published(published: str | date | None) -> date | None:
    """A publication date from the command line: "YYYY-MM-DD" or an ISO date-time."""
    if published is None or isinstance(published, date):
        return published.date() if isinstance(published, datetime) else published
    s = published.strip()
    if not s:
        return None
    try:
        if len(s) == 10:
            return date.fromisoformat(s)
        return datetime.fromisoformat(s).date()
    except ValueError:
        raise UsageError(
            f"--published {published!r} is not a date",
            hint="give the publication date as YYYY-MM-DD, e.g. --published 2017-11-21",
        ) from None


def dates_json(
    text: str, published: str | date | None = None, *, tense_hint: str | None = None
) -> list[dict[str, Any]]:
    """Date expressions of ``text`` as JSON-ready dicts with the keys of ``FIELDS``."""
    if tense_hint is not None and tense_hint not in ("past", "present", "future"):
        raise UsageError(f"unknown tense {tense_hint!r}", hint="use past, present or future")
    anchor = parse_published(published)
    return [{k: getattr(m, k) for k in FIELDS} for m in find_dates(text, anchor, tense_hint=tense_hint)]
