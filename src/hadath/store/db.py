"""Opening a store: where the database is, which driver, and bringing its schema up to date.

``open_store(None)`` opens the embedded SQLite database in the user's data directory
(``$XDG_DATA_HOME/hadath/hadath.db``, else ``~/.local/share/hadath/hadath.db``). A path opens
that SQLite file; ``postgresql://...`` (or ``postgres://``) opens PostgreSQL through psycopg 3.
The schema is migrated with the Alembic scripts shipped in ``hadath/store/migrations`` on open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import make_url

from hadath.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
PG_LOCK_ID = 0x68616461  # advisory lock taken while migrating PostgreSQL ("hada")
VERSION_TABLE = "hadath_schema_version"


def default_db_path() -> Path:
    """The embedded database's path under the XDG data directory."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hadath" / "hadath.db"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn a ``--db`` value into an SQLAlchemy URL (string)."""
    if db is None or str(db) == "":
        path = default_db_path()
        return f"sqlite:///{path}"
    text = os.fspath(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if text.startswith("postgresql+"):
        if not text.startswith("postgresql+psycopg://"):
            raise StoreError(
                f"unsupported PostgreSQL driver in {text.split('://', 1)[0]!r}",
                hint="use a plain postgresql://user@host/db URL; hadath connects with psycopg 3",
            )
        return text
    if text.startswith("sqlite:"):
        return text
    if "://" in text:
        raise StoreError(
            f"unsupported database URL scheme {text.split('://', 1)[0]!r}",
            hint="give a file path for SQLite or a postgresql://user@host/db URL",
        )
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _display(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # pragma: no cover - only used for messages
        return url


@dataclass
class Store:
    """An open store: an SQLAlchemy engine plus what the code needs to know about its backend."""

    engine: sa.Engine
    url: str
    _closed: bool = field(default=False, repr=False)

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def begin(self) -> Any:
        """A connection in a transaction (``with store.begin() as conn: ...``)."""
        return self.engine.begin()

    def connect(self) -> sa.Connection:
        return self.engine.connect()

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _create_engine(url: str) -> sa.Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            parent = Path(u.database).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the directory {parent} for the database: {exc.strerror}",
                    hint="pass --db with a writable path",
                ) from exc
            engine = sa.create_engine(url, connect_args={"timeout": 60})
        else:
            engine = sa.create_engine(
                url, poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False}
            )
        sa_event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if u.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise StoreError(
                "PostgreSQL needs the psycopg driver, which is not installed",
                hint="pip install 'hadath[postgres]'",
            ) from exc
        return sa.create_engine(url, pool_pre_ping=True)
    raise StoreError(
        f"unsupported database backend {u.get_backend_name()!r}",
        hint="use SQLite (a path) or PostgreSQL (postgresql://...)",
    )


def _alembic_config(connection: sa.Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _scripts() -> Any:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def head_revision() -> str:
    """The newest migration shipped with this version of hadath."""
    head = _scripts().get_current_head()
    assert head is not None
    return str(head)


def current_revision(connection: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    ctx = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return ctx.get_current_revision()


def migrate(store: Store) -> None:
    """Bring the store's schema to the newest revision (no-op when already there)."""
    from alembic import command

    head = head_revision()
    with store.engine.begin() as conn:
        if store.is_postgres:
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_ID})
        current = current_revision(conn)
        if current == head:
            return
        if current is not None and not _known_revision(current):
            raise StoreError(
                f"the database at {store.url} has schema revision {current}, newer than this hadath knows",
                hint="upgrade hadath, or open another database with --db",
            )
        command.upgrade(_alembic_config(conn), "head")


def _known_revision(rev: str) -> bool:
    try:
        return _scripts().get_revision(rev) is not None
    except Exception:
        return False


def open_store(db: Store | str | os.PathLike[str] | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (and create or migrate) a store. ``db`` may already be a :class:`Store`."""
    if isinstance(db, Store):
        return db
    url = resolve_url(db)
    shown = _display(url)
    try:
        engine = _create_engine(url)
        store = Store(engine=engine, url=shown)
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        if migrate_schema:
            migrate(store)
    except StoreError:
        raise
    except sa.exc.OperationalError as exc:
        hint = (
            "check that the server runs, the URL (user, host, port, database) is right, and you may log in"
            if url.startswith("postgresql")
            else "check that the file is a hadath SQLite database and that you may write to it"
        )
        raise StoreError(f"cannot open the database {shown}: {_first_line(exc)}", hint=hint) from exc
    except sa.exc.DatabaseError as exc:
        raise StoreError(
            f"cannot open the database {shown}: {_first_line(exc)}",
            hint="is it a hadath database? pass --db with another path to start a new one",
        ) from exc
    return store


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


class opened:
    """Context manager: open ``db`` unless it is already a Store; close only what it opened."""

    def __init__(self, db: Store | str | os.PathLike[str] | None) -> None:
        self._given = db if isinstance(db, Store) else None
        self._db = db
        self.store: Store | None = None

    def __enter__(self) -> Store:
        self.store = self._given or open_store(self._db)
        return self.store

    def __exit__(self, *exc: object) -> None:
        if self._given is None and self.store is not None:
            self.store.close()
