"""Alembic environment of the hadath store.

Migrations run programmatically from :func:`hadath.store.db.open_store`, which passes an open
connection in ``config.attributes["connection"]``. Run by hand with the ``alembic`` command, set
``sqlalchemy.url`` in the config instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from hadath.store.db import VERSION_TABLE
from hadath.store.schema import metadata

config = context.config


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)
