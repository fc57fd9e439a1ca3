"""A small hand-written store for the web tests and for trying the UI without a corpus.

Six short Arabic articles (hadath.document/1 dicts) with entities resolved to actors and places,
dates, and events across several days, CAMEO roots and QuadClasses. One article carries markup and
event handlers in its title, text and entity reasons (it must display as text, never run); another
carries emoji and other astral characters before its entities (offsets are code points).

    python -m hadath.web.sample /tmp/sample.db
"""

from __future__ import annotations

import sys
from typing import Any

from hadath.store.testing import make_doc

PLACES = {
    "غزة": ("Gaza", "PS", 31.50, 34.47),
    "القاهرة": ("Cairo", "EG", 30.06, 31.25),
    "الدوحة": ("Doha", "QA", 25.29, 51.53),
    "بيروت": ("Beirut", "LB", 33.89, 35.50),
    "دمشق": ("Damascus", "SY", 33.51, 36.29),
    "صنعاء": ("Sanaa", "YE", 15.35, 44.21),
}
ACTORS = {
    "الجيش الإسرائيلي": ("ISRMIL", "Israeli military", "ISR"),
    "حماس": ("PSEREB", "Hamas", "PSE"),
    "وزير الخارجية المصري": ("EGYGOV", "Egyptian foreign minister", "EGY"),
    "رئيس الوزراء القطري": ("QATGOV", "Qatari prime minister", "QAT"),
    "الأمم المتحدة": ("IGOUNO", "United Nations", None),
    "حزب الله": ("LBNREB", "Hezbollah", "LBN"),
    "الحوثيون": ("YEMREB", "Houthis", "YEM"),
    "الولايات المتحدة": ("USA", "United States", "USA"),
}
PLOVER = {
    "190": "ASSAULT",
    "183": "ASSAULT",
    "040": "CONSULT",
    "042": "CONSULT",
    "112": "ACCUSE",
    "070": "AID",
    "130": "THREATEN",
    "057": "AGREE",
    "036": "CONSULT",
    "141": "PROTEST",
}
GOLDSTEIN = {
    "190": -10.0,
    "183": -10.0,
    "040": 1.0,
    "042": 1.9,
    "112": -2.0,
    "070": 7.0,
    "130": -4.4,
    "057": 8.0,
    "036": 4.0,
    "141": -6.5,
}
XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


def _entity(text: str, surface: str, after: int = 0, reason: str | None = None) -> dict[str, Any]:
    s, e = _find(text, surface, after)
    if surface in ACTORS:
        code, name, country = ACTORS[surface]
        actor = {
            "id": code.lower(),
            "code": code,
            "name_en": name,
            "country": country,
            "reason": reason or f"dictionary entry «{surface}»",
        }
        t = "ORG" if code != "USA" else "GPE"
        return {"start": s, "end": e, "text": surface, "type": t, "actor": actor, "place": None}
    name, country, lat, lon = PLACES[surface]
    place = {
        "id": name.lower(),
        "name_en": name,
        "country": country,
        "admin1": None,
        "lat": lat,
        "lon": lon,
        "reason": reason or "gazetteer: capital, highest prominence",
    }
    return {
        "start": s,
        "end": e,
        "text": surface,
        "type": "GPE" if surface != "غزة" else "LOC",
        "actor": None,
        "place": place,
    }


def _event(
    text: str,
    cameo: str,
    trigger: str,
    src: str | None,
    tgt: str | None,
    where: str | None,
    day: str,
    *,
    modality: str = "asserted",
    confidence: float = 0.8,
    after: int = 0,
) -> dict[str, Any]:
    if not after and "\n\n" in text:
        after = text.index("\n\n") + 2  # triggers are in the body, not the title
    ts, te = _find(text, trigger, after)
    # the sentence: from the previous line break or ". " to the next one
    starts = [text.rfind("\n", 0, ts) + 1]
    if text.rfind(". ", 0, ts) >= 0:
        starts.append(text.rfind(". ", 0, ts) + 2)
    s0 = max(starts)
    ends = [len(text)]
    if text.find("\n", te) >= 0:
        ends.append(text.find("\n", te))
    if text.find(". ", te) >= 0:
        ends.append(text.find(". ", te) + 1)
    s1 = min(ends)

    def arg(surface: str | None) -> dict[str, Any] | None:
        if surface is None:
            return None
        a, b = _find(text, surface)
        code, name, country = ACTORS[surface]
        return {"start": a, "end": b, "text": surface, "code": code, "name_en": name, "country": country}

    loc = None
    if where is not None:
        a, b = _find(text, where)
        name, country, lat, lon = PLACES[where]
        loc = {
            "start": a,
            "end": b,
            "text": where,
            "name_en": name,
            "country": country,
            "lat": lat,
            "lon": lon,
        }
    root = cameo[:2]
    r = int(root)
    return {
        "cameo": cameo,
        "cameo_root": root,
        "plover": PLOVER.get(cameo),
        "quad_class": 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4,
        "goldstein": GOLDSTEIN.get(cameo, 0.0),
        "modality": modality,
        "confidence": confidence,
        "source": arg(src),
        "target": arg(tgt),
        "location": loc,
        "date": day,
        "trigger": {"start": ts, "end": te, "text": trigger},
        "sentence": {"start": s0, "end": s1},
        "rule": f"sample:{cameo}",
        "text_en": None,
        "text_ar": None,
    }


def _date(text: str, surface: str, value: str) -> dict[str, Any]:
    s, e = _find(text, surface)
    return {
        "start": s,
        "end": e,
        "text": surface,
        "value": value,
        "granularity": "day",
        "reason": "relative to the publication date",
    }


def sample_documents() -> list[dict[str, Any]]:
    docs = []

    t = (
        "الجيش الإسرائيلي يقصف غزة\n\n"
        "قصف الجيش الإسرائيلي مواقع في غزة أمس، وقالت حماس إن القصف أصاب منازل مدنيين. "
        "واتهمت حماس الجيش الإسرائيلي بخرق التهدئة."
    )
    docs.append(
        make_doc(
            "s1",
            t,
            title="الجيش الإسرائيلي يقصف غزة",
            url="https://example.org/news/1",
            source="wire-a",
            published="2024-05-02",
            entities=[_entity(t, "الجيش الإسرائيلي"), _entity(t, "غزة"), _entity(t, "حماس")],
            events=[
                _event(t, "190", "قصف", "الجيش الإسرائيلي", "حماس", "غزة", "2024-05-01", confidence=0.92),
                _event(t, "112", "واتهمت", "حماس", "الجيش الإسرائيلي", "غزة", "2024-05-02", confidence=0.74),
            ],
        )
    )
    docs[-1]["dates"] = [_date(t, "أمس", "2024-05-01")]

    t = (
        "وزير الخارجية المصري يلتقي رئيس الوزراء القطري\n\n"
        "التقى وزير الخارجية المصري رئيس الوزراء القطري في القاهرة اليوم لبحث التهدئة في غزة. "
        "واتفق الجانبان على مواصلة الوساطة."
    )
    docs.append(
        make_doc(
            "s2",
            t,
            title="وزير الخارجية المصري يلتقي رئيس الوزراء القطري",
            url="https://example.org/news/2",
            source="wire-b",
            published="2024-05-03",
            entities=[
                _entity(t, "وزير الخارجية المصري"),
                _entity(t, "رئيس الوزراء القطري"),
                _entity(t, "القاهرة"),
                _entity(t, "غزة"),
            ],
            events=[
                _event(
                    t, "040", "التقى", "وزير الخارجية المصري", "رئيس الوزراء القطري", "القاهرة", "2024-05-03"
                ),
                _event(
                    t,
                    "057",
                    "واتفق",
                    "وزير الخارجية المصري",
                    "رئيس الوزراء القطري",
                    "القاهرة",
                    "2024-05-03",
                    confidence=0.66,
                ),
            ],
        )
    )
    docs[-1]["dates"] = [_date(t, "اليوم", "2024-05-03")]

    t = (
        "الأمم المتحدة ترسل مساعدات\n\n"
        "أرسلت الأمم المتحدة قافلة مساعدات إلى غزة، وطالبت الولايات المتحدة بفتح المعابر. "
        "وقد تهدد حماس بوقف المفاوضات إذا استمر القصف."
    )
    docs.append(
        make_doc(
            "s3",
            t,
            title="الأمم المتحدة ترسل مساعدات",
            url="https://example.org/news/3",
            source="wire-a",
            published="2024-05-04",
            entities=[
                _entity(t, "الأمم المتحدة"),
                _entity(t, "غزة"),
                _entity(t, "الولايات المتحدة"),
                _entity(t, "حماس"),
            ],
            events=[
                _event(t, "070", "أرسلت", "الأمم المتحدة", "حماس", "غزة", "2024-05-04", confidence=0.81),
                _event(
                    t,
                    "130",
                    "تهدد",
                    "حماس",
                    None,
                    None,
                    "2024-05-04",
                    modality="hypothetical",
                    confidence=0.55,
                ),
            ],
        )
    )

    t = (
        "حزب الله والجيش الإسرائيلي يتبادلان القصف\n\n"
        "تبادل حزب الله والجيش الإسرائيلي القصف قرب بيروت. "
        "واحتج الحوثيون في صنعاء على الغارات، وتشاورت الولايات المتحدة مع الأمم المتحدة."
    )
    docs.append(
        make_doc(
            "s4",
            t,
            title="حزب الله والجيش الإسرائيلي يتبادلان القصف",
            url="https://example.org/news/4",
            source="wire-c",
            published="2024-05-05",
            entities=[
                _entity(t, "حزب الله"),
                _entity(t, "الجيش الإسرائيلي"),
                _entity(t, "بيروت"),
                _entity(t, "الحوثيون"),
                _entity(t, "صنعاء"),
                _entity(t, "الولايات المتحدة"),
                _entity(t, "الأمم المتحدة"),
            ],
            events=[
                _event(
                    t, "190", "تبادل", "حزب الله", "الجيش الإسرائيلي", "بيروت", "2024-05-05", confidence=0.7
                ),
                _event(
                    t, "141", "واحتج", "الحوثيون", "الولايات المتحدة", "صنعاء", "2024-05-05", confidence=0.6
                ),
                _event(
                    t,
                    "036",
                    "وتشاورت",
                    "الولايات المتحدة",
                    "الأمم المتحدة",
                    None,
                    "2024-05-05",
                    confidence=0.77,
                ),
            ],
        )
    )

    # emoji and astral characters before the entities: code point offsets differ from UTF-16 ones
    t = "عاجل 🚨🇵🇸 غارات على غزة\n\n𝐀𝐁 🔥 قصف الجيش الإسرائيلي غزة 😢😢 صباح اليوم، وقالت حماس 📢 إنها سترد."
    docs.append(
        make_doc(
            "s5",
            t,
            title="عاجل 🚨🇵🇸 غارات على غزة",
            url="https://example.org/news/5",
            source="social",
            published="2024-05-06",
            entities=[
                _entity(t, "غزة"),
                _entity(t, "الجيش الإسرائيلي"),
                _entity(t, "غزة", t.index("\n\n")),
                _entity(t, "حماس"),
            ],
            events=[
                _event(t, "190", "قصف", "الجيش الإسرائيلي", "حماس", "غزة", "2024-05-06", confidence=0.88)
            ],
        )
    )
    docs[-1]["dates"] = [_date(t, "صباح اليوم", "2024-05-06")]

    # markup in the title, the text and an entity's reason: shown as text, never run
    t = f"تقرير {XSS} عن دمشق\n\nقصف الجيش الإسرائيلي مواقع قرب دمشق {XSS} بحسب مصادر محلية."
    docs.append(
        make_doc(
            "s6",
            t,
            title=f"تقرير {XSS} عن دمشق",
            url="javascript:window.__pwned=3",
            source=f"src {XSS}",
            published="2024-05-07",
            entities=[_entity(t, "الجيش الإسرائيلي", reason=f"dictionary {XSS}"), _entity(t, "دمشق")],
            events=[_event(t, "183", "قصف", "الجيش الإسرائيلي", None, "دمشق", "2024-05-07", confidence=0.8)],
        )
    )
    docs[-1]["events"][0]["text_ar"] = f"قصف {XSS}"
    return docs


def build_sample_store(db: Any) -> Any:
    """Store the sample documents in ``db``; returns the run summary."""
    from hadath.store.ingest import ingest_items

    return ingest_items(sample_documents(), db, label="hadath.web.sample")


if __name__ == "__main__":
    print(build_sample_store(sys.argv[1]).to_dict())
