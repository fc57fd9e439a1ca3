"""The text stage: sentences, tokens and clitic words, all with raw offsets."""

from __future__ import annotations

from hadath.doc.model import Document, Sentence, Token, Word
from hadath.text.clitics import segment
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import TOKEN_RE


class TextStage:
    """Adds ``sentences``, ``tokens`` and their ``words`` (clitic segmentation)."""

    name = "text"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("sentences", "tokens", "words")

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        doc.sentences = [Sentence(s, e) for s, e in split_sentences(text)]
        tokens: list[Token] = []
        append = tokens.append
        for m in TOKEN_RE.finditer(text):
            start, end = m.span()
            tok = m.group()
            segs = segment(tok)
            if len(segs) == 1:
                words = [Word(start, end, tok, segs[0][2])]
            else:
                words = [Word(start + s, start + e, tok[s:e], n) for s, e, n in segs]
            append(Token(start, end, tok, words))
        doc.tokens = tokens
        return doc
