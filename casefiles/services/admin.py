"""Store-level use cases: create, open, change keys, check integrity."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import text

from casefiles.domain.errors import DamageFound
from casefiles.storage import migrate
from casefiles.storage.engine import DatabaseError
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

log = logging.getLogger(__name__)


def create_store(data_dir: Path, passphrase: str, kdf: KdfParams | None = None) -> Store:
    return Store.create(data_dir, passphrase, kdf)


def open_store(data_dir: Path, passphrase: str) -> Store:
    return Store.open(data_dir, passphrase)


def database_problems(store: Store) -> list[str]:
    """SQLite and SQLCipher integrity, foreign keys and schema version, as findings."""
    problems: list[str] = []
    conn = store.raw_connection()
    try:
        # Page authentication first: it names the pages whose HMAC fails.
        for (line,) in _pragma(conn, "cipher_integrity_check", problems):
            problems.append(f"database page authentication: {line}")
        for (line,) in _pragma(conn, "integrity_check", problems):
            if line != "ok":
                problems.append(f"database integrity: {line}")
        for table, rowid, parent, _ in _pragma(conn, "foreign_key_check", problems):
            problems.append(f"record {table}#{rowid} refers to a missing {parent} record")
    finally:
        conn.close()
    if problems:
        return problems
    with store.read() as session:
        current = migrate.current_revision(session.connection())
        count = session.execute(text("SELECT count(*) FROM cases")).scalar_one()
    if current != migrate.head_revision():
        problems.append(f"schema version {current} is not the current {migrate.head_revision()}")
    log.info("verified database: %d cases, %d problems", count, len(problems))
    return problems


def _pragma(conn: Any, name: str, problems: list[str]) -> list[Any]:
    try:
        return list(conn.execute(f"PRAGMA {name}").fetchall())
    except DatabaseError:
        log.info("check %s could not read the database", name)
        problems.append(
            f"database {name.replace('_', ' ')}: a page could not be read (damaged or altered)"
        )
        return []


def verify(store: Store) -> list[str]:
    """Every check; raises `DamageFound` with the findings, returns the summary lines."""
    problems = database_problems(store)
    if problems:
        raise DamageFound(problems)
    return ["database: integrity ok, page authentication ok, references ok, schema current"]
