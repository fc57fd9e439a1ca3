"""Arabic full-text search over articles, the same normalization at index and query time.

What is indexed for an article: ``normalize(title + text)`` (hadath's orthographic normalization:
no tashkeel/tatweel, unified alef, ى→ي, ة→ه, ASCII digits), plus a "stems" field holding each word
with a clitic definite article or conjunction/preposition prefix taken off (``والحكومة`` →
``حكومه``). A query matches when all its words are in the body, or all its light stems are in the
stems field, so ``الحكومة`` finds ``وللحكومة`` too, without a stemmer that over-stems names.

* SQLite: the FTS5 table ``articles_fts(body, stems)`` (rowid = article id), ranked with bm25.
* PostgreSQL: ``articles.tsv_simple`` (the ``simple`` config over body + stems, exact words) and
  ``articles.tsv_arabic`` (the ``arabic`` snowball config, for inflected forms), both GIN-indexed.

A query in double quotes is searched as a phrase in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hadath.text.normalize import normalize

_WORD = re.compile(r"\w+")
_ARTICLE_PREFIXES = ("بال", "كال", "لل", "ال")
_CONJUNCTIONS = ("و", "ف")
_ONE_LETTER = ("و", "ف", "ب", "ل")


def words(text: str) -> list[str]:
    """Normalized lower-case words of ``text``."""
    return _WORD.findall(normalize(text).lower())


def light_stem(word: str) -> str:
    """``word`` (already normalized) without a clitic prefix; unchanged when too short."""
    w = word
    if w[:1] in _CONJUNCTIONS and w[1:].startswith(_ARTICLE_PREFIXES):
        w = w[1:]
    for p in _ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p) :]
    if word[:1] in _ONE_LETTER and len(word) >= 5:
        return word[1:]
    return word


@dataclass(frozen=True)
class IndexText:
    body: str
    stems: str


def index_text(title: str | None, text: str | None) -> IndexText:
    """What to index for an article."""
    body = normalize(f"{title or ''}\n{text or ''}")
    ws = _WORD.findall(body.lower())
    stems = " ".join(dict.fromkeys(light_stem(w) for w in ws))
    return IndexText(body=body, stems=stems)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]
    stems: tuple[str, ...]
    phrase: bool

    @property
    def empty(self) -> bool:
        return not self.words


def parse_query(q: str) -> ParsedQuery:
    """Normalize a user query the way articles were normalized."""
    s = q.strip()
    phrase = (len(s) >= 2 and s[0] == s[-1] and s[0] in '"«“') or (s[:1] == "«" and s[-1:] == "»")
    ws = tuple(words(s))
    return ParsedQuery(words=ws, stems=tuple(light_stem(w) for w in ws), phrase=bool(phrase))


def fts5_match(pq: ParsedQuery) -> str:
    """An FTS5 MATCH expression for a parsed query (every word quoted: no FTS syntax leaks in)."""

    def quoted(ws: tuple[str, ...]) -> str:
        return " ".join(f'"{w}"' for w in ws)

    if pq.phrase:
        return '{body}: "' + " ".join(pq.words) + '"'
    return f"({{body}}: ({quoted(pq.words)})) OR ({{stems}}: ({quoted(pq.stems)}))"
