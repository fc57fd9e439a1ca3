"""`hadath load` puts batch output into the store, once, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from hadath.batch.load import load_output
from hadath.batch.local import run_local
from hadath.store.query import stats
from hadath.store.testing import BACKENDS, backend_db

from .conftest import REPO


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


@pytest.fixture(scope="module")
def batch_output(tmp_path_factory):
    from datetime import date

    out = tmp_path_factory.mktemp("batch") / "out"
    run_local(REPO / "examples", out, workers=1, published=date(2024, 3, 12))
    return out


def test_batch_load_stores_documents_once(batch_output, db):
    first = load_output(batch_output, db)
    assert first["new"] == 4 and first["errors"] == 0
    again = load_output(batch_output, db)
    assert again["new"] == 0 and again["skipped"] == 4
    assert stats(db)["articles"] == 4


def test_batch_load_refuses_a_folder_without_documents(tmp_path, db):
    from hadath.errors import UsageError

    with pytest.raises(UsageError):
        load_output(tmp_path, db)
