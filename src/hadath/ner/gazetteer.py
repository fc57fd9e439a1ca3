"""The NER gazetteer: hand-written seed lists plus names mined from unlabeled news.

Mining uses only trigger patterns over the unlabeled text, never the labeled data:

* ``mPER``: the word after a person title (``PTITLE``: الرئيس, السيد, الشيخ ...), skipping
  nisba adjectives and further titles ("الرئيس الفرنسي جاك شيراك" -> جاك), and ``mPER2`` the
  word after that one;
* ``mLOC``: the word after a place trigger (مدينة, العاصمة, ولاية, محافظة, بلدة ...);
* ``mORG``: the word after an organization head word (حركة, صحيفة, شركة ...).

A word is kept for a class when it follows the trigger at least ``min_count`` times and in at
least ``min_ratio`` of its occurrences. The gazetteer file maps a normalized word (or a
space-separated phrase) to its classes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from hadath.text.normalize import normalize_word

SEEDS_FILE = Path(__file__).parent / "data" / "seeds.tsv"

_PLACE_TRIGGERS = frozenset(
    normalize_word(w)
    for w in "مدينة المدينة ولاية محافظة بلدة قرية إقليم اقليم العاصمة عاصمة مقاطعة إمارة مخيم ضاحية".split()
)


def load_seeds(path: Path = SEEDS_FILE) -> dict[str, set[str]]:
    """Seed entries: normalized word or phrase -> classes."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, _, words = line.partition("\t")
        for w in words.split():
            key = " ".join(normalize_word(p) for p in w.split("_"))
            out[key].add(cls)
    return out


def _strip_clitic(w: str) -> str:
    for p in ("وال", "فال", "بال", "لل", "و", "ف"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return ("ال" + w[len(p) :]) if p.endswith(("ال", "لل")) else w[len(p) :]
    return w


def mine(
    ids: np.ndarray,
    words: list[str],
    counts: np.ndarray,
    seeds: dict[str, set[str]],
    min_count: int = 3,
    min_ratio: float = 0.15,
) -> dict[str, set[str]]:
    """Mine name words from the corpus (token ids, -1 between texts) with trigger patterns."""
    titles = {k for k, v in seeds.items() if "PTITLE" in v and " " not in k}
    heads = {k for k, v in seeds.items() if "OHEAD" in v and " " not in k}
    norm = [_strip_clitic(w) for w in words]
    is_title = np.array([n in titles for n in norm], dtype=bool)
    is_place = np.array([n in _PLACE_TRIGGERS for n in norm], dtype=bool)
    is_head = np.array([n in heads for n in norm], dtype=bool)
    is_word = np.array([len(w) >= 2 and all("\u0621" <= c <= "\u064a" for c in w) for w in words], dtype=bool)
    is_nisba = np.array(
        [w.startswith("ال") and (w.endswith("ي") or w.endswith("يه")) and len(w) > 4 for w in words],
        dtype=bool,
    )
    hits: dict[str, Counter[int]] = {
        "mPER": Counter(),
        "mPER2": Counter(),
        "mLOC": Counter(),
        "mORG": Counter(),
    }
    n = len(ids)
    valid_id = ids >= 0
    safe = np.where(valid_id, ids, 0)
    trig_title = valid_id & is_title[safe]
    for pos in np.flatnonzero(trig_title):
        j = pos + 1
        while j < n and ids[j] >= 0 and (is_nisba[ids[j]] or is_title[ids[j]]) and j - pos <= 3:
            j += 1
        if j < n and ids[j] >= 0 and is_word[ids[j]] and not is_title[ids[j]]:
            hits["mPER"][int(ids[j])] += 1
            if j + 1 < n and ids[j + 1] >= 0 and is_word[ids[j + 1]]:
                hits["mPER2"][int(ids[j + 1])] += 1
    for cls, mask in (("mLOC", is_place), ("mORG", is_head)):
        trig = valid_id & mask[safe]
        for pos in np.flatnonzero(trig):
            j = pos + 1
            if j < n and ids[j] >= 0 and is_word[ids[j]] and not mask[ids[j]]:
                hits[cls][int(ids[j])] += 1
    out: dict[str, set[str]] = defaultdict(set)
    for cls, ctr in hits.items():
        for i, c in ctr.items():
            if c >= min_count and c >= min_ratio * counts[i]:
                out[words[i]].add(cls)
    return out


def merge(*parts: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for p in parts:
        for k, v in p.items():
            out[k] |= v
    return out


def write_gazetteer(path: Path, gaz: dict[str, set[str]]) -> None:
    lines = ["# normalized word or phrase\tclasses"]
    lines += [f"{k}\t{','.join(sorted(v))}" for k, v in sorted(gaz.items()) if v]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def phrase_index(gaz: dict[str, Iterable[str]]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Multi-word entries indexed by their first word: first -> [(words, classes)], longest first."""
    idx: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for k, v in gaz.items():
        parts = tuple(k.split())
        if len(parts) > 1:
            idx[parts[0]].append((parts, tuple(sorted(v))))
    for lst in idx.values():
        lst.sort(key=lambda e: -len(e[0]))
    return dict(idx)
