"""Build the list of names that begin with a clitic letter but are never split (وليد، فيصل، بكين).

Source: the NER model's type priors (``src/hadath/ner/model/priors.tsv.gz``), computed by
tagging the unlabeled Arabic news with a first CRF: words that are inside a PER, LOC, ORG or GPE
name at least 80% of the time, begin with و ف ب ل ك or س, and do not begin with a
(و|ف)?(ب|ك|ل)?ال prefix. Writes ``src/hadath/text/data/whole_words.txt``.

    python scripts/build_whole_words.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIORS = ROOT / "src/hadath/ner/model/priors.tsv.gz"
OUT = ROOT / "src/hadath/text/data/whole_words.txt"
NAME = re.compile(r"^(PER|LOC|ORG|GPE)([89])$")
CLITIC_START = re.compile(r"^[وفبلكس]")
AL_PREFIX = re.compile(r"^(و|ف)?(ب|ك|ل)?ال")


def main() -> None:
    words = []
    with gzip.open(PRIORS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            stem, _, feats = line.rstrip("\n").partition("\t")
            if len(stem) < 3 or not CLITIC_START.match(stem) or AL_PREFIX.match(stem):
                continue
            if any(NAME.match(f) for f in feats.split(",")):
                words.append(stem)
    words.sort()
    header = ("# names that begin with a clitic letter and stay whole; source: NER type priors over the "
              "unlabeled news (scripts/build_whole_words.py), words inside names >= 80% of the time\n")
    OUT.write_text(header + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
