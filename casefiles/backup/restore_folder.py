"""Restore a backup as the case file of a folder that may already hold the app's log.

`restore_backup` wants a new or empty folder; the desktop app writes its log into
the data folder before any case file exists.  These functions restore beside the
folder and swap it in, and settle at the next start a restore a crash cut short.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from pathlib import Path

from casefiles.backup.archive import CancelFn, CheckResult, ProgressFn, restore_backup
from casefiles.backup.errors import BackupError
from casefiles.services.logs import LOG_NAME
from casefiles.storage.files import fsync_dir


def _app_owned(entry: Path) -> bool:
    """Files the app writes into its folder before any case file exists (its log)."""
    return entry.is_file() and not entry.is_symlink() and entry.name.startswith(LOG_NAME)


def check_restore_folder(data_dir: Path) -> None:
    """The data folder must be new or hold nothing but the app's own log."""
    if data_dir.is_symlink() or (data_dir.exists() and not data_dir.is_dir()):
        raise BackupError(f"{data_dir} is not a folder; nothing was restored")
    if data_dir.is_dir() and not all(_app_owned(e) for e in data_dir.iterdir()):
        raise BackupError(
            f"{data_dir} is not empty: a backup is restored only into a new or empty "
            "folder (a restore never overwrites a case file)"
        )


#: Inside a restore's work folder `.<data folder>.restore-XXXX` beside the data folder:
#: the restored case file (complete: `restore_backup` renames it in whole) and the data
#: folder once set aside for the swap.
_RESTORED = "restored"
_PREVIOUS = "previous"


def _move_logs(source: Path, target: Path) -> None:
    """The app's log files from `source` into `target`; a name `target` has stays there."""
    for entry in list(source.iterdir()):
        if _app_owned(entry) and not (target / entry.name).exists():
            os.replace(entry, target / entry.name)


def restore_into(
    path: Path,
    data_dir: Path,
    passphrase: str,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> CheckResult:
    """Restore a backup as the case file in `data_dir`.

    `restore_backup` wants a new or empty folder and checks every member in a
    staging folder before it moves anything into place.  The app's log may
    already sit in `data_dir`, which is never moved while the backup is read:
    the backup is restored into a work folder beside it
    (`.<name>.restore-XXXX/restored`), the log files moved across, and the two
    folders swapped with two renames.  A crash leaves the data folder as it was
    or the work folder with a complete restore; `recover_interrupted_restore`
    (at the app's start) finishes or removes what it finds.
    """
    data_dir = Path(data_dir).absolute()
    check_restore_folder(data_dir)
    report = progress
    if not data_dir.exists():
        return restore_backup(
            path, data_dir, passphrase=passphrase, progress=report, cancel=cancelled
        )
    work = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restore-", dir=data_dir.parent))
    restored, previous = work / _RESTORED, work / _PREVIOUS
    try:
        result = restore_backup(
            path, restored, passphrase=passphrase, progress=report, cancel=cancelled
        )
        try:
            check_restore_folder(data_dir)  # nothing else came meanwhile
            _move_logs(data_dir, restored)
            fsync_dir(restored)
            os.replace(data_dir, previous)
            os.replace(restored, data_dir)
            fsync_dir(data_dir.parent)
        except BaseException:
            if not data_dir.exists() and previous.is_dir():
                os.replace(previous, data_dir)
            if restored.is_dir() and data_dir.is_dir():
                _move_logs(restored, data_dir)
            raise
    finally:
        # What is left: a failed restore's files, or the logs the backup also held.
        shutil.rmtree(work, ignore_errors=True)
    return dataclasses.replace(result, restored_to=data_dir)


def recover_interrupted_restore(data_dir: Path) -> list[str]:
    """At start, with this app alone on `data_dir`: finish or undo a restore cut short.

    A work folder whose restore is complete is swapped in if the data folder
    holds no case file; the data folder set aside by an older version is put
    back; staging folders of a restore cut short are removed.  Returns what was
    done, for the log (no names).
    """
    data_dir = Path(data_dir).absolute()
    parent, name = data_dir.parent, data_dir.name
    done: list[str] = []
    try:
        siblings = sorted(parent.iterdir())
    except OSError:
        return done
    for entry in siblings:
        if entry.is_symlink() or not entry.is_dir():
            continue
        if entry.name.startswith(f".{name}.restore-"):
            done.append(_recover_work(entry, data_dir))
        elif entry.name.startswith(f".{name}.aside-"):
            done.append(_recover_aside(entry, data_dir))
    return done


def _only_logs(folder: Path) -> bool:
    return folder.is_dir() and all(_app_owned(e) for e in folder.iterdir())


def _recover_work(work: Path, data_dir: Path) -> str:
    restored, previous = work / _RESTORED, work / _PREVIOUS
    outcome = "staging removed"
    has_previous = previous.is_dir() and not previous.is_symlink()
    if restored.is_dir() and not restored.is_symlink():
        # The restore was complete (it takes its name only then): finish the swap.
        if data_dir.exists() and _only_logs(data_dir):
            _move_logs(data_dir, restored)
            for entry in list(data_dir.iterdir()):  # a log the backup also held: ours goes
                entry.unlink()
            data_dir.rmdir()
        if has_previous:
            _move_logs(previous, restored)
        if not data_dir.exists():
            os.replace(restored, data_dir)
            fsync_dir(data_dir.parent)
            outcome = "restore finished"
    elif has_previous and not data_dir.exists():
        os.replace(previous, data_dir)
        fsync_dir(data_dir.parent)
        outcome = "data folder put back"
    if has_previous and previous.is_dir() and data_dir.is_dir():
        _move_logs(previous, data_dir)
    shutil.rmtree(work, ignore_errors=True)
    return outcome


def _recover_aside(aside: Path, data_dir: Path) -> str:
    """The folder an older version set aside during a restore (`.<name>.aside-XXXX/folder`)."""
    kept = aside / "folder"
    outcome = "left-over folder removed"
    if kept.is_dir() and not kept.is_symlink():
        if not data_dir.exists():
            os.replace(kept, data_dir)
            fsync_dir(data_dir.parent)
            outcome = "data folder put back"
        else:
            _move_logs(kept, data_dir)
            outcome = "logs put back"
        if kept.is_dir() and not _only_logs(kept):
            return "set-aside folder kept: it holds more than logs"
    shutil.rmtree(aside, ignore_errors=True)
    return outcome
