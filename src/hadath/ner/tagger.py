"""NerTagger: the packaged CRF model, as a pure function from token lists to BIO tags."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from hadath.errors import ModelError
from hadath.ner.conll import entities
from hadath.ner.decode import LinearChainCRF
from hadath.ner.features import Resources, WordFeaturizer
from hadath.ner.labels import location_type

PACKAGED_MODEL = Path(__file__).parent / "model"
CRF_FILE = "ner.crfsuite"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv"
PRIORS_FILE = "priors.tsv.gz"
META_FILE = "meta.json"

_RETRAIN_HINT = (
    "reinstall hadath, or train a model with `hadath train ner --data ANERCORP.tsv "
    "--unlabeled NEWS.jsonl.gz --out DIR` and load it from DIR"
)


def load_clusters(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """Word clusters and counts from ``word<TAB>count<TAB>cluster...`` lines (gzip)."""
    clusters: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or line.startswith("#"):
                continue
            counts[parts[0]] = int(parts[1])
            if len(parts) > 2:
                clusters[parts[0]] = tuple(parts[2:])
    return clusters, counts


def load_gazetteer(path: Path) -> dict[str, tuple[str, ...]]:
    """Gazetteer classes per normalized word from ``word<TAB>class[,class...]`` lines."""
    gaz: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            word, _, classes = line.rstrip("\n").partition("\t")
            gaz[word] = tuple(c for c in classes.split(",") if c)
    return gaz


def load_resources(model_dir: Path) -> Resources:
    clusters: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    gaz: dict[str, tuple[str, ...]] = {}
    if (model_dir / CLUSTERS_FILE).exists():
        clusters, counts = load_clusters(model_dir / CLUSTERS_FILE)
    if (model_dir / GAZETTEER_FILE).exists():
        gaz = load_gazetteer(model_dir / GAZETTEER_FILE)
    priors: dict[str, tuple[str, ...]] = {}
    if (model_dir / PRIORS_FILE).exists():
        from hadath.ner.priors import load_priors

        priors = load_priors(model_dir / PRIORS_FILE)
    return Resources(clusters=clusters, counts=counts, gazetteer=gaz, priors=priors)


def refine_locations(tokens: Sequence[str], tags: list[str]) -> list[str]:
    """Turn the CRF's LOC entities into GPE or LOC (see ``labels.location_type``)."""
    out = list(tags)
    for typ, s, e in entities(tags):
        if typ != "LOC":
            continue
        new = location_type(list(tokens[s:e]), tokens[s - 1] if s > 0 else None)
        if new != "LOC":
            for i in range(s, e):
                out[i] = out[i][:2] + new
    return out


class NerTagger:
    """Tags tokenized sentences with BIO labels over PER, ORG, GPE, LOC and MISC."""

    def __init__(self, model_dir: Path, crf_tagger: pycrfsuite.Tagger, resources: Resources) -> None:
        self.model_dir = model_dir
        self.featurizer = WordFeaturizer(resources)
        meta_path = model_dir / META_FILE
        self.meta: dict[str, object] = {}
        if meta_path.exists():
            self.meta = json.loads(meta_path.read_text(encoding="utf-8"))
        bias = self.meta.get("o_bias", 0.0)
        self.crf = LinearChainCRF(
            crf_tagger, self.featurizer, float(bias) if isinstance(bias, int | float) else 0.0
        )

    @classmethod
    def load(cls, path: Path | str | None = None) -> NerTagger:
        """Load a model directory (the packaged model when ``path`` is None)."""
        model_dir = Path(path) if path is not None else PACKAGED_MODEL
        crf_path = model_dir / CRF_FILE
        if not crf_path.is_file():
            raise ModelError("no NER model found", path=str(crf_path), hint=_RETRAIN_HINT)
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(crf_path))
        except Exception as e:  # crfsuite raises ValueError/OSError on bad files
            raise ModelError(
                f"the NER model cannot be read: {e}", path=str(crf_path), hint=_RETRAIN_HINT
            ) from e
        try:
            resources = load_resources(model_dir)
            return cls(model_dir, tagger, resources)
        except (OSError, ValueError, EOFError, KeyError) as e:
            raise ModelError(
                f"the NER resources cannot be read: {e}", path=str(model_dir), hint=_RETRAIN_HINT
            ) from e

    def tag_raw(self, sentence: Sequence[str]) -> list[str]:
        """BIO tags of one sentence over the trained types (PER, ORG, LOC, MISC)."""
        return self.crf.tag(sentence)

    def tag_one(self, sentence: Sequence[str]) -> list[str]:
        """BIO tags of one sentence over PER, ORG, GPE, LOC and MISC."""
        return refine_locations(sentence, self.tag_raw(sentence))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags (PER, ORG, GPE, LOC, MISC) for each sentence of tokens."""
        return [self.tag_one(s) for s in sentences]

    def tag_with_scores(self, sentence: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags of one sentence and, per token, the marginal probability of its tag."""
        raw, probs = self.crf.tag_with_marginals(sentence)
        return refine_locations(sentence, raw), probs
