"""What every case tab shares: a toolbar (new, open, delete) over a record table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casefiles.domain import records as d
from casefiles.ui.labels import record_name
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RecordList", text, "", n)


class CaseTab(QWidget):
    """A tab of the case workspace.  Signals carry (record type, key)."""

    open_record = Signal(str, str)
    new_record = Signal(str)
    delete_record = Signal(str, str)

    #: The record type Ctrl+N creates on this tab (None: none).
    record_type: str | None = None

    def show_case(self, case: d.Case | None) -> None:
        raise NotImplementedError

    def select(self, record_type: str, key: str) -> bool:
        del record_type, key
        return False

    def current(self) -> tuple[str, str] | None:
        return None


class RecordListTab(CaseTab):
    """A list of one kind of record with New / Open / Delete buttons."""

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
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        for b in (self.new_button, self.open_button, self.delete_button):
            bar.addWidget(b)
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
