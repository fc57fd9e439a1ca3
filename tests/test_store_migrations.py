"""The schema is created by the shipped Alembic migrations on open, and matches hadath.store.schema."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hadath.errors import StoreError
from hadath.store import default_db_path, open_store, resolve_url
from hadath.store.db import VERSION_TABLE, head_revision
from hadath.store.schema import metadata
from hadath.store.testing import BACKENDS, backend_db


@pytest.fixture(
    params=[pytest.param(b, marks=[pytest.mark.postgres] if b == "postgresql" else []) for b in BACKENDS]
)
def db(request, tmp_path):
    url, cleanup = backend_db(request.param, tmp_path)
    yield url
    cleanup()


def test_open_migrates_to_head_and_matches_the_schema_module(db):
    with open_store(db) as store, store.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        assert ctx.get_current_revision() == head_revision()
        diff = [d for d in compare_metadata(ctx, metadata) if not _backend_extra(d)]
    assert diff == []


def _backend_extra(d) -> bool:
    """Search structures made by the migration on purpose, not described in schema.py."""
    text = repr(d)
    return any(s in text for s in ("articles_fts", "tsv_arabic", "tsv_simple", "ix_events_day_desc", VERSION_TABLE))


def test_opening_twice_is_harmless(db):
    open_store(db).close()
    with open_store(db) as store, store.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one() == 0


def test_urls_and_default_path(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "hadath" / "hadath.db"
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'xdg' / 'hadath' / 'hadath.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(StoreError):
        resolve_url("mysql://u@h/db")
    with pytest.raises(StoreError):
        resolve_url("postgresql+psycopg2://u@h/db")
    store = open_store(None)
    assert (tmp_path / "xdg" / "hadath" / "hadath.db").exists()
    store.close()


def test_errors_say_what_to_do(tmp_path):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as e:
        open_store(bad)
    assert e.value.exit_code == 8 and e.value.hint
    with pytest.raises(StoreError) as e:
        open_store("postgresql://nobody@127.0.0.1:1/none")
    assert "server" in str(e.value)
