"""Arabic labels of the codes the UI shows: CAMEO roots, PLOVER types, QuadClass, modality, entity types."""

from __future__ import annotations

from functools import cache

CAMEO_ROOTS_AR: dict[str, str] = {
    "01": "الإدلاء بتصريح علني",
    "02": "مناشدة",
    "03": "إبداء نية التعاون",
    "04": "تشاور",
    "05": "تعاون دبلوماسي",
    "06": "تعاون مادي",
    "07": "تقديم مساعدة",
    "08": "تنازل",
    "09": "تحقيق",
    "10": "مطالبة",
    "11": "استنكار",
    "12": "رفض",
    "13": "تهديد",
    "14": "احتجاج",
    "15": "استعراض القوة",
    "16": "تقليص العلاقات",
    "17": "إكراه",
    "18": "اعتداء",
    "19": "قتال",
    "20": "عنف جماعي غير تقليدي",
}

PLOVER_AR: dict[str, str] = {
    "AGREE": "اتفاق",
    "CONSULT": "تشاور",
    "SUPPORT": "دعم",
    "CONCEDE": "تنازل",
    "COOPERATE": "تعاون",
    "AID": "مساعدة",
    "RETREAT": "انسحاب",
    "REQUEST": "طلب",
    "ACCUSE": "اتهام",
    "REJECT": "رفض",
    "THREATEN": "تهديد",
    "PROTEST": "احتجاج",
    "SANCTION": "عقوبات",
    "MOBILIZE": "تعبئة",
    "COERCE": "إكراه",
    "ASSAULT": "اعتداء",
}

QUAD_AR: dict[int, str] = {1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي"}

MODALITY_AR: dict[str, str] = {
    "asserted": "مؤكَّد",
    "negated": "منفي",
    "future": "مستقبلي",
    "hypothetical": "افتراضي",
    "reported_claim": "ادعاء منقول",
}

ENTITY_AR: dict[str, str] = {
    "PER": "شخص",
    "ORG": "منظمة",
    "LOC": "موقع",
    "GPE": "كيان سياسي جغرافي",
    "MISC": "أخرى",
}

# colours shared by the timeline, the legend and the CSS (one per QuadClass, one per CAMEO root)
QUAD_COLOURS: dict[int, str] = {1: "#4f9d69", 2: "#1f6f43", 3: "#e08a3c", 4: "#b8332f"}
ROOT_COLOURS: dict[str, str] = {
    "01": "#8fbc8f",
    "02": "#6aa86e",
    "03": "#4f9d69",
    "04": "#3f8f5f",
    "05": "#2f7f55",
    "06": "#1f6f43",
    "07": "#2a8c8c",
    "08": "#5b8fc7",
    "09": "#7f7fbf",
    "10": "#d9b44a",
    "11": "#e0a040",
    "12": "#e08a3c",
    "13": "#d9703a",
    "14": "#c9663a",
    "15": "#b85c5c",
    "16": "#a65050",
    "17": "#9e3b3b",
    "18": "#b8332f",
    "19": "#8c1f1f",
    "20": "#5a0f0f",
}


def root_label(root: object) -> str:
    r = str(root or "").zfill(2)
    return CAMEO_ROOTS_AR.get(r, r)


def plover_label(plover: object) -> str:
    p = str(plover or "")
    return PLOVER_AR.get(p.upper(), p)


def quad_label(q: object) -> str:
    try:
        return QUAD_AR.get(int(q), str(q))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(q or "")


def modality_label(m: object) -> str:
    s = str(m or "")
    return MODALITY_AR.get(s, s)


def entity_label(t: object) -> str:
    s = str(t or "")
    return ENTITY_AR.get(s, s)


@cache
def cameo_name_en(code: str) -> str | None:
    """The CAMEO codebook's English name of a code, when the events tables are installed."""
    try:
        from hadath.events.tables import cameo_table
    except ImportError:  # pragma: no cover - the events module ships with hadath
        return None
    try:
        entry = cameo_table().get(code)
    except Exception:  # a broken table must not break a page
        return None
    return entry.name if entry is not None else None


def key_label(by: str | None, key: object) -> str:
    """The label of a timeline series key."""
    if by == "root":
        return f"{str(key).zfill(2)} {root_label(key)}"
    if by == "quad_class":
        return quad_label(key)
    if by == "plover":
        return plover_label(key)
    return "الأحداث"


def key_colour(by: str | None, key: object, i: int = 0) -> str:
    if by == "root":
        return ROOT_COLOURS.get(str(key).zfill(2), "#888888")
    if by == "quad_class":
        try:
            return QUAD_COLOURS.get(int(key), "#888888")  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return "#888888"
    palette = ["#3b6ea8", "#d9703a", "#4f9d69", "#8c5fb0", "#b8332f", "#2a8c8c", "#d9b44a", "#7f7f7f"]
    return palette[i % len(palette)]
