"""Backups into a folder (a USB stick): naming, verification, rotation, and the locked rule.

Rotation deletes old backups only after the new one has been read back and
checked in full.  A scheduled backup that falls while the app is locked runs
only if it needs no secret (`decide`); otherwise it is skipped and the
lawyer is told at unlock.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from casefiles.backup.archive import (
    BackupResult,
    CancelFn,
    ProgressFn,
    create_backup,
    create_locked_backup,
)
from casefiles.backup.errors import BackupError
from casefiles.backup.keys import BackupKey
from casefiles.backup.snapshot import quiescent_reason
from casefiles.storage.files import fsync_dir
from casefiles.storage.store import Store

log = logging.getLogger(__name__)

_NAME = re.compile(r"casefiles-backup-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.tar")


def backup_name(now: datetime, serial: int = 0) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"casefiles-backup-{stamp}{f'-{serial}' if serial else ''}.tar"


def list_backups(folder: Path) -> list[Path]:
    """casefiles' own backups in `folder` (by name), oldest first; nothing else."""
    found = []
    for path in Path(folder).iterdir():
        match = _NAME.fullmatch(path.name)
        if match and path.is_file() and not path.is_symlink():
            found.append((match.group(1), int(match.group(2) or 0), path))
    return [p for *_, p in sorted(found)]


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `folder`; return what was deleted.

    Call it only after the newest backup has been verified (`backup_to_folder` does).
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    backups = list_backups(folder)
    doomed = backups[: max(0, len(backups) - keep)]
    removed = []
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    if removed:
        fsync_dir(Path(folder))
        log.info("rotation removed %d old backup(s)", len(removed))
    return removed


@dataclass(frozen=True)
class FolderBackup:
    backup: BackupResult
    verified: bool
    removed: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = self.backup.lines()
        if self.verified:
            out.append("read back and verified in full")
        else:
            out.append("not verified yet (no key in memory): older backups were kept")
        if self.removed:
            out.append(f"removed {len(self.removed)} older backup(s), keeping the newest")
        return out


def _free_target(folder: Path, now: datetime) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(
            f"the backup folder {folder} is not there (is the USB stick plugged in?); "
            "no backup was made"
        )
    for serial in range(100):
        target = folder / backup_name(now, serial)
        if not target.exists():
            return target
    raise BackupError(f"too many backups with the same time in {folder}")


def backup_to_folder(
    store: Store,
    folder: Path,
    key: BackupKey,
    *,
    keep: int,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> FolderBackup:
    """Create, read back and verify before it takes its name (with the key in memory: no
    passphrase work), then rotate.  A key without its identity cannot verify: no rotation."""
    now = now or datetime.now(UTC)
    target = _free_target(folder, now)
    result = create_backup(
        store, target, key, verify=key.can_read, progress=progress, cancel=cancel, now=now
    )
    if not key.can_read:
        return FolderBackup(result, verified=False)
    return FolderBackup(result, verified=True, removed=rotate(Path(folder), keep))


def locked_backup_to_folder(
    data_dir: Path,
    folder: Path,
    public_key: BackupKey,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    now: datetime | None = None,
) -> FolderBackup:
    """The keyless backup of a locked app.  It cannot be decrypted to verify it, so
    nothing is rotated now: the next backup made while unlocked rotates."""
    now = now or datetime.now(UTC)
    target = _free_target(folder, now)
    result = create_locked_backup(
        data_dir, target, public_key.public(), progress=progress, cancel=cancel, now=now
    )
    return FolderBackup(result, verified=False)


# -- the locked rule -------------------------------------------------------------------------


class Action(enum.Enum):
    RUN = "run"  # unlocked: a normal backup, verified, then rotation
    RUN_LOCKED = "run-locked"  # locked, but no secret is needed: `locked_backup_to_folder`
    SKIP = "skip"  # tell the lawyer at unlock, with `reason`


@dataclass(frozen=True)
class Decision:
    action: Action
    reason: str


def decide(data_dir: Path, *, unlocked: bool, public_key: BackupKey | None) -> Decision:
    """May a scheduled backup run now?  Cheap, reads no secret; call it when the timer fires.

    Unlocked: yes, normally.  Locked: only when nothing secret is needed, that is
    when the public backup key was saved (`BackupKey.save_public`) so the payload
    can be encrypted to it, and the store is closed and checkpointed, so its
    database can be copied as a file without the key.  Otherwise skip and report
    `reason` at unlock.
    """
    if unlocked:
        return Decision(Action.RUN, "the case file is open")
    if public_key is None:
        return Decision(
            Action.SKIP,
            "the scheduled backup was skipped while casefiles was locked: backups while "
            "locked need automatic backups to be set up with a backup key",
        )
    reason = quiescent_reason(Path(data_dir))
    if reason is not None:
        return Decision(
            Action.SKIP, f"the scheduled backup was skipped while casefiles was locked: {reason}"
        )
    return Decision(Action.RUN_LOCKED, "locked, closed and checkpointed: no secret needed")
