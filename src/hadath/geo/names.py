"""Arabic place names: which alternate names are Arabic, how names are keyed, clitic variants.

GeoNames alternate names carry no language tag in the data hadath ships with, so every name
in Arabic script is a candidate: Arabic, but also Persian, Urdu, Pashto, Kurdish, Uyghur and
Sindhi. A name is kept only when every character is in the plain Arabic alphabet (plus
diacritics, spaces and hyphens), checked on the raw name, *before* normalization (which would
fold Persian ``ک`` and ``ی`` onto Arabic letters and hide the difference).
"""

from __future__ import annotations

import re

from hadath.text.normalize import normalize

# Letters of the Arabic alphabet (hamza forms, ta marbuta and alef maqsura included).
_ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x063B)) + "".join(
    chr(c) for c in range(0x0641, 0x064B)
)
# Diacritics that may decorate an Arabic name, tatweel, alef wasla, hamza marks.
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0654\u0655\u0670\u0671\u0640"
ALLOWED_CHARS = frozenset(_ARABIC_LETTERS + _MARKS + " -\u200e\u200f")

# Letters that occur in Persian, Urdu, Pashto, Kurdish, Sindhi or Uyghur spellings and never
# in standard Arabic. Listed for the documentation and the tests; the filter itself is the
# whitelist above, which also rejects Latin letters, digits and punctuation.
NON_ARABIC_LETTERS = frozenset("پچژگکیہۀےھٹڈڑںګډټښځړږڼۍېۆێڵڕەۇۈۋڤڭڪٺٻڀڄڃڊڌڏڙݨۓ\u200c")

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"[\s\-]+")

PROCLITIC_CONJ = "وف"
PROCLITIC_PREP = "بل"


def is_arabic_script(name: str) -> bool:
    """True when ``name`` contains any character of the Arabic script block."""
    return _ARABIC_SCRIPT.search(name) is not None


def arabic_name_or_none(name: str) -> str | None:
    """The Arabic spelling kept from a GeoNames alternate name, or None to drop it.

    ``"باريس، تكساس"`` (a name with a qualifier after the Arabic comma) keeps ``"باريس"``.
    A name with any character outside the Arabic alphabet (Persian ``ی``, ``ک``, ``گ``,
    Urdu ``ہ``, Kurdish ``ێ``, Latin letters, digits, punctuation) is dropped.
    """
    name = name.split("،", 1)[0].strip()
    if not name or not is_arabic_script(name):
        return None
    if any(ch not in ALLOWED_CHARS for ch in name):
        return None
    return name


def name_key(name: str) -> str:
    """The matching key of a name: normalized, hyphens as spaces, single spaces."""
    return _SPACES.sub(" ", normalize(name)).strip()


def stem_variants(token: str) -> list[tuple[int, str]]:
    """Ways to read a normalized token as proclitics + a name: (offset of the name, name).

    The token itself comes first; then the conjunctions و ف, the prepositions ب ل and
    their combinations (ك "as" is left out: before a place name it is rare, and reading it off
    turns كبيرا into ك + Beira); ``ل`` + ``ال`` is written ``لل`` (``للموصل`` = ل + الموصل), so that
    case gives back the article. The remainder must keep at least three letters.
    """
    out = [(0, token)]
    n = len(token)
    seen = {token}

    def add(off: int, stem: str) -> None:
        if len(stem) >= 3 and stem not in seen:
            seen.add(stem)
            out.append((off, stem))

    starts = [0]
    if n > 3 and token[0] in PROCLITIC_CONJ:
        starts.append(1)
    for s in starts:
        if s:
            add(s, token[s:])
        if n - s > 3 and token[s] in PROCLITIC_PREP:
            if token.startswith("لل", s):
                # ل + ال: the name's article lost its alef; the span starts at the article's ل
                add(s + 1, "ال" + token[s + 2 :])
            add(s + 1, token[s + 1 :])
    return out
