"""File › Change passphrase…: the key header re-wrapped, the backup key sealed again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casefiles.backup import BackupKey
from casefiles.domain.errors import WrongPassphrase
from casefiles.storage.paths import StorePaths
from casefiles.storage.store import read_header
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.main_window import UNLOCK
from casefiles.ui.passphrase_change import PassphraseChange, PassphraseChangeDialog
from tests.factories import PASSPHRASE, example_document, store_with
from tests.ui.conftest import wait_idle

NEW = "seven quiet owls over the river"


@pytest.fixture
def example_dir(data_dir: Path) -> Path:
    store_with(data_dir, example_document()).close()
    return data_dir


def _unlock(window: Any, qtbot: Any, passphrase: str) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: PassphraseChange | None) -> None:
    monkeypatch.setattr(Dialogs, "ask_passphrase_change", classmethod(lambda _c, _p: answer))


def test_change_passphrase_in_the_app(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = BackupKey.generate(PASSPHRASE)
    key.public().save_public(example_dir)
    window = make_window()
    _unlock(window, qtbot, PASSPHRASE)
    _answer(monkeypatch, PassphraseChange(PASSPHRASE, NEW))
    window.acts.change_passphrase.trigger()
    wait_idle(qtbot, window)
    assert not dialogs.problems
    (info,) = dialogs.infos
    assert info.startswith("Passphrase changed:")
    assert "Automatic backups now use the new passphrase too" in info
    # The header opens with the new passphrase only.
    header = read_header(StorePaths(example_dir))
    header.unwrap(NEW)
    with pytest.raises(WrongPassphrase):
        header.unwrap(PASSPHRASE)
    # The saved automatic-backup key follows (same recipient, new seal).
    saved = BackupKey.load_public(example_dir)
    assert saved is not None and saved.recipient == key.recipient
    BackupKey.unseal(saved.sealed, NEW)
    # Lock, then unlock with the new passphrase: the same data is there.
    window.lock()
    assert window.pages.currentIndex() == UNLOCK
    _unlock(window, qtbot, NEW)
    assert window.workspace.case_list.model.rowCount() == len(example_document()["cases"])


def test_a_wrong_current_passphrase_changes_nothing(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = StorePaths(example_dir).header.read_bytes()
    window = make_window()
    _unlock(window, qtbot, PASSPHRASE)
    _answer(monkeypatch, PassphraseChange("not the passphrase", NEW))
    window.acts.change_passphrase.trigger()
    wait_idle(qtbot, window)
    assert not dialogs.infos
    (problem,) = dialogs.problems
    assert "current passphrase is wrong, so nothing was changed" in problem
    assert StorePaths(example_dir).header.read_bytes() == before
    assert window.session.is_open


def test_the_dialog_needs_the_current_passphrase_and_the_new_one_twice(qtbot: Any) -> None:
    dialog = PassphraseChangeDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled() and dialog.value() is None
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW + "x")
    assert not ok.isEnabled() and dialog.value() is None
    dialog.new.second.setText(NEW)
    assert ok.isEnabled()
    answer = dialog.value()
    assert answer == PassphraseChange(PASSPHRASE, NEW)
    assert PASSPHRASE not in repr(answer) and NEW not in repr(answer)


def test_after_a_change_automatic_backups_open_with_the_new_passphrase(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scheduler's key (opened at unlock) follows the change: its seal is what each
    automatic backup carries as key.age."""
    from casefiles.backup import BackupWrongPassphrase, list_backups, verify_backup
    from casefiles.ui.appsettings import AppSettings
    from casefiles.ui.preferences import Preferences

    usb = tmp_path / "usb"
    usb.mkdir()
    key = BackupKey.generate(PASSPHRASE)
    key.public().save_public(example_dir)
    Preferences(
        idle_minutes=5,
        backup_enabled=True,
        backup_folder=str(usb),
        backup_on_exit=False,
        backup_every_hours=24,
        backup_keep=3,
    ).save(AppSettings())
    window = make_window()
    _unlock(window, qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: window.backups.key is not None, timeout=10_000)
    _answer(monkeypatch, PassphraseChange(PASSPHRASE, NEW))
    window.acts.change_passphrase.trigger()
    wait_idle(qtbot, window, 30_000)
    assert "Automatic backups now use the new passphrase too" in dialogs.infos[-1]
    assert window.backups.key is not None and window.backups.key.can_read
    assert window.backups.run() is True
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    (made,) = list_backups(usb)
    verify_backup(made, passphrase=NEW)
    with pytest.raises(BackupWrongPassphrase):
        verify_backup(made, passphrase=PASSPHRASE)
