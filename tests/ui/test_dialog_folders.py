"""File dialogs (`dialogs._file_dialog`, unfaked here) open where the user last was (kept
in memory only), else in Documents or home: never in the folder the app was started from."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from casefiles.ui import dialogs


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dialogs, "_last_folder", None)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    started_in = tmp_path / "where make run was typed"
    started_in.mkdir()
    monkeypatch.chdir(started_in)


def _answer_with(path: Path, seen: list[str]) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_the_first_dialog_opens_in_documents_or_home_then_where_the_user_went(
    qtbot: Any, tmp_path: Path, settings_dir: Path
) -> None:
    seen: list[str] = []
    client = tmp_path / "Client Temirkulova"
    client.mkdir()
    _answer_with(client / "summary.pdf", seen)
    chosen = dialogs._file_dialog(None, "Save", "PDF (*.pdf)", save=True, suggested="summary.pdf")
    assert chosen == client / "summary.pdf"
    assert Path(seen[0]) == tmp_path / "home"  # no Documents folder there
    assert os.getcwd() not in seen[0]
    _answer_with(client / "again.pdf", seen)
    dialogs._file_dialog(None, "Save", "PDF (*.pdf)", save=True, suggested="again.pdf")
    assert Path(seen[1]) == client
    remembered = "".join(
        p.read_text(errors="replace") for p in settings_dir.rglob("*") if p.is_file()
    )
    assert "Temirkulova" not in remembered  # in memory only
