"""Locking while work runs: no auto-lock under running work, Ctrl+L asks and tells, and a
store is never closed under a worker that outlasts the lock."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from casefiles.backup import BackupCancelled
from casefiles.storage.paths import StorePaths
from casefiles.ui import backup_ops
from casefiles.ui.backup_ops import BackupPassphrase
from casefiles.ui.main_window import UNLOCK, WORK
from casefiles.vault.viewer import copies_folder
from tests.factories import PASSPHRASE, example_document, store_with
from tests.ui.conftest import wait_idle


@pytest.fixture
def example_dir(data_dir: Path) -> Path:
    store_with(data_dir, example_document()).close()
    return data_dir


def _unlock(window: Any, qtbot: Any) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


@pytest.fixture
def slow_backup(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """File › Back up now runs until the returned event is set (or it is cancelled)."""
    release = threading.Event()

    def slow(store: Any, target: Path, answer: Any, progress: Any, cancelled: Any, **_: Any) -> Any:
        while not release.wait(0.02):
            if cancelled():
                raise BackupCancelled("cancelled; no backup was written")
        raise BackupCancelled("finished by the test")

    monkeypatch.setattr(backup_ops, "back_up_now", slow)
    return release


def _start_backup(window: Any, tmp_path: Path, dialogs: Any) -> None:
    dialogs.save_path = tmp_path / "monday.tar"
    dialogs.backup_passphrase = BackupPassphrase(PASSPHRASE, same_as_store=True)
    window.acts.back_up.trigger()
    assert not window.session.runner.idle


def test_no_auto_lock_while_a_backup_runs(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    slow_backup: threading.Event,
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    window.idle.set_interval(50)
    window.idle.start()
    _start_backup(window, tmp_path, dialogs)
    qtbot.wait(400)  # eight idle delays
    assert window.session.is_open and window.pages.currentIndex() == WORK
    assert not window.idle.timer.isActive()
    slow_backup.set()
    # The work is done: the countdown starts again and the idle app locks.
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=20_000)
    assert window.pages.currentIndex() == UNLOCK
    window.idle.set_interval(0)
    _unlock(window, qtbot)
    assert not any("Stopped by the lock" in i for i in dialogs.infos)


def test_ctrl_l_during_a_backup_asks_and_tells_at_unlock(
    make_window: Any,
    qtbot: Any,
    example_dir: Path,
    tmp_path: Path,
    dialogs: Any,
    slow_backup: threading.Event,
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    window.idle.set_interval(0)
    _start_backup(window, tmp_path, dialogs)
    dialogs.confirm_answer = False
    window.acts.lock.trigger()
    (asked,) = dialogs.confirms
    assert "Backing up to monday.tar" in asked
    assert window.session.is_open  # not locked: the backup goes on
    dialogs.confirm_answer = True
    window.acts.lock.trigger()
    assert not window.session.is_open
    wait_idle(qtbot, window)
    assert not dialogs.infos and not dialogs.problems  # nothing shown while locked
    _unlock(window, qtbot)
    (told,) = dialogs.infos
    assert told.startswith("Stopped by the lock:")
    assert "Backing up to monday.tar" in told and "wrote nothing" in told
    assert not (tmp_path / "monday.tar").exists()
    window.lock()
    _unlock(window, qtbot)
    assert len(dialogs.infos) == 1  # told once


def test_a_worker_outlasting_the_lock_keeps_its_store_until_it_ends(
    make_window: Any, qtbot: Any, example_dir: Path, dialogs: Any
) -> None:
    window = make_window()
    _unlock(window, qtbot)
    store = window.session.require_store()
    release = threading.Event()
    results: list[int] = []

    def stuck(_progress: Any, _cancelled: Any) -> int:
        release.wait(20)  # a write to a hung disk: it does not look at cancelled()
        return len(store.paths.root.name)  # still uses the store after the lock

    window.session.runner.run(stuck, results.append, lambda exc: results.append(-1))
    window.session.wait_ms = 100
    copies = copies_folder(StorePaths(example_dir))
    window.lock()
    assert window.session.store is None and window.pages.currentIndex() == UNLOCK
    assert window.session.finishing
    assert store._data_key is not None  # not closed under the worker
    if copies is not None:  # the worker writes a viewer copy after the lock's sweep
        copies.mkdir(mode=0o700)
        (copies / "late copy.pdf").write_bytes(b"plaintext")
    release.set()
    wait_idle(qtbot, window)
    assert results and results[0] > 0
    assert not window.session.finishing
    assert store._data_key is None  # closed once the work ended
    if copies is not None:
        assert not copies.exists()  # swept again
