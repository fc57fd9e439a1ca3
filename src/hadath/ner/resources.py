"""Building the feature resources (word clusters, gazetteer) for training."""

from __future__ import annotations

import shutil
from pathlib import Path

from hadath.ner.tagger import CLUSTERS_FILE, GAZETTEER_FILE

__all__ = ["CLUSTERS_FILE", "GAZETTEER_FILE", "build_resources"]


def build_resources(
    out_dir: Path, unlabeled: Path | None, seed: int = 13, copy_from: Path | None = None
) -> None:
    """Write the resource files (clusters, gazetteer) into ``out_dir``.

    With ``copy_from``, copy them from that model directory instead of building them.
    """
    if copy_from is not None:
        for name in (CLUSTERS_FILE, GAZETTEER_FILE):
            if (copy_from / name).exists():
                shutil.copyfile(copy_from / name, out_dir / name)
        return
    if unlabeled is not None:
        from hadath.ner.clusters import build_clusters, corpus_ids, write_clusters

        ids, words, counts = corpus_ids(unlabeled, out_dir / "cache")
        vocab, vcounts, labels = build_clusters(ids, words, counts, seed=seed, min_count=3)
        write_clusters(out_dir / CLUSTERS_FILE, vocab, vcounts, labels)
