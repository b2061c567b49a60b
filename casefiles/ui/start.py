"""The first screens: create a case file (or open the demo, or restore a backup), and unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.services.strength import MIN_LENGTH, Strength, strength, too_short
from casefiles.ui.i18n import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Start", text)


def _heading(text: str, scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def _centered(inner: QWidget, width: int = 560) -> QVBoxLayout:
    """A layout that keeps `inner` at a readable width in the middle of the window."""
    inner.setMaximumWidth(width)
    outer = QVBoxLayout()
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 10)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer


_HINTS = {
    Strength.EMPTY: "",
    Strength.WEAK: QT_TRANSLATE_NOOP(
        "Start", "Weak: easy to guess. Use four or more unrelated words."
    ),
    Strength.FAIR: QT_TRANSLATE_NOOP("Start", "Fair: add another word or two."),
    Strength.GOOD: QT_TRANSLATE_NOOP("Start", "Good."),
    Strength.STRONG: QT_TRANSLATE_NOOP("Start", "Strong."),
}
_COLOURS = {
    Strength.EMPTY: "#9e9e9e",
    Strength.WEAK: "#b3261e",
    Strength.FAIR: "#c77700",
    Strength.GOOD: "#2e7d32",
    Strength.STRONG: "#1b5e20",
}


class StrengthMeter(QWidget):
    """A bar and a hint under a new passphrase: how hard it is to guess, and whether it is
    long enough to be accepted at all (`MIN_LENGTH`, as on the command line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel()
        # One line kept for the hint even when empty, so the form below does not jump.
        self.hint.setMinimumHeight(self.hint.fontMetrics().height())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.meter)
        box.addWidget(self.hint)
        self.show_for("")

    def show_for(self, passphrase: str) -> None:
        level = strength(passphrase)
        self.meter.setValue(int(level))
        colour = _COLOURS[level]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if passphrase and too_short(passphrase):
            self.hint.setText(_tr("Too short: use at least {n} characters.").format(n=MIN_LENGTH))
            colour = _COLOURS[Strength.WEAK]
        else:
            self.hint.setText(_tr(_HINTS[level]) if _HINTS[level] else "")
        self.hint.setStyleSheet(f"color: {colour};")


class FirstRunPage(QWidget):
    """Create a new case file (passphrase twice), open the demo, or restore a backup."""

    create_requested = Signal(str)
    demo_requested = Signal()
    restore_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(_heading(_tr("Welcome to casefiles")))
        intro = QLabel(
            _tr(
                "casefiles keeps your clients, cases, hearings, motions and evidence in one "
                "encrypted case file on this computer. Nothing leaves it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        box = QGroupBox(_tr("Create a new case file"))
        form = QFormLayout(box)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_tr("several unrelated words"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("&Passphrase:"), self.passphrase)
        self.strength = StrengthMeter()
        self.meter, self.hint = self.strength.meter, self.strength.hint
        form.addRow("", self.strength)
        form.addRow(_tr("&Repeat it:"), self.repeat)
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet("color: #b3261e;")
        form.addRow("", self.mismatch)
        where = QLabel(str(data_dir))
        where.setObjectName("storeLocation")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(_tr("Stored in:"), where)
        warning = QLabel(
            _tr(
                "<b>Nobody can open this case file without the passphrase, and nobody can "
                "recover a forgotten one: not you, not a technician, not the authors of "
                "casefiles.</b> Keep the passphrase somewhere safe, and make backups."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("passphraseWarning")
        warning.setStyleSheet(
            "QLabel#passphraseWarning { background: #fff4ce; border: 1px solid #e0c060;"
            " padding: 8px; }"
        )
        form.addRow(warning)
        self.understood = QCheckBox(
            _tr("I understand that a forgotten passphrase cannot be recovered")
        )
        form.addRow(self.understood)
        self.create_button = QPushButton(_tr("Create case file"))
        self.create_button.setDefault(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        layout.addWidget(box)

        demo = QGroupBox(_tr("Just looking?"))
        dl = QHBoxLayout(demo)
        demo_text = QLabel(
            _tr(
                "The demo is a separate case file with fictional cases, kept beside yours. "
                "Its passphrase is <b>demo</b>."
            )
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(_tr("Open the demo"))
        dl.addWidget(demo_text, 1)
        dl.addWidget(self.demo_button)
        layout.addWidget(demo)

        restore = QGroupBox(_tr("Moving to this computer?"))
        rl = QHBoxLayout(restore)
        restore_text = QLabel(
            _tr(
                "Restore your case file from a casefiles backup (for example from a USB "
                "stick). You need the backup's passphrase; the restored case file then "
                "opens with its own passphrase."
            )
        )
        restore_text.setWordWrap(True)
        self.restore_button = QPushButton(_tr("Restore from a backup…"))
        rl.addWidget(restore_text, 1)
        rl.addWidget(self.restore_button)
        layout.addWidget(restore)
        self.setLayout(_centered(inner, 620))

        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self.create_button.clicked.connect(self._create)
        self.repeat.returnPressed.connect(self._create)
        self.demo_button.clicked.connect(self.demo_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self._update()

    def _update(self) -> None:
        self.strength.show_for(self.passphrase.text())
        a, b = self.passphrase.text(), self.repeat.text()
        mismatch = bool(b) and a != b
        self.mismatch.setText(_tr("The two passphrases differ.") if mismatch else "")
        self.mismatch.setVisible(mismatch)
        self.create_button.setEnabled(not too_short(a) and a == b and self.understood.isChecked())

    def _create(self) -> None:
        if self.create_button.isEnabled():
            self.error.hide()
            self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        for w in (
            self.passphrase,
            self.repeat,
            self.understood,
            self.demo_button,
            self.restore_button,
        ):
            w.setEnabled(not busy)
        if busy:
            self.create_button.setEnabled(False)
        else:
            self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class UnlockPage(QWidget):
    """The passphrase prompt; a wrong passphrase is said here, and the user tries again."""

    unlock_requested = Signal(str)
    switch_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        inner = QFrame()
        layout = QVBoxLayout(inner)
        layout.addWidget(_heading(_tr("casefiles is locked")))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("storeLocation")
        self.where.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.where)
        self.demo_hint = QLabel(_tr("This is the demo case file; its passphrase is <b>demo</b>."))
        self.demo_hint.hide()
        layout.addWidget(self.demo_hint)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_tr("Passphrase"))
        self.unlock_button = QPushButton(_tr("Unlock"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        switch_row = QHBoxLayout()
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.setStyleSheet("text-decoration: underline; color: palette(link);")
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch_button.clicked.connect(self.switch_requested)
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        layout.addLayout(switch_row)
        self.setLayout(_centered(inner, 480))
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)

    def prepare(self, folder: Path, demo: bool) -> None:
        self.where.setText(_tr("Case file: {path}").format(path=folder))
        self.demo_hint.setVisible(demo)
        self.switch_button.setText(
            _tr("Leave the demo") if demo else _tr("Open the demo case file instead")
        )
        self.error.hide()
        self.passphrase.clear()
        self.set_busy(False)

    def _unlock(self) -> None:
        if self.passphrase.text() and self.unlock_button.isEnabled():
            self.error.hide()
            self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
