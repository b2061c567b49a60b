"""What goes into a backup: a consistent database snapshot, the key header, the vault.

The snapshot is taken with SQLite's online backup API from a keyed
connection to a target keyed with the same raw key, so it is a consistent
copy even while the app writes, and it stays SQLCipher-encrypted: no
plaintext touches the disk.  It lives in a private (0700) work folder inside
the data directory, removed afterwards.

While the app is locked there is no key.  A store that is closed and
checkpointed (no write-ahead log) is then copied as a file, with its size,
inode and modification time compared before and after: any change aborts.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from casefiles.backup.errors import BackupError
from casefiles.backup.tarstream import check_member_name
from casefiles.domain.errors import StoreDamaged, UserError
from casefiles.services import evidence
from casefiles.storage.engine import key_pragma
from casefiles.storage.keyfile import KeyHeader
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store
from casefiles.vault.folder import TEMP_PREFIX

log = logging.getLogger(__name__)

WORKDIR_PREFIX = ".backup-"
#: A work folder older than this is a leftover of a crash (it holds only encrypted data).
STALE_WORKDIR_S = 12 * 3600
AUDIT_MODULE = "casefiles.services.audit"


@dataclass(frozen=True)
class VaultFile:
    rel: str  # POSIX path below the vault folder
    path: Path
    size: int


@dataclass
class Snapshot:
    header_bytes: bytes
    database: str
    db_file: Path
    schema_version: str | None
    audit_head: str | None
    vault: list[VaultFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: Vault files the snapshot's rows name (None: not known, taken while locked).
    referenced: set[str] | None = None

    @property
    def missing(self) -> list[str]:
        """Files the snapshot names that the vault does not hold (damage, or a race)."""
        if self.referenced is None:
            return []
        present = {v.rel for v in self.vault}
        return sorted(self.referenced - present)

    @property
    def total_bytes(self) -> int:
        return (
            len(self.header_bytes) + self.db_file.stat().st_size + sum(v.size for v in self.vault)
        )


@contextlib.contextmanager
def workdir(data_dir: Path) -> Iterator[Path]:
    """A private folder for the snapshot inside the data directory, removed afterwards."""
    _sweep_stale(data_dir)
    path = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=data_dir))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _sweep_stale(data_dir: Path) -> None:
    now = time.time()
    for old in data_dir.glob(f"{WORKDIR_PREFIX}*"):
        with contextlib.suppress(OSError):
            if (
                old.is_dir()
                and not old.is_symlink()
                and now - old.stat().st_mtime > STALE_WORKDIR_S
            ):
                shutil.rmtree(old, ignore_errors=True)


# -- online: the store is open ----------------------------------------------------------------


def online_snapshot(store: Store, work: Path) -> Snapshot:
    """A consistent, still encrypted copy of the open store's database, and its header."""
    name = store.header.database
    target = work / name
    _create_private(target)
    src = store.raw_connection()
    try:
        dst = sqlcipher.connect(str(target), isolation_level=None, check_same_thread=False)
        try:
            dst.execute(key_pragma(store.data_key))
            dst.execute("PRAGMA cipher_log_level = NONE")
            dst.execute("PRAGMA temp_store = MEMORY")  # no temporary file, even encrypted
            src.backup(dst)  # one step: a single read transaction, writers carry on (WAL)
        finally:
            dst.close()
    finally:
        src.close()
    header_bytes = store.paths.header.read_bytes()
    try:
        header = KeyHeader.from_json(header_bytes)
    except StoreDamaged:
        raise BackupError(
            "the case file's key header became unreadable during the backup; "
            "run 'casefiles verify' and try again"
        ) from None
    if header.database != name:
        raise BackupError(
            "the case file was re-keyed while the backup was being taken; run the backup again"
        )
    with Store(StorePaths(work), header, store.data_key) as copy:
        audit_head = _audit_head(copy)
        referenced = evidence.referenced_blobs(copy)
    schema = _check_snapshot(target, store.data_key)
    return Snapshot(header_bytes, name, target, schema, audit_head, referenced=referenced)


def _audit_head(snapshot_store: Store) -> str | None:
    """The audit chain's head in the snapshot (when `casefiles.services.audit` is there)."""
    if importlib.util.find_spec(AUDIT_MODULE) is None:
        return None
    chain_head = getattr(importlib.import_module(AUDIT_MODULE), "chain_head", None)
    if chain_head is None:
        return None
    try:
        return str(chain_head(snapshot_store))
    except Exception as err:  # noqa: BLE001 - a backup must not fail for want of a label
        log.warning("audit head not recorded in the backup: %s", type(err).__name__)
        return None


def _check_snapshot(path: Path, data_key: bytes) -> str | None:
    """Page authentication and structure of the copy; its schema revision."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(data_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        if failures or quick != [("ok",)]:
            raise StoreDamaged(
                "the case file's database is damaged, so no backup was made: run "
                "'casefiles verify', and restore from an earlier backup if it finds damage"
            )
        has_version = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()[0]
        row = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if has_version
            else None
        )
        # A self-contained file: no write-ahead log beside it.
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher.DatabaseError:
        raise StoreDamaged(
            "the case file's database could not be read in full, so no backup was made: "
            "run 'casefiles verify'"
        ) from None
    finally:
        conn.close()
    for extra in ("-wal", "-shm", "-journal"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return None if row is None else str(row[0])


# -- offline: the store is closed (the app is locked) -----------------------------------------


def quiescent_reason(data_dir: Path) -> str | None:
    """None when the store is closed and checkpointed; else why a keyless copy is unsafe."""
    paths = StorePaths(data_dir)
    try:
        header = KeyHeader.from_json(paths.header.read_bytes())
    except (OSError, UserError):
        return "the case file's key header cannot be read"
    db = paths.database(header.database)
    if not db.is_file():
        return "the case file's database is missing"
    for suffix in ("-wal", "-journal"):
        side = Path(f"{db}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            if side.stat().st_size > 0:
                return "the case file is still open or holds changes not yet checkpointed"
    return None


def _create_private(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _file_state(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def offline_snapshot(data_dir: Path, work: Path) -> Snapshot:
    """A byte copy of a closed, checkpointed database: no key needed, nothing decrypted."""
    paths = StorePaths(data_dir)
    reason = quiescent_reason(data_dir)
    if reason is not None:
        raise BackupError(f"no backup while the app is locked: {reason}")
    header_bytes = paths.header.read_bytes()
    name = KeyHeader.from_json(header_bytes).database
    source = paths.database(name)
    before = _file_state(source)
    target = work / name
    _create_private(target)
    with open(source, "rb") as src, open(target, "r+b") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
    after = _file_state(source)
    if before != after or quiescent_reason(data_dir) is not None:
        raise BackupError(
            "the case file changed while it was being copied; the backup will be tried again"
        )
    if paths.header.read_bytes() != header_bytes:
        raise BackupError("the case file's key changed during the backup; try again")
    return Snapshot(header_bytes, name, target, schema_version=None, audit_head=None)


# -- the vault: already encrypted files, backed up as they are --------------------------------


def add_vault(snapshot: Snapshot, vault_root: Path) -> None:
    """Every regular file under the vault folder, at any depth, as stored (encrypted).

    Links and other non-regular entries are skipped (and listed), and so are the
    vault's own unfinished intake files (`.intake-*`), which no row can name.
    """
    if not vault_root.is_dir() or vault_root.is_symlink():
        if vault_root.is_symlink():
            snapshot.skipped.append("vault (a link)")
        return
    for dirpath, dirnames, filenames in os.walk(vault_root, followlinks=False):
        here = Path(dirpath)
        for d in list(dirnames):
            if (here / d).is_symlink():
                snapshot.skipped.append((here / d).relative_to(vault_root).as_posix())
                dirnames.remove(d)
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith(TEMP_PREFIX):
                continue
            path = here / name
            st = os.lstat(path)
            rel = path.relative_to(vault_root).as_posix()
            if not stat.S_ISREG(st.st_mode):
                snapshot.skipped.append(rel)
                continue
            try:
                check_member_name(f"vault/{rel}")
            except UserError:
                raise BackupError(
                    f"the vault holds a file whose name cannot be backed up ({ascii(rel)[:80]}); "
                    "no backup was made"
                ) from None
            snapshot.vault.append(VaultFile(rel, path, st.st_size))
    if snapshot.skipped:
        log.info("vault: %d entries skipped (not regular files)", len(snapshot.skipped))
