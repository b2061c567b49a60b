"""On lock (Ctrl+L or idle) and on exit: key and engines gone, views empty, copies wiped, clipboard.

Each test first shows that what it looks for is there while unlocked, so a
step left out of the lock makes it fail.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from casefiles import vault
from casefiles.services.demo import DEMO_PASSPHRASE
from casefiles.vault import viewer
from tests.factories import demo_document
from tests.ui.conftest import wait_idle

MARKER = "Zqxmarker Tolegenova"


def _unlock(window: Any, qtbot: Any) -> None:
    window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    wait_idle(qtbot, window)


def _case_strings() -> set[str]:
    """Distinctive strings of the demo case file: references, names, titles."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) >= 8 and " " in value:
            found.add(value[:40])

    doc = demo_document()
    walk(doc["cases"])
    walk(doc.get("clients", []))
    return found


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str]) -> None:
    for row in range(min(model.rowCount(parent), 5_000)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
            if col == 0 and model.rowCount(index) > 0:
                _model_texts(model, index, out)


def _shown_texts(window: QWidget) -> list[str]:
    """Every text a widget or item model of the window holds."""
    out: list[str] = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        out.append(w.toolTip())
    models = set(window.findChildren(QAbstractItemModel))
    for model in models:
        _model_texts(model, QModelIndex(), out)
    return out


def _hits(window: QWidget) -> set[str]:
    texts = "\n".join(_shown_texts(window))
    return {s for s in _case_strings() if s in texts}


@pytest.fixture
def copies_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Viewer copies go to a test folder standing in for /dev/shm."""
    base = tmp_path / "shm"
    base.mkdir()
    monkeypatch.setattr(viewer, "memory_folder", lambda: base)
    return base


def _copy_of_new_evidence(window: Any, tmp_path: Path) -> Path:
    store = window.session.require_store()
    ref = demo_document()["cases"][0]["reference"]
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + MARKER.encode() * 1000)
    info = vault.add_evidence(store, ref, source, title="scan")
    source.unlink()
    return vault.open_copy(store, ref, exhibit=info.exhibit)


# -- the key and the engines ----------------------------------------------------------------


def test_lock_disposes_the_engines_and_drops_the_key(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    store = window.session.store
    assert store._data_key is not None and store._engine is not None

    window.acts.lock.trigger()
    assert window.session.store is None
    assert store._data_key is None
    assert store._engine is None and store._write_engine is None

    _unlock(window, qtbot)
    window.idle.set_interval(50)
    store = window.session.store
    window.idle.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=20_000)
    assert store._data_key is None and store._engine is None

    window.idle.set_interval(0)
    _unlock(window, qtbot)
    store = window.session.store
    window.close()
    assert window.session.store is None
    assert store._data_key is None and store._engine is None


# -- models and views -----------------------------------------------------------------------


def test_lock_and_idle_leave_no_case_text_in_any_widget_or_model(
    demo_window: Any, qtbot: Any
) -> None:
    window = demo_window
    ws = window.workspace
    ref = demo_document()["cases"][0]["reference"]
    key = next(c["key"] for c in demo_document()["cases"] if c["reference"] == ref)
    for view in range(4):
        ws.show_view(view) if view != 3 else ws.open_case(key)
    for i in range(ws.case_view.tabs.count()):
        ws.case_view.tabs.setCurrentIndex(i)
    ws.case_list.search.setText(ref)
    wait_idle(qtbot, window)
    assert len(_hits(window)) >= 5, "the scan must see case text while unlocked"

    window.acts.lock.trigger()
    assert _hits(window) == set()

    window.idle.set_interval(0)
    _unlock(window, qtbot)
    assert ws.open_case(key)
    wait_idle(qtbot, window)
    assert _hits(window)
    window.idle.set_interval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=20_000)
    assert _hits(window) == set()

    window.idle.set_interval(0)
    _unlock(window, qtbot)
    assert ws.open_case(key)
    wait_idle(qtbot, window)
    assert _hits(window)
    window.close()  # quitting
    assert _hits(window) == set()


# -- viewer copies ----------------------------------------------------------------------------


def test_viewer_copies_are_overwritten_then_deleted_on_lock(
    demo_window: Any, copies_base: Path, tmp_path: Path
) -> None:
    window = demo_window
    path = _copy_of_new_evidence(window, tmp_path)
    size = path.stat().st_size
    # A viewer still holding the file open: after the lock it must read zeros.
    fd = os.open(path, os.O_RDONLY)
    try:
        assert MARKER.encode() in os.pread(fd, size, 0)
        window.acts.lock.trigger()
        assert not path.exists() and not path.parent.exists()
        assert os.pread(fd, size, 0) == bytes(size)
    finally:
        os.close(fd)


def test_viewer_copies_are_removed_on_exit_and_leftovers_on_unlock(
    demo_window: Any, qtbot: Any, copies_base: Path, tmp_path: Path
) -> None:
    window = demo_window
    path = _copy_of_new_evidence(window, tmp_path)
    fd = os.open(path, os.O_RDONLY)
    try:
        window.close()
        assert not path.exists()
        assert os.pread(fd, 100, 0) == bytes(100)
    finally:
        os.close(fd)

    # A crash left a copy behind: the next unlock of that folder removes it first.
    leftover = viewer.copies_folder(window.session.paths)
    assert leftover is not None
    leftover.mkdir(mode=0o700)
    (leftover / "casefiles-0123456789abcdef.pdf").write_bytes(MARKER.encode())
    window.session.sweep_copies()
    assert not leftover.exists()
    leftover.mkdir(mode=0o700)
    (leftover / "casefiles-0123456789abcdef.pdf").write_bytes(MARKER.encode())
    second = window.__class__(window.session, window.settings)
    qtbot.addWidget(second)
    _unlock(second, qtbot)
    assert not leftover.exists()
    second.close()


# -- the clipboard ----------------------------------------------------------------------------


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def test_lock_clears_text_the_app_put_on_the_clipboard(demo_window: Any, qtbot: Any) -> None:
    window = demo_window
    window.session.clipboard.copy_text(MARKER)
    assert _clipboard().text() == MARKER
    window.acts.lock.trigger()
    assert _clipboard().text() == ""

    # Copied with Ctrl+C from a field of an open editor, then the idle lock.
    window.idle.set_interval(0)
    _unlock(window, qtbot)
    ws = window.workspace
    key = demo_document()["cases"][0]["key"]
    assert ws.open_case(key)
    editor = window.editing.edit("cases", ws.case_view.case, key)
    field = next(e for e in editor.findChildren(QLineEdit) if e.text())
    field.selectAll()
    field.copy()
    copied = _clipboard().text()
    assert copied and copied == field.text()
    window.idle.set_interval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=20_000)
    assert _clipboard().text() == ""


def test_exit_clears_the_apps_clipboard_text(demo_window: Any) -> None:
    demo_window.session.clipboard.copy_text(MARKER)
    demo_window.close()
    assert _clipboard().text() == ""


def test_text_another_program_put_on_the_clipboard_stays(demo_window: Any) -> None:
    window = demo_window
    guard = window.session.clipboard
    guard.copy_text(MARKER)
    # From here on the clipboard is a system one, and another program replaces our text.
    guard.in_process = False
    _clipboard().setText("another program's text")
    assert not guard.holds_ours()
    window.acts.lock.trigger()
    assert _clipboard().text() == "another program's text"
    window.close()
    assert _clipboard().text() == "another program's text"
    _clipboard().clear()
