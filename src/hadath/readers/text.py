"""Plain-text articles.

Layout with a source line (the layout of hadath's examples)::

    IMLebanon            <- line 1: the source
                         <- blank line(s)
    الأسد في روسيا       <- the title
                         <- blank line(s)
    body ...

How a source line is told apart from a title: the first non-empty line is a source when it is
followed by another short, single-line block (the title) and then the body, and it is short
(at most 60 characters) and carries no sentence punctuation; or when it has no Arabic letters
at all (a Latin outlet name) and more text follows. Otherwise the first line is the title and
the rest the body. A file with a single paragraph has no title: it is all body.
"""

from __future__ import annotations

import re

from hadath.doc.model import Document
from hadath.readers.base import ReadOptions, make_document

_ARABIC = re.compile(r"[\u0621-\u064a]")
_SENTENCE_PUNCT = re.compile(r"[.!?؟،,:؛]\s*$|[.!?؟]\s")


def _blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _is_source_line(first: str, rest_blocks: list[str]) -> bool:
    if "\n" in first or not rest_blocks:
        return False
    if not _ARABIC.search(first):
        return True
    if len(first) > 60 or _SENTENCE_PUNCT.search(first):
        return False
    title = rest_blocks[0]
    return len(rest_blocks) >= 2 and "\n" not in title and len(title) <= 250


def parse_text(text: str, *, path: str, opts: ReadOptions, id: str | None = None) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    # strip leading blank lines without touching the rest
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    rest = "\n".join(lines[i:])
    blocks = _blocks(rest)
    source = None
    title = None
    body = rest
    if blocks:
        first_line = rest.split("\n", 1)[0].strip()
        after_first = rest.split("\n", 1)[1] if "\n" in rest else ""
        after_blocks = _blocks(after_first)
        if _is_source_line(first_line, after_blocks):
            source = first_line
            rest = after_first
            rest = rest.lstrip("\n")
        # the title: first line when followed by more text
        if "\n" in rest.strip("\n"):
            head, _, tail = rest.strip("\n").partition("\n")
            if head.strip() and tail.strip():
                title = head.strip()
                body = tail
            else:
                body = rest
        else:
            body = rest
    return make_document(body=body, title=title, path=path, opts=opts, id=id, source=source)
