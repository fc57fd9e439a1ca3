"""Normalized token-sequence keys, a longest-match trie over them, and per-token match forms.

A name such as ``حزب الله`` is indexed as the tuple of its normalized tokens (``("حزب", "الله")``).
A text token offers several forms to match against: the whole normalized token, and the token
without its proclitics (و ف ب ل ك س), as the clitic segmentation gives them; ``لل`` becomes
``ال`` (``للأسد`` offers ``الاسد``). Only the first token of a match may shed proclitics.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hadath.text.normalize import normalize_word
from hadath.text.tokenize import tokenize

T = TypeVar("T")

PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا"})


def name_key(name: str) -> tuple[str, ...]:
    """The normalized token sequence of a dictionary name."""
    return tuple(normalize_word(name[s:e]) for s, e in tokenize(name))


def strip_article(word: str) -> str | None:
    """``word`` without a leading ال (after normalization), or None when it has none."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return None


def add_article(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


@dataclass(slots=True)
class TokenForms:
    """One text token and the forms it can match as the first token of a name."""

    start: int
    end: int
    norm: str
    # (form, raw start): the whole token first, then the token without its proclitics
    heads: tuple[tuple[str, int], ...]
    # the form without proclitics and without a pronoun suffix, with the suffix (نظيره -> نظير, ه)
    stem: str | None = None
    suffix: str | None = None


def token_forms(start: int, end: int, text: str, words: Sequence[tuple[int, int, str]]) -> TokenForms:
    """Forms of a token from its clitic words ``(start, end, norm)`` (absolute offsets)."""
    norm = normalize_word(text)
    heads: list[tuple[str, int]] = [(norm, start)]
    k = 0
    while k < len(words) - 1 and words[k][2] in PROCLITICS:
        k += 1
    if k:
        base = "".join(w[2] for w in words[k:])
        if base != norm and len(base) >= 2:
            heads.append((base, words[k][0]))
    stem = suffix = None
    rest = words[k:]
    if len(rest) >= 2 and rest[-1][2] in PRONOUN_SUFFIXES:
        stem = "".join(w[2] for w in rest[:-1])
        suffix = rest[-1][2]
    return TokenForms(start, end, norm, tuple(heads), stem, suffix)


@dataclass(slots=True)
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    payload: list[T] = field(default_factory=list)


class Trie(Generic[T]):
    """Token-sequence trie with longest match."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()
        self.size = 0

    def add(self, key: Sequence[str], item: T) -> None:
        if not key:
            return
        node = self._root
        for tok in key:
            node = node.children.setdefault(tok, _Node())
        if item not in node.payload:
            node.payload.append(item)
            self.size += 1

    def first_words(self) -> frozenset[str]:
        """The words that begin a key (a cheap test before ``matches``)."""
        return frozenset(self._root.children)

    def get(self, key: Sequence[str]) -> list[T]:
        node: _Node[T] | None = self._root
        for tok in key:
            node = node.children.get(tok) if node else None
            if node is None:
                return []
        return list(node.payload) if node else []

    def matches(
        self, toks: Sequence[TokenForms], i: int, heads: Iterable[tuple[str, int]] | None = None
    ) -> list[tuple[int, int, list[T]]]:
        """Every match starting at token ``i``, shortest first: (raw start, end token index, payload)."""
        out: list[tuple[int, int, list[T]]] = []
        for form, raw_start in heads if heads is not None else toks[i].heads:
            node = self._root.children.get(form)
            j = i + 1
            while node is not None:
                if node.payload:
                    out.append((raw_start, j, node.payload))
                if j >= len(toks):
                    break
                node = node.children.get(toks[j].norm)
                j += 1
        if len(out) > 1:
            out.sort(key=lambda m: m[1])
        return out

    def longest(
        self, toks: Sequence[TokenForms], i: int, heads: Iterable[tuple[str, int]] | None = None
    ) -> tuple[int, int, list[T]] | None:
        """Longest match starting at token ``i``: (raw start, end token index, payload) or None.

        ``heads`` are the forms the first token may take (default: all of its forms); later
        tokens must match with their whole normalized form.
        """
        best: tuple[int, int, list[T]] | None = None
        for form, raw_start in heads if heads is not None else toks[i].heads:
            node = self._root.children.get(form)
            j = i + 1
            while node is not None:
                if node.payload and (best is None or j > best[1]):
                    best = (raw_start, j, node.payload)
                if j >= len(toks):
                    break
                node = node.children.get(toks[j].norm)
                j += 1
        return best
