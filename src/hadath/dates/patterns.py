"""The compiled regular expression that proposes date expressions on the normalized view.

One pattern, one pass: an alternation of nine expression families, each with its own named groups.
Word lists are compiled as character tries (``trie_regex``) so that a failing position costs a few
character tests, and every alternative starts after a non-word character, so positions inside a
word fail at once. Families, in the order they are tried at a position (an earlier family wins):

``g``  Gregorian date with a month name: [part] [day] month [/month] [year] [modifier]
``h``  Hijri date: [part] [day] [شهر] hijri-month [year [هـ]] [modifier]
``dm`` day of a relative month: "12 من الشهر الجاري", "الخامس من الشهر الماضي", "5 الجاري"
``n``  numeric date: DD/MM/YYYY, YYYY-MM-DD (same separator twice)
``y``  year with a cue: "عام 2011", "في 2014", "منذ 2011", "نهاية 2017"
``o``  offset: "منذ|قبل|بعد [نحو] N unit"
``p``  period: "الأسبوع/الشهر/العام الماضي", "هذا العام", "مطلع العام الجاري"
``r``  relative day: [part] اليوم|أمس|أول أمس|غدا|بعد غد|الليلة [weekday]
``w``  weekday: [part] [يوم] weekday [modifier]

The regex only proposes; ``find`` validates each proposal (cues, ranges, exclusions) and resolves
it. Group names are prefixed by their family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hadath.dates import lexicon as lx

WORD_END = r"(?!\w)"
SP = r"[^\S\n]+"  # white space within a line: an expression never spans a line break
SP0 = r"[^\S\n]*"


_Trie = dict[str, "_Trie"]


def trie_regex(forms: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``forms``, longest first, factored as a trie.

    A space inside a form matches any run of white space.
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        branches = [(SP if k == " " else re.escape(k)) + emit(node[k]) for k in keys]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


def words(forms: Iterable[str]) -> str:
    """``trie_regex`` followed by a word end."""
    return trie_regex(forms) + WORD_END


GMONTH = words(lx.MONTHS)
HMONTH = words(lx.HIJRI_MONTHS)
WDAY = words(lx.WEEKDAYS)
CARD = words(lx.CARDINALS)
ORD = words(lx.ORDINALS)
MODS = words(lx.MODIFIERS)
PARTS = words(lx.PERIOD_PARTS)
DAYPARTS = words(lx.PARTS_OF_DAY)
RELDAY = words(lx.RELATIVE_DAYS)
UNIT = words(lx.UNITS)
APPROX = words(lx.APPROX)
YCUE = words(lx.YEAR_CUES)
YWORD = words(lx.YEAR_WORDS)


def _day(p: str) -> str:
    """A day of the month: digits (optionally after ال, as in "الـ5") or an ordinal word."""
    return rf"(?:(?:ال)?(?P<{p}_d>[0-3]?\d)(?![\d.,:/])|(?P<{p}_o>{ORD}))"


def _year_tail(p: str) -> str:
    """An optional year after a month: "مايو 2018", "أيار من عام 2018", "مارس، 2011م"."""
    return rf"(?:{SP0}[,،]?{SP0}(?:(?:من{SP})?(?:ال)?(?:عام|سنه){SP})?(?P<{p}_y>\d{{4}})(?!\d)(?:{SP0}م{WORD_END})?)?"


GREGORIAN = (
    rf"(?:(?P<g_part>{PARTS}){SP})?"
    rf"(?:(?P<g_day>{_day('g')}){SP0}(?:من{SP})?(?:شهر{SP})?|(?P<g_sh>شهر){SP})?"
    rf"(?:\({SP0}(?P<g_m0>{GMONTH}){SP0}\){SP0})?"
    rf"(?P<g_m1>{GMONTH})"
    rf"(?:{SP0}[/\\(\-]{SP0}(?P<g_m2>{GMONTH})(?:{SP0}\))?|{SP}\(?(?P<g_m3>{GMONTH})\)?)?"
    + _year_tail("g")
    + rf"(?:{SP}(?:(?P<g_mod>{MODS})|من{SP}(?:(?:العام|السنه){SP}(?P<g_ymod>{MODS})"
    rf"|(?P<g_ythis>هذا{SP}العام|هذه{SP}السنه){WORD_END})))?"
)

HIJRI = (
    rf"(?:(?P<h_part>{PARTS}){SP})?"
    rf"(?:(?P<h_day>{_day('h')}){SP0}(?:من{SP})?)?"
    rf"(?:(?P<h_sh>شهر){SP})?"
    rf"(?P<h_m>{HMONTH})"
    rf"(?:{SP0}[,،]?{SP0}(?:(?:من{SP})?(?:ال)?(?:عام|سنه){SP})?(?P<h_y>\d{{3,4}})(?!\d)"
    rf"(?:{SP0}(?P<h_suf>ه|هجريه|هجري|للهجره){WORD_END})?)?"
    rf"(?:{SP}(?P<h_mod>{MODS}))?"
)

DAY_OF_MONTH = (
    rf"(?P<dm_day>{_day('dm')}){SP0}(?:من{SP})?"
    rf"(?:الشهر{SP}(?P<dm_mod>{MODS})|(?P<dm_this>هذا{SP}الشهر){WORD_END}|(?P<dm_mod2>الجاري|الحالي){WORD_END})"
)

NUMERIC = (
    r"(?<![\d./\-])(?:(?P<n_y1>\d{4})(?P<n_s1>[/.\-])(?P<n_m1>\d{1,2})(?P=n_s1)(?P<n_d1>\d{1,2})"
    r"|(?P<n_d2>\d{1,2})(?P<n_s2>[/.\-])(?P<n_m2>\d{1,2})(?P=n_s2)(?P<n_y2>\d{4}))(?![\d]|[./\-]\d)"
)

YEAR = (
    rf"(?:(?P<y_cue>{YCUE}){SP})?(?:(?P<y_kw>{YWORD}){SP})?"
    rf"(?P<y_val>\d{{4}})(?!\d|[.,]\d)(?:{SP0}(?P<y_suf>م|ه|للميلاد|للهجره|ميلادي|ميلاديه|هجري|هجريه){WORD_END})?"
)

OFFSET = (
    rf"(?P<o_dir>منذ|قبل|بعد){SP}(?:(?P<o_apx>{APPROX}){SP})?"
    rf"(?:(?:ال)?(?P<o_n>\d{{1,3}}|{CARD})(?!\d){SP0})?(?P<o_u>{UNIT})(?!{SP0}\d)"
    rf"(?:{SP}(?P<o_tail>من|علي|عن){WORD_END})?"
)

PERIOD = (
    rf"(?:(?P<p_part>{PARTS}){SP})?(?:(?P<p_this>هذا|هذه){SP})?"
    rf"(?P<p_u>الاسبوع|الشهر|العام|السنه){WORD_END}"
    rf"(?:{SP}(?P<p_mod>قبل{SP}الماضي(?:ه)?{WORD_END}|{MODS}))?"
)

RELATIVE = (
    rf"(?:(?P<r_part>{DAYPARTS}){SP})?(?:(?P<r_yawm>يوم){SP})?(?P<r_w>{RELDAY})"
    rf"(?:{SP0}[,،]?{SP0}(?:يوم{SP})?(?P<r_wd>{WDAY}))?"
)

WEEKDAY = rf"(?:(?P<w_part>{DAYPARTS}){SP})?(?:(?P<w_yawm>يوم){SP})?(?P<w_d>{WDAY})(?:{SP}(?P<w_mod>{MODS}))?"

FAMILIES = ("g", "h", "dm", "n", "y", "o", "p", "r", "w")
_BODIES = {
    "g": GREGORIAN,
    "h": HIJRI,
    "dm": DAY_OF_MONTH,
    "n": NUMERIC,
    "y": YEAR,
    "o": OFFSET,
    "p": PERIOD,
    "r": RELATIVE,
    "w": WEEKDAY,
}


def _first_words() -> tuple[set[str], set[str]]:
    """The words a proposal can start with (after its clitics), for the gate of ``MASTER``.

    Returns (words that open a proposal by themselves, cue words that open one only before a
    year). The second set is kept apart because it holds very frequent words (في، مع، خلال).
    """
    firsts: set[str] = {"شهر", "منذ", "قبل", "بعد", "يوم", "الاسبوع", "الشهر", "العام", "السنه"}
    for table in (
        lx.MONTHS,
        lx.HIJRI_MONTHS,
        lx.WEEKDAYS,
        lx.ORDINALS,
        lx.PERIOD_PARTS,
        lx.PARTS_OF_DAY,
        lx.RELATIVE_DAYS,
        lx.YEAR_WORDS,
    ):
        firsts.update(form.split()[0] for form in table)
    year_only = set(lx.YEAR_CUES) - firsts
    return firsts, year_only


_FIRSTS, _YEAR_ONLY = _first_words()

# A proposal starts at a word start, after an optional conjunction and preposition (و ف ب ل),
# which stay outside the reported span. The lookahead gate rejects most word starts after a few
# character tests, before the nine families are tried: a digit, "ال" + digit, an opening
# parenthesis, one of the first words, a year cue before a year ("في 2014", "خلال عام 2017"), or
# هذا/هذه before a period word ("هذا العام").
GATE = (
    r"(?=\d|ال\d|\(|"
    + words(_FIRSTS)
    + "|"
    + words(_YEAR_ONLY)
    + rf"{SP}(?:{YWORD}{SP})?\d"
    + rf"|(?:هذا|هذه){SP}(?:الاسبوع|الشهر|العام|السنه){WORD_END}"
    + ")"
)
MASTER = re.compile(
    r"(?<!\w)(?P<pre>[وف]?[بل]?)" + GATE + "(?:" + "|".join(f"(?P<{f}>{_BODIES[f]})" for f in FAMILIES) + ")"
)
