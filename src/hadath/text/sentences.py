"""Sentence splitting for Arabic news.

A sentence ends at ``. ؟ ? ! ؛ ; …`` (with closing quotes or brackets that follow) or at a line
break. A full stop does not end a sentence inside a decimal number (``3.5``), after a one-letter
abbreviation (``د.``, ``م.``, ``أ.``) or a listed abbreviation (``ق.م``, ``ص.ب``), nor when the
next visible character is a digit or a lowercase Latin letter.
"""

from __future__ import annotations

import re

_TERMINATORS = ".؟?!؛;…"
_CLOSERS = "\"'»”’)]}›"
BOUNDARY_RE = re.compile(rf"[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*|\n")
_WORD_BEFORE_RE = re.compile(r"(\S+?)$")
ABBREVIATIONS = frozenset({"ق.م", "ص.ب", "ه", "هـ", "Mr", "Dr", "Mrs", "St", "No", "vs", "etc", "U.S", "U.N"})
_SPACE = frozenset(" \t\n\r\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff")


def _is_abbreviation(text: str, dot: int, line_start: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or a number?"""
    j = dot
    while j > line_start and not text[j - 1].isspace():
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    core = word.lstrip("(\"'«")
    # one Arabic or Latin letter: an initial or an abbreviation (د. م. أ.)
    if len(core) == 1 and core.isalpha():
        return True
    # dotted abbreviations such as ق.م or U.S
    return "." in core and len(core) <= 5 and all(part and len(part) <= 2 for part in core.split("."))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence spans, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    line_start = 0
    for m in BOUNDARY_RE.finditer(text):
        b, e = m.span()
        if text[b] == "\n":
            cut = b
            line_start = e
        else:
            if m.group()[0] == "." and e - b == 1:
                nxt = e
                while nxt < n and text[nxt] in " \t":
                    nxt += 1
                if nxt < n and (text[nxt].isdigit() or ("a" <= text[nxt] <= "z")):
                    continue
                if _is_abbreviation(text, b, line_start) and nxt < n and text[nxt] != "\n":
                    continue
            cut = e
        _append_stripped(spans, text, start, cut)
        start = e
    _append_stripped(spans, text, start, n)
    return spans


def _append_stripped(spans: list[tuple[int, int]], text: str, s: int, t: int) -> None:
    """Append [s, t) without surrounding white space and invisible controls, unless empty."""
    while s < t and text[s] in _SPACE:
        s += 1
    while t > s and text[t - 1] in _SPACE:
        t -= 1
    if t > s:
        spans.append((s, t))
