"""The encrypted store: create, open, unit-of-work sessions, passphrase and key changes.

Layout of a data directory (see `StorePaths`): `store.header` (the key
header) and `store-<id>.db` (the SQLCipher database it names, with its WAL).
The header is always replaced atomically and is the single source of truth:
a database file it does not name is a leftover of an interrupted re-key or
create and is swept at the next open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, exc, text
from sqlalchemy.orm import Session, sessionmaker

from casefiles.domain.errors import (
    DiskFull,
    StoreBusy,
    StoreDamaged,
    StoreExists,
    StoreNotFound,
)
from casefiles.storage import audit, migrate
from casefiles.storage.engine import connect_raw, key_pragma, make_engine
from casefiles.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from casefiles.storage.keyfile import KdfParams, KeyHeader, calibrate, new_data_key
from casefiles.storage.locks import AppLock, is_held_elsewhere
from casefiles.storage.paths import StorePaths

log = logging.getLogger(__name__)

_DAMAGED_DB = (
    "the case file's database is damaged or is not a casefiles database "
    "(the passphrase is right); restore it from a backup"
)


def store_exists(data_dir: Path) -> bool:
    return StorePaths(data_dir).header.exists()


class Store:
    """An open store.  `read()` and `write()` give sessions that own one transaction."""

    def __init__(self, paths: StorePaths, header: KeyHeader, data_key: bytes) -> None:
        self.paths = paths
        self.header = header
        self._data_key: bytes | None = data_key
        self._engine: Engine | None = None
        self._write_engine: Engine | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfParams | None = None) -> Store:
        """A new, empty store at the schema's head.  `kdf` is for tests only."""
        paths = StorePaths(Path(data_dir))
        if paths.header.exists():
            raise StoreExists(
                f"a case file already exists in {paths.root}; "
                "open it, or choose another folder with --data-dir"
            )
        ensure_private_dir(paths.root)
        _sweep_orphans(paths, keep=None)
        data_key = new_data_key()
        name = f"store-{secrets.token_hex(4)}.db"
        db_path = paths.database(name)
        try:
            _create_private_file(db_path)
            engine = make_engine(db_path, data_key, immediate=True)
            try:
                with engine.begin() as conn:
                    migrate.upgrade(conn)
            finally:
                engine.dispose()
            _fsync_file(db_path)
            header = KeyHeader.wrap(data_key, passphrase, kdf or calibrate(), name)
            header.write(paths.header)
        except BaseException:
            # Without a header the new file can never be opened: leave nothing behind.
            for leftover in paths.root.glob(f"{name}*"):
                leftover.unlink(missing_ok=True)
            raise
        log.info("store created")
        return cls(paths, header, data_key)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Store:
        paths = StorePaths(Path(data_dir))
        header = read_header(paths)
        data_key = header.unwrap(passphrase)
        store = cls(paths, header, data_key)
        store._check_database()
        return store

    def _check_database(self) -> None:
        db_path = self.paths.database(self.header.database)
        if not db_path.is_file():
            raise StoreDamaged(
                f"the case file's database ({db_path.name}) is missing from {self.paths.root}; "
                "restore it from a backup"
            )
        try:
            with self.write_engine.begin() as conn:
                if migrate.check_version(conn):
                    log.info("upgrading store schema")
                    migrate.upgrade(conn)
        except exc.DatabaseError as err:
            self.close()
            if _is_not_a_database(err):
                raise StoreDamaged(_DAMAGED_DB) from None
            raise
        except BaseException:
            self.close()
            raise
        _sweep_orphans(self.paths, keep=self.header.database)

    # -- sessions ------------------------------------------------------------------------

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the store is closed")
        return self._data_key

    @property
    def db_path(self) -> Path:
        return self.paths.database(self.header.database)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db_path, self.data_key)
        return self._engine

    @property
    def write_engine(self) -> Engine:
        if self._write_engine is None:
            self._write_engine = make_engine(self.db_path, self.data_key, immediate=True)
        return self._write_engine

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with sessionmaker(self.engine, expire_on_commit=False)() as session, session.begin():
            yield session
            session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises."""
        factory = sessionmaker(self.write_engine, expire_on_commit=False)
        try:
            with factory() as session, session.begin():
                yield session
        except exc.OperationalError as err:
            raise _environment_error(err) from None

    def raw_connection(self) -> sqlcipher.Connection:
        """A keyed DB-API connection, for checks and snapshots."""
        return connect_raw(self.db_path, self.data_key)

    def close(self) -> None:
        """Dispose the engines and drop the key; the object is unusable afterwards."""
        for engine in (self._engine, self._write_engine):
            if engine is not None:
                engine.dispose()
        self._engine = self._write_engine = None
        self._data_key = None
        audit.forget_text()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- keys ----------------------------------------------------------------------------

    def change_passphrase(
        self,
        new_passphrase: str,
        kdf: KdfParams | None = None,
        *,
        holder: AppLock | None = None,
    ) -> None:
        """Re-wrap the same data key; one atomic header replacement.

        `holder`: the desktop app's own lock, when the app itself asks.
        """
        if holder is None or not holder.held or holder.path != self.paths.gui_lock:
            _refuse_if_gui_holds(self.paths)
        header = KeyHeader.wrap(
            self.data_key, new_passphrase, kdf or calibrate(), self.header.database
        )
        header.write(self.paths.header)
        self.header = header
        log.info("passphrase changed")

    def rekey(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Re-encrypt the whole database under a new data key, crash-safe.

        The database is exported into a new file under the new key, made
        durable, and only then does an atomic header replacement switch to it.
        A crash before the switch leaves the old header and database intact
        (the new file is a leftover); after it, the new pair is complete.
        """
        _refuse_if_gui_holds(self.paths)
        new_key = new_data_key()
        new_name = f"store-{secrets.token_hex(4)}.db"
        new_path = self.paths.database(new_name)
        old_path = self.db_path
        with _maintenance_lock(self.paths):
            self.close_engines()
            _create_private_file(new_path)
            conn = connect_raw(old_path, self.data_key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute(
                    f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(new_path),)
                )
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
                conn.execute("DETACH DATABASE rekeyed")
            finally:
                conn.close()
            check = connect_raw(new_path, new_key)
            try:
                if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StoreDamaged("re-encryption produced a damaged copy; nothing changed")
                check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                check.close()
            _fsync_file(new_path)
            header = KeyHeader.wrap(new_key, new_passphrase, kdf or calibrate(), new_name)
            header.write(self.paths.header)
            self.header = header
            self._data_key = new_key
            _sweep_orphans(self.paths, keep=new_name, locked=True)
        log.info("store re-keyed")

    def close_engines(self) -> None:
        for engine in (self._engine, self._write_engine):
            if engine is not None:
                engine.dispose()
        self._engine = self._write_engine = None


def read_header(paths: StorePaths) -> KeyHeader:
    if not paths.root.exists():
        raise StoreNotFound(
            f"no case file at {paths.root}: create one with 'casefiles init' "
            "or point --data-dir at an existing one"
        )
    if not paths.header.exists():
        if paths.database_files():
            raise StoreDamaged(
                f"the key header (store.header) is missing from {paths.root}, so the case file "
                "cannot be opened; restore it from a backup"
            )
        raise StoreNotFound(
            f"no case file in {paths.root}: create one with 'casefiles init' "
            "or point --data-dir at an existing one"
        )
    try:
        return KeyHeader.read(paths.header)
    except PermissionError:
        raise StoreNotFound(f"cannot read {paths.header}: check the folder's permissions") from None


def _environment_error(err: exc.OperationalError) -> Exception:
    """The environment's fault (full disk, busy file) as a user error; anything else as is."""
    message = str(err.orig).lower()
    if "disk is full" in message or "disk i/o error" in message:
        return DiskFull(
            "the disk is full, so nothing of this change was saved; everything saved "
            "before is intact. Free some space and try again"
        )
    if "locked" in message or "busy" in message:
        return StoreBusy(
            "the case file is busy: another casefiles program is writing to it; try again"
        )
    return err


def _is_not_a_database(err: exc.DatabaseError) -> bool:
    message = str(getattr(err, "orig", err)).lower()
    return "not a database" in message or "malformed" in message or "encrypted" in message


def _refuse_if_gui_holds(paths: StorePaths) -> None:
    if is_held_elsewhere(paths.gui_lock):
        AppLock(paths.gui_lock).acquire()  # raises StoreBusy with the user-facing message


@contextlib.contextmanager
def _maintenance_lock(paths: StorePaths) -> Iterator[None]:
    lock = AppLock(paths.root / "maintenance.lock")
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def _sweep_orphans(paths: StorePaths, keep: str | None, *, locked: bool = False) -> None:
    """Remove database files the header does not name (only unreadable leftovers).

    Without the header's wrapped key such a file can never be opened again.
    Skipped while another process holds the maintenance lock (a re-key in progress).
    """
    if not locked:
        probe = AppLock(paths.root / "maintenance.lock")
        try:
            probe.acquire()
        except Exception:  # noqa: BLE001 - busy: leave the files to the next open
            return
        try:
            _sweep_orphans(paths, keep, locked=True)
        finally:
            probe.release()
        return
    removed = False
    for path in paths.database_files():
        stem = path.name.split("-wal")[0].split("-shm")[0].split("-journal")[0]
        if stem != keep:
            path.unlink(missing_ok=True)
            removed = True
    if removed:
        fsync_dir(paths.root)


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["Store", "key_pragma", "read_header", "store_exists", "text"]
