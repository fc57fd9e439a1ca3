"""Cheap tense of a clause: past, present or future, from markers and verb shapes.

Used to resolve expressions that name a day or month without saying which one ("الاثنين",
"في مارس", "5 مايو"): a past-tense report means the most recent one, a future one the next one.

Rules, in order (the first that fires wins), over the normalized words of the clause:

1. future: a future marker anywhere in the clause (سوف، لن، المقبل، القادم، المقرر، المرتقب، المزمع،
   المتوقع، يعتزم، ينوي، غدا ...) or a verb with the future prefix س (سيزور، ستعقد، سنشكل: the
   clitic segmenter of ``hadath.text.clitics`` says the remainder is a word starting with ي ت ن);
   a marker right before أن carries into the clause that أن opens ("من المقرر أن تبدأ"), and
   على أن opens a future one ("على أن تجرى الثلاثاء");
2. past: a past marker in the clause (كان، لقد، أمس، الماضي، المنصرم ...);
3. present: an imperfect verb *before* the date, not after لم (which makes a past): a word in ي
   or ت whose counterpart with the other prefix is also a frequent word of the news lexicon
   (يقول/تقول، يزور/تزور; not تركيا/يركيا, تقرير/يقرير) and, for a word in ت, not a past verb of
   the تفعّل/تفاعل patterns, recognised by a frequent present in يت (توجه/يتوجه);
4. past otherwise: news reports mostly what happened.

A clause is the stretch between punctuation, line breaks, quotes and brackets, cut at
subordinating words (أن/إن and their forms, الذي، التي، حيث، عندما ...), so that "قال الأحد إنه
سيزور" gives past for الأحد: the future belongs to the clause after إنه. See ``tense_at`` for how
commas are crossed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hadath.text.normalize import normalize

PAST = "past"
PRESENT = "present"
FUTURE = "future"

# Why: each of these puts the clause in the future in news prose.
FUTURE_WORDS = frozenset(
    {
        "سوف",
        "لن",
        "المقبل",
        "المقبله",
        "القادم",
        "القادمه",
        "المقرر",
        "المرتقب",
        "المرتقبه",
        "المزمع",
        "المزمعه",
        "المنتظر",
        "المنتظره",
        "المتوقع",
        "يعتزم",
        "تعتزم",
        "يعتزمون",
        "نعتزم",
        "اعتزم",
        "ينوي",
        "تنوي",
        "ينوون",
        "غدا",
        "مستقبلا",
        "لاحقا",
        "اعتبارا",  # "اعتبارا من الاثنين": starting from
        "ابتداء",
        "بدءا",
    }
)
# Why: each of these puts the clause in the past (auxiliary كان, لقد, and words that date it back).
PAST_WORDS = frozenset(
    {
        "كان",
        "كانت",
        "كانوا",
        "لقد",
        "امس",
        "البارحه",
        "الماضي",
        "الماضيه",
        "المنصرم",
        "المنصرمه",
        "الفائت",
        "سابقا",
    }
)
# Words in ي/ت that pass the counterpart test but are nouns or adjectives (يمني/تمني).
NOT_VERBS = frozenset(
    {
        "يمني",
        "يمنيه",
        "يمنيين",
        "يهودي",
        "يهوديه",
        "يساري",
        "يساريه",
        "يمين",
        "توقيت",
        "يوما",
        "يورو",
        "يونغ",
        "يسري",
    }
)

# Clause boundaries: punctuation, line breaks, quotes and brackets ...
PUNCT_BOUNDARY = re.compile(r"[.!?؟؛;،,:\n«»\"“”()\[\]]")
# ... and subordinating words: أن/إن with their clitics and pronoun suffixes, relative pronouns,
# conjunctions that open a new clause.
_ANNA = [
    p + "ان" + s
    for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
    for s in ("", "ه", "ها", "هم", "هما", "نا", "ني", "كم")
]
_OTHERS = [
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "حيث",
    "عندما",
    "بينما",
    "لكن",
    "بعدما",
    "حين",
    "حينما",
    "كما",
    "فيما",
]
_ANNA_SET = frozenset(_ANNA)
SUBORDINATORS = frozenset(_ANNA + _OTHERS + ["و" + w for w in _OTHERS])
CLAUSE_BOUNDARY = re.compile(
    PUNCT_BOUNDARY.pattern
    + r"|(?<!\w)(?:"
    + "|".join(sorted(SUBORDINATORS, key=len, reverse=True))
    + r")(?!\w)"
)
_WORD = re.compile(r"\w+")
_NEGATED_PAST = frozenset({"لم", "ولم", "فلم"})  # لم + imperfect is a past
WINDOW = 300  # a clause is looked for at most this many characters on each side


@lru_cache(maxsize=50_000)
def is_future_verb(word: str) -> bool:
    """Is ``word`` (normalized) a verb with the future prefix س? (سيزور، وستعقد، سنشكل)"""
    w = word[1:] if word[:1] in "وف" else word
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن":
        return False
    from hadath.text.clitics import segment_norm

    pieces = segment_norm(w)
    return len(pieces) >= 2 and pieces[0][2] == "س"


@lru_cache(maxsize=50_000)
def is_imperfect_verb(word: str) -> bool:
    """Is ``word`` (normalized) a present-tense verb in ي or ت? (يقول، تعقد، ويزور)"""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if len(w) < 4 or w[0] not in "يت" or w in NOT_VERBS:
        return False
    from hadath.text.clitics import word_freq

    freq = word_freq()
    other = ("ت" if w[0] == "ي" else "ي") + w[1:]
    if freq.get(other, 0) < 5 or freq.get(w, 0) < 5:
        return False
    # تفعّل/تفاعل past verbs (توجه، تحدث، تمكن) have a present in يت (يتوجه): not present
    return not (w[0] == "ت" and freq.get("يت" + w[1:], 0) >= 5)


def _verb_shape(w: str) -> str:
    """The word's first letter after an optional و/ف: a cheap filter before the lexicon tests."""
    return w[1] if w[0] in "وف" and len(w) > 3 else w[0]


def tense_of(clause: str, date_at: int | None = None) -> tuple[str, str]:
    """Tense of a clause (normalized text) and the cue word that decided it ("" for the default).

    ``date_at`` is the offset of the date expression in ``clause``: a subordinating word before it
    starts the clause afresh, one after it ends the clause, and imperfect verbs count only before
    it. Without it the whole clause counts.
    """
    findall = _WORD.findall
    if date_at is None:
        before, rest, located = findall(clause), [], False
    else:
        before, rest, located = findall(clause[:date_at]), findall(clause[date_at:]), True
    prev = ""
    present_cue = future_cue = past_cue = ""
    for w in before:
        if located and w in SUBORDINATORS:
            # "من المقرر أن ...", "يعتزم أن ...": the future carries into the clause it opens
            carried = future_cue if future_cue and future_cue == prev and w in _ANNA_SET else ""
            if prev == "علي" and w == "ان":
                carried = "علي ان"  # "على أن يطرح": on condition that, to be done
            present_cue = past_cue = ""
            future_cue = carried
            prev = w
            continue
        bare = w[1:] if w[0] in "وف" and len(w) > 3 else w
        shape = _verb_shape(w)
        if not future_cue and (
            bare in FUTURE_WORDS or w in FUTURE_WORDS or (shape == "س" and is_future_verb(w))
        ):
            future_cue = w
        if not past_cue and (bare in PAST_WORDS or w in PAST_WORDS):
            past_cue = w
        if not present_cue and shape in "يت" and prev not in _NEGATED_PAST and is_imperfect_verb(w):
            present_cue = w
        prev = w
    for i, w in enumerate(rest):
        if w in SUBORDINATORS and i > 0:
            break
        bare = w[1:] if w[0] in "وف" and len(w) > 3 else w
        if not future_cue and (
            bare in FUTURE_WORDS or w in FUTURE_WORDS or (_verb_shape(w) == "س" and is_future_verb(w))
        ):
            future_cue = w
        if not past_cue and (bare in PAST_WORDS or w in PAST_WORDS):
            past_cue = w
    if future_cue:
        return FUTURE, future_cue
    if past_cue:
        return PAST, past_cue
    if present_cue:
        return PRESENT, present_cue
    return PAST, ""


def clause_tense(clause: str) -> str:
    """Tense of a clause given as raw text: "past", "present" or "future" (see module doc)."""
    return tense_of(normalize(clause))[0]


def tense_at(text: str, start: int, end: int) -> tuple[str, str]:
    """Tense of the clause of normalized ``text`` around the span [start, end), and its cue.

    The clause runs from the last punctuation boundary before ``start`` to the first one after
    ``end`` (at most ``WINDOW`` characters away), cut at subordinating words by ``tense_of``.
    When that clause gives no cue and begins after a comma, the comma segment before it is taken
    too (up to two): commas set off dates and appositions inside one clause ("قال الوزير، الخميس،
    إن", "أن يمثل جيمس ماثيوز، من شرق لندن، أمام المحكمة في نوفمبر").
    """
    floor = max(0, start - WINDOW)
    cuts = [(m.start(), m.end()) for m in PUNCT_BOUNDARY.finditer(text, floor, start)]
    m2 = PUNCT_BOUNDARY.search(text, end, end + WINDOW)
    hi = m2.start() if m2 else min(len(text), end + WINDOW)
    k = len(cuts) - 1
    lo = cuts[k][1] if k >= 0 else floor
    result = tense_of(text[lo:hi], start - lo)
    for _ in range(2):
        if result[1] or k < 0 or text[cuts[k][0]] not in ",،":
            break
        first = _WORD.search(text, lo, start)
        if first and first.group()[0] in "وف" and len(first.group()) > 3:
            break  # "، وكان قد التقى الأحد": a conjunction opens a clause of its own
        k -= 1
        lo = cuts[k][1] if k >= 0 else floor
        result = tense_of(text[lo:hi], start - lo)
    return result
