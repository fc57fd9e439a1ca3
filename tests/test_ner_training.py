"""Training on a tiny hand-written corpus: reproducible, loadable, and learns its names."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from hadath.ner.clusters import build_clusters, corpus_ids, tokenize_plain
from hadath.ner.tagger import NerTagger
from hadath.ner.train import read_anercorp, split_dev, train

PEOPLE = ["سامر", "نادر", "كريم", "وليد"]
PLACES = ["حلب", "صيدا", "جدة", "وهران"]
ORGS = [("شركة", "نور"), ("حزب", "الأمل"), ("جامعة", "الشروق")]


def _corpus() -> str:
    lines: list[str] = []
    for i in range(24):
        p, q = PEOPLE[i % 4], PLACES[(i + 1) % 4]
        h, o = ORGS[i % 3]
        sent = [
            ("قال", "O"), ("السيد", "O"), (p, "B-PERS"), ("في", "O"), (q, "B-LOC"),
            ("إن", "O"), (h, "B-ORG"), (o, "I-ORG"), ("تعمل", "O"), ("جيدا", "O"), (".", "O"),
        ]  # fmt: skip
        lines += [f"{w}\t{t}" for w, t in sent] + [""]
    return "\n".join(lines)


def _unlabeled(path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(40):
            p, q = PEOPLE[i % 4], PLACES[i % 4]
            text = f"وصل السيد {p} إلى مدينة {q} أمس. وقال الرئيس {p} إن {q} جميلة."
            f.write(json.dumps({"title": f"خبر {i}", "text": text}, ensure_ascii=False) + "\n")


def test_dev_split_is_the_last_tenth() -> None:
    data = [([str(i)], ["O"]) for i in range(20)]
    tr, dev = split_dev(data)
    assert len(dev) == 2 and dev[0][0] == ["18"] and len(tr) == 18


def test_train_is_reproducible_and_learns(tmp_path: Path) -> None:
    data = tmp_path / "train.tsv"
    data.write_text(_corpus(), encoding="utf-8")
    assert len(read_anercorp(data)) == 24
    a = train(data, None, tmp_path / "a", max_iter=50)
    b = train(data, None, tmp_path / "b", max_iter=50)
    assert (tmp_path / "a" / "ner.crfsuite").read_bytes() == (tmp_path / "b" / "ner.crfsuite").read_bytes()
    assert a.dev_micro_f1 == b.dev_micro_f1
    assert a.dev_micro_f1 > 0.9
    assert "dev micro-F1" in str(a)
    tagger = NerTagger.load(tmp_path / "a")
    tags = tagger.tag([["قال", "السيد", "كريم", "في", "حلب", "إن", "حزب", "الأمل", "تعمل", "جيدا", "."]])[0]
    assert tags[:8] == ["O", "O", "B-PER", "O", "B-GPE", "O", "B-ORG", "I-ORG"]


def test_train_with_unlabeled_builds_resources(tmp_path: Path) -> None:
    data = tmp_path / "train.tsv"
    data.write_text(_corpus(), encoding="utf-8")
    unl = tmp_path / "news.jsonl.gz"
    _unlabeled(unl)
    # the real cluster sizes do not fit a 40-article corpus: build small ones directly
    ids, words, counts = corpus_ids(unl, tmp_path / "cache")
    vocab, vcounts, labels = build_clusters(ids, words, counts, min_count=1, n_context=30, dim=4, ks=(2, 3))
    assert labels.shape == (len(vocab), 2)
    assert np.all(labels >= 0)
    assert int(vcounts[vocab.index("السيد")]) == 40
    # the whole training run with the unlabeled news: clusters, mined gazetteer, priors
    out = tmp_path / "model"
    rep = train(data, unl, out, max_iter=30)
    for name in ("ner.crfsuite", "clusters.tsv.gz", "gazetteer.tsv", "priors.tsv.gz", "meta.json"):
        assert (out / name).is_file(), name
    assert "priors" in rep.seconds
    gaz = (out / "gazetteer.tsv").read_text(encoding="utf-8")
    assert "\nوهران\t" in gaz and "mLOC" in gaz.split("\nوهران\t")[1].split("\n")[0]
    tagger = NerTagger.load(out)
    assert tagger.featurizer.res.priors and tagger.featurizer.res.clusters
    tags = tagger.tag([["قال", "السيد", "نادر", "في", "جدة", "."]])[0]
    assert tags[2] == "B-PER" and tags[4] == "B-GPE"


def test_tokenize_plain_splits_punctuation_and_normalizes() -> None:
    assert tokenize_plain("قالت «الأمم» ٢٠٢٤.") == ["قالت", "«", "الامم", "»", "2024", "."]
