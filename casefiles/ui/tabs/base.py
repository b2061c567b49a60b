"""What every case tab shares: a toolbar (new, open, delete, history) over a record table.

Tabs whose records take files (evidence, hearings, motions, requests) get an
`AttachmentsPanel` under the list once `bind` gives them the `VaultActions`,
and take files dropped on a record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.ui.labels import record_name
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable

if TYPE_CHECKING:
    from casefiles.ui.attachments import AttachmentsPanel, FileDrop
    from casefiles.ui.vault_actions import VaultActions


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RecordList", text, "", n)


class CaseTab(QWidget):
    """A tab of the case workspace.  Signals carry (record type, key)."""

    open_record = Signal(str, str)
    new_record = Signal(str)
    delete_record = Signal(str, str)

    #: The record type Ctrl+N creates on this tab (None: none).
    record_type: str | None = None
    #: The file actions of the app (None until `bind`; tests may build tabs alone).
    file_ops: VaultActions | None = None

    def bind(self, actions: VaultActions) -> None:
        """Connect the tab to the app's file actions (and through them, the session)."""
        self.file_ops = actions

    def shown_case(self) -> d.Case | None:
        """The case this tab shows."""
        case = getattr(self, "case", None)
        return case if isinstance(case, d.Case) else None

    def open_history(self, record: tuple[str, str | None] | None, title: str = "") -> None:
        """The audit trail of `record` (type, key; key None for the case itself), in a dialog."""
        case = self.shown_case()
        if record is None or case is None or self.file_ops is None:
            return
        from casefiles.ui.history import show_history

        show_history(
            self.window(), self.file_ops.session, case.reference, record[0], record[1], title=title
        )

    def make_history_button(self, record: Callable[[], tuple[str, str] | None]) -> QPushButton:
        """A History… button for what `record` names."""
        button = QPushButton(_tr("History…"))
        button.setToolTip(_tr("Every change to the selected record, from the audit trail"))
        button.clicked.connect(lambda: self.open_history(record()))
        return button

    def record_menu(
        self,
        table: RecordTable,
        record: Callable[[], tuple[str, str] | None],
        open_row: Callable[[int], None],
    ) -> None:
        """A context menu on `table`: Open and History… for the row under the pointer."""
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(pos: QPoint) -> None:
            index = table.indexAt(pos)
            if not index.isValid():
                return
            table.select_row(index.row())
            menu = self.simple_menu(table, record, open_row)
            menu.exec(table.viewport().mapToGlobal(pos))
            menu.deleteLater()

        table.customContextMenuRequested.connect(show)

    def simple_menu(
        self,
        table: RecordTable,
        record: Callable[[], tuple[str, str] | None],
        open_row: Callable[[int], None],
    ) -> QMenu:
        menu = QMenu(self)
        row = table.current_row()
        act = menu.addAction(_tr("Open"))
        act.setEnabled(row is not None)
        act.triggered.connect(lambda: open_row(row) if row is not None else None)
        act = menu.addAction(_tr("History…"))
        act.setEnabled(record() is not None and self.file_ops is not None)
        act.triggered.connect(lambda: self.open_history(record()))
        return menu

    def show_case(self, case: d.Case | None) -> None:
        raise NotImplementedError

    def select(self, record_type: str, key: str) -> bool:
        del record_type, key
        return False

    def current(self) -> tuple[str, str] | None:
        return None


class RecordListTab(CaseTab):
    """A list of one kind of record with New / Open / Delete / History buttons."""

    #: Whether the records of this tab take attached files.
    takes_files = False
    #: An evidence item holds one file, and a file dropped on empty space makes a new item.
    one_file_each = False

    def __init__(self, record_type: str, columns: Sequence[Column[Any]], hint: str) -> None:
        super().__init__()
        self.record_type = record_type
        self.case: d.Case | None = None
        self.model: TableModel[Any] = TableModel(columns, key=lambda r: str(r.key), parent=self)
        layout = self.main_layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        name = record_name(record_type).lower()
        self.new_button = QPushButton(_tr("New {record}…").format(record=name))
        self.new_button.setToolTip(_tr("Ctrl+N"))
        self.open_button = QPushButton(_tr("Open"))
        self.delete_button = QPushButton(_tr("Delete"))
        self.history_button = QPushButton(_tr("History…"))
        self.history_button.setToolTip(
            _tr("Every change to the selected record, from the audit trail")
        )
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        for b in (self.new_button, self.open_button, self.delete_button, self.history_button):
            bar.addWidget(b)
        self.toolbar = bar
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.table = RecordTable()
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(hint)
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 12px;")
        layout.addWidget(self.empty)
        self.new_button.clicked.connect(lambda: self.new_record.emit(record_type))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.table.open_requested.connect(self._open_row)
        self.history_button.clicked.connect(self.show_history)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._record_changed())
        self.files: AttachmentsPanel | None = None
        self.file_drop: FileDrop | None = None

    def rows(self, case: d.Case) -> list[Any]:
        return list(getattr(case, self.record_type or ""))

    def show_case(self, case: d.Case | None) -> None:
        self.case = case
        keep = self.table.current_key()
        self.model.set_rows(self.rows(case) if case else [])
        n = self.model.total
        self.count.setText(_tr("%n record(s)", n) if case else "")
        self.empty.setVisible(case is not None and n == 0)
        for b in (self.open_button, self.delete_button):
            b.setEnabled(n > 0)
        self.new_button.setEnabled(case is not None)
        if keep is not None:
            row = self.model.row_of_key(keep)
            if row is not None:
                self.table.select_row(row)
        if self.files is not None and self.file_ops is not None:
            self.file_ops.reload(case)
        self._record_changed()

    # -- files ------------------------------------------------------------------------------

    def bind(self, actions: VaultActions) -> None:
        super().bind(actions)
        if not self.takes_files:
            return
        from casefiles.ui.attachments import AttachmentsPanel, table_drop

        self.files = AttachmentsPanel(actions, single=self.one_file_each)
        self.place_files(self.files)
        self.file_drop = table_drop(self.table, lambda row: row >= 0 or self.one_file_each)
        self.file_drop.dropped.connect(self._files_dropped)
        actions.files_loaded.connect(self._files_loaded)
        actions.intake_finished.connect(self._intake_finished)

    def _intake_finished(self, result: Any) -> None:
        """Show the record that got the last stored file (a new exhibit may be off-screen)."""
        mine = [i for i in result.stored if i.record_type == self.record_type]
        if mine and self.isVisible():
            self.select(mine[-1].record_type, mine[-1].record_key)

    def place_files(self, panel: QWidget) -> None:
        """Put the files panel under the list (tabs with a layout of their own override this)."""
        layout = self.main_layout
        index = layout.indexOf(self.table)
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.insertWidget(index, split, 1)

    def _files_loaded(self, case_key: str) -> None:
        if self.case is not None and self.case.key == case_key:
            self._record_changed()

    def _record_changed(self) -> None:
        """The selected record changed (or its files did): show its files."""
        has = self.current() is not None
        self.history_button.setEnabled(has and self.file_ops is not None)
        if self.files is None:
            return
        current = self.current()
        if self.case is None or current is None:
            self.files.show_record(self.case, None)
            return
        row = self.table.current_row()
        record = self.model.row_object(row) if row is not None else None
        self.files.show_record(self.case, current, self.describe(record))

    def describe(self, record: Any) -> str:
        """How the files panel names a record."""
        for attr in ("title", "purpose", "request", "authority"):
            value = getattr(record, attr, None)
            if value:
                text = str(value)
                return text if len(text) <= 60 else text[:59] + "…"
        return str(getattr(record, "key", ""))

    def _files_dropped(self, paths: list[Path], row: int) -> None:
        key = self.model.key_at(row) if row >= 0 else None
        if row >= 0:
            self.table.select_row(row)
        self.add_files(paths, key)

    def add_files(self, paths: list[Path], key: str | None) -> None:
        """Attach `paths` to the record `key`, or (evidence, key None) make new items."""
        if self.file_ops is None or self.case is None or self.record_type is None:
            return
        target = (self.record_type, key) if key is not None else None
        if target is None and not self.one_file_each:
            return
        self.file_ops.add_files(self.case, paths, target, self.window())

    # -- history and the context menu ---------------------------------------------------------

    def show_history(self) -> None:
        row = self.table.current_row()
        record = self.model.row_object(row) if row is not None else None
        self.open_history(self.current(), self.describe(record))

    def context_menu(self) -> QMenu:
        """Open, history, attach and delete for the selected record."""
        menu = QMenu(self)
        has = self.current() is not None
        for text, slot, enabled in (
            (_tr("Open"), self._open_current, has),
            (_tr("History…"), self.show_history, has and self.file_ops is not None),
        ):
            act = menu.addAction(text)
            act.triggered.connect(slot)
            act.setEnabled(enabled)
        if self.files is not None:
            files = self.files
            act = menu.addAction(_tr("Attach file…"))
            act.triggered.connect(files.choose_and_attach)
            act.setEnabled(has and files.attach_button.isEnabled())
            act.setStatusTip(files.attach_button.statusTip())  # why it is off, if it is
        menu.addSeparator()
        act = menu.addAction(_tr("Delete"))
        act.triggered.connect(self._delete_current)
        act.setEnabled(has)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.select_row(index.row())
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _open_row(self, row: int) -> None:
        key = self.model.key_at(row)
        if key is not None and self.record_type:
            self.open_record.emit(self.record_type, key)

    def _open_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._open_row(row)

    def _delete_current(self) -> None:
        key = self.table.current_key()
        if key is not None and self.record_type:
            self.delete_record.emit(self.record_type, key)

    def select(self, record_type: str, key: str) -> bool:
        if record_type != self.record_type:
            return False
        row = self.model.row_of_key(key)
        if row is None:
            return False
        self.table.select_row(row)
        return True

    def current(self) -> tuple[str, str] | None:
        key = self.table.current_key()
        if key is None or self.record_type is None:
            return None
        return (self.record_type, key)
