"""Shared fixtures. Tests never depend on the working directory or on ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_6c9d362a81df4c0f.txt"
ANT_DEV = SHARED / "data" / "news" / "ant_dev.jsonl"


@pytest.fixture
def examples_dir() -> Path:
    return REPO / "examples"


@pytest.fixture
def ant_dev() -> Path:
    if not ANT_DEV.exists():
        pytest.skip(f"{ANT_DEV} is absent (shared data not on this machine)")
    return ANT_DEV


@pytest.fixture
def seed_article() -> Path:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (shared data not on this machine)")
    return SEED


def make_doc(text: str, **kw):
    """A Document with the text layer run (hand-written examples)."""
    from hadath.doc.model import Document
    from hadath.text.stage import TextStage

    return TextStage()(Document(text, **kw))


@pytest.fixture(scope="session")
def spark():
    """One local SparkSession for the whole test run (127.0.0.1, UI off); skips without Java/pyspark."""
    import shutil

    if shutil.which("java") is None:
        pytest.skip("Spark tests need Java 17 (java not on PATH)")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.skip("Spark tests need pyspark: pip install 'hadath[spark]'")
    from hadath.batch.spark import spark_session

    session = spark_session("local[2]", app_name="hadath-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
