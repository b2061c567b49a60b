"""Settings files hold no case content, Qt's QtProject.conf included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from casefiles.services import cases
from casefiles.ui import dialogs as dialogs_module
from casefiles.ui.dialogs import _file_dialog
from tests.ui.conftest import wait_idle

MARKER = "Zzmarkerclient"


def _all_text(folder: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file()
    )


def _choose_in_dialog(target: Path) -> None:
    """Answer the next file dialog by typing `target` into it, as a user would."""

    def answer() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        if not found:
            QTimer.singleShot(50, answer)
            return
        dialog = found[0]
        dialog.setDirectory(str(target.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(target))
        dialog.accept()

    QTimer.singleShot(50, answer)


def test_qt_file_dialog_leaves_no_folder_or_file_name(
    qtbot: Any, tmp_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / f"{MARKER} case papers"
    folder.mkdir()
    target = folder / f"{MARKER}.json"
    target.write_text("{}")

    # Without the wipe, Qt would remember the folder (this proves the test can see it).
    with monkeypatch.context() as m:
        m.setattr(dialogs_module, "scrub_qt_file_dialog_history", lambda: None)
        _choose_in_dialog(target)
        assert _file_dialog(None, "Import", "*.json", save=False) == target
    assert MARKER in _all_text(settings_dir)
    dialogs_module.scrub_qt_file_dialog_history()

    _choose_in_dialog(target)
    assert _file_dialog(None, "Import", "*.json", save=False) == target
    assert MARKER not in _all_text(settings_dir)


def test_app_settings_remember_layout_and_case_key_only(
    demo_window: Any, qtbot: Any, settings_dir: Path
) -> None:
    window = demo_window
    store = window.session.require_store()
    client = cases.list_clients(store)[0]
    client.name = MARKER
    cases.save_client(store, client, client.key)
    assert window.workspace.open_case("k1")
    window.workspace.case_list.search.setText(MARKER)
    wait_idle(qtbot, window)
    window.close()
    text = _all_text(settings_dir)
    assert "k1" in text  # the last case, by its key
    assert MARKER not in text
    assert "2-1187" not in text and "Ministry" not in text
