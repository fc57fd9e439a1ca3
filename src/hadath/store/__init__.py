"""hadath's store: articles, entities, events and their mentions in SQLite or PostgreSQL.

The library is the API: :func:`open_store`, :func:`ingest`, :func:`store_documents`,
the query functions in :mod:`hadath.store.query`, and :func:`hadath.export.export`.
"""

from __future__ import annotations

from hadath.store.db import Store, default_db_path, open_store, resolve_url

__all__ = ["Store", "default_db_path", "open_store", "resolve_url"]
