"""Automatic backups: a timer asks `decide` whether a backup may run, and runs it off the UI thread.

Unlocked, the backup key's identity is in memory (opened at unlock with the
passphrase just typed, dropped at lock), so each backup is read back and
checked before older ones are rotated away.  Locked, a backup runs only when
it needs no secret (`Action.RUN_LOCKED`: the closed store's files, encrypted
to the saved public key); otherwise it is skipped and the reason is told at
the next unlock.  Nothing here touches a widget from a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from casefiles.backup import (
    Action,
    BackupCancelled,
    BackupError,
    BackupKey,
    BackupWrongPassphrase,
    FolderBackup,
    decide,
)
from casefiles.ui import backup_ops, fmt
from casefiles.ui.appsettings import AppSettings
from casefiles.ui.errors import friendly_message
from casefiles.ui.session import Session
from casefiles.ui.tasks import Task

log = logging.getLogger(__name__)

CHECK_MS = 60_000
#: After a skipped or failed attempt, the timer tries again this much later.
RETRY = timedelta(minutes=30)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


class BackupScheduler(QObject):
    """Owns the automatic-backup key while unlocked and starts the scheduled backups."""

    #: The status bar text (the last backup's time, or what is happening).
    status_changed = Signal(str)
    #: A failure or a skipped backup to tell now: the message.
    problem = Signal(str)

    def __init__(self, session: Session, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.window = parent
        #: The key with its identity, only while unlocked (None otherwise).
        self.key: BackupKey | None = None
        #: Why backups made while unlocked cannot be verified now (told once at unlock).
        self.key_problem: str | None = None
        self.running = False
        self._task: Task | None = None
        #: Called once when the running backup ends (closing waits for it).
        self._waiters: list[Callable[[], object]] = []
        self.last_attempt: datetime | None = None
        #: Causes already told in a dialog: told again only in the status bar, until a
        #: backup succeeds (a USB stick left out must not bring a dialog every retry).
        self._told: set[str] = set()
        #: The last problem, shown beside the last backup's time until one succeeds.
        self.trouble: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self.configure()

    # -- settings ----------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        folder = self.settings.backup_folder
        return Path(folder) if folder else None

    def configure(self) -> None:
        """Start or stop the timer after the settings changed."""
        if self.settings.backup_enabled and self.settings.backup_every_hours > 0:
            self.timer.start()
        else:
            self.timer.stop()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        last = self.settings.backup_last
        if last is None:
            text = _tr("Last backup: never")
        else:
            text = _tr("Last backup: {when}").format(when=fmt.datetime_text(last))
        if self.trouble:
            # Short: the status bar must not widen the window (the cause is its tooltip).
            text += " " + _tr("— the last automatic backup did not run")
        return text

    def due(self, now: datetime | None = None) -> bool:
        s = self.settings
        if not (s.backup_enabled and s.backup_every_hours > 0 and self.folder is not None):
            return False
        now = now or datetime.now(UTC)
        if self.last_attempt is not None and now - self.last_attempt < RETRY:
            return False
        last = s.backup_last
        return last is None or now - last >= timedelta(hours=s.backup_every_hours)

    # -- lock and unlock ----------------------------------------------------------------------

    def unlocked(self, passphrase: str | None) -> None:
        """Open the saved key with the passphrase just typed (off the UI thread)."""
        self.key = None
        self.key_problem = None
        if passphrase is None or self.session.is_demo or not self.settings.backup_enabled:
            return
        data_dir = self.session.data_dir

        def done(key: BackupKey | None) -> None:
            if self.session.is_open and not self.session.is_demo:
                self.key = key

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BackupWrongPassphrase):
                self.key_problem = _tr(
                    "The automatic backup key opens with another passphrase than the case "
                    "file's: it was made before the case file's passphrase changed. Backups "
                    "still run, but they cannot be checked or rotated, and they open only "
                    "with the old passphrase: make a new backup key in Preferences."
                )
            elif isinstance(exc, BackupError):
                self.key_problem = friendly_message(exc)
            else:
                log.error("opening the backup key failed: %s", type(exc).__name__)
                return
            self.problem.emit(self.key_problem or "")

        self.session.runner.run(
            lambda _p, _c: backup_ops.open_key(data_dir, passphrase), done, failed
        )

    def locked(self) -> None:
        self.key = None

    def take_notice(self) -> str | None:
        """The reason a scheduled backup was skipped while locked (once)."""
        notice = self.settings.backup_notice
        if notice:
            self.settings.backup_notice = None
            self.settings.sync()
        return notice

    def set_key(self, key: BackupKey) -> None:
        """A key just made in Preferences (with its identity)."""
        self.key = key if self.session.is_open and not self.session.is_demo else None
        self.key_problem = None

    def record_backup(self) -> None:
        """A backup was just written (by hand or automatically): show its time."""
        self.trouble = None
        self._told.clear()
        self.settings.backup_last = datetime.now(UTC)
        self.settings.sync()
        self.status_changed.emit(self.status_text())

    # -- running ------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the running backup to stop."""
        if self._task is not None and self._task.running:
            self._task.cancel()

    def when_done(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the running backup ends (at once when none runs)."""
        if not self.running:
            callback()
            return
        self._waiters.append(callback)

    def _ended(self, on_finished: Callable[[], object] | None) -> None:
        self.running = False
        self._task = None
        waiters, self._waiters = self._waiters, []
        if on_finished is not None:
            on_finished()
        for waiter in waiters:
            waiter()

    def tick(self) -> None:
        if self.due() and not self.running:
            self.run()

    def run(
        self,
        on_finished: Callable[[], object] | None = None,
        *,
        progress_label: str | None = None,
    ) -> bool:
        """Start a backup now if `decide` allows it; False when nothing was started."""
        folder = self.folder
        if folder is None or self.running or not self.settings.backup_enabled:
            return False
        data_dir = self.session.data_dir
        unlocked = self.session.is_open and not self.session.is_demo
        self.last_attempt = datetime.now(UTC)
        try:
            public = BackupKey.load_public(data_dir)
        except BackupError as err:
            self._skip(friendly_message(err) or "")
            return False
        decision = decide(data_dir, unlocked=unlocked, public_key=public)
        if decision.action is Action.SKIP:
            self._skip(decision.reason)
            return False
        if public is None:
            self._skip(_tr("Automatic backups need a backup key: make one in Preferences."))
            return False
        store = self.session.require_store() if decision.action is Action.RUN else None
        key = self.key if (store is not None and self.key is not None) else public
        keep = self.settings.backup_keep
        self.running = True
        self.status_changed.emit(_tr("Backing up…"))
        log.info("automatic backup started (%s)", decision.action.value)

        def work(progress: Any, cancelled: Any) -> FolderBackup:
            return backup_ops.scheduled_backup(
                store, data_dir, folder, key, keep, progress, cancelled
            )

        def done(result: FolderBackup) -> None:
            log.info(
                "automatic backup written (verified: %s, rotated: %d)",
                result.verified,
                len(result.removed),
            )
            self.record_backup()
            self._ended(on_finished)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.status_changed.emit(self.status_text())
            if not isinstance(exc, BackupCancelled):
                log.warning("automatic backup failed: %s", type(exc).__name__)
                reason = friendly_message(exc)
                if reason is None:
                    reason = _tr("an internal error ({kind})").format(kind=type(exc).__name__)
                self._fail(reason, folder)
            self._ended(on_finished)

        self._task = self.session.runner.run(
            work,
            done,
            failed,
            progress_label=progress_label,
            parent=self.window,
            cancellable=progress_label is not None,
        )
        return True

    def _skip(self, reason: str) -> None:
        log.info("automatic backup skipped")
        self._tell(reason, reason)

    def _tell(self, cause: str, text: str) -> None:
        """A problem: a dialog the first time for each cause, then the status bar only."""
        self.trouble = cause
        self.status_changed.emit(self.status_text())
        if cause in self._told:
            return
        self._told.add(cause)
        if self.session.is_open and not self.session.is_demo:
            self.problem.emit(text)
        else:
            self.settings.backup_notice = text
            self.settings.sync()

    def _fail(self, reason: str, folder: Path) -> None:
        text = _tr(
            "The automatic backup to {folder} failed: {reason} Earlier backups there are intact."
        ).format(folder=folder, reason=reason)
        self._tell(reason, text)
