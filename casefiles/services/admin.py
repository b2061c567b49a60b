"""Store-level use cases: create, open, change keys, check integrity."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import text

from casefiles.domain.errors import DamageFound
from casefiles.storage import migrate
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
        for (line,) in conn.execute("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(f"database integrity: {line}")
        for row in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"database page authentication: {row[0]}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"record {table}#{rowid} refers to a missing {parent} record")
    finally:
        conn.close()
    with store.read() as session:
        current = migrate.current_revision(session.connection())
        count = session.execute(text("SELECT count(*) FROM cases")).scalar_one()
    if current != migrate.head_revision():
        problems.append(f"schema version {current} is not the current {migrate.head_revision()}")
    log.info("verified database: %d cases, %d problems", count, len(problems))
    return problems


def verify(store: Store) -> list[str]:
    """Every check; raises `DamageFound` with the findings, returns the summary lines."""
    problems = database_problems(store)
    if problems:
        raise DamageFound(problems)
    return ["database: integrity ok, page authentication ok, references ok, schema current"]
