"""The text stage: sentences, tokens and clitic words, all with raw offsets."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from hadath.doc.model import Document, Sentence, Token, Word
from hadath.text.clitics import segment
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import TOKEN_RE


class TokenLayer(Sequence[Token]):
    """The token layer in compact form: offsets and cached segmentations.

    ``Token`` and ``Word`` objects are built the first time the layer is read (as spaCy keeps
    arrays and hands out views): the stage's work (finding tokens, segmenting them) is done
    when the stage runs, and a run that never reads the tokens never pays for the objects.
    """

    __slots__ = ("_items", "_segs", "_starts", "_texts")

    def __init__(self, starts: list[int], texts: list[str], segs: list[tuple[tuple[int, int, str], ...]]) -> None:
        self._starts = starts
        self._texts = texts
        self._segs = segs
        self._items: list[Token] | None = None

    def _build(self) -> list[Token]:
        items: list[Token] = []
        append = items.append
        for start, tok, segs in zip(self._starts, self._texts, self._segs, strict=True):
            if len(segs) == 1:
                append(Token(start, start + len(tok), tok, [Word(start, start + len(tok), tok, segs[0][2])]))
            else:
                append(Token(start, start + len(tok), tok, [Word(start + s, start + e, tok[s:e], n) for s, e, n in segs]))
        self._items = items
        return items

    @property
    def items(self) -> list[Token]:
        return self._items if self._items is not None else self._build()

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        return self.items[i]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self.items) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._starts))


class TextStage:
    """Adds ``sentences``, ``tokens`` and their ``words`` (clitic segmentation)."""

    name = "text"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens", "words")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        doc.sentences = [Sentence(s, e) for s, e in split_sentences(text)]
        starts: list[int] = []
        texts: list[str] = []
        segs: list[tuple[tuple[int, int, str], ...]] = []
        for m in TOKEN_RE.finditer(text):
            tok = m.group()
            starts.append(m.start())
            texts.append(tok)
            segs.append(segment(tok))
        doc.tokens = TokenLayer(starts, texts, segs)
        return doc
