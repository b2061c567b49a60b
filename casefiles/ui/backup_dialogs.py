"""The questions of the backup and encrypted-export commands: which passphrase, to whom.

Plain dialogs with no work in them; `Dialogs` (casefiles/ui/dialogs.py) opens
them, so tests answer them ahead of time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.services.strength import too_short
from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget
from casefiles.ui.start import StrengthMeter


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialogs", text)


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewPassphrase(QWidget):
    """A new passphrase, typed twice, with the first-run screen's strength bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = _secret()
        self.first.setPlaceholderText(_tr("several unrelated words"))
        self.second = _secret()
        self.strength = StrengthMeter()
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet("color: #b3261e;")
        form.addRow(_tr("&Passphrase:"), self.first)
        form.addRow("", self.strength)
        form.addRow(_tr("&Repeat it:"), self.second)
        form.addRow("", self.mismatch)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.strength.show_for(self.first.text())
        a, b = self.first.text(), self.second.text()
        self.mismatch.setText(_tr("The two passphrases differ.") if b and a != b else "")

    def value(self) -> str | None:
        a = self.first.text()
        return a if not too_short(a) and a == self.second.text() else None


class BackupPassphraseDialog(QDialog):
    """The case file's own passphrase (typed once, checked), or a separate one (twice)."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.same = QRadioButton(_tr("The case file's own &passphrase"))
        self.separate = QRadioButton(_tr("A &separate backup passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.same)
        group.addButton(self.separate)
        self.same.setChecked(True)
        layout.addWidget(self.same)
        same_box = QWidget()
        same_form = QFormLayout(same_box)
        self.store_passphrase = _secret()
        self.store_passphrase.setPlaceholderText(_tr("type it to confirm"))
        same_form.addRow(_tr("Case file's passphrase:"), self.store_passphrase)
        layout.addWidget(same_box)
        layout.addWidget(self.separate)
        self.new = NewPassphrase()
        layout.addWidget(self.new)
        note = QLabel(
            _tr("The backup opens only with this passphrase. Nobody can recover a forgotten one.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.same.toggled,
            self.store_passphrase.textChanged,
            self.new.first.textChanged,
            self.new.second.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        same = self.same.isChecked()
        self.store_passphrase.setEnabled(same)
        self.new.setEnabled(not same)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.value() is not None)

    def value(self) -> BackupPassphrase | None:
        if self.same.isChecked():
            text = self.store_passphrase.text()
            return BackupPassphrase(text, same_as_store=True) if text else None
        new = self.new.value()
        return None if new is None else BackupPassphrase(new, same_as_store=False)


class PassphraseDialog(QDialog):
    """One passphrase, typed once (to open a backup or an encrypted export)."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.passphrase = _secret()
        layout.addWidget(self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.passphrase.textChanged.connect(lambda t: ok.setEnabled(bool(t)))
        ok.setEnabled(False)


class EncryptedExportDialog(QDialog):
    """Which cases, and to a passphrase (twice) or to co-counsel's age public key."""

    def __init__(self, parent: QWidget | None, case_label: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export encrypted"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        scope = QGroupBox(_tr("Export"))
        sl = QVBoxLayout(scope)
        self.current = QRadioButton(
            _tr("The case in view ({case})").format(case=case_label)
            if case_label
            else _tr("The case in view")
        )
        self.everything = QRadioButton(_tr("All cases"))
        for button in (self.current, self.everything):
            sl.addWidget(button)
        self.current.setEnabled(case_label is not None)
        (self.current if case_label else self.everything).setChecked(True)
        layout.addWidget(scope)

        to = QGroupBox(_tr("Encrypt to"))
        tl = QVBoxLayout(to)
        self.to_passphrase = QRadioButton(_tr("A &passphrase (tell it to co-counsel in person)"))
        self.to_recipient = QRadioButton(_tr("Co-counsel's age &public key"))
        group = QButtonGroup(self)
        group.addButton(self.to_passphrase)
        group.addButton(self.to_recipient)
        self.to_passphrase.setChecked(True)
        tl.addWidget(self.to_passphrase)
        self.new = NewPassphrase()
        tl.addWidget(self.new)
        tl.addWidget(self.to_recipient)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText("age1…")
        tl.addWidget(self.recipient)
        layout.addWidget(to)
        note = QLabel(
            _tr(
                "The file opens with the standard age tool (age -d) and imports into "
                "casefiles with the same passphrase or key. Attached files go with it."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (
            self.to_passphrase.toggled,
            self.new.first.textChanged,
            self.new.second.textChanged,
            self.recipient.textChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        by_passphrase = self.to_passphrase.isChecked()
        self.new.setEnabled(by_passphrase)
        self.recipient.setEnabled(not by_passphrase)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.value() is not None)

    def value(self) -> ExportTarget | None:
        current = self.current.isChecked()
        if self.to_passphrase.isChecked():
            new = self.new.value()
            return None if new is None else ExportTarget(current, passphrase=new)
        recipient = self.recipient.text().strip()
        if not recipient.startswith("age1"):
            return None
        return ExportTarget(current, recipients=(recipient,))
