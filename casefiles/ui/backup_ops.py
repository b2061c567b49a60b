"""The work behind the backup and encrypted-export commands of the app: no widgets here.

Each function is blocking and runs on the task runner's worker thread with
`progress(done, total)` and `cancelled()` from `casefiles.ui.tasks`.  Byte
counts are reported in per-mille (Qt's signal carries 32-bit ints, a backup
can be larger), the write and the read-back each taking half the bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefiles.backup import (
    BackupCancelled,
    BackupKey,
    BackupResult,
    CheckResult,
    FolderBackup,
    Progress,
    agefmt,
    backup_to_folder,
    create_backup,
    export,
    locked_backup_to_folder,
    restore_folder,
)
from casefiles.domain.errors import UserError
from casefiles.services import interchange
from casefiles.services.transfer import OperationCancelled
from casefiles.storage.files import atomic_write_bytes
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import Store, read_header

log = logging.getLogger(__name__)

ProgressCb = Callable[[int, int], None]
CancelCb = Callable[[], bool]
SCALE = 1000
#: What the extension of a backup file is (as the CLI and `backup_to_folder` write it).
BACKUP_SUFFIX = "tar"
EXPORT_SUFFIX = "age"

_STAGES = {"write": 0, "verify": 1, "restore": 0}


def scaled(progress: ProgressCb, halves: bool) -> Callable[[Progress], None]:
    """A backup `Progress` callback that drives a 0..SCALE bar."""

    def report(p: Progress) -> None:
        fraction = p.done / p.total if p.total > 0 else 0.0
        fraction = min(max(fraction, 0.0), 1.0)
        if halves:
            value = int((_STAGES.get(p.stage, 0) + fraction) * SCALE / 2)
        else:
            value = int(fraction * SCALE)
        progress(value, SCALE)

    return report


def check_store_passphrase(data_dir: Path, passphrase: str) -> None:
    """Raise `WrongPassphrase` unless `passphrase` opens the case file's key header
    (one key derivation, under a second)."""
    read_header(StorePaths(data_dir)).unwrap(passphrase)


@dataclass(frozen=True)
class BackupPassphrase:
    """The answer of the backup passphrase question."""

    passphrase: str = field(repr=False)  # never in a log line or a traceback's locals
    #: True: the case file's own passphrase (checked before use); False: a separate one.
    same_as_store: bool


def back_up_now(
    store: Store,
    target: Path,
    answer: BackupPassphrase,
    progress: ProgressCb,
    cancelled: CancelCb,
    *,
    force: bool = False,
) -> BackupResult:
    """File › Back up now: a new key sealed with the passphrase, the backup written
    to `target` and read back in full before it takes its name."""
    progress(0, SCALE)
    if answer.same_as_store:
        check_store_passphrase(store.paths.root, answer.passphrase)
    key = BackupKey.generate(answer.passphrase)
    if cancelled():
        raise BackupCancelled("cancelled; no backup was written")
    result = create_backup(
        store,
        target,
        key,
        force=force,
        verify=True,
        progress=scaled(progress, True),
        cancel=cancelled,
    )
    progress(SCALE, SCALE)
    return result


def set_up_key(data_dir: Path, answer: BackupPassphrase) -> BackupKey:
    """A new automatic-backup key: its public part is saved beside the store (so
    backups can run while locked); the returned key holds its identity."""
    if answer.same_as_store:
        check_store_passphrase(data_dir, answer.passphrase)
    key = BackupKey.generate(answer.passphrase)
    key.save_public(data_dir)
    log.info("automatic backup key set up (%s)", key.fingerprint)
    return key


def open_key(data_dir: Path, passphrase: str) -> BackupKey | None:
    """The saved automatic-backup key with its identity, opened with `passphrase`;
    None when none is saved.  Raises `BackupWrongPassphrase` if it opens with another."""
    public = BackupKey.load_public(data_dir)
    if public is None:
        return None
    return BackupKey.unseal(public.sealed, passphrase, what="the automatic backup key")


def scheduled_backup(
    store: Store | None,
    data_dir: Path,
    folder: Path,
    key: BackupKey,
    keep: int,
    progress: ProgressCb,
    cancelled: CancelCb,
) -> FolderBackup:
    """An automatic backup: with the open store (verified and rotated when `key` can
    read), or, while locked, the closed store's files to the public key."""
    if store is not None:
        return backup_to_folder(
            store, folder, key, keep=keep, progress=scaled(progress, True), cancel=cancelled
        )
    return locked_backup_to_folder(
        data_dir, folder, key.public(), progress=scaled(progress, False), cancel=cancelled
    )


# -- restore into the case file's folder ------------------------------------------------------


def restore_into(
    path: Path, data_dir: Path, passphrase: str, progress: ProgressCb, cancelled: CancelCb
) -> CheckResult:
    """`backup.restore_folder.restore_into`, its progress on the task runner's bar."""
    return restore_folder.restore_into(
        path, data_dir, passphrase, scaled(progress, False), cancelled
    )


# -- encrypted export and its import ----------------------------------------------------------


@dataclass(frozen=True)
class ExportTarget:
    """The answer of the encrypted-export question."""

    #: True: the case in view only; False: every case.
    current_case: bool
    passphrase: str | None = field(default=None, repr=False)
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportDone:
    path: Path
    cases: int
    files: int


def _step(progress: ProgressCb, cancelled: CancelCb, done: int, total: int) -> None:
    if cancelled():
        raise OperationCancelled("cancelled; nothing was changed")
    progress(done, total)


def export_encrypted(
    store: Store,
    path: Path,
    references: list[str] | None,
    target: ExportTarget,
    progress: ProgressCb,
    cancelled: CancelCb,
) -> ExportDone:
    """The chosen cases and their attached files as one age file (in memory, then atomic)."""
    from datetime import UTC, datetime

    _step(progress, cancelled, 0, 4)
    doc = interchange.export_document(store, references, exported_at=datetime.now(UTC))
    _step(progress, cancelled, 1, 4)
    plaintext, files = export.package_export(store, doc)
    _step(progress, cancelled, 2, 4)
    if target.recipients:
        data = export.encrypt_export(plaintext, recipients=list(target.recipients))
    else:
        data = export.encrypt_export(plaintext, passphrase=target.passphrase)
    del plaintext
    _step(progress, cancelled, 3, 4)
    atomic_write_bytes(path, data)
    progress(4, 4)
    return ExportDone(path, len(doc.get("cases", [])), files)


HEAD_BYTES = 64 * 1024


def read_head(path: Path) -> bytes:
    """The first bytes of a file: enough to tell an encrypted export and its kind."""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except FileNotFoundError:
        raise UserError(f"there is no file {path}; choose another file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; choose a file") from None
    except PermissionError:
        raise UserError(f"cannot read {path}: check the file's permissions") from None


@dataclass(frozen=True)
class ImportDone:
    report: interchange.ImportReport
    attached: int


def import_encrypted(
    store: Store,
    path: Path,
    passphrase: str | None,
    identity_file: Path | None,
    progress: ProgressCb,
    cancelled: CancelCb,
) -> ImportDone:
    """Decrypt an encrypted export in memory, import its cases, attach their files.

    All or nothing (`export.import_package`): the files are sealed into the vault,
    then the cases and their attachments are written in one transaction.  The
    export is read into memory, so one above `export.MAX_EXPORT_BYTES` is
    refused before it is read.
    """
    _step(progress, cancelled, 0, 5)
    _check_import_size(Path(path))
    raw = Path(path).read_bytes()
    identities: list[Any] = []
    if identity_file is not None:
        identities = agefmt.parse_identities(
            Path(identity_file).read_bytes(), source=identity_file.name
        )
    _step(progress, cancelled, 1, 5)
    plaintext = export.decrypt_export(raw, passphrase=passphrase, identities=identities)
    del raw
    package = export.unpack_export(plaintext)
    del plaintext
    _step(progress, cancelled, 2, 5)
    doc = interchange.parse_document(package.document)
    if isinstance(doc, dict):
        export.check_files_fit(doc, package.files)
    _step(progress, cancelled, 3, 5)
    report, attached = export.import_package(store, doc, package.files)
    progress(5, 5)
    return ImportDone(report, len(attached))


def _check_import_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f"there is no file {path}; choose another file") from None
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror or type(err).__name__}") from None
    if size > export.MAX_EXPORT_BYTES:
        raise UserError(
            f"the encrypted export is larger than casefiles imports "
            f"({export.MAX_EXPORT_BYTES >> 20} MiB; exports are read in memory); "
            "ask for the cases in smaller exports. Nothing was imported"
        )
