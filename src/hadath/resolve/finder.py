"""Finding actor mentions in a text: proposals only, nothing is written onto a document.

Input: tokens with their clitic words (raw offsets), optional NER entities and sentences, and
the article's date. Output: ``Mention`` objects, each with an ``ActorRef`` that says why.

Rules, in the order they run (docs/actors.md has the full list):

1. Longest match at each token, among
   * dictionary names (persons, organizations, metonyms; short forms marked safe)    ``dict:``
   * agent noun + nisba adjective or country name (``الجيش السوري``, ``وزير خارجية إيران``):
     a person title (``title:``, with the holder on the date) or a group (``nisba:``)
   * a country name (``روسيا``)                                                    ``country:``
   * a plural nisba standing alone (``الروس``, ``السوريون``)                         ``people:``
   * ``نظيره`` (+ nisba), bare person titles (``الرئيس``) and duals (``الرئيسان``), resolved in 4.
2. Surnames and short forms of actors named in full anywhere in the article (the title
   included, before or after the full name)                                 ``coref:surname->``
3. NER entities no rule covered: short forms of an actor of the article, else a unique short
   form in the dictionary                                                    ``dict-short:``
4. A title right before a person (``الرئيس السوري بشار الأسد``) describes that person: it adds
   no mention of its own and codes a person the dictionary does not know. Bare titles take the
   only holder of that title in play in the article; ``نظيره`` takes the position of the other
   party of the sentence and the country of its adjective; duals take the two holders in play.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from hadath.doc.model import ActorRef
from hadath.resolve.dictionary import ActorDictionary, NameHit
from hadath.resolve.index import TokenForms, name_key, token_forms
from hadath.resolve.records import ActorRecord, Role
from hadath.resolve.tables import (
    PLURAL_FORMS,
    AdjHit,
    Agent,
    AgentTable,
    NisbaTable,
    agent_table,
    nisba_table,
)

# ``نظيره``: the stem after the pronoun suffix is taken off (نظيرته gives نظيره once ة is restored).
COUNTERPART_STEMS = frozenset(name_key("نظير نظيرة نظراء"))
# Duals of person titles: the two holders of that position in play.
DUALS: dict[str, tuple[str, ...]] = {
    k: v
    for forms, v in (
        ("الرئيسان الرئيسين", ("head_of_state",)),
        ("الزعيمان الزعيمين", ("head_of_state", "king", "head_of_government")),
        ("الوزيران الوزيرين", ("foreign_minister", "minister", "defence_minister")),
    )
    for k in name_key(forms)
}
# Construct duals (وزيرا الخارجية الأمريكي والروسي): the two words and the position they name.
DUAL_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    (a, b): v
    for firsts, seconds, v in (
        ("وزيرا وزيري", "الخارجية", ("foreign_minister",)),
        ("وزيرا وزيري", "الدفاع", ("defence_minister",)),
        ("وزيرا وزيري", "الداخلية", ("interior_minister",)),
        ("رئيسا رئيسي", "الوزراء الحكومة", ("head_of_government",)),
    )
    for a in name_key(firsts)
    for b in name_key(seconds)
}
# the title whose holders a dual names, per position
DUAL_AGENTS = {
    "head_of_state": "president",
    "head_of_government": "prime-minister",
    "foreign_minister": "foreign-minister",
    "defence_minister": "defence-minister",
    "interior_minister": "interior-minister",
    "minister": "minister",
}
HEAD_POSITIONS = ("head_of_state", "head_of_government", "king", "crown_prince", "vice_president")
SEPARATORS = frozenset({"،", ",", "-", "–", ":"})
PRIORITY = {
    "dict": 0,
    "title": 1,
    "group": 1,
    "country": 2,
    "people": 3,
    "counterpart": 4,
    "bare_title": 5,
    "dual": 5,
    "agent": 6,
}
PERSON_KINDS = frozenset({"title", "counterpart", "bare_title", "dual", "coref", "apposition"})


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    i: int  # first token
    j: int  # token after the last
    kind: str
    ref: ActorRef | None = None
    person: bool = False
    positions: tuple[str, ...] = ()
    country: str | None = None
    ambiguous: bool = False  # only good to resolve an entity the NER found
    describes: Mention | None = None  # a title right before the person it describes
    then: Mention | None = None  # the mention found with this one (the second nisba of a dual)
    hits: list[str] = field(default_factory=list)

    @property
    def entity_type(self) -> str:
        if self.person:
            return "PER"
        if self.kind == "country":
            return "GPE"
        return "ORG"

    @property
    def adds_entity(self) -> bool:
        return self.ref is not None and self.describes is None and not self.ambiguous


def tokens_from_words(
    items: Sequence[tuple[int, int, str, Sequence[tuple[int, int, str]]]],
) -> list[TokenForms]:
    """TokenForms from ``(start, end, text, words)`` with words as ``(start, end, norm)``."""
    return [token_forms(s, e, t, w) for s, e, t, w in items]


class ActorFinder:
    """Finds actor mentions; holds the dictionary and tables (packaged ones by default)."""

    def __init__(
        self,
        dictionary: ActorDictionary | None = None,
        nisba: NisbaTable | None = None,
        agents: AgentTable | None = None,
    ) -> None:
        self.dictionary = dictionary if dictionary is not None else ActorDictionary.load()
        self.nisba = nisba if nisba is not None else nisba_table()
        self.agents = agents if agents is not None else agent_table()
        self._bare_first = self.agents.bare.first_words()

    # -- refs --------------------------------------------------------------------------------
    def _record_ref(
        self, rec: ActorRecord, on: date | None, prefix: str, confidence: float = 1.0
    ) -> ActorRef:
        choice = self.dictionary.role_on(rec, on)
        role = choice.role.position if choice.role and rec.kind == "person" else None
        return ActorRef(
            id=rec.id,
            code=choice.code,
            name_en=rec.name_en,
            country=rec.country,
            reason=f"{prefix}{rec.id}; {choice.note}",
            confidence=round(min(confidence, choice.confidence), 3),
            role=role,
            kind=rec.kind,
        )

    def _pick(self, hits: Sequence[NameHit], on: date | None) -> tuple[ActorRecord, float] | None:
        """One record among name hits: full names first, then those with a role in force."""
        ids: list[str] = []
        for h in sorted(hits, key=lambda h: h.form != "name"):
            if h.actor_id not in ids:
                ids.append(h.actor_id)
        if not ids:
            return None
        recs = [self.dictionary.records[i] for i in ids]
        if len(recs) == 1:
            return recs[0], 1.0
        if on is not None:
            active = [r for r in recs if any(role.in_force(on) for role in r.roles)]
            if len(active) == 1:
                return active[0], 0.8
            if active:
                recs = active
        return recs[0], 0.5

    def _country_name(self, iso3: str) -> str:
        c = self.nisba.countries.get(iso3)
        return c.name_en if c else iso3

    def _title_ref(self, agent: Agent, iso3: str, on: date | None, how: str) -> tuple[ActorRef, str | None]:
        """A person title with a country: the holder on the date when exactly one is known."""
        when = f"@{on.isoformat()}" if on else " (no date: current holder)"
        pos = agent.positions[0]
        holders = self._holders(agent, iso3, on)
        base = f"{how}:{pos}+{iso3}{when}"
        if len(holders) == 1:
            rec, role = holders[0]
            return (
                ActorRef(
                    rec.id,
                    role.code,
                    rec.name_en,
                    iso3,
                    f"{base} -> {rec.id}",
                    1.0 if on else 0.8,
                    pos,
                    "person",
                ),
                rec.id,
            )
        note = "no holder in the dictionary" if not holders else f"{len(holders)} holders"
        return ActorRef(None, iso3 + agent.code, None, iso3, f"{base} ({note})", 0.9, pos, "agent"), None

    def _holders(self, agent: Agent, iso3: str, on: date | None) -> list[tuple[ActorRecord, Role]]:
        """Holders of the title: by position, or by the title's words when positions disagree.

        A president may be recorded as head of government where another person is head of
        state (Iran); ``title_hint`` finds the holder whose English title names the office.
        """
        if agent.title_hint:
            wide = self.dictionary.holders(agent.positions + HEAD_POSITIONS, iso3, on)
            hint = agent.title_hint
            named = [
                (r, role)
                for r, role in wide
                if (role.title_en or "").lower().removeprefix("acting ").startswith(hint)
            ]
            if len(named) == 1:
                return named
        return self.dictionary.holders(agent.positions, iso3, on)

    # -- pass 1 ------------------------------------------------------------------------------
    def _adjective(
        self, toks: Sequence[TokenForms], j: int, definite: bool | None
    ) -> tuple[int, AdjHit] | None:
        if j >= len(toks):
            return None
        m = self.nisba.adjectives.longest(toks, j, heads=[(toks[j].norm, toks[j].start)])
        if m is None:
            return None
        _, k, hits = m
        for h in hits:
            c = self.nisba.countries[h.iso3]
            if c.ambiguous_adj or c.shared_adj:
                continue
            if definite is None or h.definite == definite:
                return k, h
        return None

    def _agent_candidates(self, toks: Sequence[TokenForms], i: int, on: date | None) -> list[Mention]:
        out: list[Mention] = []
        prev = toks[i - 1].heads[-1][0] if i > 0 else ""
        for start, j, hits in self.agents.forms.matches(toks, i):
            for h in hits:
                agent = self.agents.agents[h.agent_id]
                if prev in agent.not_after:
                    continue
                adj = self._adjective(toks, j, h.definite)
                if adj is not None:
                    k, a = adj
                    out.append(self._agent_mention(toks, agent, a.iso3, start, i, k, on, "nisba"))
                elif agent.is_person:
                    out.append(
                        Mention(
                            start, toks[j - 1].end, i, j, "bare_title", person=True, positions=agent.positions
                        )
                    )
        bare = (
            self.agents.bare.matches(toks, i) if any(f in self._bare_first for f, _ in toks[i].heads) else ()
        )
        for start, j, hits in bare:
            for h in hits:
                agent = self.agents.agents[h.agent_id]
                if prev in agent.not_after:
                    continue
                ref = ActorRef(
                    None,
                    agent.code,
                    None,
                    None,
                    f"agent:{agent.code} ({agent.id}); no country named",
                    0.6,
                    agent.label_en,
                    "agent",
                )
                out.append(Mention(start, toks[j - 1].end, i, j, "agent", ref))
                break
        for start, j, hits in self.agents.construct.matches(toks, i):
            if j >= len(toks):
                continue
            cm = self.nisba.names.longest(toks, j, heads=[(toks[j].norm, toks[j].start)])
            if cm is None:
                continue
            for h in hits:
                agent = self.agents.agents[h.agent_id]
                out.append(self._agent_mention(toks, agent, cm[2][0].iso3, start, i, cm[1], on, "construct"))
        return out

    def _agent_mention(
        self,
        toks: Sequence[TokenForms],
        agent: Agent,
        iso3: str,
        start: int,
        i: int,
        k: int,
        on: date | None,
        how: str,
    ) -> Mention:
        end = toks[k - 1].end
        if agent.is_person:
            ref, _ = self._title_ref(agent, iso3, on, "title" if how == "nisba" else "construct")
            return Mention(
                start, end, i, k, "title", ref, person=True, positions=agent.positions, country=iso3
            )
        reason = f"{how}:{iso3}+{agent.code} ({agent.id})"
        ref = ActorRef(None, iso3 + agent.code, None, iso3, reason, 0.9, agent.label_en, "agent")
        return Mention(start, end, i, k, "group", ref, country=iso3)

    def _candidates(self, toks: Sequence[TokenForms], i: int, on: date | None) -> list[Mention]:
        out: list[Mention] = []
        m = self.dictionary.names.longest(toks, i)
        if m is not None:
            start, j, hits = m
            picked = self._pick(hits, on)
            if picked is not None:
                rec, conf = picked
                meto = rec.origin.startswith("metonyms")
                ref = self._record_ref(rec, on, "metonym:" if meto else "dict:", conf)
                mention = Mention(
                    start,
                    toks[j - 1].end,
                    i,
                    j,
                    "dict",
                    ref,
                    person=rec.kind == "person",
                    country=rec.country,
                    hits=sorted({h.actor_id for h in hits}),
                )
                out.append(mention)
        out.extend(self._agent_candidates(toks, i, on))
        # a country name; a plural nisba alone or counted (الروس، 21 فلسطينيين، 21 فلسطينيا)
        t = toks[i]
        cm = self.nisba.names.longest(toks, i)
        if cm is not None:
            start, j, chits = cm
            ch = chits[0]
            ref = ActorRef(
                ch.iso3,
                ch.iso3,
                self._country_name(ch.iso3),
                ch.iso3,
                f"country:{ch.iso3}",
                0.9,
                None,
                "country",
            )
            out.append(
                Mention(start, toks[j - 1].end, i, j, "country", ref, country=ch.iso3, ambiguous=ch.ambiguous)
            )
        am = self.nisba.adjectives.longest(toks, i)
        counted = i > 0 and (am is not None or t.norm.endswith("ا")) and _is_count(toks[i - 1].norm)
        if am is not None:
            start, j, ahits = am
            for ah in ahits:
                c = self.nisba.countries[ah.iso3]
                if c.ambiguous_adj or c.shared_adj:
                    continue
                # الروس alone, or counted people (21 فلسطينيين، عشرات العراقيين)
                if ah.form in PLURAL_FORMS and (ah.definite or counted):
                    ref = ActorRef(
                        ah.iso3, ah.iso3, c.name_en, ah.iso3, f"people:{ah.iso3}", 0.8, None, "people"
                    )
                    out.append(Mention(start, toks[j - 1].end, i, j, "people", ref, country=ah.iso3))
                    break
        if am is None and counted and t.norm.endswith("ا") and len(t.norm) > 4:
            # the counted singular after a number (21 فلسطينيا): the nisba with the accusative alif
            sing = self.nisba.adjectives.get((t.norm[:-1],))
            sh = next((x for x in sing if x.form == "m" and not x.definite), None)
            if sh is not None:
                c = self.nisba.countries[sh.iso3]
                if not (c.ambiguous_adj or c.shared_adj):
                    ref = ActorRef(
                        sh.iso3, sh.iso3, c.name_en, sh.iso3, f"people:{sh.iso3}", 0.8, None, "people"
                    )
                    out.append(Mention(t.start, t.end, i, i + 1, "people", ref, country=sh.iso3))
        # نظيره (+ nisba) and duals (resolved later)
        stem = t.stem if t.stem is not None else t.heads[-1][0]
        if stem in COUNTERPART_STEMS:
            adj = self._adjective(toks, i + 1, True)
            j = adj[0] if adj else i + 1
            start = t.heads[-1][1]
            out.append(
                Mention(
                    start,
                    toks[j - 1].end,
                    i,
                    j,
                    "counterpart",
                    person=True,
                    country=adj[1].iso3 if adj else None,
                )
            )
        for form, start in t.heads:
            if form in DUALS:
                out.append(self._dual(toks, i, start, DUALS[form], on))
                break
            if i + 1 < len(toks) and (form, toks[i + 1].norm) in DUAL_PHRASES:
                out.append(self._dual(toks, i, start, DUAL_PHRASES[(form, toks[i + 1].norm)], on, 2))
                break
        return out

    def _dual(
        self,
        toks: Sequence[TokenForms],
        i: int,
        start: int,
        positions: tuple[str, ...],
        on: date | None,
        width: int = 1,
    ) -> Mention:
        """``الرئيسان`` alone (resolved later), or a dual with two nisba adjectives: one mention
        per country (``الرئيسين الإيراني`` + ``والتركي``, ``وزيرا الخارجية الأمريكي`` +
        ``والروسي``), each the holder of the title in that country on the date."""
        first = self._adjective(toks, i + width, True)
        if first is not None:
            k, a = first
            if k < len(toks):
                heads = [h for h in toks[k].heads[1:] if toks[k].norm.startswith("و")]
                m = self.nisba.adjectives.longest(toks, k, heads=heads) if heads else None
                b = next((h for h in m[2] if h.definite), None) if m else None
                agent = self.agents.agents.get(DUAL_AGENTS.get(positions[0], ""))
                if m is not None and b is not None and b.iso3 != a.iso3 and agent is not None:
                    ref_a, _ = self._title_ref(agent, a.iso3, on, "title-dual")
                    ref_b, _ = self._title_ref(agent, b.iso3, on, "title-dual")
                    second = Mention(
                        m[0], toks[m[1] - 1].end, k, m[1], "title", ref_b, person=True, positions=positions
                    )
                    second.country = b.iso3
                    return Mention(
                        start,
                        toks[k - 1].end,
                        i,
                        k,
                        "title",
                        ref_a,
                        person=True,
                        positions=positions,
                        country=a.iso3,
                        then=second,
                    )
        return Mention(start, toks[i + width - 1].end, i, i + width, "dual", person=True, positions=positions)

    def _scan(self, toks: Sequence[TokenForms], on: date | None) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        n = len(toks)
        while i < n:
            cands = self._candidates(toks, i, on)
            if not cands:
                i += 1
                continue
            best = max(cands, key=lambda c: ((c.then or c).j, -PRIORITY[c.kind]))
            out.append(best)
            if best.then is not None:
                out.append(best.then)
            i = (best.then or best).j
        return out

    # -- pass 2: surnames and short forms of actors named in the article ------------------------
    def _coref_partials(
        self, toks: Sequence[TokenForms], mentions: list[Mention], on: date | None
    ) -> list[Mention]:
        named = {m.ref.id for m in mentions if m.kind == "dict" and m.ref is not None and m.ref.id}
        if not named:
            return mentions
        covered = [False] * len(toks)
        for m in mentions:
            for k in range(m.i, m.j):
                covered[k] = True
        added: list[Mention] = []
        i = 0
        partials = self.dictionary.partials
        while i < len(toks):
            if covered[i]:
                i += 1
                continue
            found = partials.longest(toks, i)
            if found is None:
                i += 1
                continue
            start, j, hits = found
            if any(covered[k] for k in range(i, j)):
                i += 1
                continue
            if j == i + 1 and start > toks[i].start and not _sheds_only_conjunction(toks[i], start):
                # a one-word surname read after shedding ب/ل/ك: at three letters it is as often
                # the end of another word (وبكين is Beijing, not كين)
                if len(toks[i].heads[-1][0]) <= 3:
                    i += 1
                    continue
            ids = sorted({h.actor_id for h in hits} & named)
            if len(ids) == 1:
                rec = self.dictionary.records[ids[0]]
                form = next(h.form for h in hits if h.actor_id == rec.id)
                ref = self._record_ref(rec, on, f"coref:{form}->")
                added.append(
                    Mention(
                        start,
                        toks[j - 1].end,
                        i,
                        j,
                        "coref",
                        ref,
                        person=rec.kind == "person",
                        country=rec.country,
                    )
                )
                i = j
            else:
                i += 1
        return sorted(mentions + added, key=lambda m: m.i)

    # -- pass 3: NER entities no rule covered ---------------------------------------------------
    def _entity_mentions(
        self,
        toks: Sequence[TokenForms],
        mentions: list[Mention],
        entities: Sequence[tuple[int, int, str]],
        on: date | None,
    ) -> list[Mention]:
        if not entities:
            return mentions
        named = {m.ref.id for m in mentions if m.ref is not None and m.ref.id and m.kind in ("dict", "coref")}
        starts = [t.start for t in toks]
        added: list[Mention] = []
        for s, e, etype in entities:
            if etype not in ("PER", "ORG"):
                continue
            i = _first_token_at(starts, s)
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            if i >= j:
                continue
            over = [m for m in mentions if m.start < e and s < m.end]
            if over:
                # an entity that runs two names together (بوتين الأسد، الأسد بوتين): the part
                # no mention covers is looked up on its own when it follows the mentions, or
                # precedes them with the article (a surname); a bare word before them is a given
                # name or a preposition the NER took in (ميشيل أوباما، على ترامب)
                if any(m.i < i or m.j > j or m.describes is not None for m in over):
                    continue
                covered = {k for m in over for k in range(m.i, m.j)}
                free = [k for k in range(i, j) if k not in covered]
                if not free or free != list(range(free[0], free[-1] + 1)):
                    continue
                if free[-1] != j - 1 and not (free[0] == i and toks[i].norm.startswith("ال")):
                    continue
                i, j = free[0], free[-1] + 1
                s = toks[i].start
            hits: list[NameHit] = []
            starts_hit: list[int] = []
            for trie in (self.dictionary.partials, self.dictionary.names):
                for start, k, payload in trie.matches(toks, i):
                    if k == j:
                        hits.extend(payload)
                        starts_hit.append(start)
            if not hits:
                continue
            ids = sorted({h.actor_id for h in hits})
            in_article = [x for x in ids if x in named]
            if len(in_article) == 1:
                rec, prefix, conf = self.dictionary.records[in_article[0]], "coref:entity->", 1.0
            else:
                picked = self._pick(hits, on)
                if picked is None:
                    continue
                rec, conf = picked
                prefix, conf = "dict-short:", min(conf, 0.7)
                if rec.kind == "person" and on is not None and not any(r.in_force(on) for r in rec.roles):
                    continue  # a short form alone names nobody out of office (كين in 2018)
                if j == i + 1 and s > toks[i].start and len(toks[i].heads[-1][0]) <= 3:
                    if not _sheds_only_conjunction(toks[i], s):
                        continue  # three letters after ب/ل/ك: the end of another word (وبكين)
            if (rec.kind == "person") != (etype == "PER"):
                continue
            ref = self._record_ref(rec, on, prefix, conf)
            added.append(
                Mention(
                    # where the form that matched begins (after proclitics it shed, not inside
                    # a name the segmenter reads as clitic + word: فرح)
                    min(starts_hit) if toks[i].start == s else s,
                    toks[j - 1].end,
                    i,
                    j,
                    "coref",
                    ref,
                    person=rec.kind == "person",
                    country=rec.country,
                )
            )
        return sorted(mentions + added, key=lambda m: m.i)

    # -- pass 4: titles before names, bare titles, counterparts, duals -------------------------
    def _link_titles(
        self,
        toks: Sequence[TokenForms],
        mentions: list[Mention],
        entities: Sequence[tuple[int, int, str]],
        sentences: Sequence[tuple[int, int]],
        on: date | None,
    ) -> list[Mention]:
        per_entities = sorted((s, e) for s, e, t in entities if t == "PER")
        by_start = {m.i: m for m in mentions}
        added: list[Mention] = []
        for m in mentions:
            if m.kind not in ("title", "bare_title", "dual", "counterpart"):
                continue
            j = m.j
            if j < len(toks) and toks[j].norm in SEPARATORS:
                j += 1
            nxt = by_start.get(j)
            if nxt is not None and nxt.person and nxt.kind in ("dict", "coref"):
                m.describes = nxt
                continue
            if j < len(toks):
                ent = next(
                    ((s, e) for s, e in per_entities if s == toks[j].start or s == toks[j].heads[-1][1]), None
                )
                if ent is not None and not any(x.start < ent[1] and ent[0] < x.end for x in mentions):
                    k = j
                    while k < len(toks) and toks[k].end <= ent[1]:
                        k += 1
                    described = Mention(ent[0], ent[1], j, k, "apposition", person=True, country=m.country)
                    if m.ref is not None and m.ref.code:
                        described.ref = ActorRef(
                            m.ref.id,
                            m.ref.code,
                            m.ref.name_en,
                            m.ref.country,
                            f"apposition:{m.ref.reason}",
                            round(m.ref.confidence * 0.9, 3),
                            m.ref.role,
                            "person",
                        )
                    m.describes = described
                    added.append(described)
        mentions = sorted(mentions + added, key=lambda x: x.i)
        # who is in play: persons with a position, from the dictionary or from titles
        in_play: list[tuple[int, str, ActorRef]] = []
        for m in mentions:
            if m.ref is not None and m.person and m.ref.role and m.kind != "bare_title":
                in_play.append((m.start, m.ref.role, m.ref))
            elif m.ref is not None and m.kind in ("dict", "coref") and m.ref.id:
                rec = self.dictionary.records.get(m.ref.id)
                if rec is not None and rec.kind == "person":
                    choice = self.dictionary.role_on(rec, on)
                    if choice.role is not None:
                        in_play.append((m.start, choice.role.position, m.ref))
        for m in mentions:
            if m.ref is not None or m.describes is not None:
                continue
            if m.kind == "bare_title":
                found = _distinct(r for _, pos, r in in_play if pos in m.positions)
                if len(found) == 1:
                    r = found[0]
                    m.ref = ActorRef(
                        r.id,
                        r.code,
                        r.name_en,
                        r.country,
                        f"coref:title({m.positions[0]})->{_key(r)}",
                        round(r.confidence * 0.9, 3),
                        r.role,
                        "person",
                    )
            elif m.kind == "dual":
                found = _distinct(r for _, pos, r in in_play if pos in m.positions)
                if len(found) == 2:
                    a, b = found
                    code = a.code if a.code == b.code else None
                    m.ref = ActorRef(
                        f"{_key(a)}+{_key(b)}",
                        code,
                        None,
                        a.country if a.country == b.country else None,
                        f"coref:dual->{_key(a)}+{_key(b)}",
                        0.8,
                        m.positions[0],
                        "persons",
                    )
            elif m.kind == "counterpart" and m.country:
                sent = _sentence_of(sentences, m.start)
                anchors = [
                    (s, pos, r) for s, pos, r in in_play if s < m.start and (sent is None or s >= sent[0])
                ]
                if not anchors:
                    continue
                _, pos, anchor = anchors[-1]
                when = f"@{on.isoformat()}" if on else " (no date: current holder)"
                holders = self.dictionary.holders([pos], m.country, on)
                base = f"coref:counterpart({pos}) of {_key(anchor)}+{m.country}{when}"
                if len(holders) == 1:
                    rec, role = holders[0]
                    m.ref = ActorRef(
                        rec.id, role.code, rec.name_en, m.country, f"{base} -> {rec.id}", 0.9, pos, "person"
                    )
                else:
                    m.ref = ActorRef(
                        None,
                        m.country + "GOV",
                        None,
                        m.country,
                        f"{base} (no single holder)",
                        0.7,
                        pos,
                        "agent",
                    )
        return mentions

    # -- all passes --------------------------------------------------------------------------
    def find(
        self,
        toks: Sequence[TokenForms],
        on: date | None = None,
        entities: Sequence[tuple[int, int, str]] = (),
        sentences: Sequence[tuple[int, int]] = (),
    ) -> list[Mention]:
        """Actor mentions in token order. Mentions without ``ref`` could not be resolved."""
        mentions = self._scan(toks, on)
        mentions = self._coref_partials(toks, mentions, on)
        mentions = self._entity_mentions(toks, mentions, entities, on)
        mentions = self._link_titles(toks, mentions, entities, sentences, on)
        mentions = _coref_agents(mentions)
        return [m for m in mentions if m.ref is not None or m.describes is not None]


def _coref_agents(mentions: list[Mention]) -> list[Mention]:
    """A bare agent noun (``الشرطة``) is the same body as the nearest group of that agent named
    with its country before it in the article (``الشرطة الإسرائيلية``), else the first after it
    (a headline's ``الجيش`` is the body's ``الجيش السوري``). Persons are not bodies."""
    named = [
        m
        for m in mentions
        if m.ref is not None and not m.person and m.ref.country and m.ref.code and len(m.ref.code) >= 6
    ]
    for m in mentions:
        if m.kind != "agent" or m.ref is None or m.ref.country:
            continue
        agent = m.ref.code or ""
        same = [x for x in named if (x.ref.code or "")[3:6] == agent]  # type: ignore[union-attr]
        before = [x for x in same if x.start < m.start]
        x = before[-1] if before else next((y for y in same if y.start > m.start), None)
        if x is None or x.ref is None:
            continue
        m.ref = ActorRef(
            None,
            x.ref.code,
            None,
            x.ref.country,
            f"coref:agent({agent})->{x.ref.code} ({'before' if before else 'after'}: {x.ref.reason})",
            0.75,
            m.ref.role,
            "agent",
        )
    return mentions


COUNT_WORDS = frozenset(
    name_key(
        "عشرات مئات آلاف الاف ألف الف مئة مائة ملايين عشرة عشر ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة "
        "عشرين عشرون ثلاثين ثلاثون أربعين أربعون خمسين خمسون ستين ستون سبعين سبعون ثمانين ثمانون "
        "تسعين تسعون"
    )
)


def _is_count(norm: str) -> bool:
    """A number (digits, or a number word or a word of counting: عشرات، مئات، آلاف)."""
    if len(norm) > 2 and norm[0] in "وف":
        norm = norm[1:]
    return norm.isdigit() or norm in COUNT_WORDS


def _sheds_only_conjunction(t: TokenForms, start: int) -> bool:
    """The form starting at raw offset ``start`` sheds only و/ف from the token."""
    return start - t.start <= 1 and t.norm[:1] in ("و", "ف")


def _first_token_at(starts: Sequence[int], offset: int) -> int:
    from bisect import bisect_left

    k = bisect_left(starts, offset)
    if k > 0 and (k == len(starts) or starts[k] > offset):
        # the entity may start inside a token (after a proclitic): take the token containing it
        return k - 1 if starts[k - 1] <= offset else k
    return k


def _key(r: ActorRef) -> str:
    return r.id or f"{r.code}:{r.role}"


def _distinct(refs: object) -> list[ActorRef]:
    out: dict[str, ActorRef] = {}
    for r in refs:  # type: ignore[attr-defined]
        out.setdefault(_key(r), r)
    return list(out.values())


def _sentence_of(sentences: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for s, e in sentences:
        if s <= offset < e:
            return s, e
    return None
