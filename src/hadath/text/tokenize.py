"""Tokens: runs of letters (with their diacritics), numbers, and single punctuation marks.

Bidi and zero-width controls between tokens are skipped (they are not tokens); ZWJ and ZWNJ
inside a word stay in it. Underscores split hashtag words (``#قطاع_غزة`` gives ``#``,
``قطاع``, ``_``, ``غزة``).
"""

from __future__ import annotations

import re

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_CONTROLS = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"

TOKEN_RE = re.compile(
    r"[A-Za-z]+\d[A-Za-z\d]*"  # Latin codes such as G20 or F16
    r"|\d+(?:[.,\u066b\u066c]\d+)*"  # numbers, with decimal and thousands separators
    rf"|(?:[^\W\d_]|[{_MARKS}])+"  # words: letters and their marks
    rf"|[^\s{_CONTROLS}]",  # any other visible character alone
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Half-open token spans of ``text``."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of each token of ``text[start:end]``, offsets into ``text``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, stop)]
