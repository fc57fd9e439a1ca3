"""Dates: find Arabic date expressions and resolve them against the publication date.

``find_dates`` (pure, on a string) proposes and resolves; ``DatesStage`` writes them onto a
``Document``; ``governing_date`` tells later stages which date governs a clause; ``clause_tense``
is the cheap tense guess used for bare weekdays and months; ``dates_json`` serves the CLI.
See docs/dates.md for the forms and the rules.
"""

from hadath.dates.api import dates_json, parse_published
from hadath.dates.find import DateMatch, find_dates
from hadath.dates.stage import DatesStage, clause_span, governing_date
from hadath.dates.tense import clause_tense

__all__ = [
    "DateMatch",
    "DatesStage",
    "clause_span",
    "clause_tense",
    "dates_json",
    "find_dates",
    "governing_date",
    "parse_published",
]
