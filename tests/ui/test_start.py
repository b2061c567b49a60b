"""Start: a damaged or newer store is a clear dialog; a second window is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casefiles.storage.locks import AppLock
from casefiles.storage.paths import StorePaths
from casefiles.ui.main_window import FIRST_RUN, UNLOCK
from tests.factories import PASSPHRASE, make_store


def test_no_store_shows_the_first_run_page(make_window: Any) -> None:
    window = make_window()
    assert window.pages.currentIndex() == FIRST_RUN
    assert not window.acts.import_.isEnabled()
    page = window.first_run
    page.passphrase.setText("aaaaaaaaaa")
    assert "Weak" in page.hint.text()
    page.passphrase.setText("correct horse battery staple violin")
    assert "Weak" not in page.hint.text()
    assert page.meter.value() >= 3


def test_a_passphrase_shorter_than_the_command_lines_minimum_is_refused(
    make_window: Any,
) -> None:
    page = make_window().first_run
    page.understood.setChecked(True)
    for text in ("abc", "seven77"):
        page.passphrase.setText(text)
        page.repeat.setText(text)
        assert "Too short: use at least 8 characters" in page.hint.text()
        assert not page.create_button.isEnabled()
    page.passphrase.setText("eight888")
    page.repeat.setText("eight888")
    assert "Too short" not in page.hint.text()
    assert page.create_button.isEnabled()


def test_too_new_store_is_a_dialog(
    make_window: Any, qtbot: Any, data_dir: Path, dialogs: Any
) -> None:
    make_store(data_dir).close()
    header = StorePaths(data_dir).header
    doc = json.loads(header.read_text())
    doc["version"] = 99
    header.write_text(json.dumps(doc))
    window = make_window()
    assert window.pages.currentIndex() == UNLOCK
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=10_000)
    assert "newer version" in dialogs.problems[0]
    assert not window.session.is_open


def test_damaged_database_is_a_dialog(
    make_window: Any, qtbot: Any, data_dir: Path, dialogs: Any
) -> None:
    store = make_store(data_dir)
    db = store.db_path
    store.close()
    db.write_bytes(b"\0" * 8192)
    window = make_window()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=10_000)
    assert "damaged" in dialogs.problems[0]


def test_second_window_on_the_same_store_is_refused(
    make_window: Any, qtbot: Any, data_dir: Path, dialogs: Any
) -> None:
    make_store(data_dir).close()
    other = AppLock(StorePaths(data_dir).gui_lock)
    other.acquire()
    try:
        window = make_window()
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=10_000)
        assert "another casefiles window" in dialogs.problems[0]
        assert not window.session.is_open
    finally:
        other.release()
