"""Training the NER model: ANERcorp + (optionally) word clusters from unlabeled news -> model dir.

``train(data, unlabeled, out_dir)`` is what ``hadath train ner`` runs. It is deterministic
for a given seed. The last 10% of the sentences of ``data`` are held out as a dev slice: a
model is trained on the first 90% and scored on the dev slice, then the shipped model is
trained on all sentences with the same settings.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from hadath.errors import InputError
from hadath.ner.conll import EvalReport, read_tagged, score
from hadath.ner.features import Resources, WordFeaturizer
from hadath.ner.labels import from_anercorp
from hadath.ner.tagger import (
    CLUSTERS_FILE,
    CRF_FILE,
    GAZETTEER_FILE,
    META_FILE,
    PRIORS_FILE,
    NerTagger,
    load_resources,
)

Tagged = list[tuple[list[str], list[str]]]

RESOURCE_FILES = (CLUSTERS_FILE, GAZETTEER_FILE, PRIORS_FILE)
DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.05
DEFAULT_MAX_ITER = 500
O_BIASES = (0.0, -0.25, -0.5, -0.75, -1.0)


@dataclass
class TrainReport:
    """What a training run did and how well its dev model scored."""

    out_dir: str
    train_sentences: int = 0
    dev_sentences: int = 0
    train_tokens: int = 0
    dev_scores: dict[str, object] = field(default_factory=dict)
    dev_micro_f1: float = 0.0
    dev_micro_f1_all: float = 0.0
    dev_micro_f1_no_bias: float = 0.0
    params: dict[str, object] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    model_bytes: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def __str__(self) -> str:
        secs = ", ".join(f"{k} {v:.0f}s" for k, v in self.seconds.items())
        return (
            f"NER model in {self.out_dir}: {self.train_sentences} train + {self.dev_sentences} dev "
            f"sentences; dev micro-F1 {self.dev_micro_f1:.4f} (PER/LOC/ORG), "
            f"{self.dev_micro_f1_all:.4f} (with MISC); {self.model_bytes / 1e6:.1f} MB; {secs}"
        )


def read_anercorp(path: Path) -> Tagged:
    """Sentences of an ANERcorp-style file (token TAB BIO tag), labels in training naming."""
    data = read_tagged(Path(path))
    if not data:
        raise InputError("no sentences", path=str(path), hint="expected `token<TAB>tag` lines")
    return [(toks, [from_anercorp(t) for t in tags]) for toks, tags in data]


def split_dev(data: Sequence[tuple[list[str], list[str]]], frac: float = 0.1) -> tuple[Tagged, Tagged]:
    """(train, dev): the last ``frac`` of the sentences are the dev slice."""
    n_dev = max(1, round(len(data) * frac)) if len(data) > 1 else 0
    cut = len(data) - n_dev
    return list(data[:cut]), list(data[cut:])


def fit_crf(
    featurizer: WordFeaturizer,
    data: Tagged,
    model_path: Path,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iter: int = DEFAULT_MAX_ITER,
    min_freq: int = 1,
) -> None:
    """Train a CRF (L-BFGS, L1+L2) on ``data`` and write it to ``model_path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in data:
        trainer.append(featurizer.sentence(toks), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iter,
            "feature.possible_transitions": True,
            "feature.minfreq": min_freq,
        }
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def evaluate_dir(model_dir: Path, data: Tagged, o_bias: float | None = None) -> EvalReport:
    """Score the model in ``model_dir`` on tagged sentences (``o_bias``: override the model's)."""
    tagger = NerTagger.load(model_dir)
    if o_bias is not None:
        tagger.crf.o_bias = o_bias
    pred = tagger.tag([t for t, _ in data])
    return score([g for _, g in data], pred)


def tune_o_bias(
    model_dir: Path, data: Tagged, biases: Sequence[float] = O_BIASES
) -> tuple[float, EvalReport]:
    """The O-label bias with the best micro-F1 (PER/LOC/ORG) on ``data``; ties go to the smallest change."""
    tagger = NerTagger.load(model_dir)
    best: tuple[float, EvalReport] | None = None
    for b in biases:
        tagger.crf.o_bias = b
        rep = score([g for _, g in data], tagger.tag([t for t, _ in data]))
        if best is None or rep.micro_f1 > best[1].micro_f1 + 1e-9:
            best = (b, rep)
    assert best is not None
    return best


def train(
    data: Path,
    unlabeled: Path | None,
    out_dir: Path,
    seed: int = 13,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iter: int = DEFAULT_MAX_ITER,
    final_on_all: bool = True,
    resources_dir: Path | None = None,
    mined_classes: tuple[str, ...] | None = None,
    use_priors: bool = True,
    tune_bias: bool = True,
) -> TrainReport:
    """Train the NER model from ANERcorp-style ``data`` into ``out_dir``.

    ``unlabeled`` (JSON lines with "title" and "text", optionally gzipped) is used to build word
    clusters and a mined gazetteer; intermediate results are cached in ``out_dir/cache``.
    ``resources_dir``: take the resource files from there instead of building them.
    """
    from hadath.ner import resources as res_build

    out_dir = Path(out_dir)
    if unlabeled is not None and not Path(unlabeled).is_file():
        raise InputError("unlabeled news file not found", path=str(unlabeled), hint="check --unlabeled")
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    sents = read_anercorp(Path(data))
    tr, dev = split_dev(sents)
    report = TrainReport(out_dir=str(out_dir))
    report.train_sentences, report.dev_sentences = len(tr), len(dev)
    report.train_tokens = sum(len(t) for t, _ in sents)
    report.params = {"c1": c1, "c2": c2, "max_iter": max_iter, "seed": seed}

    t1 = time.time()
    res_build.build_resources(
        out_dir,
        unlabeled=Path(unlabeled) if unlabeled else None,
        seed=seed,
        copy_from=resources_dir,
        mined_classes=res_build.MINED_CLASSES if mined_classes is None else mined_classes,
    )
    report.seconds["resources"] = round(time.time() - t1, 1)
    priors_path = out_dir / PRIORS_FILE
    if priors_path.exists() and resources_dir is None:
        priors_path.unlink()
    resources: Resources = load_resources(out_dir)
    if use_priors and unlabeled is not None and resources_dir is None:
        from hadath.ner.clusters import corpus_ids
        from hadath.ner.priors import compute_priors, write_priors

        t1 = time.time()
        stage1 = out_dir / "cache" / "stage1.crfsuite"
        fit_crf(WordFeaturizer(resources), tr, stage1, c1, c2, max_iter)
        ids, words, _ = corpus_ids(Path(unlabeled), out_dir / "cache")
        priors = compute_priors(stage1, WordFeaturizer(resources), ids, words)
        write_priors(priors_path, priors)
        resources = load_resources(out_dir)
        report.seconds["priors"] = round(time.time() - t1, 1)

    t1 = time.time()
    dev_dir = out_dir / "cache" / "dev_model"
    for name in RESOURCE_FILES:
        src = out_dir / name
        dev_dir.mkdir(parents=True, exist_ok=True)
        if src.exists():
            (dev_dir / name).write_bytes(src.read_bytes())
        elif (dev_dir / name).exists():
            (dev_dir / name).unlink()
    fit_crf(WordFeaturizer(resources), tr, dev_dir / CRF_FILE, c1, c2, max_iter)
    report.seconds["crf_dev"] = round(time.time() - t1, 1)
    ev0 = evaluate_dir(dev_dir, dev, o_bias=0.0)
    o_bias, ev = tune_o_bias(dev_dir, dev) if tune_bias else (0.0, ev0)
    report.params["o_bias"] = o_bias
    report.dev_micro_f1_no_bias = round(ev0.micro_f1, 4)
    report.dev_scores = ev.as_dict()
    report.dev_micro_f1 = round(ev.micro_f1, 4)
    report.dev_micro_f1_all = round(ev.micro_f1_all, 4)

    t1 = time.time()
    if final_on_all:
        fit_crf(WordFeaturizer(resources), sents, out_dir / CRF_FILE, c1, c2, max_iter)
    else:
        (out_dir / CRF_FILE).write_bytes((dev_dir / CRF_FILE).read_bytes())
    report.seconds["crf_final"] = round(time.time() - t1, 1)
    report.seconds["total"] = round(time.time() - t0, 1)
    report.model_bytes = sum(
        p.stat().st_size
        for p in out_dir.iterdir()
        if p.is_file() and (p.name == CRF_FILE or p.name in RESOURCE_FILES)
    )
    meta = {
        "types": ["PER", "ORG", "GPE", "LOC", "MISC"],
        "o_bias": o_bias,
        "trained_on": Path(data).name,
        "report": report.as_dict(),
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return report
