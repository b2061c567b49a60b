"""Encrypted backups in the age format, and encrypted exports for co-counsel.

The API the front ends use (each call is blocking: run it on a worker thread;
`progress(Progress)` and `cancel() -> bool` are called on that same thread,
`cancel` polled every few KiB; a true answer stops with `BackupCancelled`
and leaves nothing behind):

- `BackupKey.generate(passphrase)`: a backup key sealed with the passphrase
  (one scrypt run, about a second); `BackupKey.unseal(sealed, passphrase)`;
  `key.public()` drops the secret; `key.save_public(data_dir)` /
  `BackupKey.load_public(data_dir)` keep the public part for automatic backups.
- `create_backup(store, target, key, force=, progress=, cancel=)`: atomic.
- `inspect_backup(path)`: cheap checks, no passphrase (call before asking for it).
- `unlock_backup(path, passphrase) -> BackupKey`: open its key once, then
- `verify_backup(path, key=|passphrase=)`: decrypts and checks everything, writes nothing.
- `restore_backup(path, dest, key=|passphrase=)`: into a new or empty folder only.
- `backup_to_folder(store, folder, key, keep=)`: create, read back and verify with
  the key in memory, then `rotate(folder, keep)`; `list_backups(folder)`.
- `decide(data_dir, unlocked=, public_key=) -> Decision`: may a scheduled backup run
  now?  `Action.RUN` (unlocked: `backup_to_folder`), `Action.RUN_LOCKED`
  (`locked_backup_to_folder`: needs no secret), `Action.SKIP` (say `reason` at unlock).

Errors are `UserError`s from `casefiles.backup.errors` (`BackupDamaged` is a
damaged or altered file; `BackupWrongPassphrase`, `NotABackup`, `BackupTooNew`,
`ExcessiveWorkFactor`, `BackupWriteFailed`: earlier backups intact).
See `archive` for the file format.
"""

from __future__ import annotations

from casefiles.backup.archive import (
    BackupInfo,
    BackupResult,
    CheckResult,
    Progress,
    create_backup,
    create_locked_backup,
    inspect_backup,
    restore_backup,
    unlock_backup,
    verify_backup,
)
from casefiles.backup.errors import (
    BackupCancelled,
    BackupDamaged,
    BackupError,
    BackupTooNew,
    BackupWriteFailed,
    BackupWrongPassphrase,
    ExcessiveWorkFactor,
    NotABackup,
    UnsafeBackup,
)
from casefiles.backup.keys import BackupKey
from casefiles.backup.scheduled import (
    Action,
    Decision,
    FolderBackup,
    backup_to_folder,
    decide,
    list_backups,
    locked_backup_to_folder,
    rotate,
)

__all__ = [
    "Action",
    "BackupCancelled",
    "BackupDamaged",
    "BackupError",
    "BackupInfo",
    "BackupKey",
    "BackupResult",
    "BackupTooNew",
    "BackupWriteFailed",
    "BackupWrongPassphrase",
    "CheckResult",
    "Decision",
    "ExcessiveWorkFactor",
    "FolderBackup",
    "NotABackup",
    "Progress",
    "UnsafeBackup",
    "backup_to_folder",
    "create_backup",
    "create_locked_backup",
    "decide",
    "inspect_backup",
    "list_backups",
    "locked_backup_to_folder",
    "restore_backup",
    "rotate",
    "unlock_backup",
    "verify_backup",
]
