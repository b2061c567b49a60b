"""Files in the case tabs: drop, intake off the UI thread, cancel, preview, viewer, copy, remove."""

from __future__ import annotations

import gc
import hashlib
import os
import stat
import threading
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
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from casefiles import vault
from casefiles.services import audit, evidence
from casefiles.storage.paths import StorePaths
from casefiles.ui.image_preview import ImagePreview
from casefiles.ui.pdf_preview import PdfPreview
from casefiles.ui.vault_actions import FileDialogs
from casefiles.vault import stream as vault_stream
from casefiles.vault.folder import VaultFolder
from casefiles.vault.viewer import copies_folder, remove_copies
from tests.factories import PASSPHRASE, example_document, store_with
from tests.ui.conftest import wait_idle

MARKER = b"CASEFILES-GUI-MARKER-5e1f0c"
REF = "EC-118/2024"


@pytest.fixture(autouse=True)
def _source(source_restored: None) -> None:
    """Every test here may make a window, which names the GUI as the audit source."""


@pytest.fixture
def window(example_window: Any, qtbot: Any) -> Any:
    """A window over a real store holding the example case, on its Evidence tab."""
    win = example_window
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
    from PySide6.QtGui import QPageSize, QPdfWriter

    from casefiles.ui.pdf_preview import PdfPreview  # noqa: F401 - QtPdf loaded

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
    # The last new exhibit is selected (it may be below the fold) and the status bar says so.
    assert tab.model.row_object(tab.table.current_row()).title == "witness statement"
    said = window.statusBar().currentMessage()
    assert "Stored 2 file(s) in the encrypted vault" in said and "exhibit " in said
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
    window.session.clipboard.wipe()  # the lock's wipe knows the hash as the app's own
    assert QGuiApplication.clipboard().text() == ""
    # Stored encrypted: the marker is in no file of the data dir.
    files = data_files(data_dir)
    assert len(VaultFolder(StorePaths(data_dir)).names()) == 2
    assert not [p for p in files if MARKER in p.read_bytes()]
    # The audit trail says the desktop app did it.
    store = window.session.require_store()
    created = [e for e in audit.entries(store, REF) if e.record_type == "attachments"]
    assert {e.source for e in created} == {"gui"}


def _evidence_row(tab: Any, key: str) -> int:
    row = tab.model.row_of_key(key)
    assert row is not None
    return int(row)


def test_a_file_dropped_on_an_item_attaches_to_it(
    window: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    tab = window.workspace.case_view.evidence
    before = tab.model.total
    scan = tmp_path / "application.pdf"
    scan.write_bytes(pdf_bytes())
    row = _evidence_row(tab, "e1")
    drop(tab.table.viewport(), [scan], row_point(tab.table, row))
    result = wait_intake(qtbot, window)
    assert [i.exhibit for i in result.stored] == ["A"]
    assert tab.model.total == before
    tab.table.select_row(_evidence_row(tab, "e1"))
    assert tab.files.current().file_name == "application.pdf"
    assert tab.files.preview_button.isEnabled()
    # The button says why it is off; a second file dropped on the item is refused with the
    # same reason before anything is read, and nothing is stored.
    why = "An evidence item holds one file: add another item for another file"
    assert not tab.files.attach_button.isEnabled()
    assert tab.files.attach_button.toolTip() == why
    assert tab.files.attach_button.statusTip() == why
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4 another")
    drop(tab.table.viewport(), [other], row_point(tab.table, _evidence_row(tab, "e1")))
    assert window.workspace.vault_actions.intake is None
    assert dialogs.problems[-1] == f"One file per exhibit: {why}."
    assert window.statusBar().currentMessage() == f"{why}."
    store = window.session.require_store()
    assert len(evidence.case_files(store, REF)) == 1
    assert len(VaultFolder(window.session.paths).names()) == 1
    # Several files at once on one item: refused before anything is read.
    drop(tab.table.viewport(), [other, scan], row_point(tab.table, _evidence_row(tab, "e1")))
    assert window.workspace.vault_actions.intake is None
    assert "holds one file" in dialogs.problems[-1]


def test_motions_take_files_on_a_row_only(
    window: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    cv = window.workspace.case_view
    cv.tabs.setCurrentWidget(cv.motions)
    tab = cv.motions
    ruling = tmp_path / "ruling.pdf"
    ruling.write_bytes(pdf_bytes())
    minutes = tmp_path / "minutes.txt"
    minutes.write_bytes(b"minutes of the hearing")
    assert not drag(tab.table.viewport(), [ruling], empty_space(tab.table))
    row = tab.model.row_of_key("m1")
    drop(tab.table.viewport(), [ruling, minutes], row_point(tab.table, row))
    result = wait_intake(qtbot, window)
    assert {i.record_key for i in result.stored} == {"m1"}
    assert {i.record_type for i in result.stored} == {"motions"}
    tab.table.select_row(tab.model.row_of_key("m1"))
    assert tab.files.model.total == 2
    assert tab.files.attach_button.isEnabled()  # motions take any number of files
    # Through the button and its file dialog as well.
    audio = tmp_path / "audio.ogg"
    audio.write_bytes(b"OggS" + bytes(100))
    tab.table.select_row(tab.model.row_of_key("m2"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(FileDialogs, "choose_files", classmethod(lambda _c, *_a, **_k: [audio]))
        tab.files.attach_button.click()
    wait_intake(qtbot, window)
    assert [f.file_name for f in tab.files.model._rows] == ["audio.ogg"]
    assert not dialogs.problems


def test_add_file_button_makes_new_exhibits(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.workspace.case_view.evidence
    photo = tmp_path / "IMG_0001.png"
    photo.write_bytes(png_bytes())
    monkeypatch.setattr(FileDialogs, "choose_files", classmethod(lambda _c, *_a, **_k: [photo]))
    tab.add_file_button.click()
    result = wait_intake(qtbot, window)
    assert [i.exhibit for i in result.stored] == ["B"]
    row = tab.model.row_of_key(next(i.record_key for i in result.stored))
    assert tab.model.row_object(row).title == "IMG_0001"
    assert tab.model.row_object(row).kind.value == "photo"


def test_cancelling_intake_from_the_progress_dialog_leaves_nothing(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    data_dir: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The worker pauses after its first MiB until Cancel is pressed: mid-intake, every time.
    started, resume = threading.Event(), threading.Event()
    real_seal = vault_stream.seal

    def paused_seal(read_into: Any, out: Any, key: bytes, tick: Any) -> Any:
        def paused_tick(done: int) -> None:
            if not started.is_set():
                started.set()
                resume.wait(20)
            tick(done)

        return real_seal(read_into, out, key, paused_tick)

    monkeypatch.setattr(vault_stream, "seal", paused_seal)
    tab = window.workspace.case_view.evidence
    before = tab.model.total
    store = window.session.require_store()
    entries_before = len(audit.entries(store))
    big = tmp_path / "hearing video.mp4"
    with big.open("wb") as fh:
        for _ in range(8):
            fh.write(MARKER * ((1 << 20) // len(MARKER) + 1))
    drop(tab.table.viewport(), [big], empty_space(tab.table))
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    try:
        qtbot.waitUntil(started.is_set, timeout=20_000)
        folder = VaultFolder(window.session.paths)
        assert folder.leftovers(None), "the intake is under way: its temp file exists"
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()
    finally:
        resume.set()
    result = wait_intake(qtbot, window)
    assert result.cancelled and not result.stored
    assert not dialogs.problems  # the user stopped it: no error
    assert tab.model.total == before
    assert len(audit.entries(store)) == entries_before
    assert evidence.case_files(store, REF) == []
    assert not VaultFolder(window.session.paths).names()
    assert not VaultFolder(window.session.paths).leftovers(None)  # no temp file either
    assert not [p for p in data_files(data_dir) if MARKER in p.read_bytes()]


@pytest.mark.parametrize("problem", ["folder", "missing", "full disk"])
def test_bad_input_is_a_clear_dialog_and_stores_nothing(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
    problem: str,
) -> None:
    tab = window.workspace.case_view.evidence
    before = tab.model.total
    source = tmp_path / "statement.txt"
    source.write_bytes(MARKER)
    expected = {"folder": "is a folder", "missing": "no such file", "full disk": "disk"}[problem]
    if problem == "folder":
        source = tmp_path / "scans"
        source.mkdir()
    elif problem == "full disk":
        monkeypatch.setattr(VaultFolder, "free_bytes", lambda _self: 0)
    if problem == "missing":
        # The drag is accepted while the file exists; it is gone by the time it is read.
        assert drag(tab.table.viewport(), [source], empty_space(tab.table))
        source.unlink()
        window.workspace.vault_actions.add_files(
            window.workspace.case_view.case, [source], None, window
        )
    else:
        drop(tab.table.viewport(), [source], empty_space(tab.table))
    result = wait_intake(qtbot, window)
    assert not result.stored
    assert dialogs.problems and expected in dialogs.problems[-1].lower()
    assert "nothing was stored" in dialogs.problems[-1] or problem != "full disk"
    assert tab.model.total == before
    assert not VaultFolder(window.session.paths).names()
    assert not VaultFolder(window.session.paths).leftovers(None)


def _attach(window: Any, qtbot: Any, path: Path, record: tuple[str, str] | None = None) -> Any:
    actions = window.workspace.vault_actions
    actions.add_files(window.workspace.case_view.case, [path], record, window)
    result = wait_intake(qtbot, window)
    assert len(result.stored) == 1, result.problems
    return result.stored[0]


def _attach_png_and_pdf(window: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Any]:
    """A 64×48 PNG and a PDF, each stored as a new exhibit; what was stored of each."""
    png = tmp_path / "scene.png"
    png.write_bytes(png_bytes(64, 48))
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(pdf_bytes())
    return _attach(window, qtbot, png), _attach(window, qtbot, pdf)


def _select_file(window: Any, info: Any) -> Any:
    tab = window.workspace.case_view.evidence
    tab.table.select_row(tab.model.row_of_key(info.record_key))
    assert tab.files.current().key == info.key
    return tab.files


def test_preview_of_a_png_and_a_pdf_from_memory(
    window: Any, qtbot: Any, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[str] = []
    real_open = os.open

    def watch_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_open(path, flags, *args, **kwargs)

    shown_png, shown_pdf = _attach_png_and_pdf(window, qtbot, tmp_path)
    actions = window.workspace.vault_actions

    monkeypatch.setattr(os, "open", watch_open)
    panel = _select_file(window, shown_png)
    panel.preview_button.click()
    wait_idle(qtbot, window)
    image = actions.last_preview
    assert isinstance(image, ImagePreview) and image.isVisible()
    assert (image.image.width(), image.image.height()) == (64, 48)
    assert image.picture.pixmap() is not None and not image.picture.pixmap().isNull()
    image.close()

    panel = _select_file(window, shown_pdf)
    panel.preview_button.click()
    wait_idle(qtbot, window)
    doc = actions.last_preview
    assert isinstance(doc, PdfPreview) and doc.isVisible()
    assert doc.document.status() == QPdfDocument.Status.Ready
    assert doc.document.pageCount() == 2
    assert isinstance(doc.document.metaObject(), object)
    doc.close()
    monkeypatch.undo()
    assert writes == [], "preview opened a file for writing"


def test_open_in_viewer_needs_the_warning_then_makes_a_private_copy_in_memory(
    window: Any, qtbot: Any, tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    if vault.memory_folder() is None:
        pytest.skip("no memory-backed folder on this system")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    source = tmp_path / "recording.ogg"
    source.write_bytes(b"OggS" + MARKER)
    info = _attach(window, qtbot, source)
    paths = window.session.paths
    folder = copies_folder(paths)
    assert folder is not None
    try:
        panel = _select_file(window, info)
        assert not panel.preview_button.isEnabled()  # audio: no preview in the app
        dialogs.confirm_answer = False
        panel.open_button.click()
        wait_idle(qtbot, window)
        assert "may keep its own copies" in dialogs.confirms[-1]
        assert opened == []
        assert not folder.exists() or not list(folder.iterdir())

        dialogs.confirm_answer = True
        panel.open_button.click()
        wait_idle(qtbot, window)
        assert len(opened) == 1
        copy = Path(opened[0].toLocalFile())
        assert copy.parent == folder
        assert copy.suffix == ".ogg" and "recording" not in copy.name
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert copy.read_bytes() == b"OggS" + MARKER
    finally:
        remove_copies(paths)


def test_save_a_copy_gives_back_the_same_bytes_and_remove_asks_first(
    window: Any, qtbot: Any, tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "contract.docx"
    content = MARKER + os.urandom(100_000)
    source.write_bytes(content)
    info = _attach(window, qtbot, source)
    target = tmp_path / "out" / "copy.docx"
    target.parent.mkdir()
    monkeypatch.setattr(FileDialogs, "save_copy_path", classmethod(lambda _c, *_a: target))
    panel = _select_file(window, info)
    panel.save_button.click()
    wait_idle(qtbot, window)
    assert target.read_bytes() == content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    store = window.session.require_store()
    dialogs.confirm_answer = False
    panel.remove_button.click()
    wait_idle(qtbot, window)
    assert "cannot be undone" in dialogs.confirms[-1]
    assert len(evidence.case_files(store, REF)) == 1

    dialogs.confirm_answer = True
    panel.remove_button.click()
    wait_idle(qtbot, window)
    assert evidence.case_files(store, REF) == []
    assert not VaultFolder(window.session.paths).names()
    assert panel.model.total == 0
    assert panel.attach_button.isEnabled()  # the item may take a file again
    trail_entries = audit.record_history(store, REF, "evidence", info.record_key)
    removed = [e for e in trail_entries if e.record_type == "attachments" and e.action == "delete"]
    assert removed and {c.field for c in removed[0].changes} >= {"file_name", "sha256"}


def test_deleting_an_exhibit_with_a_file_says_what_goes_and_what_stays(
    window: Any, qtbot: Any, tmp_path: Path, dialogs: Any
) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(png_bytes())
    info = _attach(window, qtbot, source)
    tab = window.workspace.case_view.evidence
    tab.table.select_row(tab.model.row_of_key(info.record_key))
    tab.delete_button.click()
    wait_idle(qtbot, window)
    message = dialogs.confirms[-1]
    assert "encrypted file" in message and "audit trail keeps" in message
    assert tab.model.row_of_key(info.record_key) is None
    assert not VaultFolder(window.session.paths).names()


def test_an_editor_open_during_intake_keeps_the_file_when_saved(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    cv = window.workspace.case_view
    store = window.session.require_store()
    editor = window.editing.edit("motions", cv.case, "m1")
    editor.adapters["ruling"].set_raw("Denied, with reasons read out.")
    editor.request_save()
    assert window.editing.undo_stack.count() == 1
    editor = window.editing.edit("evidence", cv.case, "e1")
    source = tmp_path / "application.pdf"
    source.write_bytes(pdf_bytes())
    info = _attach(window, qtbot, source, ("evidence", "e1"))
    # A file cannot be undone: older steps (which could contradict it) are gone.
    assert window.editing.undo_stack.count() == 0
    editor.adapters["title"].set_raw("Registration application (stamped)")
    editor.request_save()
    wait_idle(qtbot, window)
    (item,) = [e for e in evidence.evidence_files(store, REF) if e.key == "e1"]
    assert item.title == "Registration application (stamped)"
    assert item.state == "stored"
    assert (item.file_name, item.sha256) == ("application.pdf", info.sha256)


def test_locking_closes_a_preview(window: Any, qtbot: Any, tmp_path: Path) -> None:
    png = tmp_path / "scene.png"
    png.write_bytes(png_bytes())
    info = _attach(window, qtbot, png)
    panel = _select_file(window, info)
    panel.preview_button.click()
    wait_idle(qtbot, window)
    preview = window.workspace.vault_actions.last_preview
    assert preview.isVisible()
    window.lock()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImagePreview)]
    assert not [w for w in shown if w.isVisible()]
    assert panel.model.total == 0


def test_an_item_imported_with_a_hash_takes_only_that_file(
    make_window: Any, qtbot: Any, data_dir: Path, tmp_path: Path, dialogs: Any
) -> None:
    right = tmp_path / "seized laptop image.bin"
    right.write_bytes(MARKER * 50)
    doc = example_document()
    item = doc["cases"][0]["evidence"][0]
    item["file_name"] = right.name
    item["sha256"] = hashlib.sha256(right.read_bytes()).hexdigest()
    store_with(data_dir, doc).close()
    win = make_window()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    win.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: win.session.is_open, timeout=20_000)
    wait_idle(qtbot, win)
    assert win.workspace.open_case("k1")
    wait_idle(qtbot, win)
    tab = win.workspace.case_view.evidence
    tab.table.select_row(_evidence_row(tab, "e1"))
    assert "file not in store" in tab.files.note.text()
    assert item["sha256"] in tab.files.note.text()
    assert tab.files.attach_button.isEnabled()

    wrong = tmp_path / "another.bin"
    wrong.write_bytes(b"not the same file")
    drop(tab.table.viewport(), [wrong], row_point(tab.table, _evidence_row(tab, "e1")))
    result = wait_intake(qtbot, win)
    assert not result.stored and "not the one recorded" in dialogs.problems[-1]
    assert not VaultFolder(win.session.paths).names()

    drop(tab.table.viewport(), [right], row_point(tab.table, _evidence_row(tab, "e1")))
    result = wait_intake(qtbot, win)
    assert len(result.stored) == 1
    tab.table.select_row(_evidence_row(tab, "e1"))
    assert tab.files.current().sha256 == item["sha256"]
    assert tab.files.note.isHidden()


def test_files_dropped_on_the_files_panel_attach_to_the_selected_record(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    cv = window.workspace.case_view
    cv.tabs.setCurrentWidget(cv.requests)
    tab = cv.requests
    tab.table.select_row(0)
    answer = tmp_path / "ministry answer.pdf"
    answer.write_bytes(pdf_bytes())
    drop(tab.files, [answer], QPoint(10, 10))
    result = wait_intake(qtbot, window)
    assert [(i.record_type, i.record_key) for i in result.stored] == [tab.current()]
    assert tab.files.model.total == 1


def test_locking_drops_the_decrypted_content_of_previews(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    shown_png, shown_pdf = _attach_png_and_pdf(window, qtbot, tmp_path)
    actions = window.workspace.vault_actions
    _select_file(window, shown_png).preview_button.click()
    wait_idle(qtbot, window)
    image = actions.last_preview
    assert isinstance(image, ImagePreview) and not image.image.isNull()
    _select_file(window, shown_pdf).preview_button.click()
    wait_idle(qtbot, window)
    doc = actions.last_preview
    assert isinstance(doc, PdfPreview) and doc._data and doc.document.pageCount() == 2

    window.lock()
    qtbot.wait(50)
    QApplication.sendPostedEvents(None, 0)  # the previews' deleteLater
    gc.collect()
    assert actions.last_preview is None
    # Whatever still holds a preview's Python object (here: this test) finds it empty.
    assert image.image.isNull()
    assert doc._data == b""
    live = [o for o in gc.get_objects() if isinstance(o, (ImagePreview, PdfPreview))]
    for o in live:
        assert o.image.isNull() if isinstance(o, ImagePreview) else o._data == b""


def test_closing_a_preview_lets_go_of_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    png = tmp_path / "scene.png"
    png.write_bytes(png_bytes())
    info = _attach(window, qtbot, png)
    actions = window.workspace.vault_actions
    _select_file(window, info).preview_button.click()
    wait_idle(qtbot, window)
    preview = actions.last_preview
    assert isinstance(preview, ImagePreview)
    preview.close()
    assert actions.last_preview is None
    assert preview.image.isNull()
