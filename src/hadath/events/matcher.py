"""Find trigger matches in a sentence's tokens: clitic-aware dict lookups, no regex loop.

``match_tokens(tokens)`` takes the normalized text of each token of a sentence and returns
``TriggerMatch`` proposals (pure function of the lexicon). For each token it tries the whole
form first, then readings with clitics stripped (conjunction و/ف, future س on present verbs,
prepositions ب/ل/ك and the article on nouns, object/possessive pronouns), each looked up in
the generated-form index. Multi-word patterns are indexed by their first slot and checked
forward. A pattern's tokens are not matched again by single-word entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from hadath.events.lexicon import Element, Entry, Lexicon, load_lexicon
from hadath.events.tables import read_tsv

CONJ = ("و", "ف")
NOUN_PREFIXES = ("ب", "ل", "ك")
PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "ني", "نا")


@dataclass(frozen=True, slots=True)
class Reading:
    """A token read as a lexicon form with its clitics."""

    form: str
    prefix: str  # stripped proclitics, e.g. "وس", "وال", "لل"
    suffix: str  # stripped enclitic pronoun


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: Entry
    start: int  # first token index
    end: int  # token index after the last
    tense: str  # past | present | imperative | passive | noun | phrase
    number: str
    prefix: str  # clitics stripped from the first token
    suffix: str
    head: int  # token index of the word that carries the entry (verb or noun)
    parts: tuple[int, ...] = ()  # token indexes of a pattern's matched words (gaps excluded)

    @property
    def rule(self) -> str:
        return self.entry.id

    @property
    def code(self) -> str | None:
        return self.entry.code

    @property
    def future_prefix(self) -> bool:
        return "س" in self.prefix and self.tense == "present"


@cache
def clitic_blocks() -> frozenset[str]:
    """Whole tokens whose clitic-stripped reading is another word (mined; see the data file)."""
    _, rows = read_tsv("clitic_blocks.tsv")
    return frozenset(r["token"] for r in rows)


@lru_cache(maxsize=100_000)
def readings(token: str) -> tuple[Reading, ...]:
    """Possible (form, proclitics, enclitic) readings of a normalized token, least stripping first."""
    out: list[Reading] = [Reading(token, "", "")]
    if token in clitic_blocks():
        return tuple(out)
    stems: list[tuple[str, str]] = [(token, "")]
    if len(token) > 3 and token[0] in CONJ:
        stems.append((token[1:], token[0]))
    more: list[tuple[str, str]] = []
    for s, p in stems:
        if len(s) > 3 and s[0] == "س" and s[1] in "يتنا":
            more.append((s[1:], p + "س"))
        if len(s) > 4 and s.startswith("لل"):
            more.append((s[2:], p + "لل"))
            more.append(("ال" + s[2:], p + "ل"))
        if len(s) > 3 and s[0] in NOUN_PREFIXES:
            more.append((s[1:], p + s[0]))
        if len(s) > 3 and s[0] == "ل" and s[1] in "يتن":
            more.append((s[1:], p + "ل"))
    stems += more
    arts: list[tuple[str, str]] = []
    for s, p in stems:
        if len(s) > 4 and s.startswith("ال"):
            arts.append((s[2:], p + "ال"))
    stems += arts
    for s, p in stems:
        if p:
            out.append(Reading(s, p, ""))
    for s, p in stems:
        for pron in PRONOUNS:
            if s.endswith(pron) and len(s) - len(pron) >= 2:
                base = s[: -len(pron)]
                out.append(Reading(base, p, pron))
                if base.endswith("و"):
                    out.append(Reading(base + "ا", p, pron))  # زاروه -> زاروا + ه
                if base.endswith("ت") and len(base) > 2:
                    out.append(Reading(base[:-1] + "ه", p, pron))
    return tuple(out)


@lru_cache(maxsize=100_000)
def reading_forms(token: str) -> frozenset[str]:
    """The forms of every reading of a token (cached: phrase matching asks for them often)."""
    return frozenset(r.form for r in readings(token))


def _allowed(reading: Reading, entry_kind: str, tense: str) -> bool:
    p = reading.prefix
    if entry_kind == "verb" or tense in ("past", "present", "imperative", "passive"):
        if "ال" in p or "لل" in p or "ب" in p or "ك" in p:
            return False
        if "س" in p and tense != "present":
            return False
        if p.endswith("ل") and tense != "present":
            return False
        return True
    # nouns: no future prefix
    return "س" not in p


class Matcher:
    """Trigger matching over one lexicon (the packaged one by default)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    def _word_hits(self, token: str) -> list[tuple[int, str, str, Reading]]:
        """(entry index, tense, number, reading) for the best reading of a token."""
        index = self.lex.index
        for r in readings(token):
            hits = index.get(r.form)
            if not hits:
                continue
            out = []
            for idx, form in hits:
                entry = self.lex.entries[idx]
                if _allowed(r, entry.kind, form.tense):
                    out.append((idx, form.tense, form.number, r))
            if out:
                return out
        return []

    def _forms_of(self, token: str) -> frozenset[str]:
        return reading_forms(token)

    def _match_phrase(
        self,
        elements: tuple[Element, ...],
        tokens: Sequence[str],
        i: int,
        forms: Sequence[frozenset[str]] | None = None,
    ) -> tuple[int, tuple[int, ...]] | None:
        """(token index after the phrase, matched token indexes) for the phrase starting at ``i``
        (``forms``: the reading forms of each token, when the caller has them)."""
        if forms is None:
            forms = [reading_forms(t) for t in tokens]
        j = i + 1
        k = 1
        parts = [i]
        n = len(tokens)
        while k < len(elements):
            el = elements[k]
            if el.gap:
                nxt = elements[k + 1] if k + 1 < len(elements) else None
                if nxt is None:
                    return j, tuple(parts)
                for g in range(el.gap + 1):
                    if j + g < n and not forms[j + g].isdisjoint(nxt.forms):
                        parts.append(j + g)
                        j = j + g + 1
                        break
                else:
                    return None
                k += 2
                continue
            if j < n and not forms[j].isdisjoint(el.forms):
                parts.append(j)
                j += 1
            elif not el.optional:
                return None
            k += 1
        return j, tuple(parts)

    def match_tokens(self, tokens: Sequence[str]) -> list[TriggerMatch]:
        """Trigger proposals for a sentence given as normalized tokens (punctuation included)."""
        lex = self.lex
        out: list[TriggerMatch] = []
        covered: set[int] = set()
        # multi-word patterns first: every candidate, then the most specific (and tightest) win
        cands: list[tuple[float, int, int, int, Reading, tuple[int, ...]]] = []
        forms = [reading_forms(t) for t in tokens]
        for i, tok in enumerate(tokens):
            for r in readings(tok):
                for pidx in lex.phrase_index.get(r.form, ()):
                    found = self._match_phrase(lex.phrases[pidx], tokens, i, forms)
                    if found is not None:
                        end, parts = found
                        cands.append(
                            (lex.entries[pidx].specificity, -(end - i - len(parts)), i, pidx, r, parts)
                        )
        cands.sort(key=lambda c: (-c[0], -c[1], c[2]))
        for _spec, _slack, i, pidx, r, parts in cands:
            if covered.intersection(parts):
                continue
            entry = lex.entries[pidx]
            head_tense = "noun"  # a pattern not headed by a verb form is a noun phrase
            number = ""
            for idx, tense, num, _r in self._word_hits(tokens[i]):
                if lex.entries[idx].kind == "verb" and tense != "noun":
                    head_tense, number = tense, num
                    break
            if entry.code:
                out.append(
                    TriggerMatch(entry, i, max(parts) + 1, head_tense, number, r.prefix, r.suffix, i, parts)
                )
            covered.update(parts)
        for i, tok in enumerate(tokens):
            if i in covered:
                continue
            hits = [h for h in self._word_hits(tok) if lex.entries[h[0]].code]
            if not hits:
                continue
            idx, tense, num, r = max(hits, key=lambda h: lex.entries[h[0]].specificity)
            out.append(TriggerMatch(lex.entries[idx], i, i + 1, tense, num, r.prefix, r.suffix, i, (i,)))
        out.sort(key=lambda m: m.start)
        return out
