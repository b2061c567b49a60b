"""The Preferences dialog, the settings it writes, and the backup passphrase and export dialogs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from casefiles.ui.appsettings import AppSettings
from casefiles.ui.backup_dialogs import BackupPassphraseDialog, EncryptedExportDialog
from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget
from casefiles.ui.preferences import Preferences, PreferencesDialog


def _ok(buttons: QDialogButtonBox) -> bool:
    return buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_settings_round_trip_and_clamp(settings_dir: Path) -> None:
    s = AppSettings()
    assert not s.backup_enabled and s.backup_folder is None and s.backup_last is None
    assert (s.backup_on_exit, s.backup_every_hours, s.backup_keep) == (True, 24, 10)
    s.backup_enabled = True
    s.backup_folder = "/media/usb"
    s.backup_every_hours = 6
    s.backup_keep = 4
    when = datetime(2026, 11, 27, 8, 15, tzinfo=UTC)
    s.backup_last = when
    s.backup_notice = "skipped"
    s.sync()
    again = AppSettings()
    assert again.backup_enabled and again.backup_folder == "/media/usb"
    assert (again.backup_every_hours, again.backup_keep) == (6, 4)
    assert again.backup_last == when and again.backup_notice == "skipped"
    again.q.setValue("backup/keep", 0)
    again.q.setValue("backup/every_hours", "lots")
    assert again.backup_keep == 1 and again.backup_every_hours == 24
    again.backup_notice = None
    assert "backup/notice" not in again.q.allKeys()
    raw = QSettings(again.q.fileName(), QSettings.Format.IniFormat)
    assert raw.value("backup/last") == "2026-11-27T08:15:00+00:00"


def test_preferences_dialog_checks_what_automatic_backups_need(
    qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    current = Preferences.load(AppSettings())
    dialog = PreferencesDialog(None, current, None)
    qtbot.addWidget(dialog)
    assert _ok(dialog.buttons)  # backups off: nothing to check
    dialog.backups.setChecked(True)
    assert not _ok(dialog.buttons) and "folder" in dialog.error.text()
    dialogs.folder = tmp_path
    dialog.browse.click()
    assert dialog.folder.text() == str(tmp_path)
    assert _ok(dialog.buttons)
    dialog.on_exit.setChecked(False)
    dialog.periodic.setChecked(False)
    assert not _ok(dialog.buttons) and "when to back up" in dialog.error.text()
    dialog.periodic.setChecked(True)
    dialog.hours.setValue(6)
    dialog.keep.setValue(3)
    dialog.idle.setValue(9)
    assert _ok(dialog.buttons)
    assert not dialog.new_key.isEnabled() and dialog.new_key.isChecked()  # no key yet
    value = dialog.value()
    assert value == Preferences(9, True, str(tmp_path), False, 6, 3, new_key=True)
    dialog.folder.setText("relative/folder")
    assert not _ok(dialog.buttons)


def test_preferences_dialog_with_a_key_makes_a_new_one_only_when_asked(qtbot: Any) -> None:
    current = Preferences(5, True, "/media/usb", True, 0, 10)
    dialog = PreferencesDialog(None, current, "0123456789abcdef")
    qtbot.addWidget(dialog)
    assert "0123456789abcdef" in dialog.key_state.text()
    assert dialog.new_key.isEnabled() and not dialog.new_key.isChecked()
    assert not dialog.hours.isEnabled()
    assert dialog.value() == current
    dialog.new_key.setChecked(True)
    assert dialog.value().new_key
    dialog.backups.setChecked(False)
    assert not dialog.value().new_key and not dialog.value().backup_enabled


def test_interface_language_is_kept_and_chosen_in_the_dialog(qtbot: Any) -> None:
    settings = AppSettings()
    assert settings.language == ""  # not set: the system's language
    current = Preferences.load(settings)
    dialog = PreferencesDialog(None, current, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "",
        "en",
        "ru",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    chosen = dialog.value()
    assert chosen.language == "ru"
    chosen.save(settings)
    assert AppSettings().language == "ru"
    again = PreferencesDialog(None, Preferences.load(AppSettings()), None)
    qtbot.addWidget(again)
    assert again.language.currentData() == "ru"
    again.language.setCurrentIndex(0)
    again.value().save(settings)
    assert AppSettings().language == "" and "ui/language" not in settings.q.allKeys()
    settings.q.setValue("ui/language", "klingon")
    assert AppSettings().language == ""


def test_backup_passphrase_dialog(qtbot: Any) -> None:
    dialog = BackupPassphraseDialog(None, "Backup passphrase", "Which passphrase?")
    qtbot.addWidget(dialog)
    assert not _ok(dialog.buttons) and dialog.value() is None
    dialog.store_passphrase.setText("the store's")
    assert dialog.value() == BackupPassphrase("the store's", same_as_store=True)
    dialog.separate.setChecked(True)
    assert not dialog.store_passphrase.isEnabled()
    assert dialog.value() is None
    dialog.new.first.setText("abc")
    dialog.new.second.setText("abc")
    assert "Too short" in dialog.new.strength.hint.text()
    assert dialog.value() is None and not _ok(dialog.buttons)  # as short as the CLI refuses
    dialog.new.second.setText("abd")
    assert dialog.new.mismatch.text() and not _ok(dialog.buttons)
    dialog.new.first.setText("violin staple orbit lantern copper")
    dialog.new.second.setText("violin staple orbit lantern copper")
    assert dialog.new.strength.meter.value() >= 3
    assert dialog.value() == BackupPassphrase(
        "violin staple orbit lantern copper", same_as_store=False
    )
    assert _ok(dialog.buttons)


def test_encrypted_export_dialog(qtbot: Any) -> None:
    dialog = EncryptedExportDialog(None, None)
    qtbot.addWidget(dialog)
    assert not dialog.current.isEnabled() and dialog.everything.isChecked()
    dialog.new.first.setText("river copper night")
    dialog.new.second.setText("river copper night")
    assert dialog.value() == ExportTarget(False, passphrase="river copper night")
    dialog.to_recipient.setChecked(True)
    dialog.recipient.setText("not a key")
    assert dialog.value() is None and not _ok(dialog.buttons)
    key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    dialog.recipient.setText(f" {key} ")
    assert dialog.value() == ExportTarget(False, recipients=(key,))
    in_case = EncryptedExportDialog(None, "CR-2025-014")
    qtbot.addWidget(in_case)
    assert in_case.current.isChecked() and "CR-2025-014" in in_case.current.text()
