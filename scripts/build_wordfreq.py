"""Build the word-frequency lexicon that guards clitic segmentation.

Reads Arabic news in JSONL (plain or gzip; fields ``title`` and ``text``), counts normalized
tokens, and writes ``src/hadath/text/data/wordfreq.tsv.gz``: a header naming the sources,
then ``word<TAB>count`` for Arabic words seen at least ``--min-count`` times, most frequent
first. Deterministic: same inputs, same bytes (gzip mtime fixed at 0).

    python scripts/build_wordfreq.py ../shared/data/news/ant_dev.jsonl \
        ../shared/data/news/ant_unlabeled.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
from collections import Counter
from pathlib import Path

from hadath.text.normalize import normalize
from hadath.text.tokenize import TOKEN_RE

ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
OUT = Path(__file__).resolve().parent.parent / "src/hadath/text/data/wordfreq.tsv.gz"


def count(paths: list[Path]) -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    articles = 0
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                articles += 1
                for field in ("title", "text"):
                    text = normalize(rec.get(field) or "")
                    for m in TOKEN_RE.finditer(text):
                        w = m.group()
                        if ARABIC_WORD.match(w):
                            counts[w] += 1
    return counts, articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    counts, articles = count(args.inputs)
    rows = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    buf = io.StringIO()
    names = ", ".join(p.name for p in args.inputs)
    buf.write(
        f"# hadath word frequencies; source: {names} ({articles} articles); normalized tokens; "
        f"min count {args.min_count}\n"
    )
    for w, c in rows:
        buf.write(f"{w}\t{c}\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"{len(rows)} words from {articles} articles -> {args.out}")


if __name__ == "__main__":
    main()
