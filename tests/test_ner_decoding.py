"""The numpy decoder gives crfsuite's own answers; the O bias trades precision for recall."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from hadath.ner.tagger import CRF_FILE, PACKAGED_MODEL, NerTagger

SENTENCES = [
    "وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات كانت مثمرة .".split(),
    "وأعلنت وزارة الخارجية الفرنسية أن الوزير سيزور بيروت ودمشق الأسبوع المقبل".split(),
    "ارتفعت أسعار النفط".split(),
    ["لبنان"],
]


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.fixture(scope="module")
def reference() -> pycrfsuite.Tagger:
    t = pycrfsuite.Tagger()
    t.open(str(PACKAGED_MODEL / CRF_FILE))
    return t


def test_viterbi_matches_crfsuite(tagger: NerTagger, reference: pycrfsuite.Tagger) -> None:
    saved = tagger.crf.o_bias
    tagger.crf.o_bias = 0.0
    try:
        for s in SENTENCES:
            assert tagger.crf.tag(s) == reference.tag(tagger.featurizer.sentence(s))
    finally:
        tagger.crf.o_bias = saved


def test_marginals_match_crfsuite(tagger: NerTagger, reference: pycrfsuite.Tagger) -> None:
    saved = tagger.crf.o_bias
    tagger.crf.o_bias = 0.0
    try:
        for s in SENTENCES:
            em = tagger.crf.emissions(s)
            marg = tagger.crf.marginals(em)
            assert np.allclose(marg.sum(1), 1.0)
            reference.set(tagger.featurizer.sentence(s))
            for t in range(len(s)):
                for k, lab in enumerate(tagger.crf.labels):
                    assert abs(marg[t, k] - reference.marginal(lab, t)) < 1e-4
    finally:
        tagger.crf.o_bias = saved


def test_negative_o_bias_finds_more_names(tagger: NerTagger) -> None:
    saved = tagger.crf.o_bias
    try:
        counts = []
        for b in (0.0, -3.0, -8.0):
            tagger.crf.o_bias = b
            counts.append(sum(t != "O" for s in SENTENCES for t in tagger.crf.tag(s)))
        assert counts[0] <= counts[1] <= counts[2]
        assert counts[2] > counts[0]
    finally:
        tagger.crf.o_bias = saved
