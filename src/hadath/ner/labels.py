"""Entity types, label mapping between hadath and ANERcorp, and the GPE/LOC rule.

The tagger is trained on ANERcorp, whose location type (LOC) covers both geopolitical entities
(countries, cities, provinces) and other geographic features. hadath distinguishes the two:
a predicted LOC entity is typed **LOC** when its head word is a geographic-feature word
(نهر بحر جبل خليج صحراء جزيرة مضيق وادي ...), when such a word comes right before it
("نهر [النيل]"), when it is one of a few well-known features named alone (النيل, الفرات ...), or
when it is a continent or a large region (آسيا, الشرق الأوسط ...); **GPE** otherwise.
"""

from __future__ import annotations

from hadath.text.normalize import normalize_word

TYPES = ("PER", "ORG", "GPE", "LOC", "MISC")
# Labels the CRF is trained on (ANERcorp's, with PERS renamed PER).
TRAIN_TYPES = ("PER", "ORG", "LOC", "MISC")

# Geographic-feature head words: an entity starting with one of these is a LOC.
_FEATURE_HEADS_RAW = (
    "نهر أنهار بحر بحار بحيرة محيط خليج مضيق قناة جبل جبال سلسلة هضبة هضاب سهل سهول وادي واد "
    "صحراء جزيرة جزر شبه رأس ساحل شاطئ شط منطقة بادية غابة غابات واحة بركان كهف مرتفعات "
    "حوض دلتا شلالات شلال سد"
)
# Geographic features often named without their head word.
_FEATURE_NAMES_RAW = "النيل الفرات دجلة الأمازون الهيمالايا الألب الأنديز الدانوب الراين المسيسيبي الكاريبي"
# Continents and large regions: LOC as a whole name.
_REGIONS_RAW = (
    "آسيا أوروبا اوروبا أفريقيا إفريقيا افريقيا أمريكا_اللاتينية أميركا_اللاتينية أوقيانوسيا "
    "القارة_الأوروبية القارة_الأفريقية القارة_الآسيوية الشرق_الأوسط الشرق_الاوسط "
    "الشرق_الأدنى الشرق_الأقصى المغرب_العربي الخليج_العربي الخليج البلقان القوقاز "
    "الساحل الأفريقي أنتاركتيكا القطب_الشمالي القطب_الجنوبي المتوسط البحر_المتوسط "
    "آسيا_الوسطى جنوب_شرق_آسيا شمال_أفريقيا الأطلسي الهادئ"
)


def _norm_key(s: str) -> str:
    return " ".join(normalize_word(w) for w in s.split())


FEATURE_HEADS = frozenset(normalize_word(w) for w in _FEATURE_HEADS_RAW.split())
REGIONS = frozenset(normalize_word(w) for w in _FEATURE_NAMES_RAW.split()) | frozenset(
    _norm_key(r.replace("_", " ")) for r in _REGIONS_RAW.split()
)

_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك")


def _strip_for_head(word: str) -> list[str]:
    """Normalized forms of ``word`` with a leading proclitic and article removed."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p) :])
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.append(w[2:])
    return out


def location_type(words: list[str], previous: str | None = None) -> str:
    """GPE or LOC for a location entity made of ``words`` (raw or normalized tokens).

    LOC when the first word (without a leading و ف ب ل ك or ال) or the ``previous`` token is a
    geographic-feature head word, or the whole name is a well-known feature, a continent or a
    large region; GPE otherwise.
    """
    if not words:
        return "GPE"
    if previous is not None:
        for head in _strip_for_head(normalize_word(previous)):
            if head in FEATURE_HEADS:
                return "LOC"
    norm = [normalize_word(w) for w in words]
    for head in _strip_for_head(norm[0]):
        if head in FEATURE_HEADS:
            return "LOC"
    rest = " ".join(norm[1:])
    for first in _strip_for_head(norm[0]):
        key = f"{first} {rest}".strip()
        if key in REGIONS or "ال" + key in REGIONS:
            return "LOC"
    return "GPE"


def to_anercorp(label: str) -> str:
    """Map a hadath or ANERcorp BIO label to ANERcorp's scheme (GPE, LOC -> LOC; PER -> PERS)."""
    if label == "O" or len(label) < 3 or label[1] != "-":
        return "O" if label in ("O", "") else label
    prefix, typ = label[:2], label[2:]
    if typ in ("GPE", "LOC"):
        typ = "LOC"
    elif typ == "PER":
        typ = "PERS"
    return prefix + typ


def from_anercorp(label: str) -> str:
    """Map an ANERcorp BIO label to the training scheme (PERS -> PER)."""
    if label.endswith("-PERS"):
        return label[:-4] + "PER"
    return label
