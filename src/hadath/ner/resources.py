"""Building the feature resources (word clusters, gazetteer) for training."""

from __future__ import annotations

import shutil
from pathlib import Path

from hadath.ner.tagger import CLUSTERS_FILE, GAZETTEER_FILE

__all__ = ["CLUSTERS_FILE", "GAZETTEER_FILE", "build_resources"]


def build_resources(
    out_dir: Path, unlabeled: Path | None, seed: int = 13, copy_from: Path | None = None
) -> None:
    """Write the resource files into ``out_dir``."""
    if copy_from is not None:
        for name in (CLUSTERS_FILE, GAZETTEER_FILE):
            if (copy_from / name).exists():
                shutil.copyfile(copy_from / name, out_dir / name)
        return
