"""The attached files of one record, and what to do with them; and dropping files on a list.

`AttachmentsPanel` sits under the record list of the Evidence, Hearings,
Motions and Requests tabs.  It shows the selected record's files (name, size,
media type, the full SHA-256, when added) and hands every action to
`VaultActions`, which does the work off the UI thread.  `FileDrop` turns
files dropped on a widget into paths and the row they were dropped on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles import vault
from casefiles.domain import records as d
from casefiles.services.evidence import AttachmentInfo
from casefiles.ui import fmt
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.vault_actions import FileDialogs, VaultActions


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Attachments", text, "", n)


def added_text(info: AttachmentInfo) -> str:
    """When a file was added, in local time."""
    return fmt.date_text(info.added_at.astimezone().replace(tzinfo=None))


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files a drag carries (none when it carries anything else)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(u.isLocalFile() for u in urls):
        return []
    return [Path(u.toLocalFile()) for u in urls]


class FileDrop(QObject):
    """Accepts files dropped on `widget`; emits `dropped(paths, row)` (row -1: empty space).

    `accepts(row)` says whether a drop there makes sense (a list whose records
    cannot be created from a file takes drops only on a row).
    """

    dropped = Signal(list, int)

    def __init__(
        self,
        widget: QWidget,
        row_at: Callable[[QPoint], int],
        accepts: Callable[[int], bool],
    ) -> None:
        super().__init__(widget)
        self._row_at = row_at
        self._accepts = accepts
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            row = self._row_at(event.position().toPoint())
            if local_files(event) and self._accepts(row):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_files(event)
            row = self._row_at(event.position().toPoint())
            if not paths or not self._accepts(row):
                event.ignore()
                return True
            event.acceptProposedAction()
            self.dropped.emit(paths, row)
            return True
        return super().eventFilter(watched, event)


def table_drop(table: QAbstractItemView, accepts: Callable[[int], bool]) -> FileDrop:
    """Drops on a table's rows (the row under the pointer) and on its empty space (-1)."""

    def row_at(pos: QPoint) -> int:
        return table.indexAt(pos).row()

    return FileDrop(table.viewport(), row_at, accepts)


class AttachmentsPanel(QWidget):
    """The files of one record: a list, the full SHA-256 of the chosen one, and actions."""

    def __init__(self, actions: VaultActions, *, single: bool = False) -> None:
        super().__init__()
        self.setObjectName("attachmentsPanel")
        self.ops = actions
        #: An evidence item holds one file.
        self.single = single
        self.case: d.Case | None = None
        self.target: tuple[str, str] | None = None
        self.model: TableModel[AttachmentInfo] = TableModel(
            [
                Column[AttachmentInfo](
                    _tr("File"), lambda f: f.file_name, tooltip=lambda f: f.file_name
                ),
                Column[AttachmentInfo](_tr("Size"), lambda f: fmt.size_text(f.size)),
                Column[AttachmentInfo](_tr("Type"), lambda f: f.media_type),
                Column[AttachmentInfo](_tr("Added"), added_text),
                Column[AttachmentInfo](
                    _tr("SHA-256"),
                    lambda f: f.sha256,
                    tooltip=lambda f: _tr("SHA-256 taken at intake: {hash}").format(hash=f.sha256),
                ),
            ],
            key=lambda f: f.key,
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(_tr("Files"))
        self.title.setObjectName("sectionTitle")
        self.attach_button = QPushButton(_tr("Attach file…"))
        self.preview_button = QPushButton(_tr("Preview"))
        self.open_button = QPushButton(_tr("Open in system viewer…"))
        self.save_button = QPushButton(_tr("Save a copy as…"))
        self.remove_button = QPushButton(_tr("Remove file…"))
        head.addWidget(self.title)
        head.addStretch(1)
        for b in (
            self.attach_button,
            self.preview_button,
            self.open_button,
            self.save_button,
            self.remove_button,
        ):
            head.addWidget(b)
        layout.addLayout(head)
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(240, 80, 150, 120)
        self.table.stretch(4)
        if single:  # one file: a row, not a list
            rows = self.table.verticalHeader().defaultSectionSize()
            self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + 6)
            self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table, 0 if single else 1)
        digest = QHBoxLayout()
        digest.addWidget(QLabel(_tr("SHA-256:")))
        self.sha256 = QLineEdit()
        self.sha256.setObjectName("sha256")
        self.sha256.setReadOnly(True)
        self.sha256.setPlaceholderText(_tr("select a file"))
        self.copy_button = QPushButton(_tr("Copy"))
        self.copy_button.setToolTip(_tr("Copy the SHA-256 to the clipboard"))
        digest.addWidget(self.sha256, 1)
        digest.addWidget(self.copy_button)
        layout.addLayout(digest)
        self.note = QLabel()
        self.note.setObjectName("filesNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.note)

        self.attach_button.clicked.connect(self.choose_and_attach)
        self.preview_button.clicked.connect(lambda: self._with_current(actions.preview))
        self.open_button.clicked.connect(lambda: self._with_current(actions.open_external))
        self.save_button.clicked.connect(lambda: self._with_current(actions.save_copy))
        self.remove_button.clicked.connect(lambda: self._with_current(actions.remove))
        self.copy_button.clicked.connect(self.copy_hash)
        self.table.open_requested.connect(lambda _row: self._open_default())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.drop = FileDrop(self, lambda _pos: -1, lambda _row: self.target is not None)
        self.drop.dropped.connect(lambda paths, _row: self.attach(paths))
        self._update()

    # -- what it shows --------------------------------------------------------------------

    def show_record(
        self, case: d.Case | None, target: tuple[str, str] | None, name: str = ""
    ) -> None:
        """Show the files of `target` (record type, key) in `case`; None: no record chosen."""
        self.case = case
        self.target = target
        if case is None or target is None:
            self.model.clear()
            self.title.setText(_tr("Files (select a record)") if case else _tr("Files"))
        else:
            files = self.ops.files_of(case.key, *target)
            keep = self.table.current_key()
            self.model.set_rows(files or [])
            self.title.setText(_tr("Files of {record}").format(record=name) if name else "")
            if self.model.total:
                row = self.model.row_of_key(keep) if keep else None
                self.table.select_row(row if row is not None else 0)
        self._update()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def current(self) -> AttachmentInfo | None:
        row = self.table.current_row()
        return self.model.row_object(row) if row is not None else None

    def _update(self) -> None:
        info = self.current()
        self.sha256.setText(info.sha256 if info else "")
        self.copy_button.setEnabled(info is not None)
        full = self.single and self.model.total > 0
        self.attach_button.setEnabled(self.target is not None and not full)
        if full:
            why = _tr("An evidence item holds one file: add another item for another file")
            self.attach_button.setToolTip(why)
            self.attach_button.setStatusTip(why)
        else:
            self.attach_button.setToolTip(_tr("Or drop files on the record in the list above"))
            self.attach_button.setStatusTip("")
        self.preview_button.setEnabled(info is not None and vault.can_preview(info))
        for b in (self.open_button, self.save_button, self.remove_button):
            b.setEnabled(info is not None)
        if info is not None and not vault.can_preview(info):
            self.preview_button.setToolTip(
                _tr("Only images and PDFs up to {size} preview inside casefiles").format(
                    size=fmt.size_text(vault.PREVIEW_LIMIT)
                )
            )
        else:
            self.preview_button.setToolTip("")
        if self.note.text() == "":
            self.note.setVisible(False)

    # -- actions --------------------------------------------------------------------------

    def _with_current(self, action: Callable[[AttachmentInfo, QWidget | None], object]) -> None:
        info = self.current()
        if info is not None:
            action(info, self.window())

    def _open_default(self) -> None:
        info = self.current()
        if info is None:
            return
        if vault.can_preview(info):
            self.ops.preview(info, self.window())
        else:
            self.ops.open_external(info, self.window())

    def copy_hash(self) -> None:
        info = self.current()
        if info is not None:
            # Through the guard, so the lock wipes it on every platform.
            self.ops.session.clipboard.copy_text(info.sha256)

    def choose_and_attach(self) -> None:
        if self.case is None or self.target is None:
            return
        paths = FileDialogs.choose_files(self.window(), _tr("Attach a file"), many=not self.single)
        self.attach(paths)

    def attach(self, paths: list[Path]) -> None:
        if self.case is not None and self.target is not None and paths:
            self.ops.add_files(self.case, paths, self.target, self.window())
