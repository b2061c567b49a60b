"""SQLAlchemy engines over SQLCipher.

Every connection keys itself first (the raw 256-bit data key), then sets the
pragmas.  The driver's own implicit transaction handling is switched off and
SQLAlchemy emits BEGIN itself, so DDL in migrations and every unit of work are
truly atomic (the recipe in SQLAlchemy's pysqlite documentation).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

#: What the driver raises for an unreadable or unauthenticated page.
DatabaseError = sqlcipher.DatabaseError

#: Seconds a writer waits for another one (the GUI and the CLI may both write).
BUSY_TIMEOUT_S = 15


def key_pragma(data_key: bytes) -> str:
    # The hex digits are generated here, never user text: no quoting issue.
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A keyed DB-API connection with the store's pragmas applied."""
    conn = sqlcipher.connect(
        str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Reading the schema is the first thing that fails on a wrong key or a damaged file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, data_key: bytes, *, immediate: bool = False) -> Engine:
    """An engine whose transactions begin deferred, or IMMEDIATE for writers.

    A writer takes the write lock at BEGIN, so two writers queue on the busy
    timeout instead of failing when a read lock would have to be upgraded.
    """
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, data_key),
        poolclass=NullPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine
