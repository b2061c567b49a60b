"""Restore from a backup on the first-run screen: inspect first, then the passphrase,
then the restore in a worker, then the unlock page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casefiles.backup import BackupKey, create_backup
from casefiles.services.logs import LOG_NAME
from casefiles.ui.main_window import FIRST_RUN, UNLOCK, WORK
from tests.factories import PASSPHRASE, example_document, store_with
from tests.ui.conftest import wait_idle

BACKUP_PASSPHRASE = "lantern orbit violin staple"


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One backup of the example store, sealed with a separate passphrase (one scrypt run)."""
    root = tmp_path_factory.mktemp("source")
    store = store_with(root / "store", example_document())
    try:
        target = root / "monday.tar"
        create_backup(store, target, BackupKey.generate(BACKUP_PASSPHRASE))
    finally:
        store.close()
    return target


def test_restore_into_the_empty_data_dir_then_unlock(
    make_window: Any, qtbot: Any, data_dir: Path, backup_file: Path, dialogs: Any
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOG_NAME).write_text("the app's own log\n")  # as the real app leaves it
    window = make_window()
    assert window.pages.currentIndex() == FIRST_RUN
    dialogs.open_path = backup_file
    dialogs.passphrase = BACKUP_PASSPHRASE
    window.first_run.restore_button.click()
    wait_idle(qtbot, window, 30_000)
    assert not dialogs.problems
    assert dialogs.asked == ["Backup passphrase"]
    assert dialogs.infos and "restored into" in dialogs.infos[-1]
    # Automatic backups (off on this computer) are named, so the new laptop gets them too.
    assert "turn them on for this one in Edit › Preferences" in dialogs.infos[-1]
    assert window.pages.currentIndex() == UNLOCK
    assert (data_dir / LOG_NAME).read_text() == "the app's own log\n"
    assert not [
        p for p in data_dir.parent.iterdir() if ".aside-" in p.name or ".restore-" in p.name
    ]
    window.unlock_page.passphrase.setText(PASSPHRASE)  # the store's own, not the backup's
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)
    assert window.pages.currentIndex() == WORK
    assert window.workspace.case_list.model.rowCount() == len(example_document()["cases"])


def test_wrong_backup_passphrase_restores_nothing(
    make_window: Any, qtbot: Any, data_dir: Path, backup_file: Path, dialogs: Any
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / LOG_NAME).write_text("log\n")
    window = make_window()
    dialogs.open_path = backup_file
    dialogs.passphrase = [PASSPHRASE]  # the store's passphrase: not this backup's
    window.first_run.restore_button.click()
    wait_idle(qtbot, window, 30_000)
    wait_idle(qtbot, window)
    (problem,) = dialogs.problems
    assert problem.startswith("Wrong passphrase: This passphrase does not open the backup")
    assert dialogs.asked == ["Backup passphrase"] * 2  # asked again; then cancelled
    assert sorted(p.name for p in data_dir.iterdir()) == [LOG_NAME]
    assert sorted(p.name for p in data_dir.parent.iterdir()) == sorted(["config", data_dir.name])
    assert window.pages.currentIndex() == FIRST_RUN
    assert window.first_run.restore_button.isEnabled()


def test_a_file_that_is_not_a_backup_is_refused_before_any_passphrase(
    make_window: Any, data_dir: Path, tmp_path: Path, dialogs: Any
) -> None:
    other = tmp_path / "holiday.tar"
    other.write_bytes(b"\0" * 4096)
    window = make_window()
    dialogs.open_path = other
    dialogs.passphrase = BACKUP_PASSPHRASE
    window.first_run.restore_button.click()
    assert dialogs.asked == []
    (problem,) = dialogs.problems
    assert problem.startswith("Cannot restore this backup: ")
    assert not data_dir.exists()
    assert window.pages.currentIndex() == FIRST_RUN


def test_restore_refuses_a_data_dir_that_holds_anything_else(
    make_window: Any, data_dir: Path, backup_file: Path, dialogs: Any
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "notes.txt").write_text("mine")
    window = make_window()
    dialogs.open_path = backup_file
    dialogs.passphrase = BACKUP_PASSPHRASE
    window.first_run.restore_button.click()
    assert dialogs.asked == []
    (problem,) = dialogs.problems
    assert "is not empty" in problem
    assert sorted(p.name for p in data_dir.iterdir()) == ["notes.txt"]
