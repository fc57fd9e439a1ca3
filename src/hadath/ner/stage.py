"""NerStage: writes the tagger's entities onto a Document, with raw offsets on clitic words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from hadath.doc.model import Document, Entity, Token, Word
from hadath.ner.conll import entities
from hadath.ner.features import Resources, analyses
from hadath.ner.tagger import NerTagger
from hadath.text.normalize import normalize_word

# Leading clitic words dropped from an entity (the article ال stays part of the name). ك is
# dropped only before the article: as the first letter of a name it is almost always a letter
# of the name (كوفي، كولن، كوريا).
PROCLITIC_NORMS = frozenset({"و", "ف", "ب", "ل"})
ARTICLE_ONLY_PROCLITICS = frozenset({"ك"})
# Trailing pronoun-suffix words dropped from an entity.
SUFFIX_NORMS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي"})


def entity_span(
    first: Token, last: Token, keep_whole: Callable[[str], bool] | None = None
) -> tuple[int, int]:
    """Raw (start, end) of an entity from token ``first`` to ``last``, without outer clitics.

    Leading proclitic words (و ف ب ل, and ك before the article) of the first token and trailing
    pronoun-suffix words of the last token are left out; a token made only of clitics is kept
    whole. ``keep_whole(token_text)`` may veto the proclitic split of the first token (the
    segmenter reads some names as clitic + word: وليد، فادي، فيصل).
    """
    start, end = first.start, last.end
    words = first.words
    k = 0
    if keep_whole is not None and len(words) > 1 and keep_whole(first.text):
        words = [Word(first.start, first.end, first.text, first.text)]
    while k < len(words) - 1:
        w = words[k].norm
        if w in PROCLITIC_NORMS or (w in ARTICLE_ONLY_PROCLITICS and words[k + 1].norm == "ال"):
            k += 1
        else:
            break
    if words:
        start = words[k].start
    words = last.words
    lo = k if first is last else 0
    j = len(words) - 1
    while j > lo and words[j].norm in SUFFIX_NORMS:
        j -= 1
    if words:
        end = words[j].end
    return start, end


def sentence_tokens(doc: Document) -> list[list[Token]]:
    """The tokens of each sentence (tokens outside every sentence form runs of their own)."""
    tokens = list(doc.tokens)
    sents = sorted(doc.sentences, key=lambda s: s.start)
    out: list[list[Token]] = []
    si = 0
    cur: list[Token] = []
    cur_sent = -1
    for tok in tokens:
        while si < len(sents) and sents[si].end <= tok.start:
            si += 1
        inside = si < len(sents) and sents[si].start <= tok.start < sents[si].end
        key = si if inside else -2 - si
        if key != cur_sent and cur:
            out.append(cur)
            cur = []
        cur_sent = key
        cur.append(tok)
    if cur:
        out.append(cur)
    return out


def name_keeper(res: Resources) -> Callable[[str], bool]:
    """A ``keep_whole`` test from the model's resources.

    The first token of an entity is kept whole when, as a word of its own, it is mostly seen
    inside names in the unlabeled news (its entity-type prior is 30% or more), or when the
    model's own clitic analysis (frequency-based) does not strip a proclitic from it.
    """
    priors, counts = res.priors, res.counts

    def keep(token: str) -> bool:
        norm = normalize_word(token).lower()
        pr = priors.get(norm)
        if pr and any(x != "O" and x[-1] in "369" for x in pr):
            return True
        return analyses(norm, counts)[0] == ""

    return keep


def tagged_entities(
    tokens: Sequence[Token],
    tags: Sequence[str],
    probs: Sequence[float],
    keep_whole: Callable[[str], bool] | None = None,
) -> list[Entity]:
    """Entities of one tagged sentence (raw offsets; score = mean marginal of its tags)."""
    out: list[Entity] = []
    for typ, s, e in entities(tags):
        start, end = entity_span(tokens[s], tokens[e - 1], keep_whole)
        score = sum(probs[s:e]) / (e - s) if probs else None
        out.append(
            Entity(start, end, "", typ, score=None if score is None else round(score, 4), origin="ner")
        )
    return out


class NerStage:
    """Named entities (PER, ORG, GPE, LOC, MISC) from the CRF tagger, one sentence at a time.

    Replaces the document's entities of origin "ner" and keeps those other stages added.
    """

    name = "ner"
    requires: tuple[str, ...] = ("sentences", "tokens")
    provides: tuple[str, ...] = ("entities",)

    def __init__(self, tagger: NerTagger | None = None) -> None:
        self._tagger = tagger
        self._keep: Callable[[str], bool] | None = None

    @property
    def tagger(self) -> NerTagger:
        if self._tagger is None:
            self._tagger = NerTagger.load()
        return self._tagger

    @property
    def keep_whole(self) -> Callable[[str], bool]:
        if self._keep is None:
            self._keep = name_keeper(self.tagger.featurizer.res)
        return self._keep

    def __call__(self, doc: Document) -> Document:
        tagger = self.tagger
        found: list[Entity] = []
        text = doc.text
        for toks in sentence_tokens(doc):
            tags, probs = tagger.tag_with_scores([t.text for t in toks])
            for ent in tagged_entities(toks, tags, probs, self.keep_whole):
                ent.text = text[ent.start : ent.end]
                found.append(ent)
        kept = [e for e in doc.entities if e.origin != "ner"]
        doc.entities = sorted(kept + found, key=lambda e: (e.start, e.end))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
