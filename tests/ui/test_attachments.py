"""Files in the case tabs: drop, intake off the UI thread, cancel, preview, viewer, copy, remove."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QProgressDialog

from casefiles import vault
from casefiles.services import audit, evidence
from casefiles.storage import audit as trail
from casefiles.storage.paths import StorePaths
from casefiles.ui.image_preview import ImagePreview
from casefiles.ui.pdf_preview import PdfPreview
from casefiles.ui.vault_actions import FileDialogs
from casefiles.vault.folder import VaultFolder
from casefiles.vault.viewer import copies_folder, remove_copies
from tests.factories import PASSPHRASE, example_document, store_with
from tests.ui.conftest import wait_idle

MARKER = b"CASEFILES-GUI-MARKER-5e1f0c"
REF = "EC-118/2024"


@pytest.fixture(autouse=True)
def source_restored() -> Iterator[None]:
    """The window tells the audit trail its changes come from the GUI; put it back after."""
    before = trail._default_source
    yield
    trail.set_default_source(before)


@pytest.fixture
def window(make_window: Any, qtbot: Any, data_dir: Path) -> Any:
    """A window over a real store holding the example case, on its Evidence tab."""
    store_with(data_dir, example_document()).close()
    win = make_window()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.session.is_open, timeout=20_000)
    wait_idle(qtbot, win)
    assert win.workspace.open_case("k1")
    cv = win.workspace.case_view
    cv.tabs.setCurrentWidget(cv.evidence)
    wait_idle(qtbot, win)
    return win


def drag(widget: Any, paths: list[Path], pos: QPoint) -> bool:
    """Drag local files over `widget` to `pos`, as a file manager would; whether it is taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPointF(pos), *args)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(QPointF(pos), *args)
    QApplication.sendEvent(widget, move)
    return enter.isAccepted() and move.isAccepted()


def drop(widget: Any, paths: list[Path], pos: QPoint) -> None:
    """Drag local files over `widget` and drop them at `pos`."""
    assert drag(widget, paths, pos)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def empty_space(table: Any) -> QPoint:
    viewport = table.viewport()
    return QPoint(viewport.width() // 2, viewport.height() - 2)


def row_point(table: Any, row: int) -> QPoint:
    return table.visualRect(table.model().index(row, 0)).center()


def wait_intake(qtbot: Any, window: Any) -> Any:
    actions = window.workspace.vault_actions
    qtbot.waitUntil(lambda: actions.intake is None, timeout=30_000)
    wait_idle(qtbot, window)
    return actions.last_intake


def data_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file()]


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def pdf_bytes() -> bytes:
    from casefiles.ui.pdf_preview import PdfPreview  # noqa: F401 - QtPdf loaded
    from PySide6.QtGui import QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    painter.drawText(100, 100, "exhibit")
    writer.newPage()
    painter.drawText(100, 100, "page two")
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_files_dropped_on_empty_space_become_exhibits_with_their_hash(
    window: Any, qtbot: Any, tmp_path: Path, data_dir: Path, dialogs: Any
) -> None:
    tab = window.workspace.case_view.evidence
    before = tab.model.total
    one = tmp_path / "Photo of the seizure.png"
    one.write_bytes(png_bytes() + MARKER)
    two = tmp_path / "witness statement.txt"
    two.write_bytes(MARKER * 1000)

    drop(tab.table.viewport(), [one, two], empty_space(tab.table))
    result = wait_intake(qtbot, window)

    assert not dialogs.problems
    assert len(result.stored) == 2 and not result.cancelled
    assert tab.model.total == before + 2
    titles = {tab.model.row_object(r).title for r in range(tab.model.total)}
    assert {"Photo of the seizure", "witness statement"} <= titles
    # The new item is shown with its file and the full SHA-256.
    row = next(
        r for r in range(tab.model.total) if tab.model.row_object(r).title == "witness statement"
    )
    tab.table.select_row(row)
    panel = tab.files
    assert panel.model.total == 1
    info = panel.current()
    assert info.file_name == "witness statement.txt"
    assert info.media_type == "text/plain"
    assert info.size == len(MARKER) * 1000
    assert panel.sha256.text() == hashlib.sha256(MARKER * 1000).hexdigest()
    assert not panel.attach_button.isEnabled()  # an exhibit holds one file
    assert panel.preview_button.isEnabled() is False  # text is not previewed in the app
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == info.sha256
    # Stored encrypted: the marker is in no file of the data dir.
    files = data_files(data_dir)
    assert len(VaultFolder(StorePaths(data_dir)).names()) == 2
    assert not [p for p in files if MARKER in p.read_bytes()]
    # The audit trail says the desktop app did it.
    store = window.session.require_store()
    created = [e for e in audit.entries(store, REF) if e.record_type == "attachments"]
    assert {e.source for e in created} == {"gui"}
