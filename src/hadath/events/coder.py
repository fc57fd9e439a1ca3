"""Event proposals for a document: triggers, arguments, place, date, modality, confidence.

``propose_events(doc)`` is a pure function of the document's layers (sentences, tokens with
their clitic words, entities with actor and place references, dates); it returns ``Proposal``
objects and never writes onto the document (``EventStage`` does). Every proposal carries the
reasons of its decisions. The rules are described in ``docs/events.md``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from hadath.doc.model import DateExpr, Document, Entity, PlaceRef, Token
from hadath.events.lexicon import Entry
from hadath.events.matcher import Matcher, TriggerMatch, readings
from hadath.events.rules import ModalityCue, RootRule, discard_rules, modality_cues, root_rules, speech_forms
from hadath.events.tables import cameo
from hadath.text.normalize import normalize_word

PUNCT_BREAK = frozenset(
    {"،", ",", ".", "؛", ";", ":", "!", "؟", "?", '"', "«", "»", "(", ")", "[", "]", "\n"}
)
STRONG_BREAK = frozenset({".", "؛", ";", "!", "؟", "?", "\n"})
SUBORDINATORS = frozenset({"حيث", "بينما", "فيما", "عندما", "حين", "بعدما", "لكن", "ولكن", "اذ", "كما", "ثم"})
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"})
PREP_WORDS = frozenset(
    {
        "مع",
        "علي",
        "ضد",
        "الي",
        "من",
        "في",
        "عن",
        "بين",
        "لدي",
        "تجاه",
        "بحق",
        "امام",
        "نحو",
        "باتجاه",
        "قرب",
        "ازاء",
        "حيال",
        "خلال",
        "عبر",
        "منذ",
        "بعد",
        "قبل",
        "حول",
        "بشان",
        "لصالح",
        "دون",
        "عند",
    }
)
AGENT_PREPS = {("من", "قبل"), ("علي", "يد"), ("من", "جانب"), ("علي", "ايدي")}
# "killed by the army's bullets": the noun before the mention marks its agent
AGENT_NOUNS = frozenset({"برصاص", "رصاص", "بنيران", "نيران", "بقذائف", "بقصف", "بغاره", "بغارات", "بصاروخ"})
KANA_FORMS = frozenset(
    {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "باتت", "بات", "ظل", "ظلت"}
)
# nouns that stand before the verbal noun they renew or extend (تجديد حبس، تمديد اعتقال)
LIGHT_NOUNS = frozenset({"تجديد", "تمديد", "استئناف", "مواصله", "اعاده"})
AFFILIATION = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين", "تابعتين", "مملوكه"})
PLACE_NOUNS = frozenset(
    {"مدينه", "بلده", "قريه", "محافظه", "منطقه", "ولايه", "اقليم", "العاصمه", "عاصمه", "مخيم", "حي", "ضاحيه"}
)
# nouns of a site that stand between a preposition and a name (R-SITE)
SITE_NOUNS = PLACE_NOUNS | frozenset({"مقر", "مبني", "مدينه", "بلده"})
SITE_PREPS = frozenset({"امام", "قرب", "عند", "في", "داخل", "خارج", "بجوار", "قباله"})
VISIT_CODES = ("042", "043", "044")
# verbs of launching or carrying out with a pronoun for the act (R-LAUNCHED-BY)
LAUNCH_VERBS = frozenset(
    "شنه شنها شنته شنتها شنوه شنوها نفذه نفذها نفذته نفذتها نفذوه نفذوها ارتكبه ارتكبها ارتكبته "
    "ارتكبتها ارتكبوه ارتكبوها".split()
)
# a preposition with a pronoun right after a verb (R-RESUMPTIVE)
RESUMPTIVES = frozenset(
    "اليها اليه اليهم عليها عليه عليهم لها له لهم بها به بهم فيها فيه فيهم منها منه منهم".split()
)
QUOTE_OPEN = frozenset({'"', "«", "“", ":"})
# roles of agents that act at home: police, judiciary, intelligence (R-DOMESTIC-PATIENT)
DOMESTIC_AGENT_ROLES = ("COP", "JUD", "SPY")
# roots whose target may be a place standing for its country (a strike on Gaza, a blockade of Doha)
PLACE_TARGET_ROOTS = frozenset({"15", "17", "18", "19", "20"})
VSO_GAP_WORDS = frozenset(
    "، , امس اليوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد صباح مساء ليل ليله قد ايضا كذلك "
    "بدوره بدورها بدورهم مجددا رسميا فعلا اخيرا مؤخرا الماضي الماضيه امس الاول يوم".split()
)


# heads of a group's members before its name (مع عناصر تنظيم الدولة، ضد مقاتلي الحوثي): read through
MEMBER_WORDS = frozenset(
    "عناصر عنصر مقاتلي مقاتلو مسلحي مسلحو اعضاء عضو قاده قادة قياديي انصار انصاره تنظيم جماعه حركه "
    "ميليشيا ميليشيات مليشيا مليشيات فصيل فصائل كتائب لواء".split()
)
# R-DELEG (reason: a delegation acts for the body that sends it; CAMEO codes the sender, so
# وفد من البرلمان الأوروبي / وفد حماس / الوفد العراقي is that body or country as an actor)
DELEGATION_NOUNS = frozenset({"وفد", "الوفد", "وفدا", "وفود", "الوفود"})
DELEGATION_ADJECTIVES = frozenset(
    "رسمي الرسمي برلماني البرلماني حكومي الحكومي عسكري العسكري امني الامني وزاري الوزاري دبلوماسي "
    "الدبلوماسي تجاري التجاري اقتصادي الاقتصادي رفيع الرفيع المستوي رفيعا كبير الكبير".split()
)
# nisba adjectives of bodies that are not countries (الوفد الأوروبي), with the body's actor code
DELEGATION_BODY_NISBAS = {"الاوروبي": "IGOEUR", "اوروبي": "IGOEUR", "الاممي": "IGOUNO", "اممي": "IGOUNO"}
HONORIFICS = frozenset(
    "امير الامير شيخ الشيخ السيد السيده الدكتور الدكتوره اللواء العميد الجنرال المشير الفريق العقيد "
    "القاضي السابق السابقه الاسبق العام العامه امين الامين عام نظيره نظيرته نظيرها نظيريه نظراءه "
    "المستشار المستشاره المفوض المفوضه الحاخام البابا الرئيس".split()
)


@cache
def title_words() -> frozenset[str]:
    """Words of person titles (وزير الخارجية الأمريكي، نظيره الروسي، ولي العهد): the resolver's
    title forms, honorifics, and nisba adjectives. A title in apposition before a name is read
    through: it may stand between a verb and its subject, or a preposition and its object."""
    try:
        from hadath.resolve.tables import agent_table
    except ImportError:  # pragma: no cover
        return HONORIFICS
    words = set(HONORIFICS) | agent_table().title_words | MEMBER_WORDS
    words |= {"ال" + w for w in words if not w.startswith("ال")}
    return frozenset(words)


def _is_title_word(norm: str) -> bool:
    n = _strip_conj(norm)
    if n in title_words() or (len(n) > 3 and n[0] in "وف" and n[1:] in title_words()):
        return True
    return _nisba_country(n) is not None or (len(n) > 3 and n[0] == "و" and _nisba_country(n[1:]) is not None)


_norm = lru_cache(maxsize=200_000)(normalize_word)  # words repeat a lot in news


def _vso_gap_ok(norm: str) -> bool:
    """A word that may stand between a verb and its subject: a time or manner adverb, or a
    title in apposition (زار الرئيس السوري بشار الأسد، بحث وزير الخارجية الأمريكي مايك بومبيو);
    not an indefinite noun that heads a phrase of its own (اجتاحت غرب اليابان), a preposition
    or a relative."""
    n = _strip_conj(norm)
    if n in VSO_GAP_WORDS:
        return True
    if n in title_words() or _nisba_country(n) is not None:
        return True
    if n in PREP_WORDS or n in RELATIVES or n in COMPLEMENTIZERS or n in PUNCT_BREAK:
        return False
    return n.startswith("ال") and len(n) > 3


# how an argument was found when the clause itself names the verb's subject
SYNTACTIC_SUBJECT = (
    "subject after the verb",
    "subject before the verb",
    "subject inside the pattern",
    "member of (من) inside the pattern",
    "passive agent",
    "subject of the governing verb (light verb)",
)
MODALITY_ORDER = {"negated": 0, "hypothetical": 1, "future": 2, "reported_claim": 3}
SPEC_BASE = {"phrase": 0.72, "verb": 0.66, "noun": 0.5}
OBJ_WINDOW = 8
PREP_WINDOW = 12


@dataclass(slots=True)
class Mention:
    """An actor or place mention in a sentence, in token indexes (sentence-relative)."""

    i: int
    j: int
    start: int
    end: int
    text: str
    code: str | None
    country: str | None
    name_en: str | None
    actor_id: str | None
    reason: str
    confidence: float
    place: PlaceRef | None
    is_actor: bool
    prep: str = ""  # preposition that governs it ("" for none; "agent" for من قبل / على يد)
    bare: bool = False  # an agent noun with no country (الشرطة): the context gives it one
    counted: bool = False  # a number stands right before it (خمسة جنود، 20 متظاهرا)


@dataclass(slots=True)
class Arg:
    mention: Mention
    how: str  # the rule that found it
    co: list[Arg] = field(default_factory=list)  # coordinated co-subjects (واشنطن ولندن وباريس)

    @property
    def code(self) -> str | None:
        """The actor code; a place stands for its country (a visit to Sochi is a visit to Russia)."""
        m = self.mention
        return m.code if m.is_actor else m.country


@dataclass(slots=True)
class Proposal:
    """One event as the coder proposes it (argument spans are raw document offsets)."""

    code: str
    rule: str
    kind: str
    source: Arg | None
    target: Arg | None
    location: Mention | None
    date: str | None
    date_reason: str
    modality: str
    modality_cue: tuple[int, int, str] | None
    trigger: tuple[int, int, str]
    sentence: tuple[int, int]
    confidence: float
    reasons: list[str] = field(default_factory=list)
    sym: bool = False
    mentions: int = 1


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    tokens: list[Token]
    norms: list[str]
    procl: list[str]  # proclitic letters of each token (from its clitic words, else its norm)
    mentions: list[Mention]
    first_mention_at: dict[int, Mention]
    rule_hits: dict[str, int] = field(default_factory=dict)  # sentence discard rule -> distinct words
    trigger_heads: frozenset[int] = frozenset()  # head tokens of the sentence's coded triggers
    violence_nouns: frozenset[int] = frozenset()  # heads of verbal nouns of roots 18-20 (هجوم، تفجير)
    norm_set: set[str] | None = None


def _proclitics(tok: Token, norm: str) -> str:
    if len(tok.words) > 1:
        out = ""
        for w in tok.words[:-1]:
            if w.norm in ("و", "ف", "ب", "ل", "ك", "س", "ال"):
                out += w.norm
            else:
                break
        return out
    return ""


def _actor_fields(e: Entity) -> tuple[str | None, str | None, str | None, str | None, str, float, bool]:
    a = e.actor
    if a is not None and (a.code or a.country):
        code = a.code or a.country
        if a.kind == "agent" and not a.country:
            return code, None, a.name_en, a.id, a.reason, a.confidence, True  # bare agent noun
        return code, a.country or (code[:3] if code else None), a.name_en, a.id, a.reason, a.confidence, True
    p = e.place
    if p is not None and e.type == "GPE" and p.country and _is_country_place(p):
        return p.country, p.country, p.name_en, p.id, f"country named by place {p.id}", p.confidence, True
    return None, None, None, None, "", 0.0, False


def _is_country_place(p: PlaceRef) -> bool:
    """A country itself (an administrative place with no first-level division)."""
    return p.feature_class == "A" and not p.admin1


def _build_sentence(
    start: int, end: int, toks: list[Token], norms: list[str], entities: Sequence[Entity]
) -> _Sent:
    """The sentence's tokens and its actor and place mentions (``entities``: those overlapping it)."""
    procl = [_proclitics(t, n) for t, n in zip(toks, norms, strict=True)]
    starts = [t.start for t in toks]
    mentions: list[Mention] = []
    for e in entities:
        if e.end <= start or e.start >= end:
            continue
        code, country, name_en, actor_id, reason, conf, is_actor = _actor_fields(e)
        if not is_actor:
            if e.place is None:
                continue
            country, name_en, conf = e.place.country, e.place.name_en, e.place.confidence
        i = _token_index_at(starts, toks, e.start)
        j = _token_index_at(starts, toks, e.end - 1) + 1
        if i < 0 or j <= i:
            continue
        mentions.append(
            Mention(
                i,
                j,
                e.start,
                e.end,
                e.text,
                code,
                country,
                name_en,
                actor_id,
                reason,
                conf,
                e.place,
                is_actor,
                bare=is_actor and country is None,
            )
        )
    mentions.sort(key=lambda m: (m.i, -(m.j - m.i)))
    mentions = _merge_appositions(mentions, procl)
    mentions = _delegations(mentions, toks, norms)
    for m in mentions:
        m.counted = m.i > 0 and _is_count(norms[m.i - 1])
    covered = {k for m in mentions for k in range(m.i, m.j)}
    prev: Mention | None = None
    for m in mentions:
        m.prep = _prep_of(m, norms, procl, covered)
        if not m.prep and prev is not None and prev.j == m.i and procl[m.i].startswith("و"):
            m.prep = prev.prep  # coordinated: إلى الأردن والسعودية ومصر
        prev = m
    for m in mentions:
        # a capital that is not where something happens stands for its government (وردت واشنطن
        # بالانسحاب، مفاوضات مع طهران): an actor coded with its country
        if not m.is_actor and m.place is not None and m.prep not in PLACE_PREPS and _is_capital(m.place):
            if m.i <= 1 and m.j < len(norms) and norms[m.j] in ("-", "–", "—", ":", "(", "،"):
                continue  # a dateline
            if m.i > 0 and _strip_conj(norms[m.i - 1]) in VICINITY:
                continue  # جنوب دمشق، قرب طهران: a place
            m.is_actor = True
            m.code = m.country
            m.reason = f"capital {m.place.name_en} stands for its country"
    first: dict[int, Mention] = {}
    for m in mentions:
        first.setdefault(m.i, m)
    return _Sent(start, end, toks, norms, procl, mentions, first)


@cache
def _count_words() -> frozenset[str]:
    try:
        from hadath.resolve.finder import COUNT_WORDS
    except ImportError:  # pragma: no cover
        return frozenset()
    return COUNT_WORDS


def _is_count(norm: str) -> bool:
    """A number (digits or a number word: خمسة، عشرين، عشرات)."""
    if len(norm) > 2 and norm[0] in "وف":
        norm = norm[1:]
    return norm.isdigit() or norm in _count_words()


def _counted_members(s: _Sent, lo: int) -> Arg | None:
    """R-COUNTED-MEMBERS: a count of members of a group right after an arrest or assault verb
    (اعتقلت 16 من أعضاء جناح الشباب في حزب العمال): the group is the target."""
    k = lo
    if k + 2 >= len(s.norms) or not _is_count(s.norms[k]) or s.norms[k + 1] != "من":
        return None
    if _strip_conj(s.norms[k + 2]) not in MEMBER_WORDS:
        return None
    for x in _mentions_in(s, k + 3, min(len(s.norms), k + 9)):
        if any(s.norms[t] in PUNCT_BREAK for t in range(k + 3, x.i)):
            return None
        if x.is_actor and x.prep in ("", "في", "ب", "ل"):
            return Arg(x, "group of the counted members (R-COUNTED-MEMBERS)")
    return None


def _delegation_noun(norm: str) -> bool:
    """وفد, الوفد, ووفد, بوفد, للوفد ...: the head noun of a delegation, with its clitics."""
    if "وفد" not in norm and "وفود" not in norm:
        return False
    forms = {norm}
    if len(norm) > 3 and norm[0] in "وف":
        forms.add(norm[1:])
    for f in list(forms):
        if f.startswith("لل"):
            forms.add("ا" + f[1:])
        if len(f) > 3 and f[0] in "بلك":
            forms.add(f[1:])
    return bool(forms & DELEGATION_NOUNS)


def _delegations(mentions: list[Mention], toks: list[Token], norms: list[str]) -> list[Mention]:
    """R-DELEG: a delegation stands for the body that sends it. ``وفد (رسمي) (من) X`` extends the
    mention of X over the head noun; ``الوفد العراقي``, ``وفد أوروبي`` (no mention) becomes a
    mention of the nisba's country or body."""
    covered = {k for m in mentions for k in range(m.i, m.j)}
    for m in mentions:
        if not m.is_actor:
            continue
        k = m.i - 1
        if k >= 0 and norms[k] == "من":
            k -= 1
        while k >= 0 and norms[k] in DELEGATION_ADJECTIVES and k not in covered:
            k -= 1
        if 0 <= k < m.i and k not in covered and _delegation_noun(norms[k]):
            m.i, m.start = k, toks[k].start
            m.text = toks[k].text + " … " + m.text
            m.reason += "; delegation of it (R-DELEG)"
            covered.add(k)
    added: list[Mention] = []
    for k, n in enumerate(norms[:-1]):
        if k in covered or k + 1 in covered or not _delegation_noun(n):
            continue
        nis = norms[k + 1]
        code = DELEGATION_BODY_NISBAS.get(nis) or _nisba_country(nis)
        if code is None:
            continue
        country = None if code.startswith("IGO") else code
        added.append(
            Mention(
                k,
                k + 2,
                toks[k].start,
                toks[k + 1].end,
                toks[k].text + " " + toks[k + 1].text,
                code,
                country,
                None,
                None,
                "delegation named by its nisba (R-DELEG)",
                0.7,
                None,
                True,
            )
        )
    if added:
        mentions = sorted(mentions + added, key=lambda m: (m.i, -(m.j - m.i)))
    return mentions


def _token_index_at(starts: list[int], toks: Sequence[Token], offset: int) -> int:
    from bisect import bisect_right

    k = bisect_right(starts, offset) - 1
    if k < 0:
        return 0 if toks else -1
    return k


def _merge_appositions(mentions: list[Mention], procl: list[str]) -> list[Mention]:
    """Adjacent mentions of the same country (``الرئيس السوري`` + ``بشار الأسد``, ``سوتشي`` +
    ``الروسية``) are one mention; overlapping ones keep the longer."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.i < out[-1].j:
            continue  # nested or overlapping: keep the first, longer one
        if out:
            prev = out[-1]
            same = prev.country is not None and prev.country == m.country and _compatible(prev, m)
            if m.i == prev.j and same and not procl[m.i].startswith(("و", "ف")):
                merged = _merge_two(prev, m)
                out[-1] = merged
                continue
        out.append(m)
    return out


def _compatible(a: Mention, b: Mention) -> bool:
    """Two mentions can be one actor: a place and an actor, or codes where one extends the other."""
    if not (a.is_actor and b.is_actor):
        return True
    ca, cb = a.code or "", b.code or ""
    return ca.startswith(cb) or cb.startswith(ca)


def _merge_two(a: Mention, b: Mention) -> Mention:
    # prefer the actor with the more specific code (SYRGOV over SYR), then the first
    best = a
    if b.is_actor and (not a.is_actor or len(b.code or "") > len(a.code or "")):
        best = b
    place = a.place or b.place
    return Mention(
        a.i,
        b.j,
        a.start,
        b.end,
        a.text if a.end == b.start else a.text + " … " + b.text,
        best.code,
        best.country,
        best.name_en,
        best.actor_id,
        best.reason + "; apposition merged",
        max(a.confidence, b.confidence),
        place,
        a.is_actor or b.is_actor,
    )


def _prep_of(
    m: Mention, norms: list[str], procl: list[str], covered: frozenset[int] | set[int] = frozenset()
) -> str:
    p = procl[m.i]
    if p:
        letters = p.replace("ال", "").replace("و", "").replace("ف", "")
        if letters[:1] in ("ب", "ل", "ك"):
            return letters[0]
    elif not m.text or m.text[0] in "بل":
        first = norms[m.i]
        if len(first) > 3 and first[0] in "بل" and first[1:3] == "ال":
            return first[0]
    if m.i >= 2 and (norms[m.i - 2], norms[m.i - 1]) in AGENT_PREPS:
        return "agent"
    if m.i >= 1 and _strip_conj(norms[m.i - 1]) in AGENT_NOUNS:
        return "agent"
    k = m.i - 1
    while k >= 0 and norms[k] in ("#", '"', "«", "“", "'"):
        k -= 1  # hashtags and quotes between a preposition and its noun (في #سوريا)
    if k >= 1 and _strip_conj(norms[k]) in SITE_NOUNS and _strip_conj(norms[k - 1]) in SITE_PREPS:
        # R-SITE: a place or building noun between a locative preposition and the name (أمام مقر
        # القنصلية، قرب مدينة العريش); not a target preposition (غارة على محافظة اللاذقية) nor
        # the partitive من (نحو 59% من محافظة درعا)
        return _strip_conj(norms[k - 1])
    if k >= 0:
        prev = _strip_conj(norms[k])
        if prev in PREP_WORDS:
            return prev
    # a title in apposition between the preposition and the name (مع نظيره الروسي سيرغي
    # لافروف، برئيس الوزراء الإسرائيلي، بنيامين نتنياهو): the preposition governs the name
    if k >= 0 and norms[k] in ("،", ","):
        k -= 1
    j = k
    while j >= 0 and j > k - 6 and j not in covered:
        n = norms[j]
        if len(n) > 3 and n[0] in "وف" and not _is_title_word(n):
            n = n[1:]
        if _is_title_word(n):
            j -= 1
            continue
        if len(n) > 3 and n[0] in "بل" and _is_title_word(n[1:]):
            return n[0]  # the preposition is a proclitic of the title's first word (برئيس)
        break
    if j < k and j >= 0 and _strip_conj(norms[j]) in PREP_WORDS:
        return _strip_conj(norms[j])
    return ""


def _strip_conj(norm: str) -> str:
    if len(norm) > 2 and norm[0] in "وف" and norm[1:] in PREP_WORDS | COMPLEMENTIZERS | RELATIVES:
        return norm[1:]
    return norm


def _is_boundary(norm: str) -> bool:
    return norm in PUNCT_BREAK or _strip_conj(norm) in SUBORDINATORS or _strip_conj(norm) in COMPLEMENTIZERS


def _clause(s: _Sent, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the clause around tokens [lo, hi)."""
    a = lo
    while a > 0 and not _is_boundary(s.norms[a - 1]) and _strip_conj(s.norms[a - 1]) not in RELATIVES:
        a -= 1
    b = hi
    while b < len(s.norms) and not _is_boundary(s.norms[b]):
        b += 1
    return a, b


def _mentions_in(s: _Sent, lo: int, hi: int) -> list[Mention]:
    return [m for m in s.mentions if lo <= m.i and m.j <= hi]


class Coder:
    """Turns trigger matches into event proposals. One instance per process (data loads once)."""

    def __init__(self, matcher: Matcher | None = None) -> None:
        self.matcher = matcher or Matcher()
        self.rules = root_rules()
        self.speech = speech_forms()
        self.cues = modality_cues()
        self.cue_index: dict[str, list[ModalityCue]] = {}
        for cue in self.cues:
            self.cue_index.setdefault(cue.words[0], []).append(cue)
        self.max_after = max((c.window for c in self.cues if c.scope == "after"), default=0)
        self.discards = discard_rules()
        self._home: str | None = None
        self._doc_rule_hits: dict[str, int] = {}

    # -- document -----------------------------------------------------------------------
    def propose(self, doc: Document) -> list[Proposal]:
        out: list[Proposal] = []
        entities = sorted(doc.entities, key=lambda e: (e.start, e.end))
        published = doc.published_date
        lead_date = _lead_date(doc)
        self._home = home_country(doc)
        toks = list(doc.tokens)
        starts = [t.start for t in toks]
        norms_all = [_norm(t.text) for t in toks]
        words = set(norms_all)
        self._doc_rule_hits = {d.id: len(words & d.words) for d in self.discards if d.kind == "sentence"}
        ent_starts = [e.start for e in entities]
        longest = max((e.end - e.start for e in entities), default=0)
        for sent in doc.sentences:
            a, b = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            if a >= b:
                continue
            matches = self.matcher.match_tokens(norms_all[a:b])
            if not matches:
                continue
            ea, eb = bisect_left(ent_starts, sent.start - longest), bisect_left(ent_starts, sent.end)
            s = _build_sentence(sent.start, sent.end, toks[a:b], norms_all[a:b], entities[ea:eb])
            s.trigger_heads = frozenset(m.head for m in matches if m.entry.code)
            s.violence_nouns = frozenset(
                m.head
                for m in matches
                if m.entry.code
                and m.entry.code[:2] in ("18", "19", "20")
                and (m.tense == "noun" or m.entry.kind == "noun")
            )
            previous_source: Arg | None = None
            for m in matches:
                for p in self._code_match(doc, s, m, previous_source, published, lead_date):
                    out.append(p)
                    if p.source is not None:
                        previous_source = p.source
        return merge_proposals(out)

    # -- one trigger ----------------------------------------------------------------------
    def _code_match(
        self,
        doc: Document,
        s: _Sent,
        m: TriggerMatch,
        previous_source: Arg | None,
        published: date | None,
        lead_date: DateExpr | None,
    ) -> list[Proposal]:
        entry = m.entry
        code = entry.code
        if code is None:
            return []
        root = code[:2]
        reasons = [f"trigger {entry.id} ({entry.kind}: {entry.gloss})"]
        discard = self._discarded(s, m, root)
        if discard:
            return []
        frame = entry.frame
        if "past" in frame and m.tense != "past":
            return []  # only a past form is the act (نفت إيران); the present is a standing position
        if "nosuf" in frame and m.suffix:
            return []  # an object pronoun makes it another verb (حققها: achieved it, not investigated)
        rule = self.rules[root]
        parts = m.parts or (m.head,)
        first, last = min(parts), max(parts) + 1
        c_lo, c_hi = _clause(s, first, last)
        # need=: required words after the trigger
        need = frame.get("need")
        if need:
            window = s.norms[last : min(len(s.norms), last + 8)]
            forms = {r.form for t in window for r in readings(t)} | set(window)
            procl_letters = "".join(s.procl[last : last + 8])
            if not (set(need) & forms or any(n in procl_letters for n in need if len(n) == 1)):
                return []
        source, target, targets = self._arguments(s, m, entry, rule, first, last, c_lo, c_hi, previous_source)
        is_noun = m.tense == "noun" or entry.kind == "noun" or _read_as_noun(s, m)
        if source is not None:
            reasons.append(f"source {source.mention.text!r} ({source.code}) by {source.how}")
        sources: list[Arg | None] = [source, *(source.co if source is not None else [])]
        if source is not None and (source.code or "").endswith("MED") and root in MEDIA_NOT_AGENT:
            # media report violence and arrests; they do not carry them out (أعلنت وسائل إعلام
            # سورية اغتيال ...، (CNN-- قتل سبعة جنود)
            reasons.append(f"{source.mention.text!r} is a medium reporting the event, not its agent")
            source = None
            sources = [None]
        source_victims: Arg | None = None
        victim_roots: tuple[str, ...] = ("18", "19", "20")
        if root == "17" and source is not None and source.mention.counted:
            victim_roots = ("17",)  # R-COUNTED-DETAINEES: 27 شخصا اعتقلوا: the arrested, passive
        if root in victim_roots and source is not None and _is_victims(source.mention):
            # counted people or civilians before or after a verb of violence are its victims
            # (20 شخصا قتلوا، قتل 5 أشخاص): the passive reading, with no agent named
            reasons.append(f"{source.mention.text!r} are the victims (passive reading)")
            if target is None:
                target, targets = source, [source]
                source_victims = source
            source = None
            sources = [None]
        if "rev" in frame:
            subjects = [a for a in sources if a is not None]
            source, target = target, source
            targets = subjects
            sources = [source]
            reasons.append("frame rev: the grammatical subject is the counterpart")
        candidates: list[Arg | None] = list(targets) if targets else [target]
        out = []
        tgt: Arg | None
        for src in sources:
            reasons_s = list(reasons)
            if src is not None and src is not source:
                reasons_s.append(f"source {src.mention.text!r} ({src.code}) by {src.how}")
            for tgt in candidates:
                if tgt is not None:
                    reasons_t = [*reasons_s, f"target {tgt.mention.text!r} ({tgt.code}) by {tgt.how}"]
                else:
                    reasons_t = list(reasons_s)
                if not self._enough(rule, entry, src, tgt, verb=not is_noun) and not (
                    # R-UNKNOWN-ATTACKER: force whose attacked party the clause names, with no
                    # attacker named (هجوم استهدف نقطة للجيش، قتل خمسة جنود): source unknown
                    src is None
                    and tgt is not None
                    and root in ("17", "18", "19", "20")
                    and (
                        tgt.how.startswith("owner of the object")
                        # counted victims, with an attack named in the sentence (قتل خمسة جنود في
                        # هجوم): not an accident (قتل 20 شخصا في حادث تصادم)
                        or (
                            tgt is source_victims
                            and tgt.mention.counted
                            and (root == "17" or bool(s.violence_nouns - {m.head}))
                        )
                    )
                ):
                    continue
                if src is not None and tgt is not None and src.mention is tgt.mention:
                    tgt = None
                if src is not None and tgt is not None and src.code == tgt.code and src.mention.country:
                    # an actor towards itself is most often a mis-attached apposition
                    if root not in ("17", "18", "19", "14"):
                        continue
                p = self._finish(
                    doc, s, m, code, src, tgt, reasons_t, first, last, c_lo, c_hi, published, lead_date
                )
                domestic = root in ("14", "17", "18", "19", "20")  # a state's force on its own people
                if p is not None and p.source is not None and p.target is not None and not domestic:
                    sc, tc = p.source.code, p.target.code
                    if tc and tc == p.target.mention.country and tc == p.source.mention.country:
                        # the source's own country (أعرب لافروف عن قلق روسيا): no counterpart
                        p.reasons.append(f"target {p.target.mention.text!r} is the source's own country")
                        p.target = None
                        if not self._enough(rule, entry, p.source, None, verb=not is_noun):
                            continue
                    elif sc == tc:
                        continue  # the same actor (after completing bare agents: الشرطة ... الشرطة)
                out.append(p)
        return [p for p in out if p is not None]

    def _enough(
        self, rule: RootRule, entry: Entry, source: Arg | None, target: Arg | None, verb: bool = True
    ) -> bool:
        needs = rule.needs
        if "need" in entry.frame and not entry.frame["need"]:
            needs = "both" if needs in ("both", "dyadic") else "target"
        if needs == "dyadic":
            # both actors; or a verb whose own subject the clause names (سحبت روسيا قواتها)
            if source is not None and target is not None:
                return True
            return (
                source is not None
                and source.how.startswith(SYNTACTIC_SUBJECT)
                and (verb or source.how.endswith("(light verb)"))
            )
        if needs == "both":
            return source is not None and target is not None
        if needs == "target":
            return target is not None
        if needs == "source":
            return source is not None
        return source is not None or target is not None

    def _discarded(self, s: _Sent, m: TriggerMatch, root: str) -> str | None:
        for d in self.discards:
            if d.roots is not None and root not in d.roots:
                continue
            if d.kind == "opens":
                # the sentence opens with a background marker (ويذكر أن، يشار إلى أن)
                hit = s.rule_hits.get(d.id)
                if hit is None:
                    head = " ".join(n for n in s.norms[:6] if n not in PUNCT_BREAK)
                    hit = s.rule_hits[d.id] = int(any(head == w or head.startswith(w + " ") for w in d.words))
                if hit:
                    return d.id
                continue
            if d.kind == "pluperfect":
                # كان/وكانت (+ subject) (+ قد) before the verb in its clause: told as background
                if m.tense == "past" and m.entry.kind != "noun":  # كان + present is narration
                    k = m.head - 1
                    while k >= 0 and k >= m.head - d.window and not _is_boundary(s.norms[k]):
                        if s.norms[k] in d.words:
                            return d.id
                        k -= 1
                continue
            if d.kind == "followed":
                # a trigger word followed by a word that makes it another word (فجر السبت: dawn)
                nxt = s.norms[m.end] if m.end < len(s.norms) else ""
                if f"{_strip_conj(s.norms[m.head])}>{nxt}" in d.words:
                    return d.id
                continue
            if d.kind == "sentence":
                # window = how many distinct words of the rule the sentence needs (0 means 1);
                # one is enough in an article that has three or more of them (a sports report)
                hits = s.rule_hits.get(d.id)
                if hits is None:
                    if s.norm_set is None:
                        s.norm_set = set(s.norms)
                    hits = s.rule_hits[d.id] = len(s.norm_set & d.words)
                need = 1 if self._doc_rule_hits.get(d.id, 0) >= 3 else max(1, d.window)
                if hits >= need:
                    return d.id
            else:
                lo = max(0, m.start - d.window)
                hi = min(len(s.norms), m.end + d.window)
                for k in range(lo, hi):
                    if k in (m.parts or ()):
                        continue
                    if s.norms[k] in d.words or {r.form for r in readings(s.norms[k])} & d.words:
                        return d.id
        return None

    # -- arguments ------------------------------------------------------------------------
    def _arguments(
        self,
        s: _Sent,
        m: TriggerMatch,
        entry: Entry,
        rule: RootRule,
        first: int,
        last: int,
        c_lo: int,
        c_hi: int,
        previous_source: Arg | None,
    ) -> tuple[Arg | None, Arg | None, list[Arg]]:
        frame = entry.frame
        preps = frame.get("t", rule.target_preps) if "t" in frame else rule.target_preps
        need = frame.get("need") or ()
        code = entry.code or ""
        is_noun = m.tense == "noun" or entry.kind == "noun" or _read_as_noun(s, m)
        gen_is_target = "gen" in frame and "t" in (frame.get("gen") or ())
        head_form = s.norms[m.head][len(m.prefix) :] if m.head == m.start else s.norms[m.head]
        # R-WE: a first-person plural present (ونطالب بإطلاق سراحه، ندعو X إلى) has the speaker as
        # its subject: no mention before or after it in the clause is
        we = not is_noun and m.tense == "present" and head_form.startswith("ن") and len(head_form) > 3
        source: Arg | None = None
        target: Arg | None = None
        targets: list[Arg] = []

        # passive agent: من قبل / على يد X
        agent = next(
            (
                x
                for x in _mentions_in(s, last, min(len(s.norms), last + PREP_WINDOW))
                if x.prep == "agent" and x.is_actor
            ),
            None,
        )
        used: set[int] = set()
        if agent is not None:
            source = Arg(agent, "passive agent (من قبل / على يد)")
            used.add(id(agent))

        if m.tense == "participle" and source is None:
            # a circumstantial participle (قال قرقاش ...، مطالبا الدول الأوروبية بـ): its subject
            # is the subject of the sentence's main verb; what follows is its object
            x = _main_subject(s, first)
            if x is not None:
                source = Arg(x, "subject of the main verb (circumstantial participle)")
                used.add(id(x))
            elif previous_source is not None:
                source = Arg(
                    previous_source.mention, "subject carried over from the previous event of the sentence"
                )
                used.add(id(previous_source.mention))
        # subject (and object) inside a pattern's gap (فرضت الحكومة عقوبات، اتهمت طهران الرياض بـ);
        # with a topic before the verb (وكانت كينيا تتهم أوغندا بـ) the gap holds the object only
        if len(m.parts) > 1 and source is None and not is_noun:
            x = _topic_before(s, first, c_lo)
            if x is not None:
                source = Arg(x, "subject before the verb (topic before a pattern)")
                used.add(id(x))
        if len(m.parts) > 1:
            own = set(m.parts)
            inside = [
                x
                for x in s.mentions
                if first < x.i < last and x.is_actor and not own.intersection(range(x.i, x.j))
            ]
            # an actor named by the pattern's own words (تفرق المحتجين، قمع المتظاهرين) is its patient
            named = next(
                (x for x in s.mentions if x.is_actor and x.i > first and own.intersection(range(x.i, x.j))),
                None,
            )
            if named is not None and "own" not in frame:
                inside.insert(0, named)  # the pattern names its agent (أدانت المحكمة)
            elif named is not None:
                target = Arg(named, "named in the trigger pattern")
                used.add(id(named))
            for x in inside:
                if x.prep:
                    if target is None and (x.prep in preps or x.prep in need):
                        target = Arg(x, f"object of the preposition {x.prep} inside the pattern")
                        used.add(id(x))
                    continue
                b_after = x.j < len(s.norms) and s.procl[x.j].replace("و", "").startswith("ب")
                if source is None and is_noun and b_after and target is None:
                    # اتهام أوغندا بدعم ...: the genitive with a بـ complement is the accused
                    target = Arg(x, "genitive inside the pattern (patient)")
                    used.add(id(x))
                elif source is None and we and target is None:
                    target = Arg(x, "object inside the pattern (the subject is the speaker, R-WE)")
                    used.add(id(x))
                elif source is None and not we:
                    source = Arg(x, "subject inside the pattern (VSO)")
                    used.add(id(x))
                elif s.procl[x.i].startswith("و") and any(y.j == x.i for y in inside) and target is None:
                    continue  # coordinated with the subject: a co-subject (قطعت السعودية والبحرين)
                elif target is None and not gen_is_target:
                    target = Arg(x, "object inside the pattern")
                    used.add(id(x))
            if source is None:
                member = next((x for x in inside if x.prep == "من"), None)
                if member is not None:
                    source = Arg(member, "member of (من) inside the pattern")
                    used.add(id(member))

        if is_noun and source is None:
            # genitive right after the noun (زيارة الأسد), or a nisba adjective (غارات إسرائيلية)
            g = s.first_mention_at.get(last)
            if g is None and last + 1 < len(s.norms) and s.norms[last].isdigit():
                g = s.first_mention_at.get(last + 1)  # a number before the genitive (اعتقال 21 فلسطينيا)
            # a genitive followed by a بـ complement is the patient (لاتهام روسيا بعرقلة ...,
            # مطالبة إيران بوقف ...): the agent would come first (اتهام بريطانيا روسيا بـ)
            b_after = g is not None and g.j < len(s.norms) and s.procl[g.j].replace("و", "").startswith("ب")
            if g is not None and not g.prep and g.is_actor and id(g) not in used:
                if gen_is_target or (b_after and "ب" in preps):
                    target = Arg(g, "genitive of the verbal noun (patient)")
                else:
                    source = Arg(g, "genitive of the verbal noun (agent)")
                used.add(id(g))
            if source is None:
                # the subject of the verb that governs the noun (شكلت الأمم المتحدة لجنة تحقيق);
                # a time word set off by commas and a light noun may stand between (قررت النيابة،
                # الاثنين، تجديد حبس ...)
                k = first
                while k > 0 and (
                    _strip_conj(s.norms[k - 1]) in VSO_GAP_WORDS or _strip_conj(s.norms[k - 1]) in LIGHT_NOUNS
                ):
                    k -= 1
                lo_g = _clause(s, k, k + 1)[0] if k < first else c_lo
                before = _mentions_in(s, max(lo_g, k - 6), k)
                if before and any(
                    max(lo_g, before[-1].i - 3) <= h < first
                    # R-GOVERNOR-TITLE: the verb before a subject in apposition (طالب رئيس الوزراء
                    # الصيني، لي كه تشيانغ، بفرض عقوبات): only the title, commas and names between
                    or (
                        before[-1].i - 10 <= h < before[-1].i
                        and all(
                            _vso_gap_ok(s.norms[t]) or any(y.i <= t < y.j for y in before)
                            for t in range(h + 1, before[-1].i)
                        )
                    )
                    for h in s.trigger_heads
                ):
                    before = []  # the governing verb is an event of its own (أدانت حماس الضربة):
                    # the noun is what it is about, not an act of its subject
                while before and before[-1].prep == "في":
                    before = before[:-1]  # a place adjunct of the subject (نيابة أمن الدولة في مصر)
                if before and before[-1].is_actor and not before[-1].prep and id(before[-1]) not in used:
                    x = before[-1]
                    if (
                        len(before) > 1
                        and s.procl[x.i].startswith("و")
                        and before[-2].j == x.i
                        and before[-2].is_actor
                    ):
                        # coordinated subjects (أجرت روسيا وإيران مناورات): the first is the source
                        if "sym" in frame and target is None:
                            target = Arg(x, "coordinated second party")
                            used.add(id(x))
                        x = before[-2]
                    # a light verb right before its subject and the noun (أرسلت الولايات المتحدة
                    # تعزيزات، أعلنت الحكومة حالة الطوارئ): the clause names the subject itself
                    light = before[-1].j == k and before[-1].i - 1 >= lo_g and x.i - 1 >= lo_g
                    how = "subject of the governing verb" + (" (light verb)" if light else "")
                    source = Arg(x, how)
                    used.add(id(x))
        if (
            is_noun
            and source is None
            and target is not None
            and m.head >= 2
            and _strip_conj(s.norms[m.head - 1]) == "في"
            and s.norms[m.head - 2] in KANA_FORMS
        ):
            # R-KANA-FI: كان في استقبال X Y (Y was there to receive X): the name after the
            # genitive is the agent
            for x in _mentions_in(s, target.mention.j, min(len(s.norms), target.mention.j + 8)):
                if x.is_actor and not x.prep and id(x) not in used:
                    source = Arg(x, "subject of كان في + verbal noun (R-KANA-FI)")
                    used.add(id(x))
                    break
        if is_noun and source is None:
            # R-LAUNCHED-BY: a relative verb of launching with a pronoun for the noun (هجوم شنه
            # مسلحون، الغارة التي نفذتها طائرات إسرائيلية): its subject is the noun's agent
            for k in range(last, min(len(s.norms), last + 4)):
                if _strip_conj(s.norms[k]) not in LAUNCH_VERBS:
                    continue
                x = s.first_mention_at.get(k + 1)
                if x is not None and x.is_actor and not x.prep and id(x) not in used:
                    source = Arg(x, "subject of the verb that launched it (R-LAUNCHED-BY)")
                    used.add(id(x))
                break
        vso_ok = m.number not in ("p", "d") and m.tense != "participle"
        if not m.suffix and _after_relative(s, first) and "obj" not in frame:
            vso_ok = False  # الدعوات التي طالبت جونسون: the antecedent is the subject, the name the object
        if not is_noun and source is None:
            # a topic right before the verb after إن/أن or at the clause's start (أن الشرطة اعتقلت
            # مسلحين): the subject; what follows the verb is then its object
            x = _topic_before(s, first, c_lo)
            if x is not None and id(x) not in used:
                source = Arg(x, "subject before the verb (topic after the complementizer)")
                used.add(id(x))
        if not is_noun and source is None and not m.suffix:
            # right after a relative pronoun, a verb without an object pronoun has the antecedent
            # as its subject (موانغي الذي زار تنزانيا); with one (التي شنتها الولايات المتحدة)
            # the subject follows the verb
            x = _relative_antecedent(s, first)
            if x is not None and id(x) not in used:
                source = Arg(x, "subject: antecedent of the relative clause")
                used.add(id(x))
        # R-PASSIVE-A: a present first-person singular form before a name (أدين آرييه درعي، أقيل
        # الوزير) is in news the unvocalized passive past (أُدين، أُقيل): the name is the patient
        passive_first = (
            m.tense == "present" and m.number == "s" and head_form.startswith("ا") and "س" not in m.prefix
        )
        # R-RESUMPTIVE: a verb followed by a preposition with a pronoun for the noun before it
        # (إضرابات دعت إليها النقابات، الاحتجاجات التي دعت إليها المعارضة) is a relative clause
        # on that noun: its subject follows, and no mention before the verb is its subject
        resumptive = not is_noun and last < len(s.norms) and _strip_conj(s.norms[last]) in RESUMPTIVES
        if resumptive:
            vso_ok = m.number not in ("p", "d") and m.tense != "participle"  # التي دعت إليها X
        if not is_noun and source is None and vso_ok and not we:
            # VSO: the first mention after the verb, not governed by a preposition
            for x in [x for x in s.mentions if last <= x.i < min(c_hi, last + 9)]:
                # only adverbs of time and manner may stand between the verb and its subject
                if any(
                    not (_vso_gap_ok(s.norms[k]) or (code[:2] == "14" and _is_count(s.norms[k])))
                    for k in range(last + int(resumptive), x.i)
                ):
                    # R-COUNTED-PROTESTERS: a count before the subject of an intransitive protest
                    # verb (تظاهر مئات الكينيين) is part of it
                    break
                if x.is_actor and not x.prep and passive_first and x.i == last:
                    if target is None:
                        target = Arg(x, "patient of a passive verb (R-PASSIVE-A)")
                    used.add(id(x))
                    break
                if x.is_actor and not x.prep and s.procl[x.i].startswith("و") and x.i == last:
                    break  # R-VSO-CONJ: والمحكمة right after the verb opens a clause of its own
                if x.is_actor and not x.prep:
                    source = Arg(x, "subject after the verb (VSO)")
                    used.add(id(x))
                    break
                if x.prep:
                    break
        if not is_noun and source is None and not resumptive and not we:
            if source is None:
                # SVO: the nearest mention before the verb in its clause; R-EVNOUN: an attack
                # noun right before the verb is its subject (في هجوم بسيارة مفخخة استهدف ...),
                # so no actor before it is
                lo_svo = c_lo
                if not m.suffix:
                    nouns = [h for h in s.violence_nouns if max(c_lo, first - 4) <= h < first]
                    if nouns and not _mentions_in(s, max(nouns), first):
                        lo_svo = first
                for x in reversed(_mentions_in(s, lo_svo, first)):
                    if x.is_actor and not x.prep:
                        source = Arg(x, "subject before the verb (SVO)")
                        used.add(id(x))
                        break
            if source is None:
                # a verb right after a relative pronoun whose antecedent is an actor (كوشنير
                # وغرينبلات اللذان توجها إلى الأردن): the antecedent is the subject
                x = _relative_antecedent(s, first)
                if x is not None and id(x) not in used:
                    source = Arg(x, "subject: antecedent of the relative clause")
                    used.add(id(x))
        definite = (
            "ال" in m.prefix
            or "ال" in s.procl[m.head]
            or _strip_conj(s.norms[m.head]).startswith(("ال", "لل"))
        )
        if is_noun and source is None and target is None and last < len(s.norms) and not definite:
            iso = _nisba_country(s.norms[last])
            if iso is not None:
                tok = s.tokens[last]
                nis = Mention(
                    last,
                    last + 1,
                    tok.start,
                    tok.end,
                    tok.text,
                    iso,
                    iso,
                    None,
                    None,
                    "nisba adjective",
                    0.8,
                    None,
                    True,
                )
                source = Arg(nis, "nisba adjective after the verbal noun")
        speaker = self._speaker(s, first) if not is_noun or "speech" in frame else None
        if speaker is None and we:
            speaker = self._quote_speaker(s, first)
        if speaker is not None:
            if source is None:
                source = Arg(speaker, "speaker of the reported clause")
                used.add(id(speaker))
            elif (
                source.mention.country
                and source.mention.country == speaker.country
                and len(speaker.code or "") > len(source.code or "")
                and source.how.startswith("subject before")
            ):
                source = Arg(
                    speaker,
                    f"speaker of the reported clause (subject {source.mention.text!r} is the speaker's country)",
                )
                used.add(id(speaker))
        if (
            source is None
            and previous_source is not None
            and not is_noun
            and previous_source.mention.i < first
            and not _in_relative_clause(s, first)
            and not resumptive
            and not we
        ):
            source = Arg(
                previous_source.mention, "subject carried over from the previous event of the sentence"
            )

        # coordinated subjects (شنت الولايات المتحدة وبريطانيا وفرنسا ضربة): each is a source;
        # in a symmetric frame with no other party (بحث الأسد وبوتين) the second is the target
        co: list[Mention] = []
        if source is not None and source.how.startswith(("subject", "passive")):
            co = _coordinated(s, source.mention)
            used.update(id(x) for x in co)
        obj_from = co[-1].j if co and co[-1].i >= last else None

        place_ok = code in VISIT_CODES or code[:2] in PLACE_TARGET_ROOTS
        # actors first; a place stands for its country only when no actor is the target
        for allow_place in (False, True):
            if target is not None:
                break
            if allow_place and not place_ok:
                break
            # a place inside a pattern's gap (وصل وفد حماس إلى القاهرة في زيارة): searched from the
            # verb on when places are allowed
            start = first + 1 if allow_place and len(m.parts) > 1 else last
            target = self._prep_target(
                s, start, preps, need, used, allow_place, code[:2] in PLACE_TARGET_ROOTS
            )
            if target is not None and target.mention.prep == "بين" and source is None:
                nxt = s.first_mention_at.get(target.mention.j)
                if nxt is not None and nxt.is_actor and s.procl[nxt.i].startswith("و"):
                    source, target = target, Arg(nxt, "second party after بين")
            if target is None and "noobj" not in frame and not is_noun:
                target = self._direct_object(
                    s, last, source, used, allow_place, obj_from, code[:2] in PLACE_TARGET_ROOTS
                )
        if target is None and code[:2] in ("17", "18") and not is_noun:
            target = _counted_members(s, source.mention.j if source is not None and source.mention.i >= last else last)
        if co and "sym" in frame and target is None and source is not None and co[0].code != source.code:
            target = Arg(co[0], "coordinated second party")
            co = co[1:]
        if target is None and code[:2] in NISBA_OBJECT_ROOTS:
            # the object noun's nisba names whose act is condemned, welcomed or rejected (يندد
            # بالاعتداء الروسي، رفض المقترح الأمريكي، أشاد بالموقف المصري)
            after = source.mention.j if source is not None and source.mention.i >= last else last
            target = _object_nisba(s, max(after, obj_from or 0), c_hi)
        if source is not None and co:
            source.co = [Arg(x, f"coordinated with {source.how}") for x in co]
        if target is not None:
            targets = [target]
            # coordinated targets: بالرئيسين الإيراني والتركي
            cur = target.mention
            while True:
                nxt = s.first_mention_at.get(cur.j)
                if nxt is None or not s.procl[nxt.i].startswith("و") or not nxt.is_actor:
                    break
                targets.append(Arg(nxt, f"coordinated with {target.how}"))
                cur = nxt
        return source, target, targets

    def _prep_target(
        self,
        s: _Sent,
        last: int,
        preps: tuple[str, ...],
        need: tuple[str, ...],
        used: set[int],
        allow_place: bool,
        owner_ok: bool = False,
    ) -> Arg | None:
        """The first mention after the trigger governed by one of the frame's prepositions."""
        hi = min(len(s.norms), last + PREP_WINDOW)
        for x in _mentions_in(s, last, hi):
            if id(x) in used or x.prep in ("", "agent"):
                continue
            if any(
                s.norms[k] in STRONG_BREAK or _strip_conj(s.norms[k]) in RELATIVES for k in range(last, x.i)
            ):
                return None  # a relative clause belongs to the noun before it, not to the trigger
            if x.prep in preps or x.prep in need:
                if x.is_actor or (allow_place and x.place is not None and x.country):
                    return Arg(x, f"object of the preposition {x.prep}")
            if allow_place and x.prep == "في" and x.place is not None and x.country and not x.is_actor:
                # force against sites in a place (قصف مواقع في غزة، لضرب أهداف في سوريا): the
                # place stands for its country, as the target of a strike on it does
                return Arg(x, "place of the force (في)")
            if x.prep == "ل" and x.is_actor and x.i > 0 and _strip_conj(s.norms[x.i - 1]) in AFFILIATION:
                # ضد مواقع تابعة للحكومة السورية: the owner of the sites is the target
                return Arg(x, "owner of the object (تابعة لـ)")
            if x.prep == "ل" and x.is_actor and owner_ok:
                # R-OWNER: force on a thing of an actor (على نقطة تفتيش للجيش): its owner
                k = next(
                    (k for k in range(x.i - 1, max(last, x.i - 4) - 1, -1) if _strip_conj(s.norms[k]) in preps),
                    None,
                )
                if k is not None and k + 1 < x.i and not _mentions_in(s, k + 1, x.i):
                    return Arg(x, "owner of the object (لـ)")
        return None

    def _direct_object(
        self,
        s: _Sent,
        last: int,
        source: Arg | None,
        used: set[int],
        allow_place: bool,
        after: int | None = None,
        owner_ok: bool = False,
    ) -> Arg | None:
        """The first mention without a preposition after the verb (and after a VSO subject and
        its coordinated co-subjects, ``after``)."""
        lo = last
        if source is not None and source.mention.i >= last:
            lo = source.mention.j
        if after is not None:
            lo = max(lo, after)
        for x in _mentions_in(s, lo, min(len(s.norms), lo + OBJ_WINDOW)):
            if id(x) in used:
                continue
            between = s.norms[lo : x.i]
            if any(n in PUNCT_BREAK for n in between):
                # commas may set off a time word and a title (استقبل الملك، الثلاثاء، الرئيس
                # المصري عبدالفتاح السيسي), nothing else
                if any(n in PUNCT_BREAK and n not in ("،", ",") for n in between) or not all(
                    _vso_gap_ok(n) for n in between
                ):
                    return None
            if x.prep == "ل" and owner_ok and x.is_actor and 1 <= x.i - lo <= 3 and not any(
                n in PUNCT_BREAK for n in between
            ):
                # R-OWNER: force against a thing of an actor (استهدف نقطة تفتيش للجيش): its owner
                return Arg(x, "owner of the object (لـ)")
            if x.prep:
                continue
            if x.is_actor or (allow_place and x.place is not None and x.country):
                return Arg(x, "direct object")
        return None

    def _speaker(self, s: _Sent, first: int) -> Mention | None:
        """The subject of a reporting verb whose complement (إن/أن ...) contains token ``first``."""
        k = first - 1
        comp = None
        while k >= 0:
            n = _strip_conj(s.norms[k])
            if n in STRONG_BREAK:
                return None
            if comp is None and n in COMPLEMENTIZERS:
                comp = k
            elif comp is not None and _is_speech(s.norms[k]):
                # VSO: subject between the verb and the complementizer; SVO: before the verb
                for x in _mentions_in(s, k + 1, comp):
                    if x.is_actor and not x.prep:
                        return x
                lo, _ = _clause(s, k, k + 1)
                for x in reversed(_mentions_in(s, lo, k)):
                    if x.is_actor and not x.prep:
                        return x
                return None
            k -= 1
        return None

    def _quote_speaker(self, s: _Sent, first: int) -> Mention | None:
        """R-WE: the speaker of a quotation that contains token ``first`` (قال بيان لوزارة الخارجية
        الإيرانية "... ونطالب ..."): the first actor between the reporting verb and the quote mark,
        bare or after a statement noun (بيان لـ)."""
        k = first - 1
        while k >= 0 and s.norms[k] not in QUOTE_OPEN:
            if s.norms[k] in STRONG_BREAK:
                return None
            k -= 1
        q = k
        k -= 1
        while k >= 0 and q - k <= 10:
            if s.norms[k] in STRONG_BREAK:
                return None
            if _is_speech(s.norms[k]):
                for x in _mentions_in(s, k + 1, q):
                    if x.is_actor and x.prep in ("", "ل"):
                        return x
                return None
            k -= 1
        return None

    # -- the rest of the event --------------------------------------------------------------
    def _finish(
        self,
        doc: Document,
        s: _Sent,
        m: TriggerMatch,
        code: str,
        source: Arg | None,
        target: Arg | None,
        reasons: list[str],
        first: int,
        last: int,
        c_lo: int,
        c_hi: int,
        published: date | None,
        lead_date: DateExpr | None,
    ) -> Proposal | None:
        toks = s.tokens
        t_start, t_end = _trigger_span(m, toks)
        trigger = (t_start, t_end, doc.text[t_start:t_end])
        location = self._location(s, c_lo, c_hi, code, target, source, first, last)
        if location is not None:
            reasons.append(f"location {location.text!r}")
        source = _complete_country(source, location, self._home, c_lo, c_hi, reasons)
        domestic_src = (
            source.mention.country
            if source is not None and (source.code or "").endswith(DOMESTIC_AGENT_ROLES)
            else None
        )
        target = _complete_country(target, location, self._home, c_lo, c_hi, reasons, domestic_src)
        modality, cue = self._modality(doc, s, m, first, last, c_lo, c_hi)
        lead = lead_date if modality in ("asserted", "negated", "reported_claim") else None
        value, date_reason = _event_date(doc, t_start, t_end, lead, s)
        if value is not None and published is not None and _is_background(value, published):
            # an earlier month or year is background when it dates the trigger's own clause (a
            # date in another clause of the sentence, الذي جمد ... في كانون الأول, may not)
            if _date_is_own(doc, s, first, last, value) or _is_background(value, published, days=365):
                return None
        conf = _confidence(m, source, target, first, last)
        return Proposal(
            code=code,
            rule=m.entry.id,
            kind=m.entry.kind,
            source=source,
            target=target,
            location=location,
            date=value,
            date_reason=date_reason,
            modality=modality,
            modality_cue=cue,
            trigger=trigger,
            sentence=(s.start, s.end),
            confidence=conf,
            reasons=reasons,
            sym="sym" in m.entry.frame,
        )

    def _location(
        self,
        s: _Sent,
        c_lo: int,
        c_hi: int,
        code: str,
        target: Arg | None,
        source: Arg | None,
        first: int = -1,
        last: int = -1,
    ) -> Mention | None:
        """The place of the event: the visit's target place, else a place in the clause (or one
        introduced as a place in the sentence); an argument, a dateline, or a place that names a
        process or an agreement (عملية أستانة، اتفاق أوسلو) is not the location."""
        if target is not None and target.mention.place is not None and code in VISIT_CODES:
            return target.mention
        args = {id(a.mention) for a in (source, target) if a is not None}
        args |= {id(x) for x in s.mentions if x.place is not None and _names_a_process(s, x, first, last)}

        def cue(x: Mention) -> bool:
            return x.prep in ("في", "ب") or (x.i > 0 and _strip_conj(s.norms[x.i - 1]) in PLACE_NOUNS)

        places = [
            x
            for x in s.mentions
            if x.place is not None
            and id(x) not in args
            and not _is_dateline(s, x)
            and (cue(x) or not x.is_actor)
        ]
        if not places:
            return None

        def rank(x: Mention) -> tuple[int, int, int]:
            in_clause = c_lo <= x.i and x.j <= c_hi
            return (0 if in_clause else 1, 0 if cue(x) else 1, x.i)

        best = min(places, key=rank)
        r = rank(best)
        if r[0] == 1 and r[1] == 1:
            return None  # neither in the clause nor introduced as a place
        return best

    def _modality(
        self, doc: Document, s: _Sent, m: TriggerMatch, first: int, last: int, c_lo: int, c_hi: int
    ) -> tuple[str, tuple[int, int, str] | None]:
        """The event's modality and the span of its cue (the strongest cue wins: negated,
        hypothetical, future, reported claim)."""
        found: list[tuple[int, str, int, int]] = []
        if m.future_prefix:
            found.append((MODALITY_ORDER["future"], "future", m.head, m.head + 1))
        p_lo = first  # the clause before the trigger, crossing a complementizer but not punctuation
        while p_lo > 0 and s.norms[p_lo - 1] not in PUNCT_BREAK:
            p_lo -= 1
        index = self.cue_index
        n = len(s.norms)
        for k in range(0, min(n, last + self.max_after)):
            if first <= k < last:
                continue
            tok = s.norms[k]
            cands = index.get(tok) or index.get(_strip_conj(tok)) if tok else None
            if not cands and len(tok) > 2 and tok[0] in "وف":
                cands = index.get(tok[1:])  # ولم، فلن، ولا
            if not cands:
                continue
            for cue in cands:
                w = cue.words
                if cue.scope == "before":
                    ok = k >= max(p_lo, first - cue.window - len(w) + 1) and k + len(w) <= first
                elif cue.scope == "after":
                    ok = last <= k < min(c_hi, last + cue.window)
                else:
                    ok = k + len(w) <= first
                if not ok or k + len(w) > n:
                    continue
                if all(
                    _strip_conj(s.norms[k + q]) == w[q] or s.norms[k + q] == w[q] for q in range(1, len(w))
                ):
                    found.append((MODALITY_ORDER[cue.modality], cue.modality, k, k + len(w)))
        if not found:
            return "asserted", None
        _, mod, a, b = min(found)
        start, end = s.tokens[a].start, s.tokens[b - 1].end
        return mod, (start, end, doc.text[start:end])


# roots whose source is never a medium (material acts: aid, yielding, posture, coercion, force)
MEDIA_NOT_AGENT = frozenset({"06", "07", "08", "15", "16", "17", "18", "19", "20"})
# agents that act abroad as well as at home: their country is the article's before the event's place
PROJECTING_AGENTS = frozenset({"MIL", "GOV", "SPY"})


def _complete_country(
    arg: Arg | None,
    location: Mention | None,
    home: str | None,
    c_lo: int,
    c_hi: int,
    reasons: list[str],
    agent_country: str | None = None,
) -> Arg | None:
    """A bare agent noun (الشرطة، قوات الأمن، المتظاهرون) takes a country from the context: the
    place of the event in its clause (police, courts, protesters act where the event is), else the
    article's main country; armies, governments and intelligence services act abroad too, so for
    them the article's country comes first."""
    if arg is None or not arg.mention.bare:
        return arg
    m = arg.mention
    agent = m.code or ""
    here = location.country if location is not None and c_lo <= location.i < c_hi else None
    order = [(here, "the event's place"), (home, "the article's main country")]
    if agent in PROJECTING_AGENTS:
        order.reverse()
    if agent_country:
        # R-DOMESTIC-PATIENT: the people a police force or court acts on (اعتقلت الشرطة التونسية
        # عشرين متظاهرا) are in the agent's own country
        order.insert(1, (agent_country, "the domestic agent that acts on them"))
    for iso, why in order:
        if iso:
            done = replace(m, code=iso + agent, country=iso, reason=f"{m.reason}; country {iso} from {why}")
            done.bare = False
            reasons.append(f"{m.text!r} ({agent}) is {iso + agent}: country from {why}")
            return Arg(done, arg.how)
    return arg


def home_country(doc: Document) -> str | None:
    """The country the article is most about: the most frequent country of its actors and
    places (the title counts twice; the dateline not at all); ties go to the first named."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    ts = doc.title_span
    dateline_end = _dateline_end(doc)
    for e in doc.entities:
        if e.start < dateline_end:
            continue
        a = e.actor
        if a is not None and a.kind != "persons" and (a.country or (a.code and a.kind != "agent")):
            iso = a.country or ""
        elif e.place is not None and e.place.country:
            iso = e.place.country
        else:
            continue
        if len(iso) != 3 or iso in ("IGO", "NGO", "IMG", "MNC"):
            continue
        w = 2 if ts is not None and e.start < ts[1] else 1
        counts[iso] = counts.get(iso, 0) + w
        first.setdefault(iso, e.start)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


def _dateline_end(doc: Document) -> int:
    """End of the dateline (``دمشق - ``, ``لندن، المملكة المتحدة (CNN)--``) that opens the body, or
    the body's start when there is none."""
    ts = doc.title_span
    start = 0
    if ts is not None:
        start = ts[1]
        while start < len(doc.text) and doc.text[start] in "\n\r \t":
            start += 1
    head = doc.text[start : start + 80]
    for mark in (" - ", " – ", " — ", "(", "-- ", ":"):
        k = head.find(mark)
        if 0 < k <= 60:
            return start + k
    return start


def _coordinated(s: _Sent, m: Mention) -> list[Mention]:
    """Actor mentions coordinated with ``m`` by و right after it (الولايات المتحدة وبريطانيا
    وفرنسا), or, when ``m`` is itself the last of such a chain before a verb, the ones before it."""
    out: list[Mention] = []
    cur = m
    while s.procl[cur.i].startswith("و"):
        prev = next((x for x in s.mentions if x.j == cur.i and x.is_actor and not x.prep), None)
        if prev is None:
            break
        out.insert(0, prev)
        cur = prev
    cur = m
    while True:
        nxt = s.first_mention_at.get(cur.j)
        if nxt is None or not nxt.is_actor or not s.procl[nxt.i].startswith("و"):
            break
        out.append(nxt)
        cur = nxt
    return out


def _topic_before(s: _Sent, first: int, c_lo: int) -> Mention | None:
    """An actor mention that ends right before the verb (``قد`` and time words may stand between)
    and opens its clause or follows إن/أن: the subject of an SVO clause."""
    k = first
    while k > c_lo and _strip_conj(s.norms[k - 1]) in ("قد", "لقد", "امس", "اليوم"):
        k -= 1
    x = next((x for x in s.mentions if x.j == k and x.is_actor and not x.prep), None)
    if x is None:
        return None
    if x.i == c_lo or x.i == 0:
        return x
    before = _strip_conj(s.norms[x.i - 1])
    if before in COMPLEMENTIZERS or before in ("ان", "بان", "لان") or before in KANA_FORMS:
        return x  # أن الشرطة اعتقلت، وكانت كينيا تتهم
    return None


def _is_victims(m: Mention) -> bool:
    """Counted people, civilians or citizens (not protesters, who act): the victims of violence;
    R-COUNTED: any counted group (قتل خمسة جنود مصريين) is the victim of a verb of violence, the
    passive reading the unvocalized verb leaves open (an agent is named, not counted)."""
    r = m.reason
    return (
        m.counted
        or r.startswith("people:")
        or any(k in r for k in ("(persons)", "(civilians)", "(citizens)"))
    )


# reactions to another's act or policy, whose object noun may carry the actor as a nisba
NISBA_OBJECT_ROOTS = frozenset({"05", "11", "12", "16"})


def _object_nisba(s: _Sent, last: int, c_hi: int) -> Arg | None:
    """A noun phrase right after the trigger (or after its preposition) that ends in a definite
    nisba adjective (بالاعتداء الروسي، مشروع القرار الكويتي): the country of the adjective, as a
    mention over the adjective."""
    k = last
    hi = min(c_hi, len(s.norms))
    if k < hi and s.norms[k] in PREP_WORDS:
        k += 1
    covered = {i for m in s.mentions for i in range(m.i, m.j)}
    for q in range(k + 1, min(hi, k + 3)):
        words = s.norms[k:q]
        if any(w in PUNCT_BREAK or w in PREP_WORDS or i in covered for i, w in enumerate(words, k)):
            return None
        adj = s.norms[q]
        if q in covered or not adj.startswith("ال"):
            continue
        iso = _nisba_country(adj)
        if iso is None:
            continue
        if not _strip_conj(s.norms[q - 1]).lstrip("بل").startswith("ال"):
            return None  # the adjective agrees with a definite noun
        tok = s.tokens[q]
        nis = Mention(
            q, q + 1, tok.start, tok.end, tok.text, iso, iso, None, None, "nisba adjective", 0.7, None, True
        )
        return Arg(nis, "nisba adjective of the object (the actor whose act it is)")
    return None


def _main_subject(s: _Sent, first: int) -> Mention | None:
    """The subject of the first reporting verb of the sentence before ``first``: the actor right
    after it (titles and time words may stand between), else the one right before it."""
    for k in range(first):
        if not _is_speech(s.norms[k]):
            continue
        for x in s.mentions:
            if x.i > k and x.i < first and x.is_actor and not x.prep:
                if all(_vso_gap_ok(s.norms[q]) for q in range(k + 1, x.i)):
                    return x
                break
        before = [x for x in s.mentions if x.j <= k and x.is_actor and not x.prep]
        return before[-1] if before and before[-1].j >= k - 1 else None
    return None


def _after_relative(s: _Sent, first: int) -> bool:
    k = first - 1
    while k >= 0 and _strip_conj(s.norms[k]) in ("قد", "لقد", "امس", "اليوم"):
        k -= 1
    return k >= 0 and _strip_conj(s.norms[k]) in RELATIVES


def _relative_antecedent(s: _Sent, first: int) -> Mention | None:
    k = first - 1
    while k >= 0 and _strip_conj(s.norms[k]) in ("قد", "لقد", "امس", "اليوم"):
        k -= 1
    if k < 1 or _strip_conj(s.norms[k]) not in RELATIVES:
        return None
    j = k - 1 if s.norms[k - 1] not in ("،", ",") else k - 2
    x = next((x for x in s.mentions if x.j == j + 1 and x.is_actor and not x.prep), None)
    if x is None:
        return None
    co = _coordinated(s, x)  # the relative follows the last of coordinated antecedents
    return co[0] if co and co[0].i < x.i else x


def _in_relative_clause(s: _Sent, first: int) -> bool:
    """The trigger stands in a relative clause (التي قتل فيها): its subject is not the main clause's."""
    k = first - 1
    while k >= 0 and s.norms[k] not in PUNCT_BREAK:
        if _strip_conj(s.norms[k]) in RELATIVES:
            return True
        if _strip_conj(s.norms[k]) in SUBORDINATORS or _strip_conj(s.norms[k]) in COMPLEMENTIZERS:
            return False
        k -= 1
    return False


NOUN_CONTEXT = frozenset(
    {"بعد", "قبل", "عقب", "اثر", "منذ", "خلال", "جراء", "بسبب", "رغم", "حول", "بشان", "ضد"}
)


def _read_as_noun(s: _Sent, m: TriggerMatch) -> bool:
    """A verb form read as its verbal noun: after a preposition (بعد تراجع) or with the article."""
    if "ال" in m.prefix or (m.prefix.endswith(("ب", "ل")) and m.tense == "past"):
        return True
    if m.tense == "past" and m.head > 0:
        prev = _strip_conj(s.norms[m.head - 1])
        return prev in NOUN_CONTEXT or prev in PREP_WORDS
    return False


def _nisba_country(norm: str) -> str | None:
    """The country of a nisba adjective (إسرائيلية -> ISR), from the resolver's table."""
    try:
        from hadath.resolve.tables import nisba_table
    except ImportError:  # pragma: no cover
        return None
    hits = nisba_table().adjectives.get((norm,))
    isos = {h.iso3 for h in hits}
    return isos.pop() if len(isos) == 1 else None


def _is_speech(norm: str) -> bool:
    sf = speech_forms()
    if norm in sf:
        return True
    return any(r.form in sf for r in readings(norm)[1:] if not r.suffix)


def _trigger_span(m: TriggerMatch, toks: list[Token]) -> tuple[int, int]:
    parts = sorted(m.parts or (m.head,))
    if parts[-1] - parts[0] + 1 == len(parts):
        return toks[parts[0]].start, toks[parts[-1]].end
    return toks[m.head].start, toks[m.head].end


# nouns that a place name follows in the name of a process, an agreement or a meeting series
# (عملية أستانة، اتفاق أوسلو، مؤتمر جنيف، مسار سوتشي): the place names the process, it is not
# where the event told in the clause happens; unless that noun is the trigger itself
# (عقدت محادثات جنيف: the talks are in Geneva)
PROCESS_NOUNS = frozenset(
    "عمليه مسار اتفاق اتفاقيه اتفاقات اتفاقيات معاهده مؤتمر مؤتمرات محادثات مفاوضات مباحثات منصه "
    "اعلان بيان تفاهم تفاهمات صيغه منتدي قمه جوله اجتماعات مجموعه نادي".split()
)
PROCESS_PREFIXES = frozenset(
    {"", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وب", "ول", "فب", "فل"}
)


def _names_a_process(s: _Sent, x: Mention, first: int, last: int) -> bool:
    k = x.i - 1
    if k < 0 or first <= k < last:
        return False
    n = s.norms[k]
    return any(n.endswith(noun) and n[: len(n) - len(noun)] in PROCESS_PREFIXES for noun in PROCESS_NOUNS)


VICINITY = frozenset(
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ريف محيط اطراف ضواحي قرب بالقرب مدينه العاصمه".split()
)
PLACE_PREPS = frozenset({"في", "ب", "من", "الي", "عبر", "قرب", "نحو", "باتجاه", "حتي", "داخل", "منذ", "خلال"})


@lru_cache(maxsize=4096)
def _capital_ids() -> frozenset[str]:
    try:
        from hadath.geo.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(p.id for p in load_gazetteer().places if p.fcode == "PPLC")


def _is_capital(p: PlaceRef) -> bool:
    return p.id is not None and p.id in _capital_ids()


def _is_dateline(s: _Sent, x: Mention) -> bool:
    """A place at the very start of a sentence followed by a dash or a colon (دمشق - ...)."""
    if x.i > 1:
        return False
    nxt = s.norms[x.j] if x.j < len(s.norms) else ""
    return nxt in ("-", "–", "—", ":", "(")


def _lead_date(doc: Document) -> DateExpr | None:
    """A resolved day date set in the first two sentences after the title (the lead)."""
    if not doc.dates or not doc.sentences:
        return None
    sents = doc.sentences
    k = 0
    ts = doc.title_span
    if ts is not None:
        while k < len(sents) and sents[k].start < ts[1]:
            k += 1
    lead = sents[k : k + 2]
    if not lead:
        return None
    published = doc.published_date
    for d in doc.dates:
        if lead[0].start <= d.start and d.end <= lead[-1].end and d.value and d.granularity == "day":
            if published is not None and d.value > published.isoformat():
                continue  # a planned date (ستجمع ... الأربعاء) dates nothing that happened
            return d
    return None


def _event_date(
    doc: Document, start: int, end: int, lead_date: DateExpr | None, s: _Sent
) -> tuple[str | None, str]:
    from hadath.dates.stage import governing_date

    d = governing_date(doc, start, end)
    if d is not None and d.value:
        return d.value, f"date {d.text!r} governs the clause or sentence ({d.reason})"
    if d is not None:
        return None, f"date {d.text!r} named but unresolved ({d.reason})"
    if lead_date is not None and lead_date.value:
        return lead_date.value, f"no date in the sentence; the lead sets {lead_date.text!r}"
    return None, "no date in the clause, the sentence or the lead"


BACKGROUND_DAYS = 31


def _date_is_own(doc: Document, s: _Sent, first: int, last: int, value: str) -> bool:
    """A date expression with this value stands in the trigger's own clause: no relative pronoun,
    complementizer, subordinator or strong break between them (commas may set a date off:
    قطعت ... علاقاتها، مع قطر، في 5 حزيران/يونيو الماضي)."""
    starts = [t.start for t in s.tokens]
    for d in doc.dates:
        if d.value != value or d.start < s.start or d.end > s.end:
            continue
        k = max(0, bisect_left(starts, d.start) - (0 if d.start in starts else 1))
        lo, hi = (last, k) if k >= last else (k + 1, first)
        between = [_strip_conj(n) for n in s.norms[lo:hi]]
        if not any(
            n in RELATIVES or n in COMPLEMENTIZERS or n in SUBORDINATORS or n in STRONG_BREAK for n in between
        ):
            return True
    return False


def _is_background(value: str, published: date, days: int = BACKGROUND_DAYS) -> bool:
    """Dated wholly more than a month before publication (an earlier month or year recalled for
    context: في 5 حزيران/يونيو الماضي in a story of the next June): background, not news."""
    import calendar
    from datetime import timedelta

    try:
        parts = [int(x) for x in value.split("-")]
    except ValueError:
        return False
    if not parts:
        return False
    y = parts[0]
    m = parts[1] if len(parts) > 1 else 12
    d = parts[2] if len(parts) > 2 else calendar.monthrange(y, m)[1]
    try:
        last_day = date(y, m, d)
    except ValueError:
        return False
    return last_day < published - timedelta(days=days)


def _confidence(m: TriggerMatch, source: Arg | None, target: Arg | None, first: int, last: int) -> float:
    base = SPEC_BASE.get(m.entry.kind, 0.5)
    base += 0.04 * (len(m.entry.code or "") - 3)
    for arg, weight in ((source, 0.12), (target, 0.1)):
        if arg is None:
            base -= weight
            continue
        x = arg.mention
        dist = x.i - last if x.i >= last else first - x.j
        base -= min(0.15, 0.012 * max(0, dist))
        base -= 0.1 * (1.0 - max(0.0, min(1.0, x.confidence if x.is_actor else 0.6)))
        if arg.how.startswith(("subject carried", "speaker")):
            base -= 0.05
    return round(max(0.05, min(0.99, base)), 3)


def _arg_key(a: Arg | None) -> str:
    return a.code or "" if a is not None else ""


def merge_proposals(props: list[Proposal]) -> list[Proposal]:
    """One event per (source, target, root, date, modality) in an article: the headline and the
    body, or a meeting told twice, merge; the more specific code and the first evidence stay."""
    out: list[Proposal] = []
    index: dict[tuple[str, ...], int] = {}
    # within a sentence, an assault (18) told with a military attack (19) by the same actors is the attack
    by_sent: dict[tuple[int, str, str], set[str]] = {}
    for p in props:
        by_sent.setdefault((p.sentence[0], _arg_key(p.source), _arg_key(p.target)), set()).add(p.code[:2])
    # an assault with no named agent told with an attack on the same target (قتل ثلاثة جنود في هجوم
    # شنه مسلحون على نقطة للجيش) is that attack
    by_target: dict[tuple[int, str], set[str]] = {}
    for p in props:
        by_target.setdefault((p.sentence[0], _arg_key(p.target)), set()).add(p.code[:2])
    for p in props:
        roots = by_sent[(p.sentence[0], _arg_key(p.source), _arg_key(p.target))]
        if p.code[:2] == "18" and "19" in roots:
            continue
        if p.code[:2] == "18" and p.source is None and "19" in by_target[(p.sentence[0], _arg_key(p.target))]:
            continue
        a, b = _arg_key(p.source), _arg_key(p.target)
        if p.sym and b and a > b:
            a, b = b, a
        key = (a, b, p.code[:2], p.date or "", p.modality)
        k = index.get(key)
        if k is None:
            index[key] = len(out)
            out.append(p)
            continue
        q = out[k]
        keep = q
        if (len(p.code), p.confidence) > (len(q.code), q.confidence) and p.code != q.code:
            keep = p
            p.mentions = q.mentions
            p.reasons.append(f"merged with an earlier mention coded {q.code} ({q.rule})")
            out[k] = p
        keep.mentions += 1
        if keep is q:
            q.reasons.append(f"also told at {p.trigger[0]} ({p.rule})")
        keep.confidence = round(min(0.99, keep.confidence + 0.03), 3)
        cameo(keep.code)
    return out
