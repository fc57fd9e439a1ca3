"""Word lists for Arabic date expressions, all in the normalized spelling of ``hadath.text.normalize``.

The open lists (month names in three traditions, Hijri months, weekdays, number words) live in
``data/*.tsv``, one form a line with the reason it is there; they are read once, normalized, and
turned into the lookup tables below. The closed grammatical lists (relative day words, parts of
the day, modifiers, cue prepositions) are tables in this module, each with why it exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from hadath.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Entry:
    """One form of a lexicon: its normalized spelling, numeric value and whether it needs a cue."""

    form: str
    value: int
    needs_cue: bool
    note: str


def _rows(name: str) -> list[list[str]]:
    path = resources.files("hadath.dates").joinpath(f"data/{name}")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def _norm(form: str) -> str:
    return " ".join(normalize(form).split())


def _load_months() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for form, month, _tradition, needs_cue, note in _rows("months.tsv"):
        out[_norm(form)] = Entry(_norm(form), int(month), needs_cue == "1", note)
    return out


def _load_hijri() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for row in _rows("hijri_months.tsv"):
        form, month, needs_cue = row[:3]
        out[_norm(form)] = Entry(_norm(form), int(month), needs_cue == "1", row[3] if len(row) > 3 else "")
    return out


def _load_weekdays() -> dict[str, int]:
    return {_norm(form): int(iso) for form, iso, *_ in _rows("weekdays.tsv")}


def _load_numbers() -> tuple[dict[str, int], dict[str, int]]:
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    ordinal_units: dict[str, int] = {}
    for form, value, kind, *_ in _rows("numbers.tsv"):
        table = {"cardinal": cardinals, "ordinal": ordinals, "ordinal_unit": ordinal_units}[kind]
        table[_norm(form)] = int(value)
    # compound cardinals 21..99: unit + " و" + tens ("خمسة وعشرين", "ثلاث وثلاثون")
    units = {f: v for f, v in cardinals.items() if 1 <= v <= 9}
    tens = {f: v for f, v in cardinals.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    for uf, uv in units.items():
        for tf, tv in tens.items():
            cardinals[f"{uf} و{tf}"] = uv + tv
    # compound ordinal days 21..31: "الحادي والعشرين", "الخامس والعشرين", "الحادي والثلاثين"
    o_units = dict(ordinal_units)
    o_units.update({f: v for f, v in ordinals.items() if 2 <= v <= 9})
    o_tens = {f: v for f, v in ordinals.items() if v in (20, 30)}
    for uf, uv in o_units.items():
        for tf, tv in o_tens.items():
            if uv + tv <= 31:
                ordinals[f"{uf} و{tf}"] = uv + tv
    return cardinals, ordinals


MONTHS = _load_months()
HIJRI_MONTHS = _load_hijri()
WEEKDAYS = _load_weekdays()
CARDINALS, ORDINALS = _load_numbers()

# Relative day words -> offset in days from the publication date.
# Why: these are how agency copy dates events relative to the dateline.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0,  # today
    "امس": -1,  # yesterday
    "الامس": -1,  # yesterday (with the article, "بالأمس")
    "البارحه": -1,  # yesterday, Levantine/Gulf
    "اول امس": -2,  # the day before yesterday
    "اول من امس": -2,
    "امس الاول": -2,  # Egyptian order
    "غدا": 1,  # tomorrow
    "غد": 1,  # tomorrow, only after يوم/صباح/مساء/بعد (see GHAD_NEEDS_CUE)
    "الغد": 1,  # tomorrow, only after a cue: also the names of a party and a newspaper
    "بعد غد": 2,  # the day after tomorrow
    "الليله": 0,  # tonight
    "الليله الماضيه": -1,  # last night
    "ليله امس": -1,  # last night
}
# forms of "tomorrow" that are dates only after a cue word
GHAD_NEEDS_CUE = frozenset({"غد", "الغد"})
GHAD_CUES = frozenset({"يوم", "صباح", "مساء", "ظهر", "فجر", "ليل", "ليله", "عصر", "بعد", "حتي", "منتصف"})

# Parts of the day that can precede a day word ("فجر اليوم", "مساء أمس", "ليلة السبت").
# The value is unchanged by them; they are kept in the span and named in the reason.
PARTS_OF_DAY: tuple[str, ...] = (
    "فجر",
    "صباح",
    "صبيحه",
    "ظهر",
    "ظهيره",
    "بعد ظهر",
    "عصر",
    "مساء",
    "ليل",
    "ليله",
    "منتصف ليل",
    "منتصف نهار",
    "ضحي",
    "نهار",
    "قبيل فجر",
    "قبيل منتصف ليل",
    "قبيل ظهر",
    "قبيل مساء",
)

# Modifiers after a weekday, month, week, month or year, with the direction they impose:
# -1 strictly before publication, +1 strictly after, 0 the current one.
MODIFIERS: dict[str, int] = {
    "الماضي": -1,
    "الماضيه": -1,
    "المنصرم": -1,
    "المنصرمه": -1,
    "الفائت": -1,
    "الفائته": -1,
    "المقبل": 1,
    "المقبله": 1,
    "القادم": 1,
    "القادمه": 1,
    "الجاري": 0,
    "الجاريه": 0,
    "الحالي": 0,
    "الحاليه": 0,
}

# Parts of a month or a year: "مطلع العام", "منتصف الشهر", "أواخر مايو".
# Value: the month a part of a *year* points to (start -> 1, middle -> 6, end -> 12).
PERIOD_PARTS: dict[str, int] = {
    "مطلع": 1,
    "بدايه": 1,
    "اوائل": 1,
    "مستهل": 1,
    "منتصف": 6,
    "اواسط": 6,
    "اواخر": 12,
    "نهايه": 12,
    "اخر": 12,
    "ختام": 12,
}

# Words that make a bare 4-digit number a year ("في 2014", "منذ 2011", "بحلول 2030").
# A year needs one of these or a year word (عام/سنة) before it, or to be part of a full date.
YEAR_CUES: tuple[str, ...] = (
    "في",
    "منذ",
    "خلال",
    "حتي",
    "بحلول",
    "قبل",
    "بعد",
    "مع",
    "طيله",
    "طوال",
    "اواخر",
    "اوائل",
    "مطلع",
    "بدايه",
    "منتصف",
    "اواسط",
    "نهايه",
    "ختام",
    "مستهل",
)
YEAR_WORDS: tuple[str, ...] = ("عام", "العام", "عامي", "سنه", "السنه", "سنتي", "لعام", "لسنه")
# With only a weak cue (a preposition), a year must be in this range; with a year word, any
# year from 1000 on. Why: "في 2000 موقع" is a count, "في 1990" almost always a year.
WEAK_YEAR_RANGE = (1900, 2100)
STRONG_YEAR_RANGE = (1000, 2100)
HIJRI_YEAR_RANGE = (1343, 1500)  # what hijridate (Umm al-Qura) converts

# Counted nouns: a number followed by one of them is a count, not a year ("في 2011 شخص").
COUNTED_NOUNS = frozenset(
    _norm(w)
    for w in (
        "شخص قتيل جريح جندي مدني لاجئ طفل امرأة رجل مقاتل عنصر مسلح معتقل سجين مهاجر نازح موظف عامل "
        "طالب مرشح ناخب صوت دولار يورو جنيه ريال درهم دينار ليرة روبل كيلومتر كلم كم متر طن برميل "
        "منزل عائلة أسرة حالة إصابة وفاة مليون مليار ألف صاروخ طائرة غارة قذيفة مرة"
    ).split()
)

# Units of "منذ/قبل/بعد N <unit>": unit -> (kind, the count the form carries by itself).
# Singular and dual forms carry their count ("منذ عام", "قبل يومين"); 0 means a number must precede
# (plural and accusative forms: "ثلاثة أيام", "عشرين عاما").
UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1),
    "يوما": ("day", 0),
    "ايام": ("day", 0),
    "يومين": ("day", 2),
    "يومان": ("day", 2),
    "اسبوع": ("week", 1),
    "اسبوعا": ("week", 0),
    "اسابيع": ("week", 0),
    "اسبوعين": ("week", 2),
    "اسبوعان": ("week", 2),
    "شهر": ("month", 1),
    "شهرا": ("month", 0),
    "اشهر": ("month", 0),
    "شهور": ("month", 0),
    "شهرين": ("month", 2),
    "شهران": ("month", 2),
    "سنه": ("year", 1),
    "سنوات": ("year", 0),
    "سنين": ("year", 0),
    "سنتين": ("year", 2),
    "سنتان": ("year", 2),
    "عام": ("year", 1),
    "عاما": ("year", 0),
    "اعوام": ("year", 0),
    "عامين": ("year", 2),
    "عامان": ("year", 2),
}
# "about / more than / less than" before a count: the value is kept, the confidence lowered.
APPROX = (
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "ما يقارب",
    "ما يزيد عن",
    "ما يزيد علي",
    "اكثر من",
    "اقل من",
    "قرابه",
)

# Words before اليوم/الليلة that make it "that day/night", not today: "في ذلك اليوم".
NOT_TODAY_BEFORE = frozenset({"ذلك", "تلك", "نفس", "ذات", "طوال", "طيله", "مدار"})
# Words before اليوم that make it part of a name: "المصري اليوم" (newspaper), "روسيا اليوم" (channel).
TODAY_NAMES = frozenset({"المصري", "روسيا", "اخبار", "بالمصري"})
# Words after اليوم/الليلة that make it a noun phrase, not today: "اليوم الأول", "اليوم العالمي",
# "الليلة السابقة", "الليلة التي تسبق الزفاف".
NOT_TODAY_AFTER = frozenset(
    {
        "الذي",
        "التي",
        "السابقه",
        "الاخيره",
        "نفسها",
        "ذاتها",
        "نفسه",
        "ذاته",
        "التالي",
        "السابق",
        "الاخير",
        "العالمي",
        "الوطني",
        "الدولي",
        "المحدد",
        "الموعود",
        "الموالي",
        "الحاسم",
        "الكبير",
        "المشهود",
        "المفتوح",
        "الدراسي",
        "الانتخابي",
        *(f for f, v in ORDINALS.items() if " " not in f),
    }
)
# Words before a date that name an event after it: "ثورة 25 يناير" is a name, its year unknown.
EVENT_NAME_HEADS = frozenset({"ثوره", "انتفاضه", "حركه", "احداث", "تظاهرات", "مظاهرات", "هجمات", "حرب"})
