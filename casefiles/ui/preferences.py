"""Edit › Preferences: the auto-lock delay, the interface language and automatic backups.

The dialog only edits a `Preferences` value; the main window stores it in
`AppSettings` and, when automatic backups need a (new) backup key, asks for
the passphrase and makes the key off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefiles.ui.appsettings import MAX_BACKUP_HOURS, MAX_BACKUP_KEEP, AppSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


@dataclass(frozen=True)
class Preferences:
    idle_minutes: int
    backup_enabled: bool
    backup_folder: str | None
    backup_on_exit: bool
    #: 0: no periodic backups (only on exit).
    backup_every_hours: int
    backup_keep: int
    #: Set by the dialog: make a new backup key (asks for the passphrase).
    new_key: bool = False
    #: "en", "ru", or "" for the system's language; used at the next start.
    language: str = ""

    @classmethod
    def load(cls, settings: AppSettings) -> Preferences:
        return cls(
            idle_minutes=settings.idle_minutes,
            backup_enabled=settings.backup_enabled,
            backup_folder=settings.backup_folder,
            backup_on_exit=settings.backup_on_exit,
            backup_every_hours=settings.backup_every_hours,
            backup_keep=settings.backup_keep,
            language=settings.language,
        )

    def save(self, settings: AppSettings) -> None:
        settings.idle_minutes = self.idle_minutes
        settings.backup_enabled = self.backup_enabled
        settings.backup_folder = self.backup_folder
        settings.backup_on_exit = self.backup_on_exit
        settings.backup_every_hours = self.backup_every_hours
        settings.backup_keep = self.backup_keep
        settings.language = self.language
        settings.sync()


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, current: Preferences, key_fingerprint: str | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Preferences"))
        self.setMinimumWidth(520)
        self._current = current
        layout = QVBoxLayout(self)

        lock = QGroupBox(_tr("Auto-lock"))
        lf = QFormLayout(lock)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(_tr(" min"))
        self.idle.setSpecialValueText(_tr("never"))
        self.idle.setValue(current.idle_minutes)
        lf.addRow(_tr("Lock after this long &idle:"), self.idle)
        layout.addWidget(lock)

        interface = QGroupBox(_tr("Language"))
        inf = QFormLayout(interface)
        self.language = QComboBox()
        self.language.addItem(_tr("System default"), "")
        # Each language is named in itself, so it can be found whatever the current one.
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        inf.addRow(_tr("Interface &language:"), self.language)
        restart = QLabel(_tr("Takes effect the next time casefiles starts."))
        restart.setWordWrap(True)
        inf.addRow("", restart)
        layout.addWidget(interface)

        self.backups = QGroupBox(_tr("Automatic backups"))
        self.backups.setCheckable(True)
        self.backups.setChecked(current.backup_enabled)
        bf = QFormLayout(self.backups)
        row = QHBoxLayout()
        self.folder = QLineEdit(current.backup_folder or "")
        self.folder.setPlaceholderText(_tr("for example a USB stick"))
        self.browse = QPushButton(_tr("&Choose…"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        folder_label = QLabel(_tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        bf.addRow(folder_label, row)
        self.on_exit = QCheckBox(_tr("When casefiles &quits"))
        self.on_exit.setChecked(current.backup_on_exit)
        bf.addRow(_tr("Back up:"), self.on_exit)
        hours_row = QHBoxLayout()
        self.periodic = QCheckBox(_tr("&Every"))
        self.periodic.setChecked(current.backup_every_hours > 0)
        self.hours = QSpinBox()
        self.hours.setRange(1, MAX_BACKUP_HOURS)
        self.hours.setSuffix(_tr(" hours"))
        self.hours.setValue(current.backup_every_hours or 24)
        hours_row.addWidget(self.periodic)
        hours_row.addWidget(self.hours)
        hours_row.addStretch(1)
        bf.addRow("", hours_row)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_BACKUP_KEEP)
        self.keep.setValue(current.backup_keep)
        self.keep.setSuffix(_tr(" backups"))
        bf.addRow(_tr("&Keep the last:"), self.keep)
        self.key_state = QLabel()
        self.key_state.setWordWrap(True)
        self.key_state.setObjectName("backupKeyState")
        bf.addRow(_tr("Backup key:"), self.key_state)
        self.new_key = QCheckBox(_tr("Make a &new backup key (asks for the passphrase)"))
        bf.addRow("", self.new_key)
        if key_fingerprint is None:
            self.key_state.setText(
                _tr(
                    "not set up yet: you will be asked for the case file's passphrase, "
                    "which the backups will open with"
                )
            )
            self.new_key.setChecked(True)
            self.new_key.setEnabled(False)
        else:
            self.key_state.setText(
                _tr(
                    "set up ({fingerprint}). Backups made while casefiles is locked use "
                    "its public part; no passphrase is kept."
                ).format(fingerprint=key_fingerprint)
            )
        note = QLabel(
            _tr(
                "A backup that falls while casefiles is locked runs only if it needs no "
                "secret; otherwise you are told at the next unlock. Automatic backups open "
                "with the case file's passphrase; changing the passphrase (File › Change "
                "passphrase) makes later backups open with the new one."
            )
        )
        note.setWordWrap(True)
        bf.addRow(note)
        layout.addWidget(self.backups)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        for signal in (
            self.backups.toggled,
            self.periodic.toggled,
            self.on_exit.toggled,
            self.folder.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _browse(self) -> None:
        from casefiles.ui.dialogs import Dialogs

        folder = Dialogs.choose_folder(self, _tr("Folder for automatic backups"))
        if folder is not None:
            self.folder.setText(str(folder))

    def _problem(self) -> str:
        if not self.backups.isChecked():
            return ""
        folder = self.folder.text().strip()
        if not folder:
            return _tr("Choose the folder the backups go to.")
        if not Path(folder).is_absolute():
            return _tr("Give the folder's full path.")
        if not (self.on_exit.isChecked() or self.periodic.isChecked()):
            return _tr("Choose when to back up: when casefiles quits, every few hours, or both.")
        return ""

    def _update(self) -> None:
        self.hours.setEnabled(self.periodic.isChecked())
        problem = self._problem()
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()

    def value(self) -> Preferences:
        enabled = self.backups.isChecked()
        return replace(
            self._current,
            idle_minutes=self.idle.value(),
            backup_enabled=enabled,
            backup_folder=self.folder.text().strip() or None,
            backup_on_exit=self.on_exit.isChecked(),
            backup_every_hours=self.hours.value() if self.periodic.isChecked() else 0,
            backup_keep=self.keep.value(),
            new_key=enabled and self.new_key.isChecked(),
            language=str(self.language.currentData() or ""),
        )
