"""Near-duplicate articles (agency copies, light rewrites) with MinHash and LSH banding.

Each article gets a MinHash signature (datasketch) over shingles of ``shingle`` consecutive
normalized words. The signature is cut into LSH bands (``b`` bands of ``r`` rows, chosen by
datasketch's ``MinHashLSH`` for the threshold); each band is hashed to a 64-bit key stored in
``article_bands``, so candidates are found with an indexed lookup and the index persists in the
database across runs. A candidate whose estimated Jaccard similarity reaches the threshold links
the new article into the candidate's cluster. Articles are never deleted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from hadath.store.fts import words


@dataclass(frozen=True)
class DedupSettings:
    """Near-duplicate detection settings."""

    threshold: float = 0.7  # estimated Jaccard similarity of shingle sets
    num_perm: int = 128
    shingle: int = 3  # words per shingle
    seed: int = 1
    min_words: int = 8  # shorter texts are not clustered (too little evidence)


@lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


@lru_cache(maxsize=8)
def _template(num_perm: int, seed: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=seed)


def _new_minhash(settings: DedupSettings) -> MinHash:
    """A fresh MinHash sharing the cached permutations (building them is the slow part)."""
    tpl = _template(settings.num_perm, settings.seed)
    scheme = getattr(tpl, "scheme", None)
    if scheme is None:  # datasketch < 2: no hashing schemes
        return MinHash(num_perm=settings.num_perm, seed=settings.seed, permutations=tpl.permutations)
    return MinHash(
        num_perm=settings.num_perm, seed=settings.seed, permutations=tpl.permutations, scheme=scheme
    )


def shingles(text: str, k: int) -> list[bytes]:
    ws = words(text)
    if len(ws) < k:
        return [" ".join(ws).encode()] if ws else []
    return list({" ".join(ws[i : i + k]).encode() for i in range(len(ws) - k + 1)})


def n_words(text: str) -> int:
    return len(words(text))


def signature(text: str, settings: DedupSettings = DedupSettings()) -> np.ndarray:
    """MinHash signature (uint64 array of ``num_perm`` values) of ``text``."""
    m = _new_minhash(settings)
    sh = shingles(text, settings.shingle)
    if sh:
        m.update_batch(sh)
    return np.asarray(m.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u8").tobytes()


def from_bytes(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<u8")


def band_keys(sig: np.ndarray, settings: DedupSettings = DedupSettings()) -> list[int]:
    """One signed 64-bit key per LSH band."""
    b, r = _bands(settings.threshold, settings.num_perm)
    out = []
    raw = np.asarray(sig, dtype="<u8")
    for i in range(b):
        h = hashlib.blake2b(raw[i * r : (i + 1) * r].tobytes(), digest_size=8, person=i.to_bytes(4, "little"))
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return list(dict.fromkeys(out))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if len(a) != len(b) or len(a) == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)
