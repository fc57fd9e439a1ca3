"""Distributional word clusters from unlabeled news, for the CRF's cluster features.

Steps (all deterministic for a seed):

1. tokenize the unlabeled articles (normalized text, punctuation split off, as in ANERcorp);
2. count co-occurrences of each vocabulary word with the most frequent words at offsets
   -2, -1, +1, +2 (one context column per offset and word);
3. weight by positive PMI (context counts smoothed with exponent 0.75) and reduce with a
   truncated SVD (scipy ``svds``) to ``dim`` dimensions, rows scaled to unit length;
4. k-means (``ks[-1]`` clusters, numpy) over the word vectors, then k-means over the centroids
   for the coarser levels, so that the cluster levels nest like Brown-cluster prefixes.

The token ids are cached in ``cache_dir`` so a re-run skips step 1.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

from hadath.text.normalize import normalize

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def tokenize_plain(text: str) -> list[str]:
    """Normalized, lowercased tokens of a text: runs of word characters, punctuation alone."""
    return _TOKEN_RE.findall(normalize(text).replace("_", " ").lower())


def iter_articles(path: Path) -> Iterator[str]:
    """Title and text of each article of a JSON-lines file (gzip or not)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            obj = json.loads(line)
            for key in ("title", "text"):
                val = obj.get(key)
                if isinstance(val, str) and val:
                    yield val


def corpus_ids(path: Path, cache_dir: Path) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(token ids with -1 between texts, id -> word, counts); cached in ``cache_dir``."""
    cache = cache_dir / "corpus_ids.npz"
    vocab_file = cache_dir / "corpus_vocab.txt"
    stamp_file = cache_dir / "corpus_source.json"
    st = Path(path).stat()
    stamp = json.dumps({"path": str(Path(path).resolve()), "size": st.st_size, "mtime": int(st.st_mtime)})
    fresh = stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp
    if fresh and cache.exists() and vocab_file.exists():
        z = np.load(cache)
        words = vocab_file.read_text(encoding="utf-8").split("\n")
        return z["ids"], words, z["counts"]
    index: dict[str, int] = {}
    ids: list[int] = []
    for text in iter_articles(path):
        for para in text.split("\n"):
            toks = tokenize_plain(para)
            if not toks:
                continue
            for t in toks:
                i = index.get(t)
                if i is None:
                    i = index[t] = len(index)
                ids.append(i)
            ids.append(-1)
    arr = np.asarray(ids, dtype=np.int32)
    counts = np.bincount(arr[arr >= 0], minlength=len(index)).astype(np.int64)
    words = [""] * len(index)
    for w, i in index.items():
        words[i] = w
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.savez(cache, ids=arr, counts=counts)
    vocab_file.write_text("\n".join(words), encoding="utf-8")
    stamp_file.write_text(stamp, encoding="utf-8")
    return arr, words, counts


def _kmeans(
    x: np.ndarray, k: int, rng: np.random.Generator, iters: int, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Plain Lloyd k-means with squared Euclidean distance; returns (centroids, labels)."""
    n = x.shape[0]
    k = min(k, n)
    cent = x[rng.choice(n, size=k, replace=False)].copy()
    labels = np.zeros(n, dtype=np.int64)
    w = np.ones(n) if weights is None else weights
    xx = (x * x).sum(1)
    for _ in range(iters):
        cc = (cent * cent).sum(1)
        # chunked nearest-centroid search
        for s in range(0, n, 20000):
            d = xx[s : s + 20000, None] - 2.0 * x[s : s + 20000] @ cent.T + cc[None, :]
            labels[s : s + 20000] = d.argmin(1)
        sums = np.zeros_like(cent)
        np.add.at(sums, labels, x * w[:, None])
        mass = np.bincount(labels, weights=w, minlength=k)
        empty = mass == 0
        cent = np.where(empty[:, None], cent, sums / np.maximum(mass, 1e-12)[:, None])
        if empty.any():  # re-seed empty clusters from random points
            cent[empty] = x[rng.choice(n, size=int(empty.sum()), replace=False)]
    return cent, labels


def build_clusters(
    ids: np.ndarray,
    words: list[str],
    counts: np.ndarray,
    seed: int = 13,
    min_count: int = 5,
    max_vocab: int = 150_000,
    n_context: int = 20_000,
    dim: int = 100,
    ks: tuple[int, ...] = (64, 256, 1024),
    iters: int = 25,
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(vocabulary words, their counts, cluster ids [n_words, len(ks)] coarse to fine)."""
    rng = np.random.default_rng(seed)
    order = np.argsort(-counts, kind="stable")
    vocab_ids = order[:max_vocab][counts[order[:max_vocab]] >= min_count]
    ctx_ids = order[:n_context]
    vmap = np.full(len(words), -1, dtype=np.int64)
    vmap[vocab_ids] = np.arange(len(vocab_ids))
    cmap = np.full(len(words), -1, dtype=np.int64)
    cmap[ctx_ids] = np.arange(len(ctx_ids))
    rows_all, cols_all = [], []
    n = len(ids)
    for j, off in enumerate((-2, -1, 1, 2)):
        if off < 0:
            a, b = ids[-off:], ids[: n + off]
        else:
            a, b = ids[: n - off], ids[off:]
        valid = (a >= 0) & (b >= 0)
        # do not look across a text boundary (-1 between texts)
        if abs(off) == 2:
            mid = ids[1:-1]
            valid &= mid >= 0
        t = vmap[np.where(valid, a, 0)]
        c = cmap[np.where(valid, b, 0)]
        keep = valid & (t >= 0) & (c >= 0)
        rows_all.append(t[keep])
        cols_all.append(c[keep] + j * len(ctx_ids))
    rows = np.concatenate(rows_all)
    cols = np.concatenate(cols_all)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab_ids), 4 * len(ctx_ids))
    ).tocsr()
    m.sum_duplicates()
    # PPMI with context-distribution smoothing
    total = m.sum()
    row_sum = np.asarray(m.sum(1)).ravel()
    col_sum = np.asarray(m.sum(0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (row_sum[m.row] / total) / col_p[m.col] / total)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    dim = max(1, min(dim, min(ppmi.shape) - 1))
    v0 = rng.standard_normal(min(ppmi.shape))
    u, s, _ = svds(ppmi, k=dim, v0=v0 / np.linalg.norm(v0), random_state=seed)
    vec = u * np.sqrt(s)[None, :]
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    # finest level on the words, coarser levels on the centroids (weighted by cluster size)
    fine_cent, fine = _kmeans(vec, ks[-1], rng, iters)
    levels = [fine]
    size = np.bincount(fine, minlength=fine_cent.shape[0]).astype(np.float64)
    for k in reversed(ks[:-1]):
        _, lab = _kmeans(fine_cent, k, rng, iters * 2, weights=size)
        levels.append(lab[fine])
    labels = np.stack(list(reversed(levels)), axis=1)
    vocab_words = [words[i] for i in vocab_ids]
    return vocab_words, counts[vocab_ids], labels


def write_clusters(
    path: Path,
    vocab: list[str],
    counts: np.ndarray,
    labels: np.ndarray,
    extra_counts: Counter[str] | None = None,
) -> None:
    """Write ``word<TAB>count<TAB>cluster...`` lines (gzip, deterministic bytes)."""
    lines = ["# word\tcount\tclusters coarse..fine"]
    for w, c, lab in zip(vocab, counts.tolist(), labels.tolist(), strict=True):
        lines.append(w + "\t" + str(c) + "\t" + "\t".join(str(x) for x in lab))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(data)
