"""Every modal question and message goes through here, so tests can answer it.

Tests replace these classmethods (pytest-qt's advice for dialogs), so no test
ever blocks on a modal window.  File dialogs are Qt's own widgets (not the
platform's), and after each one the folder and file history that Qt keeps in
`QtProject.conf` is wiped: a path can name a client.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from casefiles.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget
    from casefiles.ui.passphrase_change import PassphraseChange
    from casefiles.ui.preferences import Preferences

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def scrub_qt_file_dialog_history() -> None:
    """Remove what Qt's file dialog remembers (last folder, history) from QtProject.conf."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


class Dialogs:
    """Modal questions and messages; tests replace the classmethods."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def problem(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """An expected problem the user can act on."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    @classmethod
    def bug(cls, parent: QWidget | None, text: str, details: str) -> None:
        """An internal error: what happened, the details, where the log is."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _tr("Internal error"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText(details)
        box.exec()

    @classmethod
    def about(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    @classmethod
    def ask_minutes(cls, parent: QWidget | None, current: int) -> int | None:
        """The auto-lock delay in minutes (0: never); None when cancelled."""
        value, ok = QInputDialog.getInt(
            parent,
            _tr("Preferences"),
            _tr("Lock the case file after this many idle minutes (0: never):"),
            current,
            0,
            240,
        )
        return int(value) if ok else None

    @classmethod
    def preferences(
        cls, parent: QWidget | None, current: Preferences, key_fingerprint: str | None
    ) -> Preferences | None:
        """Edit › Preferences; None when cancelled."""
        from casefiles.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(parent, current, key_fingerprint)
        return _answer(dialog, dialog.value)

    @classmethod
    def ask_backup_passphrase(
        cls, parent: QWidget | None, title: str, text: str
    ) -> BackupPassphrase | None:
        """The case file's own passphrase (once) or a separate one (twice); None: cancelled."""
        from casefiles.ui.backup_dialogs import BackupPassphraseDialog

        dialog = BackupPassphraseDialog(parent, title, text)
        return _answer(dialog, dialog.value)

    @classmethod
    def ask_passphrase_change(cls, parent: QWidget | None) -> PassphraseChange | None:
        """The current passphrase and the new one (twice); None: cancelled."""
        from casefiles.ui.passphrase_change import PassphraseChangeDialog

        dialog = PassphraseChangeDialog(parent)
        return _answer(dialog, dialog.value)

    @classmethod
    def ask_passphrase(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        """One passphrase that opens something (a backup, an encrypted export)."""
        from casefiles.ui.backup_dialogs import PassphraseDialog

        dialog = PassphraseDialog(parent, title, text)
        return _answer(dialog, lambda: dialog.passphrase.text() or None)

    @classmethod
    def ask_encrypted_export(
        cls, parent: QWidget | None, case_label: str | None
    ) -> ExportTarget | None:
        """Which cases, and to a passphrase or an age recipient; None when cancelled."""
        from casefiles.ui.backup_dialogs import EncryptedExportDialog

        dialog = EncryptedExportDialog(parent, case_label)
        return _answer(dialog, dialog.value)

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str) -> Path | None:
        return _file_dialog(parent, title, "", folder=True)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        return _file_dialog(parent, title, name_filter, save=False)

    @classmethod
    def save_file(
        cls, parent: QWidget | None, title: str, name_filter: str, suggested: str
    ) -> Path | None:
        return _file_dialog(parent, title, name_filter, save=True, suggested=suggested)


def _answer(dialog: QDialog, value: Callable[[], T | None]) -> T | None:
    """`value()` if the dialog was accepted, else None; the dialog is destroyed after."""
    try:
        return value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        shiboken6.delete(dialog)


# Qt's own Russian translation lacks these two labels of its file dialog as Qt 6 writes
# them (with their accelerators); ours, installed after Qt's, supplies them.
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")

#: The folder of the last file or folder chosen: in memory only, never written down (a
#: folder's name can name a client), so file dialogs start where the user last was.
_last_folder: Path | None = None


def start_folder() -> Path:
    """Where a file dialog opens: the last folder chosen, else Documents, else home
    (never the folder the app happened to be started from)."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(chosen: Path, *, is_folder: bool = False) -> None:
    global _last_folder
    _last_folder = chosen if is_folder else chosen.parent


def new_file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    """Qt's own file dialog (not the platform's, which keeps recent files of its own),
    opening in `start_folder()`; run it with `run_file_dialog`."""
    dialog = QFileDialog(parent, title, str(start_folder()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def run_file_dialog(dialog: QFileDialog, *, folder: bool = False) -> list[Path]:
    """Show the dialog; the paths chosen ([] when cancelled).  The folder history Qt
    keeps is wiped after (a folder name can name a client); the folder is remembered in
    memory only, for the next dialog."""
    dialog.setHistory([])
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
    finally:
        dialog.setHistory([])
        # Qt writes its history when the dialog is destroyed: destroy it now, then wipe.
        shiboken6.delete(dialog)
        scrub_qt_file_dialog_history()
    chosen = [Path(f) for f in files] if accepted else []
    if chosen:
        remember_folder(chosen[0], is_folder=folder)
    return chosen


def _file_dialog(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    *,
    save: bool = False,
    folder: bool = False,
    suggested: str = "",
) -> Path | None:
    dialog = new_file_dialog(parent, title)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setNameFilter(name_filter)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            dialog.setDefaultSuffix(Path(suggested).suffix.lstrip(".") or "json")
            dialog.selectFile(suggested)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run_file_dialog(dialog, folder=folder)
    return chosen[0] if chosen else None
