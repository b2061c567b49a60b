"""Security › Change passphrase…: the current passphrase once, the new one twice.

Only the key header changes (the same data key re-wrapped), so the work is
two key derivations; the automatic-backup key, sealed with the case file's
passphrase, is sealed again with the new one. Re-encrypting the whole
database under a new key stays a command-line step (`casefiles passwd
--rekey`), since it replaces the database file under the open window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefiles.backup.keys import BackupKey, reseal_saved_key
from casefiles.domain.errors import WrongPassphrase
from casefiles.storage.paths import StorePaths
from casefiles.ui.backup_dialogs import NewPassphrase
from casefiles.ui.backup_ops import check_store_passphrase
from casefiles.ui.backup_scheduler import BackupScheduler
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.session import Session

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseChange", text)


@dataclass(frozen=True)
class PassphraseChange:
    current: str
    new: str = ""

    def __repr__(self) -> str:  # never print a passphrase, even in a traceback
        return "PassphraseChange(<hidden>)"


class PassphraseChangeDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Change passphrase"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Type the passphrase you use now, then the new one twice. Backups made "
                "before the change still open with the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        current = QFormLayout()
        current.setContentsMargins(0, 8, 0, 8)
        current.addRow(_tr("&Current passphrase:"), self.current)
        layout.addLayout(current)
        heading = QLabel(_tr("<b>The new passphrase</b>"))
        layout.addWidget(heading)
        self.new = NewPassphrase(self)
        layout.addWidget(self.new)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Change passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.new.first.textChanged.connect(self._update)
        self.new.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.current.text()) and self.new.value() is not None)

    def value(self) -> PassphraseChange | None:
        new = self.new.value()
        if not self.current.text() or new is None:
            return None
        return PassphraseChange(self.current.text(), new)


def change_passphrase_work(
    rewrap: Callable[[str], None],
    folder: StorePaths,
    answer: PassphraseChange,
    opened: BackupKey | None = None,
) -> BackupKey | None:
    """Check the current passphrase, re-wrap the key, then seal the backup key again.

    Runs on a worker thread. Returns the automatic-backup key sealed again (with its
    identity), or None when there was none to follow. `opened` is that key as the
    scheduler holds it (spares opening it again).
    """
    check_store_passphrase(folder.root, answer.current)  # WrongPassphrase before any change
    rewrap(answer.new)
    log.info("passphrase changed from the desktop app")
    return reseal_saved_key(folder.root, answer.current, answer.new, opened=opened)


def change_passphrase(
    window: QWidget, session: Session, scheduler: BackupScheduler | None = None
) -> None:
    """Ask, then change on the task runner; say what happened to the backups.

    The scheduler gets the key sealed again: the one it opened at unlock carries the
    old seal, and it writes its seal as `key.age` in every automatic backup.
    """
    answer = Dialogs.ask_passphrase_change(window)
    if answer is None:
        return
    folder = session.paths
    opened = scheduler.key if scheduler is not None else None

    def work(_progress: Any, _cancelled: Any) -> BackupKey | None:
        return change_passphrase_work(session.change_passphrase, folder, answer, opened)

    def done(key: BackupKey | None) -> None:
        resealed = key is not None
        if key is not None and scheduler is not None:
            scheduler.set_key(key)
        text = _tr(
            "The passphrase was changed. From now on the case file opens only with the "
            "new one. Backups made before the change still open with the old passphrase."
        )
        if resealed:
            text += "\n\n" + _tr("Automatic backups now use the new passphrase too.")
        Dialogs.inform(window, _tr("Passphrase changed"), text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            Dialogs.problem(
                window,
                _tr("Passphrase not changed"),
                _tr(
                    "The current passphrase is wrong, so nothing was changed. Check the "
                    "keyboard layout and Caps Lock, and try again."
                ),
            )
            return
        ErrorReporter.report(exc, window, _tr("Passphrase not changed"))

    session.runner.run(
        work, done, failed, progress_label=_tr("Changing the passphrase…"), parent=window
    )
