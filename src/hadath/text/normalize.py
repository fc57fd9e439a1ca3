"""Arabic orthographic normalization as a *view* over raw text, with an offset map.

The raw text of a document never changes. Matching (dictionaries, gazetteers, trigger
lexicons, date rules) runs on a normalized view of it, and every position in that view maps
back to raw character offsets, so whatever is found is reported as a span of the raw text.

What the view does, character by character:

* removes tashkeel (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and
  tatweel;
* removes bidi and zero-width controls (LRM, RLM, ALM, ZWJ, ZWNJ, ZWSP, embeddings, isolates,
  BOM);
* unifies alef forms (أ إ آ ٱ ٲ ٳ → ا), alef maqsura ى → ي and ta marbuta ة → ه;
* folds Persian/Urdu look-alikes (ک → ك, ی ے → ي, ہ ھ ۀ ۃ → ه);
* maps Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII, and the Arabic
  decimal/thousands separators and percent sign to ASCII;
* expands Arabic presentation forms (ﻻ, ﷲ ...) through NFKC, one raw character possibly
  giving several normalized ones.

Each normalized character comes from exactly one raw character, so the map is monotone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

TASHKEEL = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
    + "".join(chr(c) for c in range(0x06DF, 0x06E9))
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
)
TATWEEL = "\u0640"
CONTROLS = (
    "\u200b\u200c\u200d\u200e\u200f"  # ZWSP ZWNJ ZWJ LRM RLM
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u061c\ufeff\u00ad"  # Arabic letter mark, BOM, soft hyphen
)
DELETED = frozenset(TASHKEEL + TATWEEL + CONTROLS)

_ONE_TO_ONE: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "ے": "ي",
    "ې": "ي",
    "ہ": "ه",
    "ھ": "ه",
    "ۀ": "ه",
    "ۃ": "ه",
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "،": "،",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)


def _presentation_forms() -> dict[str, str]:
    """NFKC expansions of Arabic presentation forms, normalized again by the table above."""
    out: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        expanded = unicodedata.normalize("NFKC", ch)
        if expanded == ch:
            continue
        folded = "".join(_ONE_TO_ONE.get(c, c) for c in expanded if c not in DELETED and c != " ")
        out[ch] = folded
    return out


_EXPANSIONS = _presentation_forms()

_TABLE: dict[int, str | None] = {ord(c): None for c in DELETED}
_TABLE.update({ord(k): v for k, v in _ONE_TO_ONE.items()})
_TABLE.update({ord(k): v for k, v in _EXPANSIONS.items()})

# Characters whose replacement does not have length 1: they shift offsets.
_SHIFTING = "".join(sorted(DELETED)) + "".join(k for k, v in _EXPANSIONS.items() if len(v) != 1)
_SHIFT_RE = re.compile("[" + re.escape(_SHIFTING) + "]")
_ATTACHED = frozenset(TASHKEEL + TATWEEL)


def normalize(text: str) -> str:
    """Normalize a string for matching. The result may be shorter or longer than ``text``."""
    return text.translate(_TABLE)


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """Normalize one word (cached: words repeat a lot in news)."""
    return word.translate(_TABLE)


class NormalizedView:
    """A normalized view of ``raw`` with a map from view positions back to raw offsets.

    ``view.text`` is the normalized string. ``view.to_raw_span(i, j)`` turns a half-open span
    of the view into the half-open raw span that produced it, so that
    ``raw[s:e]`` is the original spelling of ``view.text[i:j]`` (including the diacritics
    attached to its last letter).
    """

    __slots__ = ("_collapsed", "_seg_norm", "_seg_raw", "raw", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw.translate(_TABLE)
        # Segments of constant offset delta: view position n maps to raw position
        # seg_raw[k] + (n - seg_norm[k]) unless the segment is collapsed (an expansion),
        # in which case every view position in it maps to seg_raw[k].
        seg_norm = [0]
        seg_raw = [0]
        collapsed = [False]
        if True:
            n = 0  # view position reached
            r = 0  # raw position reached
            for m in _SHIFT_RE.finditer(raw):
                p = m.start()
                n += p - r
                r = p
                repl = _TABLE.get(ord(raw[p]))
                length = 0 if repl is None else len(repl)
                if length > 1:
                    seg_norm.append(n)
                    seg_raw.append(p)
                    collapsed.append(True)
                n += length
                r = p + 1
                seg_norm.append(n)
                seg_raw.append(r)
                collapsed.append(False)
        self._seg_norm = seg_norm
        self._seg_raw = seg_raw
        self._collapsed = collapsed

    def to_raw(self, n: int) -> int:
        """Raw offset of the character that produced view position ``n`` (``n`` may be len)."""
        k = bisect_right(self._seg_norm, n) - 1
        # Several segments can start at the same view position (deleted runs); take the last.
        if self._collapsed[k]:
            return self._seg_raw[k]
        return self._seg_raw[k] + (n - self._seg_norm[k])

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open view span to the half-open raw span that produced it."""
        if end <= start:
            s = self.to_raw(start)
            return s, s
        s = self.to_raw(start)
        e = self.to_raw(end - 1) + 1
        raw = self.raw
        # keep diacritics and tatweel attached to the last letter
        while e < len(raw) and raw[e] in _ATTACHED:
            e += 1
        return s, e

    def from_raw(self, r: int) -> int:
        """View position of the first view character produced at or after raw offset ``r``."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_raw(mid) < r:
                lo = mid + 1
            else:
                hi = mid
        return lo


def strip_al(word: str) -> str:
    """Drop a leading definite article (after normalization) when what remains is a word."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


@lru_cache(maxsize=16)
def view_of(raw: str) -> NormalizedView:
    """A shared NormalizedView of ``raw``: stages that match on the same article build it once.

    Views never change after construction, so sharing them is safe; CPython caches a string's
    hash, so the look-up costs nothing for the same text object.
    """
    return NormalizedView(raw)
