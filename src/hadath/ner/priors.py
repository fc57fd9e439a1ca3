"""Entity-type priors: how often a word is tagged as part of a name in unlabeled news.

A first CRF (trained without these features) tags the unlabeled articles; for every word stem
seen at least ``min_count`` times we record the share of its occurrences inside PER, LOC, ORG
and MISC entities, bucketed. The second CRF uses the buckets as features ("pr=PER6": between 60%
and 90% of the occurrences were inside a person name), so a name that the first model recognises
in clear contexts elsewhere in the news helps where its context is poor.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pycrfsuite

from hadath.ner.conll import entities
from hadath.ner.decode import LinearChainCRF
from hadath.ner.features import WordFeaturizer, analyses

_SENT_END = frozenset({".", "!", "؟", "?"})
BUCKETS = ((0.9, "9"), (0.6, "6"), (0.3, "3"), (0.1, "1"))
TYPES = ("PER", "LOC", "ORG", "MISC")


def corpus_sentences(ids: np.ndarray, words: list[str], max_len: int = 80) -> Iterator[list[str]]:
    """Sentences of the tokenized corpus (split at texts and at sentence-final punctuation)."""
    cur: list[str] = []
    for i in ids.tolist():
        if i < 0:
            if cur:
                yield cur
                cur = []
            continue
        w = words[i]
        cur.append(w)
        if w in _SENT_END or len(cur) >= max_len:
            yield cur
            cur = []
    if cur:
        yield cur


def compute_priors(
    crf_path: Path,
    featurizer: WordFeaturizer,
    ids: np.ndarray,
    words: list[str],
    min_count: int = 3,
    max_tokens: int | None = None,
) -> dict[str, tuple[str, ...]]:
    """Tag the corpus with the CRF at ``crf_path`` and return stem -> prior features."""
    crf_tagger = pycrfsuite.Tagger()
    crf_tagger.open(str(crf_path))
    tagger = LinearChainCRF(crf_tagger, featurizer)
    counts = featurizer.res.counts
    stem_of: dict[str, str] = {}
    total: dict[str, int] = {}
    hits: dict[str, list[int]] = {}
    seen = 0
    for sent in corpus_sentences(ids, words):
        tags = tagger.tag(sent)
        inside = ["O"] * len(sent)
        for typ, s, e in entities(tags):
            for k in range(s, e):
                inside[k] = typ
        for w, t in zip(sent, inside, strict=True):
            st = stem_of.get(w)
            if st is None:
                st = stem_of[w] = analyses(w, counts)[1]
            total[st] = total.get(st, 0) + 1
            if t != "O" and t in TYPES:
                h = hits.get(st)
                if h is None:
                    h = hits[st] = [0, 0, 0, 0]
                h[TYPES.index(t)] += 1
        seen += len(sent)
        if max_tokens is not None and seen >= max_tokens:
            break
    out: dict[str, tuple[str, ...]] = {}
    for st, n in total.items():
        if n < min_count:
            continue
        h = hits.get(st)
        feats = []
        if h is not None:
            for typ, c in zip(TYPES, h, strict=True):
                frac = c / n
                for lim, name in BUCKETS:
                    if frac >= lim:
                        feats.append(typ + name)
                        break
        out[st] = tuple(feats) if feats else ("O",)
    return out


def write_priors(path: Path, priors: dict[str, tuple[str, ...]]) -> None:
    lines = ["# stem\tprior features"] + [f"{k}\t{','.join(v)}" for k, v in sorted(priors.items())]
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def load_priors(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            k, _, v = line.rstrip("\n").partition("\t")
            out[k] = tuple(x for x in v.split(",") if x)
    return out
