"""Building the feature resources (word clusters, gazetteer) for training."""

from __future__ import annotations

import shutil
from pathlib import Path

from hadath.ner.tagger import CLUSTERS_FILE, GAZETTEER_FILE, PRIORS_FILE

__all__ = ["CLUSTERS_FILE", "GAZETTEER_FILE", "build_resources"]


MINED_CLASSES = ("mPER", "mPER2", "mLOC", "mORG")


def build_resources(
    out_dir: Path,
    unlabeled: Path | None,
    seed: int = 13,
    copy_from: Path | None = None,
    mined_classes: tuple[str, ...] = MINED_CLASSES,
) -> None:
    """Write the resource files (clusters, gazetteer) into ``out_dir``.

    With ``copy_from``, copy them from that model directory instead of building them.
    """
    if copy_from is not None:
        for name in (CLUSTERS_FILE, GAZETTEER_FILE, PRIORS_FILE):
            if (copy_from / name).exists():
                shutil.copyfile(copy_from / name, out_dir / name)
        return
    from hadath.ner import gazetteer as gz

    seeds = gz.load_seeds()
    mined: dict[str, set[str]] = {}
    if unlabeled is not None:
        from hadath.ner.clusters import build_clusters, corpus_ids, write_clusters

        ids, words, counts = corpus_ids(unlabeled, out_dir / "cache")
        if not (out_dir / CLUSTERS_FILE).exists():
            vocab, vcounts, labels = build_clusters(ids, words, counts, seed=seed, min_count=3)
            write_clusters(out_dir / CLUSTERS_FILE, vocab, vcounts, labels)
        mined = gz.mine(ids, words, counts, seeds)
        mined = {k: v & set(mined_classes) for k, v in mined.items()}
    gz.write_gazetteer(out_dir / GAZETTEER_FILE, gz.merge(seeds, mined))
