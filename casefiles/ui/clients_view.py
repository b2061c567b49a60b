"""The clients of the case file, each with the cases they are part of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.services import cases
from casefiles.storage.store import Store
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.labels import label
from casefiles.ui.models import Column, TableModel
from casefiles.ui.tables import RecordTable
from casefiles.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("Clients", text)


class ClientsView(QWidget):
    new_client = Signal()
    open_client = Signal(str)
    delete_client = Signal(str)
    open_case = Signal(str)  # case reference

    def __init__(self, runner: TaskRunner, store: Callable[[], Store | None]) -> None:
        super().__init__()
        self.runner = runner
        self._store = store
        self._generation = 0
        layout = QVBoxLayout(self)
        heading = QLabel(_tr("Clients"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.new_button = QPushButton(_tr("New client…"))
        self.open_button = QPushButton(_tr("Edit…"))
        self.delete_button = QPushButton(_tr("Delete"))
        for b in (self.new_button, self.open_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model: TableModel[d.Client] = TableModel(
            [
                Column[d.Client](_tr("Name"), lambda c: c.name),
                Column[d.Client](_tr("Kind"), lambda c: label(c.kind)),
                Column[d.Client](_tr("Phone"), lambda c: c.phone or ""),
            ],
            key=lambda c: c.key,
            parent=self,
        )
        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.set_widths(280, 110, 120)
        self.table.stretch(0)
        split.addWidget(self.table)
        details = QWidget()
        dl = QVBoxLayout(details)
        box = QGroupBox(_tr("Client"))
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for name, text in (
            ("name", _tr("Name")),
            ("kind", _tr("Kind")),
            ("phone", _tr("Phone")),
            ("email", _tr("Email")),
            ("address", _tr("Address")),
            ("notes", _tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = value
            form.addRow(text + ":", value)
        dl.addWidget(box)
        cases_box = QGroupBox(_tr("Cases"))
        cl = QVBoxLayout(cases_box)
        self.cases_model: TableModel[tuple[str, str | None]] = TableModel(
            [
                Column[tuple[str, str | None]](_tr("Case"), lambda c: c[0]),
                Column[tuple[str, str | None]](_tr("Role"), lambda c: c[1] or ""),
            ],
            key=lambda c: c[0],
            parent=self,
        )
        self.cases = RecordTable()
        self.cases.setModel(self.cases_model)
        self.cases.set_widths(140)
        cl.addWidget(self.cases)
        dl.addWidget(cases_box, 1)
        split.addWidget(details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.new_button.clicked.connect(self.new_client)
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.table.open_requested.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(lambda _cur, _prev: self._details())
        self.cases.open_requested.connect(self._open_case)

    def reload(self, select: str | None = None) -> None:
        store = self._store()
        if store is None:
            return
        keep = select or self.table.current_key()
        self._generation += 1
        generation = self._generation

        def done(clients: list[d.Client]) -> None:
            if generation != self._generation or self._store() is None:
                return
            self.model.set_rows(clients)
            row = self.model.row_of_key(keep) if keep else None
            if row is None and self.model.total:
                row = 0
            if row is not None:
                self.table.select_row(row)
            self._details()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                ErrorReporter.report(exc, self)

        self.runner.run(lambda _p, _c: cases.list_clients(store), done, failed)

    def _details(self) -> None:
        row = self.table.current_row()
        client = self.model.row_object(row) if row is not None else None
        store = self._store()
        for name, value in self.fields.items():
            raw = getattr(client, name) if client else None
            value.setText(label(raw) if name == "kind" and raw else (raw or ""))
        self.cases_model.set_rows(cases.client_cases(store, client.key) if client and store else [])
        self.open_button.setEnabled(client is not None)
        self.delete_button.setEnabled(client is not None)

    def _open_row(self, row: int) -> None:
        key = self.model.key_at(row)
        if key is not None:
            self.open_client.emit(key)

    def _open_current(self) -> None:
        key = self.table.current_key()
        if key is not None:
            self.open_client.emit(key)

    def _delete_current(self) -> None:
        key = self.table.current_key()
        if key is not None:
            self.delete_client.emit(key)

    def _open_case(self, row: int) -> None:
        key = self.cases_model.key_at(row)
        if key is not None:
            self.open_case.emit(key)

    def select(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row is not None:
            self.table.select_row(row)
            self._details()

    def clear(self) -> None:
        self._generation += 1
        self.model.clear()
        self._details()
