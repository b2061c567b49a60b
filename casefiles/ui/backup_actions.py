"""File › Back up now, Export encrypted, Restore from a backup, and the backup part of
Preferences: the questions, then the work on the task runner (see `backup_ops`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefiles.backup import (
    BackupCancelled,
    BackupError,
    BackupKey,
    BackupResult,
    BackupWrongPassphrase,
    CheckResult,
    inspect_backup,
    restore_folder,
)
from casefiles.backup.scheduled import backup_name
from casefiles.domain.errors import WrongPassphrase
from casefiles.ui import backup_ops, fmt
from casefiles.ui.appsettings import AppSettings
from casefiles.ui.backup_scheduler import BackupScheduler
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.i18n import QT_TRANSLATE_NOOP
from casefiles.ui.preferences import Preferences
from casefiles.ui.session import Session

log = logging.getLogger(__name__)

BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupActions", "casefiles backup (*.tar);;All files (*)")
EXPORT_FILTER = QT_TRANSLATE_NOOP("BackupActions", "age-encrypted export (*.age);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def summary(result: BackupResult) -> str:
    """Size, number of files, and the audit chain head of a backup just written."""
    m = result.manifest
    head = m.audit_head or _tr("not recorded")
    return _tr(
        "The backup was written to {path} and read back in full: every file checks.\n\n"
        "Size: {size}\nFiles: {files} (the database, the key header and {vault} attached "
        "file(s)), each checked against the manifest\nAudit trail head: {head}"
    ).format(
        path=result.path,
        size=fmt.size_text(result.size),
        files=len(m.members),
        vault=m.vault_files,
        head=head,
    )


# -- Back up now ------------------------------------------------------------------------------


def back_up_now(window: QWidget, session: Session, scheduler: BackupScheduler) -> None:
    suggested = backup_name(datetime.now(UTC))
    path = Dialogs.save_file(window, _tr("Back up now"), _tr(BACKUP_FILTER), suggested)
    if path is None:
        return
    _back_up_to(window, session, scheduler, path, path.exists())


def _back_up_to(
    window: QWidget, session: Session, scheduler: BackupScheduler, path: Path, force: bool
) -> None:
    """Ask which passphrase opens the backup, then write it; asked again after a wrong one.

    `force`: the save dialog asked before replacing an existing file."""
    answer = Dialogs.ask_backup_passphrase(
        window,
        _tr("Backup passphrase"),
        _tr(
            "Which passphrase should open this backup? By default the case file's own "
            "(as it is now); type it to confirm."
        ),
    )
    if answer is None:
        return
    store = session.require_store()

    def work(progress: Any, cancelled: Any) -> BackupResult:
        return backup_ops.back_up_now(store, path, answer, progress, cancelled, force=force)

    def done(result: BackupResult) -> None:
        scheduler.record_backup()
        Dialogs.inform(window, _tr("Backup finished"), summary(result))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, BackupCancelled):
            log.info("backup cancelled")
            return
        if isinstance(exc, WrongPassphrase) and session.is_open:
            Dialogs.problem(
                window,
                _tr("Not the case file's passphrase"),
                _tr(
                    "That is not the passphrase of the open case file, so no backup was "
                    "written. Check the keyboard layout and Caps Lock and type it again, or "
                    "choose a separate passphrase for the backup."
                ),
            )
            _back_up_to(window, session, scheduler, path, force)
            return
        ErrorReporter.report(exc, window, _tr("Backup failed"))

    session.runner.run(
        work,
        done,
        failed,
        progress_label=_tr("Backing up to {name}…").format(name=path.name),
        parent=window,
        cancellable=True,
    )


# -- Restore from a backup (first-run screen) -------------------------------------------------


def restore_from_backup(window: QWidget, session: Session, on_restored: Callable[[], None]) -> None:
    path = Dialogs.open_file(window, _tr("Restore from a backup"), _tr(BACKUP_FILTER))
    if path is None:
        return
    try:
        info = inspect_backup(path)  # cheap: before asking for the passphrase
        restore_folder.check_restore_folder(session.data_dir)
    except BackupError as exc:
        ErrorReporter.report(exc, window, _tr("Cannot restore this backup"))
        return
    question = _tr(
        "{name} ({size}, made by casefiles {version}).\n\nType the backup's passphrase. "
        "Unless a separate one was chosen, it is the case file's passphrase at the time "
        "of the backup."
    ).format(name=path.name, size=fmt.size_text(info.size), version=info.app_version)
    _restore_with_passphrase(window, session, on_restored, path, question)


def _restore_with_passphrase(
    window: QWidget,
    session: Session,
    on_restored: Callable[[], None],
    path: Path,
    question: str,
) -> None:
    """Ask for the backup's passphrase, then restore; asked again after a wrong one."""
    passphrase = Dialogs.ask_passphrase(window, _tr("Backup passphrase"), question)
    if passphrase is None:
        return
    data_dir = session.data_dir

    def work(progress: Any, cancelled: Any) -> CheckResult:
        return backup_ops.restore_into(path, data_dir, passphrase, progress, cancelled)

    def done(result: CheckResult) -> None:
        m = result.manifest
        Dialogs.inform(
            window,
            _tr("Backup restored"),
            _tr(
                "The case file was restored into {folder} ({files} files, every one "
                "checked). Unlock it with the case file's own passphrase."
            ).format(folder=data_dir, files=len(m.members))
            + (
                ""
                if AppSettings().backup_enabled
                else "\n\n"
                + _tr(
                    "Automatic backups are set up on each computer: turn them on for this "
                    "one in Edit › Preferences."
                )
            ),
        )
        on_restored()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, BackupCancelled):
            return
        if isinstance(exc, BackupWrongPassphrase):
            Dialogs.problem(
                window,
                _tr("Wrong passphrase"),
                _tr(
                    "This passphrase does not open the backup; nothing was restored. Check "
                    "the keyboard layout and Caps Lock and type it again: the case file's "
                    "passphrase at the time of the backup, unless a separate one was chosen."
                ),
            )
            _restore_with_passphrase(window, session, on_restored, path, question)
            return
        ErrorReporter.report(exc, window, _tr("Restore failed; nothing was restored"))

    session.runner.run(
        work,
        done,
        failed,
        progress_label=_tr("Restoring {name}…").format(name=path.name),
        parent=window,
        cancellable=True,
    )


# -- Export encrypted -------------------------------------------------------------------------


def export_encrypted(
    window: QWidget, session: Session, case_reference: str | None, case_label: str | None
) -> None:
    target = Dialogs.ask_encrypted_export(window, case_label)
    if target is None:
        return
    references = [case_reference] if target.current_case and case_reference else None
    suggested = "case-export.age" if references else "casefiles-export.age"
    path = Dialogs.save_file(window, _tr("Export encrypted"), _tr(EXPORT_FILTER), suggested)
    if path is None:
        return
    store = session.require_store()

    def work(progress: Any, cancelled: Any) -> backup_ops.ExportDone:
        return backup_ops.export_encrypted(store, path, references, target, progress, cancelled)

    def done(result: backup_ops.ExportDone) -> None:
        to = _tr("a passphrase") if target.passphrase else _tr("co-counsel's public key")
        Dialogs.inform(
            window,
            _tr("Export finished"),
            _tr(
                "Exported {n} case(s) and {files} attached file(s) to {path}, encrypted to "
                "{to}. It opens with 'age -d' or File › Import."
            ).format(n=result.cases, files=result.files, path=result.path, to=to),
        )

    session.runner.run(
        work,
        done,
        lambda exc: ErrorReporter.report(exc, window, _tr("Export failed")),
        progress_label=_tr("Exporting…"),
        parent=window,
        cancellable=True,
    )


# -- Preferences: automatic backups ------------------------------------------------------------


def saved_key(data_dir: Path) -> BackupKey | None:
    try:
        return BackupKey.load_public(data_dir)
    except BackupError:
        return None


def apply_preferences(
    window: QWidget,
    session: Session,
    settings: AppSettings,
    scheduler: BackupScheduler,
    chosen: Preferences,
) -> None:
    """Store the preferences; when automatic backups need a (new) key, make it first
    (the passphrase asked here, the key made off the UI thread)."""
    data_dir = session.data_dir
    needs_key = chosen.backup_enabled and (chosen.new_key or saved_key(data_dir) is None)
    if chosen.backup_enabled and chosen.backup_folder:
        folder = Path(chosen.backup_folder).expanduser()
        if folder.resolve().is_relative_to(data_dir.resolve()):
            Dialogs.problem(
                window,
                _tr("Preferences"),
                _tr(
                    "Choose a backup folder outside the case file's own folder: a backup "
                    "kept beside the case file is lost with it."
                ),
            )
            chosen = replace(chosen, backup_enabled=settings.backup_enabled)
            needs_key = False
    if not needs_key:
        chosen.save(settings)
        scheduler.configure()
        return
    if not session.store_exists():
        Dialogs.problem(
            window,
            _tr("Preferences"),
            _tr("Automatic backups need a case file: create or restore one first."),
        )
        replace(chosen, backup_enabled=False).save(settings)
        scheduler.configure()
        return
    # The case file's own passphrase only: the key is opened again at each unlock with
    # the passphrase typed there, which is what lets each backup be verified and older
    # ones rotated away (a separate passphrase would leave them unchecked, never rotated).
    typed = Dialogs.ask_passphrase(
        window,
        _tr("Automatic backups"),
        _tr(
            "Automatic backups open with the case file's passphrase (as it is now). "
            "Type it to make the backup key."
        ),
    )
    if typed is None:
        # No key: everything else is kept, automatic backups stay as they were.
        replace(chosen, backup_enabled=settings.backup_enabled).save(settings)
        scheduler.configure()
        return
    answer = backup_ops.BackupPassphrase(typed, same_as_store=True)

    def done(key: BackupKey) -> None:
        chosen.save(settings)
        scheduler.set_key(key)
        scheduler.configure()
        Dialogs.inform(
            window,
            _tr("Automatic backups"),
            _tr(
                "Automatic backups are on, to {folder}. They open with the case file's "
                "passphrase as it is now."
            ).format(folder=chosen.backup_folder),
        )

    def failed(exc: BaseException) -> None:
        replace(chosen, backup_enabled=settings.backup_enabled).save(settings)
        scheduler.configure()
        ErrorReporter.report(exc, window, _tr("Automatic backups were not set up"))

    session.runner.run(
        lambda _p, _c: backup_ops.set_up_key(data_dir, answer),
        done,
        failed,
        progress_label=_tr("Making the backup key…"),
        parent=window,
    )
