"""Linear-chain CRF inference in numpy over the weights of a crfsuite model.

crfsuite scores a label sequence as the sum of the weights of the (attribute, label) pairs that
fire plus the label-transition weights. Because a token's attributes are those of the words at
offsets -2..+2 (plus a few pair and gazetteer-phrase attributes), the sum decomposes per word:
each distinct word's five weight vectors are summed once and cached, and a sentence's emission
scores are five shifted array additions. Viterbi and forward-backward then run on a small
(tokens x labels) array.

``o_bias`` is added to the score of the O label at every token: a negative value trades some
precision for recall. Training chooses it on the dev slice.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pycrfsuite

from hadath.ner.features import WordFeaturizer


class LinearChainCRF:
    """Weights of a crfsuite model as numpy arrays, with cached per-word emission vectors."""

    def __init__(self, tagger: pycrfsuite.Tagger, featurizer: WordFeaturizer, o_bias: float = 0.0) -> None:
        info = tagger.info()
        self.labels: list[str] = list(tagger.labels())
        n = len(self.labels)
        index = {lab: i for i, lab in enumerate(self.labels)}
        weights: dict[str, np.ndarray] = {}
        for (attr, lab), w in info.state_features.items():
            vec = weights.get(attr)
            if vec is None:
                vec = weights[attr] = np.zeros(n)
            vec[index[lab]] += w
        trans = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            trans[index[a], index[b]] = w
        self.weights = weights
        self.trans = trans
        self._exp_trans = np.exp(trans)
        self.featurizer = featurizer
        self.o_index = index.get("O", -1)
        self.o_bias = o_bias
        self._zero = np.zeros(n)
        self._vec_cache: dict[str, np.ndarray] = {}
        self._bos = weights.get("BOS", self._zero)
        self._bos2 = weights.get("-2BOS", self._zero)
        self._eos = weights.get("EOS", self._zero)

    def _sum(self, feats: Sequence[str]) -> np.ndarray:
        w = self.weights
        out = np.zeros(len(self.labels))
        for f in feats:
            v = w.get(f)
            if v is not None:
                out += v
        return out

    def word_vectors(self, word: str) -> np.ndarray:
        """(5, labels): summed weights of the word's own features and of its features at -2, -1, +1, +2."""
        hit = self._vec_cache.get(word)
        if hit is not None:
            return hit
        looks = self.featurizer.lookup(word)
        arr = np.stack([self._sum(looks[k]) for k in range(5)])
        if len(self._vec_cache) >= self.featurizer.cache_size:
            self._vec_cache.clear()
        self._vec_cache[word] = arr
        return arr

    def emissions(self, words: Sequence[str]) -> np.ndarray:
        """(tokens, labels) emission scores of a sentence."""
        n = len(words)
        vecs = np.stack([self.word_vectors(w) for w in words])
        em = vecs[:, 0].copy()
        if n > 2:
            em[2:] += vecs[:-2, 1]
            em[:-2] += vecs[2:, 4]
        if n > 1:
            em[1:] += vecs[:-1, 2]
            em[:-1] += vecs[1:, 3]
            em[1] += self._bos2
        em[0] += self._bos
        em[-1] += self._eos
        # word-pair and gazetteer-phrase attributes (not per word)
        fz = self.featurizer
        w = self.weights
        bare = [fz.lookup(x)[5][0] for x in words]
        for i in range(1, n):
            v = w.get("bg-=" + bare[i - 1] + "|" + bare[i])
            if v is not None:
                em[i] += v
            v = w.get("bg+=" + bare[i - 1] + "|" + bare[i])
            if v is not None:
                em[i - 1] += v
        if fz.res.phrases:
            for i, feats in enumerate(fz._phrases(words)):
                for f in feats:
                    v = w.get(f)
                    if v is not None:
                        em[i] += v
        if self.o_bias and self.o_index >= 0:
            em[:, self.o_index] += self.o_bias
        return em

    def viterbi(self, em: np.ndarray) -> list[int]:
        """Best label indexes for emission scores ``em``."""
        n = em.shape[0]
        if n == 0:
            return []
        trans = self.trans
        back = np.empty((n, em.shape[1]), dtype=np.intp)
        score = em[0]
        for t in range(1, n):
            cand = score[:, None] + trans
            back[t] = cand.argmax(0)
            score = cand.max(0) + em[t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        path.reverse()
        return path

    def marginals(self, em: np.ndarray) -> np.ndarray:
        """(tokens, labels) marginal probabilities (scaled forward-backward)."""
        n, k = em.shape
        emit = np.exp(em - em.max(1, keepdims=True))
        trans = self._exp_trans
        alpha = np.empty((n, k))
        beta = np.empty((n, k))
        a = emit[0] / emit[0].sum()
        alpha[0] = a
        for t in range(1, n):
            a = (a @ trans) * emit[t]
            a /= a.sum()
            alpha[t] = a
        b = np.ones(k)
        beta[-1] = b
        for t in range(n - 2, -1, -1):
            b = trans @ (emit[t + 1] * b)
            b /= b.sum()
            beta[t] = b
        m: np.ndarray = alpha * beta
        out: np.ndarray = m / m.sum(1, keepdims=True)
        return out

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        labels = self.labels
        return [labels[i] for i in self.viterbi(self.emissions(words))]

    def tag_with_marginals(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        if not words:
            return [], []
        em = self.emissions(words)
        path = self.viterbi(em)
        marg = self.marginals(em)
        labels = self.labels
        return [labels[i] for i in path], [float(marg[t, i]) for t, i in enumerate(path)]
