"""Corpus checks for the trigger lexicon (run by hand on the shared news; nothing here ships data).

* ``count_tokens(path)``: normalized token counts of a JSONL(.gz) news file.
* ``clitic_blocks(counts)``: tokens whose clitic-stripped reading is a trigger form but which
  are much more frequent than that form (``وزاره`` is "ministry", not "and he visited him"):
  the rows of ``data/clitic_blocks.tsv``.
* ``coverage(counts)``: share of verb-like tokens the lexicon reads, and the most frequent
  unread ones, to review by hand.

    python -m hadath.events.mine /work/shared/data/news/ant_unlabeled.jsonl.gz
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from hadath.events.lexicon import load_lexicon
from hadath.events.matcher import readings
from hadath.text.normalize import normalize

WORD = re.compile(r"[\u0621-\u064a]+")


def iter_texts(path: str | Path, limit: int | None = None) -> Iterator[str]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")


def count_tokens(path: str | Path, limit: int | None = None) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in iter_texts(path, limit):
        counts.update(WORD.findall(normalize(text)))
    return counts


def clitic_blocks(counts: Counter[str], min_count: int = 5) -> list[tuple[str, int, int]]:
    """Tokens read as conjunction/preposition + trigger that are in fact nouns.

    The test: the token itself takes the definite article often enough (``الوزاره`` is
    frequent, so ``وزاره`` is a noun and not ``و`` + ``زاره``). Returns (token, count,
    count with the article).
    """
    lex = load_lexicon()
    out = []
    for tok, c in counts.items():
        if c < min_count or tok in lex.index:
            continue
        for r in readings(tok)[1:]:
            if r.form not in lex.index or "ال" in r.prefix:
                continue
            with_article = counts.get("ال" + tok, 0)
            if with_article >= max(min_count, c // 20):
                out.append((tok, c, with_article))
            break
    return sorted(out, key=lambda x: -x[1])


def main(argv: list[str]) -> None:
    counts = count_tokens(argv[0])
    blocks = clitic_blocks(counts)
    for n, (tok, c, base) in enumerate(blocks, start=1):
        print(f"B{n:04d}\t{tok}\t{c}\t{base}")


if __name__ == "__main__":
    main(sys.argv[1:])
