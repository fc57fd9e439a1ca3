"""Lint and type checks run with the tests: ruff over the tree, mypy over the package
(strict for the document model, the pipeline, the text layer and the errors; pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import REPO


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_quality_ruff_is_clean():
    if shutil.which("ruff") is None:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    proc = run(["ruff", "check", "src", "tests", "benchmarks", "scripts"])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_quality_mypy_is_clean():
    pytest.importorskip("mypy")
    proc = run([sys.executable, "-m", "mypy"])
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
