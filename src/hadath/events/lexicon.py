"""The trigger lexicon: verbs, verbal nouns and multi-word patterns mapped to CAMEO codes.

Three packaged TSV files (``verbs.tsv``, ``nouns.tsv``, ``phrases.tsv``), each starting with a
``# source:`` line, one entry a row with an ``id`` (the event's ``rule``), a CAMEO ``code``
(``-`` for a support word used only inside patterns: light verbs such as ``اجري`` or nouns such
as ``سراح``), the stems, a ``frame`` (how arguments attach) and the entry's ``source``.
``docs/triggers.md`` explains the scheme. At load time every entry is expanded into its surface
forms (``hadath.events.morph``) and indexed in a dict, so matching is lookups, not regexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from hadath.errors import DataValidationError
from hadath.events.morph import Form, imperative_forms, noun_forms, past_forms, present_forms
from hadath.events.tables import is_code, read_tsv
from hadath.text.normalize import normalize

VERB_CLASSES = frozenset("shdg")
FRAME_KEYS = frozenset(
    {"t", "need", "noobj", "rev", "sym", "gen", "self", "speech", "fut", "neg", "own", "nosuf", "past", "obj"}
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry. ``code`` is None for support words."""

    id: str
    kind: str  # verb | noun | phrase
    code: str | None
    lemma: str
    frame: dict[str, tuple[str, ...]]
    gloss: str
    source: str
    n_elements: int = 1

    @property
    def specificity(self) -> float:
        """Higher is more specific: a longer pattern, a deeper code."""
        depth = len(self.code) - 2 if self.code else 0
        return self.n_elements + 0.25 * depth + (0.1 if self.kind == "verb" else 0.0)


@dataclass(frozen=True, slots=True)
class Element:
    """One slot of a multi-word pattern: a set of forms, or a gap of up to ``gap`` words."""

    forms: frozenset[str]
    gap: int = 0
    optional: bool = False


@dataclass(slots=True)
class Lexicon:
    entries: list[Entry] = field(default_factory=list)
    # form -> [(entry index, Form)]
    index: dict[str, list[tuple[int, Form]]] = field(default_factory=dict)
    # lemma key ("V:فرض" / "N:عقوبه") -> all its forms
    lemma_forms: dict[str, set[str]] = field(default_factory=dict)
    # phrase entry index -> elements; first-element form -> phrase entry indexes
    phrases: dict[int, tuple[Element, ...]] = field(default_factory=dict)
    phrase_index: dict[str, list[int]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def counts_by_root(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries:
            if e.code:
                out[e.code[:2]] = out.get(e.code[:2], 0) + 1
        return dict(sorted(out.items()))

    def n_patterns(self) -> int:
        return sum(1 for e in self.entries if e.code)


def parse_frame(text: str, where: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for part in text.split():
        key, _, val = part.partition("=")
        if key not in FRAME_KEYS:
            raise DataValidationError(f"unknown frame key {key!r}", path=where)
        out[key] = tuple(normalize(v) for v in val.split("|")) if val else ()
    return out


def _split(cell: str) -> list[str]:
    return [normalize(x.strip()) for x in cell.split(",") if x.strip()]


def _check_common(row: dict[str, str], where: str, seen: set[str]) -> str | None:
    rid = row.get("id", "")
    if not rid:
        raise DataValidationError("entry without id", path=where)
    if rid in seen:
        raise DataValidationError(f"duplicate id {rid}", path=where)
    seen.add(rid)
    if not row.get("source"):
        raise DataValidationError(f"{rid}: entry without source", path=where)
    code = row.get("code", "")
    if code == "-":
        return None
    if not is_code(code):
        raise DataValidationError(f"{rid}: {code!r} is not a CAMEO code", path=where)
    return code


def _add(lex: Lexicon, idx: int, forms: list[Form], key: str) -> None:
    bucket = lex.lemma_forms.setdefault(key, set())
    for f in forms:
        if len(f.text) < 2:
            continue
        bucket.add(f.text)
        lst = lex.index.setdefault(f.text, [])
        if all(i != idx for i, _ in lst):
            lst.append((idx, f))


def _verb_forms(row: dict[str, str], where: str) -> list[Form]:
    cls = row.get("class") or "s"
    if cls not in VERB_CLASSES:
        raise DataValidationError(f"{row['id']}: verb class {cls!r} not one of s h d g", path=where)
    forms: list[Form] = []
    for stem in _split(row.get("past", "")):
        forms += past_forms(stem, cls)
    for stem in _split(row.get("pres", "")):
        forms += present_forms(stem, cls)
    for x in _split(row.get("extra", "")):
        kind, _, text = x.partition(":")
        if kind == "i":
            forms += imperative_forms(text)
        elif kind == "p":
            forms.append(Form(text, "passive", ""))
        elif kind == "x":
            forms.append(Form(text, "past", ""))
        elif kind == "a":
            forms.append(Form(text, "participle", "s"))  # مطالبا: the circumstantial participle
        else:
            raise DataValidationError(f"{row['id']}: extra form {x!r} must be i:, p:, x: or a:", path=where)
    if not forms:
        raise DataValidationError(f"{row['id']}: verb without stems", path=where)
    return forms


def _parse_pattern(pattern: str, lex: Lexicon, where: str) -> tuple[Element, ...]:
    elements: list[Element] = []
    for part in pattern.split():
        optional = part.endswith("?")
        part = part.rstrip("?")
        if part in ("…", "*") or (part.startswith("*") and part[1:].isdigit()):
            elements.append(Element(frozenset(), gap=int(part[1:]) if len(part) > 1 else 3))
            continue
        forms: set[str] = set()
        for alt in part.split("|"):
            if alt[:2] in ("V:", "N:"):
                key = alt[:2] + normalize(alt[2:])
                if key in lex.lemma_forms:
                    forms |= lex.lemma_forms[key]
                elif alt[0] == "N":  # a noun not in the lexicon: its own inflected forms
                    forms |= {f.text for f in noun_forms(normalize(alt[2:]), [])}
                else:
                    raise DataValidationError(f"pattern refers to unknown verb {key}", path=where)
            else:
                lit = normalize(alt)
                forms.add(lit)
                if len(lit) > 2 and lit[-1] not in "اه":
                    forms.add(lit + "ا")  # accusative tanween: هجوما، كيماويا
        elements.append(Element(frozenset(forms), optional=optional))
    if not elements or elements[0].gap or elements[0].optional:
        raise DataValidationError(f"pattern {pattern!r} must start with a word", path=where)
    return tuple(elements)


@cache
def load_lexicon() -> Lexicon:
    """Load, validate and index the packaged lexicon (cached)."""
    lex = Lexicon()
    seen: set[str] = set()
    for name, kind in (("verbs.tsv", "verb"), ("nouns.tsv", "noun"), ("phrases.tsv", "phrase")):
        source, rows = read_tsv(name)
        lex.sources[name] = source
        for row in rows:
            where = f"{name}:{row['_line']}"
            code = _check_common(row, where, seen)
            frame = parse_frame(row.get("frame", ""), where)
            if kind == "verb":
                forms = _verb_forms(row, where)
                lemma = _split(row.get("past", ""))[0] if row.get("past") else forms[0].text
                entry = Entry(row["id"], kind, code, lemma, frame, row.get("gloss", ""), row["source"])
                lex.entries.append(entry)
                idx = len(lex.entries) - 1
                for p in _split(row.get("past", "")) or [lemma]:
                    _add(lex, idx, forms, "V:" + p)
            elif kind == "noun":
                sg = _split(row.get("sg", ""))
                if not sg:
                    raise DataValidationError(f"{row['id']}: noun without singular", path=where)
                forms = []
                for s in sg:
                    forms += noun_forms(s, _split(row.get("pl", "")))
                entry = Entry(row["id"], kind, code, sg[0], frame, row.get("gloss", ""), row["source"])
                lex.entries.append(entry)
                idx = len(lex.entries) - 1
                for s in sg:
                    _add(lex, idx, forms, "N:" + s)
            else:
                elements = _parse_pattern(row.get("pattern", ""), lex, where)
                n = sum(1 for e in elements if not e.gap)
                entry = Entry(
                    row["id"], kind, code, row["pattern"], frame, row.get("gloss", ""), row["source"], n
                )
                lex.entries.append(entry)
                idx = len(lex.entries) - 1
                lex.phrases[idx] = elements
                for f in elements[0].forms:
                    lex.phrase_index.setdefault(f, []).append(idx)
    return lex
