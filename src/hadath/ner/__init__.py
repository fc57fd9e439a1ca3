"""Named-entity recognition trained in this repository: PER, ORG, GPE, LOC and MISC.

* ``NerTagger.load(path=None).tag(sentences)``: BIO tags for tokenized sentences (pure);
* ``NerStage``: the pipeline stage writing ``Entity`` objects with raw offsets;
* ``tag_conll`` / ``evaluate_conll``: CoNLL tagging and entity-level scoring for the CLI;
* ``hadath.ner.train.train``: reproducible training from ANERcorp and unlabeled news.
"""

from hadath.ner.conll import EvalReport, evaluate_conll, score, tag_conll
from hadath.ner.stage import NerStage
from hadath.ner.tagger import NerTagger

__all__ = ["EvalReport", "NerStage", "NerTagger", "evaluate_conll", "score", "tag_conll"]
