"""``ActorStage``: actor mentions written onto a document's entities.

How proposals meet the entities the NER found (docs/actors.md, "Writing onto the document"):

* same span: the entity gets the actor;
* the mention lies inside an entity of a compatible type (a person inside a PER entity, a
  country inside a GPE/LOC, anything else inside an ORG): the entity gets the actor of the best
  such mention (a named person before a title, a title before a group, a group before a country);
* the mention covers one or more entities entirely and is longer (``الأمم المتحدة`` over an
  entity ``الأمم``): those entities are replaced by one entity over the mention (origin
  ``actors``), the NER's type kept when there was one entity;
* the mention overlaps an entity only in part: the NER span wins, the mention is dropped;
* no entity there: a new entity (origin ``actors``) unless the mention is a title describing the
  person right after it, or a name that is also an ordinary word (``عمان``, ``مالي``).
"""

from __future__ import annotations

from itertools import pairwise

from hadath.doc.model import Document, Entity
from hadath.resolve.finder import ActorFinder, Mention
from hadath.resolve.index import token_forms

INNER_RANK = {
    "dict": 0,
    "coref": 0,
    "apposition": 0,
    "title": 1,
    "counterpart": 1,
    "bare_title": 1,
    "dual": 1,
    "group": 2,
    "people": 3,
    "agent": 3,
    "country": 4,
}


def _compatible(entity_type: str, m: Mention) -> bool:
    if entity_type == "PER":
        return m.person
    if entity_type in ("GPE", "LOC"):
        return m.kind == "country"
    return not m.person and m.kind != "country"


SPLIT_KINDS = frozenset({"dict", "coref", "country", "group"})


def _split_entities(doc: Document, mentions: list[Mention]) -> dict[int, tuple[Entity, list[Mention]]]:
    """NER entities that run two actors together (``وهنأ بوتين الأسد``: one PER over two persons;
    ``طالبت محكمة العدل الدولية الولايات المتحدة``: one ORG over a court and a country): when two
    or more actor mentions (names, surnames, countries, nisba groups; not a title describing the
    next name) tile the entity with only spaces between them, the entity is split into one entity
    per mention. Returns, for each mention taking part, the entity and all its parts."""
    out: dict[int, tuple[Entity, list[Mention]]] = {}
    named = [
        m
        for m in mentions
        if m.ref is not None and m.describes is None and not m.ambiguous and m.kind in SPLIT_KINDS
    ]
    if len(named) < 2:
        return out
    for e in doc.entities:
        inner = sorted((m for m in named if e.start <= m.start and m.end <= e.end), key=lambda m: m.start)
        if len(inner) < 2 or any(a.end > b.start for a, b in pairwise(inner)):
            continue
        keys = {(m.ref.id, m.ref.code) for m in inner if m.ref is not None}
        if len(keys) < len(inner):
            continue
        gaps = [doc.text[a.end : b.start] for a, b in pairwise(inner)]
        edges = doc.text[e.start : inner[0].start] + doc.text[inner[-1].end : e.end]
        if all(g.isspace() for g in gaps) and not edges.strip():
            for m in inner:
                out[id(m)] = (e, inner)
    return out


def apply_mentions(doc: Document, mentions: list[Mention]) -> Document:
    """Write actor mentions onto ``doc.entities`` following the rules above."""
    best_inner: dict[int, tuple[int, Mention]] = {}
    replace: list[tuple[Mention, list[Entity]]] = []
    add: list[Mention] = []
    split = _split_entities(doc, mentions)
    for m in mentions:
        if id(m) in split:
            continue
        if m.ref is None:
            continue
        over = [e for e in doc.entities if e.start < m.end and m.start < e.end]
        if not over:
            if m.adds_entity:
                add.append(m)
            continue
        exact = [e for e in over if e.start == m.start and e.end == m.end]
        if exact:
            exact[0].actor = m.ref
            continue
        if len(over) == 1 and over[0].start <= m.start and m.end <= over[0].end:
            e = over[0]
            if _compatible(e.type, m):
                rank = INNER_RANK.get(m.kind, 5) if m.describes is None else 1
                key = id(e)
                if key not in best_inner or rank < best_inner[key][0]:
                    best_inner[key] = (rank, m)
            continue
        if (
            m.describes is None
            and not m.ambiguous
            and all(m.start <= e.start and e.end <= m.end for e in over)
        ):
            replace.append((m, over))
    for e in doc.entities:
        found = best_inner.get(id(e))
        if found is not None and e.actor is None:
            e.actor = found[1].ref
    done: set[int] = set()
    for e, parts in split.values():
        if id(e) in done:
            continue
        done.add(id(e))
        doc.entities = [x for x in doc.entities if x is not e]
        for m in parts:
            etype = e.type if _compatible(e.type, m) else m.entity_type
            doc.add_entity(m.start, m.end, etype, actor=m.ref, origin="actors")
    for m, olds in replace:
        etype = olds[0].type if len(olds) == 1 and _compatible(olds[0].type, m) else m.entity_type
        ids = {id(e) for e in olds}
        doc.entities = [e for e in doc.entities if id(e) not in ids]
        doc.add_entity(m.start, m.end, etype, actor=m.ref, origin="actors")
    for m in add:
        doc.add_entity(m.start, m.end, m.entity_type, actor=m.ref, origin="actors")
    doc.entities.sort(key=lambda e: (e.start, e.end))
    return doc


class ActorStage:
    """Resolves PER/ORG/GPE entities to actors and adds the actor mentions the NER missed."""

    name = "actors"
    requires: tuple[str, ...] = ("tokens", "entities")
    provides: tuple[str, ...] = ("entities.actor",)

    def __init__(self, finder: ActorFinder | None = None) -> None:
        self._finder = finder

    @property
    def finder(self) -> ActorFinder:
        if self._finder is None:
            self._finder = ActorFinder()
        return self._finder

    def find(self, doc: Document) -> list[Mention]:
        """The proposals for ``doc`` (nothing written)."""
        toks = [
            token_forms(t.start, t.end, t.text, [(w.start, w.end, w.norm) for w in t.words])
            for t in doc.tokens
        ]
        ents = [(e.start, e.end, e.type) for e in doc.entities]
        sents = [(s.start, s.end) for s in doc.sentences]
        return self.finder.find(toks, doc.published_date, ents, sents)

    def __call__(self, doc: Document) -> Document:
        return apply_mentions(doc, self.find(doc))
